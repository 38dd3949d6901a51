// Pairwise claim matching: how alike two sentences are, and whether they
// state the same claim. Shared by `claimdiff match` and the aligner, so the
// two always agree.
//
// The skeleton similarity is the Dice coefficient of the two sentences'
// content-word sets (case-folded, stop words removed). Pure, thread-safe.
#ifndef CLAIMDIFF_COMPARE_MATCH_H_
#define CLAIMDIFF_COMPARE_MATCH_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace claimdiff::compare {

struct MatchOptions {
  // Similarity (0..1) at or above which two sentences state the same claim.
  double match_threshold = 0.5;
};

// A sentence reduced to what matching looks at.
struct ClaimFeatures {
  std::vector<std::string> words;  // sorted, unique content words (folded)
};

ClaimFeatures Featurize(std::string_view sentence);

// Dice coefficient of the word sets, in [0, 1]; symmetric.
double Similarity(const ClaimFeatures& a, const ClaimFeatures& b);

enum class PairVerdict { kMatch, kDiffer, kUnrelated };
std::string_view PairVerdictName(PairVerdict verdict);

struct PairResult {
  PairVerdict verdict = PairVerdict::kUnrelated;
  double score = 0;
  std::vector<Conflict> conflicts;  // left = 0 (a), right = 1 (b)
};

PairResult MatchPair(std::string_view a, std::string_view b, const MatchOptions& options);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_MATCH_H_
