// Pair verdicts: the logistic similarity decides "same claim", the
// conflict finder decides MATCH versus DIFFER. A conflict only counts
// between claims that are about the same thing; two unrelated sentences
// with different numbers are UNRELATED, not DIFFER.
#include "compare/match.h"

#include "compare/conflicts.h"

namespace claimdiff::compare {

std::string_view PairVerdictName(PairVerdict verdict) {
  switch (verdict) {
    case PairVerdict::kMatch:
      return "match";
    case PairVerdict::kDiffer:
      return "differ";
    case PairVerdict::kUnrelated:
      return "unrelated";
  }
  return "unrelated";
}

PairResult JudgePair(const Claim& a, const ClaimFeatures& fa, const Claim& b,
                     const ClaimFeatures& fb, const TermStats& stats, const MatchOptions& options) {
  PairResult r;
  PairVector v = PairFeatures(fa, fb, stats);
  r.score = MatchProbability(v, options.weights);
  r.relatedness = Relatedness(v);
  bool same = r.score >= options.match_threshold;
  bool related = same || r.relatedness >= options.related_threshold;
  if (!related) return r;
  r.conflicts = FindConflicts(a, fa, b, fb);
  if (!r.conflicts.empty()) {
    r.verdict = PairVerdict::kDiffer;
  } else if (same) {
    r.verdict = PairVerdict::kMatch;
  }
  return r;
}

std::vector<PairResult> MatchClaimPairs(const std::vector<std::pair<Claim, Claim>>& pairs,
                                        const MatchOptions& options) {
  Featurizer featurizer;
  std::vector<std::pair<ClaimFeatures, ClaimFeatures>> features;
  features.reserve(pairs.size());
  TermStats stats;
  for (const auto& [a, b] : pairs) {
    features.emplace_back(featurizer.Of(a), featurizer.Of(b));
    stats.Add(features.back().first);
    stats.Add(features.back().second);
  }
  for (auto& [fa, fb] : features) {
    stats.Weigh(&fa);
    stats.Weigh(&fb);
  }
  std::vector<PairResult> out;
  out.reserve(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) {
    out.push_back(JudgePair(pairs[i].first, features[i].first, pairs[i].second, features[i].second,
                            stats, options));
  }
  return out;
}

}  // namespace claimdiff::compare
