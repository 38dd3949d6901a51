// Pairwise claim matching: whether two claims state the same thing, and
// if so whether they conflict and where. Shared by `claimdiff match` and
// the story aligner, so the two always agree.
//
//   MATCH     P(same claim) >= match_threshold and no conflict
//   DIFFER    the claims are about the same thing (P >= match_threshold, or
//             IDF overlap >= related_threshold) and FindConflicts names at
//             least one conflicting part
//   UNRELATED otherwise
//
// Thread-safety: PairMatcher owns a Featurizer (a stemmer) and is not safe
// for concurrent use; use one per thread. The rest is pure.
#ifndef CLAIMDIFF_COMPARE_MATCH_H_
#define CLAIMDIFF_COMPARE_MATCH_H_

#include <string_view>
#include <vector>

#include "compare/features.h"
#include "compare/similarity.h"
#include "compare/story_pairs.h"
#include "core/model.h"

namespace claimdiff::compare {

struct MatchOptions {
  // P(same claim) (0..1) at or above which two claims state the same thing.
  double match_threshold = 0.5;
  // IDF-weighted overlap (0..1, Relatedness) at or above which two claims
  // are about the same thing even if worded apart: enough to align them
  // in a story and to call them DIFFER when they conflict.
  double related_threshold = 0.4;
  // The logistic model's weights (similarity.h).
  PairWeights weights = DefaultPairWeights();

  // Story alignment (align.h). P(same fact) of the story model
  // (story_pairs.h) at or above which two units of a story are linked, and
  // the mean over all pairs of two clusters at or above which they merge.
  double story_threshold = 0.5;
  // No pair of a merged cluster may fall below this P(same fact): a unit
  // never joins a cluster through members it does not resemble.
  double story_min_link = 0.35;
  // Candidate sentences of a sentence kept per other outlet (blocking);
  // their units are paired up (unit_graph.cc).
  size_t candidates_per_outlet = 2;
  // The story model's weights (story_pairs.h).
  StoryPairWeights story_weights = DefaultStoryWeights();
};

enum class PairVerdict { kMatch, kDiffer, kUnrelated };
std::string_view PairVerdictName(PairVerdict verdict);

struct PairResult {
  PairVerdict verdict = PairVerdict::kUnrelated;
  double score = 0;                 // P(same claim)
  double relatedness = 0;           // IDF-weighted overlap
  std::vector<Conflict> conflicts;  // left = 0 (a), right = 1 (b)
};

// Judges a pair from precomputed features; `stats` are the document
// frequencies of the collection the pair comes from.
PairResult JudgePair(const Claim& a, const ClaimFeatures& fa, const Claim& b,
                     const ClaimFeatures& fb, const TermStats& stats, const MatchOptions& options);

// Judges many pairs of claims (as the parse stage makes them), with term
// statistics over all of them. result[i] is for pairs[i].
std::vector<PairResult> MatchClaimPairs(const std::vector<std::pair<Claim, Claim>>& pairs,
                                        const MatchOptions& options);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_MATCH_H_
