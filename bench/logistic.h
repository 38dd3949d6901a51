// L2-regularised logistic regression fitted by Newton's method (IRLS), for
// the fitting programs of bench/ (matching_fit, stories_fit). Row-major
// feature vectors whose first entry is the bias (not regularised).
#ifndef CLAIMDIFF_BENCH_LOGISTIC_H_
#define CLAIMDIFF_BENCH_LOGISTIC_H_

#include <cstddef>
#include <vector>

namespace claimdiff::bench {

using Row = std::vector<double>;

// Weights fitted on rows[r] for r in `use` with labels y (0 or 1) and L2
// penalty `l2` on all weights but the first. At most 30 Newton steps.
std::vector<double> FitLogistic(const std::vector<Row>& x, const std::vector<int>& y,
                                const std::vector<size_t>& use, double l2);

// 1 / (1 + exp(-w . x)).
double Logistic(const std::vector<double>& w, const Row& x);

}  // namespace claimdiff::bench

#endif  // CLAIMDIFF_BENCH_LOGISTIC_H_
