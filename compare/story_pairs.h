// The story model: whether two fact units of one story, in two outlets,
// state the same fact. Beside what the sentence-pair model sees
// (similarity.h), it knows the story: whether each unit is the other's best
// partner in its outlet, how alike the two whole sentences are, and the
// anchors the units share (names, numbers, quoted words). Its weights are
// set by hand and compared with a fit on multi-outlet stories by
// bench/stories_fit. Pure.
#ifndef CLAIMDIFF_COMPARE_STORY_PAIRS_H_
#define CLAIMDIFF_COMPARE_STORY_PAIRS_H_

#include <array>
#include <cstddef>
#include <string_view>

#include "compare/features.h"
#include "compare/similarity.h"

namespace claimdiff::compare {

enum StoryPairFeature : size_t {
  kStoryBias,
  kStoryMatch,          // the sentence-pair model's P(same) on the two units
  kStoryIdfJaccard,     // IDF-weighted Jaccard of the units' content stems
  kStoryIdfMinCover,    // IDF share of the less-covered unit that the other has
  kStorySynCover,       // the same counting WordNet synonyms
  kStoryCharDice,       // Dice of character trigrams
  kStoryRankLow,        // the lower of the two best-partner ratios (see UnitPairContext)
  kStoryRankHigh,       // the higher of them
  kStorySentenceCover,  // IDF share of the less-covered whole sentence
  kStoryNames,          // names with a key partner on the other side, at most 3, / 3
  kStoryNumbers,        // numbers with an equal partner, at most 3, / 3
  kStoryQuoted,         // content words quoted on both sides, at most 6, / 6
  kStoryRareShared,     // log(1 + shared stems rarer than 3 claims in 4 of the story)
  kStorySub,            // how many sides are parts of a sentence (0, 0.5, 1)
  kStorySize,           // log(1 + content words of the smaller unit)
  kStoryFeatureCount,
};
using StoryPairVector = std::array<double, kStoryFeatureCount>;
using StoryPairWeights = std::array<double, kStoryFeatureCount>;

// What the aligner knows of a unit pair beyond the units: how much of the
// less-covered of their whole sentences the other shares (IDF mass, 0..1),
// and the best-partner ratios: the IDF mass unit a shares with b's
// sentence over the most it shares with any sentence of b's outlet (1 when
// b's sentence is a's best partner there), and the same from b.
struct UnitPairContext {
  double sentence_cover = 0;
  double rank_a = 0;
  double rank_b = 0;
  bool sub_a = false;  // a is a part of its sentence, not the whole
  bool sub_b = false;
};

// IDF mass of the content stems two claims (or units) share, and of all of one's.
double SharedIdf(const ClaimFeatures& a, const ClaimFeatures& b);
double IdfMass(const ClaimFeatures& a);

StoryPairVector StoryPairFeatures(const ClaimFeatures& a, const ClaimFeatures& b,
                                  const UnitPairContext& context, const TermStats& stats,
                                  const PairWeights& sentence_weights);

// The weights in use (story_pairs.cc says how they were set), in
// StoryPairFeature order.
const StoryPairWeights& DefaultStoryWeights();
double StoryProbability(const StoryPairVector& v, const StoryPairWeights& w);
std::string_view StoryPairFeatureName(size_t i);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_STORY_PAIRS_H_
