// WordNet synonyms (tests/compare/synonyms_test.cc tests compare/synonyms.cc
// and the synonym features of compare/features.cc and compare/similarity.cc).
#include "compare/synonyms.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "compare/features.h"
#include "compare/similarity.h"
#include "parse/parse.h"

namespace claimdiff::compare {
namespace {

bool Share(const std::string& x, const std::string& y) {
  std::vector<uint32_t> a = SynsetIds(x);
  std::vector<uint32_t> b = SynsetIds(y);
  std::vector<uint32_t> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return !both.empty();
}

bool HasLemma(const std::string& form, std::string_view lemma) {
  std::vector<std::string_view> l = SynonymLemmas(form);
  return std::find(l.begin(), l.end(), lemma) != l.end();
}

TEST(SynonymsTest, SynonymsShareASynset) {
  EXPECT_TRUE(Share("kid", "child"));
  EXPECT_TRUE(Share("buy", "purchase"));
  EXPECT_TRUE(Share("shut", "closed"));
  EXPECT_FALSE(Share("kid", "bridge"));
  EXPECT_FALSE(Share("harbour", "purchase"));
}

TEST(SynonymsTest, IdsAreSortedAndUnique) {
  for (const char* w : {"run", "ran", "children", "rose", "better"}) {
    std::vector<uint32_t> ids = SynsetIds(w);
    EXPECT_FALSE(ids.empty()) << w;
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end())) << w;
    EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end()) << w;
  }
}

TEST(SynonymsTest, MorphyFindsLemmasOfInflectedForms) {
  // Exception lists: irregular forms.
  EXPECT_TRUE(HasLemma("rose", "rise"));
  EXPECT_TRUE(HasLemma("rose", "rose"));  // the flower stays
  EXPECT_TRUE(HasLemma("children", "child"));
  EXPECT_TRUE(HasLemma("mice", "mouse"));
  // Detachment rules.
  EXPECT_TRUE(HasLemma("ferries", "ferry"));
  EXPECT_TRUE(HasLemma("taxes", "tax"));
  EXPECT_TRUE(HasLemma("evacuated", "evacuate"));
  EXPECT_TRUE(HasLemma("closing", "close"));
  EXPECT_TRUE(HasLemma("policemen", "policeman"));
  // "rose" and "risen" meet through "rise".
  EXPECT_TRUE(Share("rose", "risen"));
  // A rule applies only where its part of speech has the lemma: "-ed" is
  // a verb ending, and "ne" is only a noun (neon).
  EXPECT_FALSE(HasLemma("need", "ne"));
}

TEST(SynonymsTest, UnknownWordsHaveNone) {
  EXPECT_TRUE(SynsetIds("").empty());
  EXPECT_TRUE(SynsetIds("qzxvbrt").empty());
  EXPECT_TRUE(SynsetIds("lindqvist").empty());
  EXPECT_TRUE(SynonymLemmas("qzxvbrtings").empty());
}

bool InFilter(const ClaimFeatures& f, uint32_t id) {
  const uint32_t bit = SynsetFilterBit(id);
  return (f.synset_filter[bit >> 6] >> (bit & 63) & 1) != 0;
}

TEST(SynonymsTest, ClaimFeaturesKeepSynsetsPerContentStem) {
  Featurizer fz;
  ClaimFeatures f = fz.Of(parse::ClaimFromSentence("The kids bought a house near Lindqvist."));
  ASSERT_EQ(f.content_synset_start.size(), f.content_keys.size() + 1);
  for (size_t k = 0; k < f.content_keys.size(); ++k) {
    const uint32_t b = f.content_synset_start[k], e = f.content_synset_start[k + 1];
    ASSERT_LE(b, e);
    const std::string& stem = f.content_by_key[k];
    EXPECT_TRUE(std::is_sorted(f.content_synsets.begin() + b, f.content_synsets.begin() + e));
    // A name has none; the other content words have some.
    EXPECT_EQ(b == e, stem.find("lindqvist") == 0) << stem;
    for (uint32_t i = b; i < e; ++i) {
      EXPECT_TRUE(InFilter(f, f.content_synsets[i]));
    }
  }
  // Stem k's ids are those of its word's form ("kids": those of "kid").
  const auto house = std::find(f.content_by_key.begin(), f.content_by_key.end(), "hous");
  ASSERT_NE(house, f.content_by_key.end());
  const size_t k = static_cast<size_t>(house - f.content_by_key.begin());
  EXPECT_EQ(std::vector<uint32_t>(f.content_synsets.begin() + f.content_synset_start[k],
                                  f.content_synsets.begin() + f.content_synset_start[k + 1]),
            SynsetIds("house"));
}

PairVector Features(const std::string& a, const std::string& b) {
  Featurizer fz;
  TermStats stats;
  ClaimFeatures fa = fz.Of(parse::ClaimFromSentence(a));
  ClaimFeatures fb = fz.Of(parse::ClaimFromSentence(b));
  stats.Add(fa);
  stats.Add(fb);
  stats.Weigh(&fa);
  stats.Weigh(&fb);
  return PairFeatures(fa, fb, stats);
}

TEST(SynonymsTest, SynonymsRaiseCoverageAndMatchProbability) {
  const std::string a = "The council will purchase the old ferry terminal.";
  const std::string synonyms = "The council will buy the old ferry depot.";
  const std::string unrelated = "The council will paint the old ferry shed.";
  PairVector with = Features(a, synonyms);
  PairVector without = Features(a, unrelated);
  // The exact-match features cannot tell the two apart...
  EXPECT_DOUBLE_EQ(with[kCoverMin], without[kCoverMin]);
  // ...the synonym features can: purchase/buy, terminal/depot.
  EXPECT_GT(with[kSynCoverMin], with[kCoverMin]);
  EXPECT_DOUBLE_EQ(without[kSynCoverMin], without[kCoverMin]);
  EXPECT_GT(with[kSynCoverMin], without[kSynCoverMin]);
  EXPECT_GT(with[kSynIdfCoverMin], without[kSynIdfCoverMin]);
  EXPECT_DOUBLE_EQ(with[kSynCoverMax], 1.0);
  EXPECT_GT(MatchProbability(with, DefaultPairWeights()),
            MatchProbability(without, DefaultPairWeights()));
}

TEST(SynonymsTest, ClaimsOfManyContentWordsAreCoveredToo) {
  // More than 64 content stems: no stem masks, the ids are searched.
  std::string filler;
  for (char x = 'a'; x <= 'z'; ++x) {
    for (char y : {'a', 'b', 'c'}) filler += std::string(" xq") + x + y;
  }
  const std::string a = "The council will purchase the old ferry terminal" + filler + ".";
  const std::string b = "The council will buy the old ferry depot.";
  Featurizer fz;
  ASSERT_GT(fz.Of(parse::ClaimFromSentence(a)).content_keys.size(), 64u);
  PairVector ab = Features(a, b);
  PairVector ba = Features(b, a);
  // The short claim is all covered: council, old, ferry exactly, buy and
  // depot by synonyms.
  EXPECT_DOUBLE_EQ(ab[kSynCoverMax], 1.0);
  EXPECT_LT(ab[kCoverMax], 1.0);
  for (size_t i = 0; i < kFeatureCount; ++i) EXPECT_DOUBLE_EQ(ab[i], ba[i]) << PairFeatureName(i);
}

TEST(SynonymsTest, FeaturesWithoutSynsetsFallBackToExactCoverage) {
  // Claim features made by hand carry no synsets: the synonym features
  // equal the exact ones.
  ClaimFeatures a, b;
  a.content_by_key = {"buy"};
  b.content_by_key = {"purchas"};
  a.content_keys = {1};
  b.content_keys = {2};
  TermStats stats;
  PairVector v = PairFeatures(a, b, stats);
  EXPECT_EQ(v[kSynCoverMin], 0.0);
  EXPECT_EQ(v[kSynCoverMax], 0.0);
}

}  // namespace
}  // namespace claimdiff::compare
