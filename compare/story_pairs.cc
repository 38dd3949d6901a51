// The story model.
//
// The sentence-pair model (similarity.cc) was fitted on sentence pairs
// judged one by one (MSRP). Inside a story two more things are known, and
// they are what a reader uses when two outlets tell one fact in their own
// words: whether the pair is each side's best partner in the other outlet
// (record linkage's one-to-one assumption, Christen 2012, ch. 6; the
// "mutual best" constraint of monolingual sentence alignment, Barzilay and
// Elhadad 2003), and how much of the pair's vocabulary is the story's rare
// vocabulary: names, numbers, the quoted words of a speaker. A logistic
// model over these and a few overlap measures of the units themselves is
// set by hand and checked against a fit on the fact gold of multi-outlet
// stories (bench/stories_fit, leave one story out).
#include "compare/story_pairs.h"

#include <algorithm>
#include <cmath>

#include "compare/roles.h"

namespace claimdiff::compare {

namespace {

// A shared stem with at least this IDF (rarer than one claim in twenty of
// the story) is rare vocabulary.
constexpr double kRareIdf = 3.0;

double Capped(size_t n, size_t cap) {
  return static_cast<double>(std::min(n, cap)) / static_cast<double>(cap);
}

size_t SharedNames(const ClaimFeatures& a, const ClaimFeatures& b) {
  size_t n = 0;
  for (const Entity& x : a.names) {
    for (const Entity& y : b.names) {
      if (!x.canonical.empty() && NamesAgree(x.canonical, y.canonical)) {
        ++n;
        break;
      }
    }
  }
  return n;
}

size_t SharedNumbers(const ClaimFeatures& a, const ClaimFeatures& b) {
  size_t n = 0;
  for (const Quantity& x : a.numbers) {
    for (const Quantity& y : b.numbers) {
      if (x.value == y.value) {
        ++n;
        break;
      }
    }
  }
  return n;
}

// Content stems quoted on both sides.
size_t SharedQuoted(const ClaimFeatures& a, const ClaimFeatures& b) {
  const std::vector<uint64_t>& x = a.quoted_keys;
  const std::vector<uint64_t>& y = b.quoted_keys;
  size_t n = 0;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    n += x[i] == y[j];
    const bool advance_i = x[i] <= y[j];
    const bool advance_j = y[j] <= x[i];
    i += advance_i;
    j += advance_j;
  }
  return n;
}

size_t ContentCount(const ClaimFeatures& f) {
  size_t n = 0;
  for (const Word& w : f.words) n += w.content;
  return n;
}

}  // namespace

double SharedIdf(const ClaimFeatures& a, const ClaimFeatures& b) {
  // Branch-free merge (as CommonCount in sorted_sets.h): called for every
  // pair of units the blocking looks at.
  const size_t na = a.content_keys.size(), nb = b.content_keys.size();
  if (a.content_idf.size() != na) return 0;
  const uint64_t* x = a.content_keys.data();
  const uint64_t* y = b.content_keys.data();
  const double* w = a.content_idf.data();
  double s = 0;
  size_t i = 0, j = 0;
  while (i < na && j < nb) {
    const uint64_t p = x[i], q = y[j];
    s += p == q ? w[i] : 0.0;
    i += p <= q;
    j += q <= p;
  }
  return s;
}

double IdfMass(const ClaimFeatures& a) {
  double s = 0;
  for (double x : a.content_idf) s += x;
  return s;
}

StoryPairVector StoryPairFeatures(const ClaimFeatures& a, const ClaimFeatures& b,
                                  const UnitPairContext& context, const TermStats& stats,
                                  const PairWeights& sentence_weights) {
  StoryPairVector v{};
  const PairVector p = PairFeatures(a, b, stats);
  v[kStoryBias] = 1;
  v[kStoryMatch] = MatchProbability(p, sentence_weights);
  v[kStoryIdfJaccard] = p[kIdfJaccard];
  v[kStoryIdfMinCover] = p[kIdfMinCover];
  v[kStorySynCover] = p[kSynIdfCoverMin];
  v[kStoryCharDice] = p[kCharDice];
  v[kStoryRankLow] = std::min(context.rank_a, context.rank_b);
  v[kStoryRankHigh] = std::max(context.rank_a, context.rank_b);
  v[kStorySentenceCover] = context.sentence_cover;
  v[kStoryNames] = Capped(SharedNames(a, b), 3);
  v[kStoryNumbers] = Capped(SharedNumbers(a, b), 3);
  v[kStoryQuoted] = Capped(SharedQuoted(a, b), 6);
  size_t rare = 0;
  for (size_t i = 0, j = 0; i < a.content_keys.size() && j < b.content_keys.size();) {
    if (a.content_keys[i] == b.content_keys[j]) {
      rare += i < a.content_idf.size() && a.content_idf[i] >= kRareIdf;
      ++i;
      ++j;
    } else if (a.content_keys[i] < b.content_keys[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  v[kStoryRareShared] = std::log1p(static_cast<double>(rare));
  v[kStorySub] = 0.5 * (static_cast<double>(context.sub_a) + static_cast<double>(context.sub_b));
  v[kStorySize] = std::log1p(static_cast<double>(std::min(ContentCount(a), ContentCount(b))));
  return v;
}

double StoryProbability(const StoryPairVector& v, const StoryPairWeights& w) {
  double z = 0;
  for (size_t i = 0; i < kStoryFeatureCount; ++i) z += v[i] * w[i];
  return 1.0 / (1.0 + std::exp(-z));
}

std::string_view StoryPairFeatureName(size_t i) {
  static constexpr std::array<std::string_view, kStoryFeatureCount> kNames = {
      "bias",           "sentence_model",
      "idf_jaccard",    "idf_min_cover",
      "syn_cover",      "char_dice",
      "rank_low",       "rank_high",
      "sentence_cover", "names",
      "numbers",        "quoted",
      "rare_shared",    "sub",
      "size",
  };
  return i < kNames.size() ? kNames[i] : "?";
}

const StoryPairWeights& DefaultStoryWeights() {
  // Set by hand before any story was scored: the sentence model and the
  // overlaps of the units count most, then being each other's best
  // partner, then the anchors; a pair needs about two of these to pass.
  // bench/stories_fit compares them with weights fitted on the development
  // gold, leave one story out (bench/README.md): the fit is more precise
  // on candidate pairs and finds fewer, and gives fewer right clusters at
  // the same precision, so the hand-set weights stay until the gold grows.
  static const StoryPairWeights kWeights = {
      -6.0, 2.0, 2.0, 2.0, 1.0, 1.0, 2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0,
  };
  return kWeights;
}

}  // namespace claimdiff::compare
