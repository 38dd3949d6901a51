// How alike two claims are: term statistics over the collection being
// compared (a story's claims, or a file of pairs), a vector of pair
// features, and a logistic model over them that gives the probability that
// the two claims state the same thing.
//
// TermStats is filled once and then only read: safe to share across
// threads once filled. The functions are pure.
#ifndef CLAIMDIFF_COMPARE_SIMILARITY_H_
#define CLAIMDIFF_COMPARE_SIMILARITY_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compare/features.h"

namespace claimdiff::compare {

// Document frequencies of content stems over a collection of claims.
class TermStats {
 public:
  void Add(const ClaimFeatures& f);
  // Smoothed inverse document frequency, log((N + 1) / (df + 0.5)) with at
  // least one pseudo-document of ordinary prose, so a two-claim collection
  // still gives rare words more weight than shared ones.
  double Idf(const std::string& stem) const;
  // The same for a stem given by its key (Hash64 of the stem).
  double IdfOfKey(uint64_t key) const;
  // Fills f->content_idf, so that pair features need no lookups.
  void Weigh(ClaimFeatures* f) const;
  size_t docs() const { return docs_; }

 private:
  size_t docs_ = 0;
  std::unordered_map<uint64_t, uint32_t> df_;  // by Hash64 of the stem
};

// A fact unit of a claim (units.h) with its features.
struct UnitFeatures {
  Claim claim;  // UnitClaim of the claim: absolute span, the unit's text
  ClaimFeatures features;
};

// Features of every claim of a story, [article][claim] (captions too), the
// units of each claim besides the whole sentence, [article][claim][unit]
// (none for captions), and the term statistics over all claims but
// captions; each claim's and unit's features are weighed by them. Computed
// once per story, shared by alignment, wire detection and provenance.
struct StoryFeatures {
  std::vector<std::vector<ClaimFeatures>> claims;
  std::vector<std::vector<std::vector<UnitFeatures>>> units;
  TermStats stats;
};
StoryFeatures FeaturizeStory(const std::vector<Article>& articles);

// The pair features, in this order (see similarity.cc for each).
enum PairFeature : size_t {
  kBias,
  kDice,               // Dice of content stems
  kIdfJaccard,         // IDF-weighted Jaccard of content stems
  kIdfMinCover,        // IDF share of the less-covered side that the other has
  kIdfMaxCover,        // IDF share of the better-covered side
  kBigramDice,         // Dice of stem bigrams
  kTrigramDice,        // Dice of stem trigrams
  kLengthRatio,        // shorter / longer, in words
  kLcsRatio,           // longest common stem subsequence / shorter length
  kNumberConflict,     // 1 if some role-aligned numbers are incompatible
  kNumberUnmatched,    // share of numbers without a compatible partner
  kNegationMismatch,   // 1 if exactly one side is negated
  kNameUnmatched,      // share of names without a key partner on the other side
  kUnmatchedIdf,       // log(1 + IDF mass of the larger unmatched side)
  kUnmatchedMax,       // log(1 + content words of the side with more unmatched)
  kUnmatchedMin,       // log(1 + content words of the side with fewer unmatched)
  kNumbersAgree,       // 1 if both state numbers and every one has a partner
  kCharDice,           // Dice of character trigrams of the content words
  kCoverProduct,       // kIdfMinCover * kLengthRatio (an interaction)
  kEditRatio,          // word-level edit distance (stems) / longer length
  kCoverMin,           // content-word coverage of the less-covered side
  kCoverMax,           // content-word coverage of the better-covered side
  kContentBigramDice,  // Dice of bigrams of consecutive content words
  kLengthLogRatio,     // |log(longer / shorter)|, in content words
  kSaidCoverMin,       // coverage of what is said (attributions' content), less-covered side
  kSaidCoverMax,       // the same, better-covered side
  kSynCoverMin,        // kCoverMin counting WordNet synonyms as matches too
  kSynCoverMax,        // kCoverMax counting WordNet synonyms as matches too
  kSynIdfCoverMin,     // kIdfMinCover counting WordNet synonyms as matches too
  kSynIdfCoverMax,     // kIdfMaxCover counting WordNet synonyms as matches too
  kFeatureCount,
};
using PairVector = std::array<double, kFeatureCount>;

PairVector PairFeatures(const ClaimFeatures& a, const ClaimFeatures& b, const TermStats& stats);

// IDF-weighted overlap in [0, 1] (kIdfJaccard and kIdfMinCover mixed):
// what the aligner uses to decide two claims talk about the same thing,
// before conflicts are looked at. Symmetric.
double Relatedness(const PairVector& v);

// Logistic model: P(same claim) = 1 / (1 + exp(-w . v)).
using PairWeights = std::array<double, kFeatureCount>;
// Weights fitted by bench/matching_fit on the matching development set
// (see bench/matching); the cross-validated figures are in bench/README.md.
const PairWeights& DefaultPairWeights();
double MatchProbability(const PairVector& v, const PairWeights& w);

// Longest common subsequence and Levenshtein distance of two sequences of
// word keys (Word::key), computed together.
struct WordAlignment {
  size_t lcs = 0;
  size_t edit = 0;
};
WordAlignment AlignWordKeys(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);
// The same, with PositionsOf(b) computed beforehand (ClaimFeatures keeps it).
WordAlignment AlignWordKeys(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
                            const KeyPositions& positions_b);

// Names of the features, for the fitting program and debugging output.
std::string_view PairFeatureName(size_t i);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_SIMILARITY_H_
