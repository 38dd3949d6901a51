// Newton's method for logistic regression: each step solves H d = g, with
// g the gradient of the penalised log-likelihood and H its negated Hessian
// (X' S X + l2 I, S the diagonal of p (1 - p)), by Gaussian elimination
// with partial pivoting; the systems are small (tens of features).
#include "bench/logistic.h"

#include <algorithm>
#include <cmath>

namespace claimdiff::bench {

namespace {

std::vector<double> Solve(std::vector<std::vector<double>> a, std::vector<double> b) {
  const size_t n = b.size();
  for (size_t c = 0; c < n; ++c) {
    size_t p = c;
    for (size_t r = c + 1; r < n; ++r) {
      if (std::fabs(a[r][c]) > std::fabs(a[p][c])) p = r;
    }
    std::swap(a[c], a[p]);
    std::swap(b[c], b[p]);
    for (size_t r = c + 1; r < n; ++r) {
      const double f = a[r][c] / a[c][c];
      for (size_t k = c; k < n; ++k) a[r][k] -= f * a[c][k];
      b[r] -= f * b[c];
    }
  }
  std::vector<double> x(n, 0);
  for (size_t c = n; c-- > 0;) {
    double s = b[c];
    for (size_t k = c + 1; k < n; ++k) s -= a[c][k] * x[k];
    x[c] = s / a[c][c];
  }
  return x;
}

}  // namespace

double Logistic(const std::vector<double>& w, const Row& x) {
  double z = 0;
  for (size_t i = 0; i < w.size() && i < x.size(); ++i) z += w[i] * x[i];
  return 1.0 / (1.0 + std::exp(-z));
}

std::vector<double> FitLogistic(const std::vector<Row>& x, const std::vector<int>& y,
                                const std::vector<size_t>& use, double l2) {
  const size_t n = x.empty() ? 0 : x[0].size();
  std::vector<double> w(n, 0);
  for (int iter = 0; iter < 30; ++iter) {
    std::vector<std::vector<double>> h(n, std::vector<double>(n, 0));
    std::vector<double> g(n, 0);
    for (size_t r : use) {
      const double p = Logistic(w, x[r]);
      const double s = p * (1 - p);
      for (size_t i = 0; i < n; ++i) {
        g[i] += (y[r] - p) * x[r][i];
        const double si = s * x[r][i];
        for (size_t j = 0; j < n; ++j) h[i][j] += si * x[r][j];
      }
    }
    for (size_t i = 1; i < n; ++i) {
      g[i] -= l2 * w[i];
      h[i][i] += l2;
    }
    if (n > 0) h[0][0] += 1e-9;
    const std::vector<double> step = Solve(h, g);
    double change = 0;
    for (size_t i = 0; i < n; ++i) {
      w[i] += step[i];
      change = std::max(change, std::fabs(step[i]));
    }
    if (change < 1e-7) break;
  }
  return w;
}

}  // namespace claimdiff::bench
