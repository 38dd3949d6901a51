// Pair matching: features, similarity, verdicts (tests/compare/match_test.cc
// tests compare/match.cc, compare/similarity.cc and compare/features.cc).
#include "compare/match.h"

#include <gtest/gtest.h>

#include "parse/parse.h"

namespace claimdiff::compare {
namespace {

PairResult Judge(const std::string& a, const std::string& b) {
  return MatchClaimPairs({{parse::ClaimFromSentence(a), parse::ClaimFromSentence(b)}}, {}).front();
}

TEST(MatchTest, PairFeaturesAreSymmetricAndBounded) {
  const char* sentences[] = {
      "The coast guard said three fishing boats had broken loose.",
      "Three fishing boats broke loose, the coast guard said.",
      "Emergency shelters were opened in two schools.",
      ""};
  Featurizer fz;
  TermStats stats;
  std::vector<ClaimFeatures> fs;
  for (const char* s : sentences) {
    fs.push_back(fz.Of(parse::ClaimFromSentence(s)));
    stats.Add(fs.back());
  }
  for (const ClaimFeatures& a : fs) {
    for (const ClaimFeatures& b : fs) {
      PairVector ab = PairFeatures(a, b, stats);
      PairVector ba = PairFeatures(b, a, stats);
      for (size_t i = 0; i < kFeatureCount; ++i) EXPECT_DOUBLE_EQ(ab[i], ba[i]) << PairFeatureName(i);
      double p = MatchProbability(ab, DefaultPairWeights());
      EXPECT_GE(p, 0.0);
      EXPECT_LE(p, 1.0);
      EXPECT_GE(Relatedness(ab), 0.0);
      EXPECT_LE(Relatedness(ab), 1.0);
    }
  }
}

TEST(MatchTest, IdenticalSentencesMatch) {
  PairResult r = Judge("Shelters opened in two schools.", "Shelters opened in two schools.");
  EXPECT_EQ(r.verdict, PairVerdict::kMatch);
  EXPECT_GT(r.score, 0.9);
  EXPECT_TRUE(r.conflicts.empty());
}

TEST(MatchTest, RewordedClaimMatchesAndUnrelatedDoesNot) {
  EXPECT_EQ(Judge("The governor ordered the evacuation before midnight.",
                  "Before midnight the governor ordered an evacuation.")
                .verdict,
            PairVerdict::kMatch);
  EXPECT_EQ(Judge("The governor ordered the evacuation before midnight.",
                  "The weather office expects the wind to ease by Sunday.")
                .verdict,
            PairVerdict::kUnrelated);
}

TEST(MatchTest, StemmingJoinsWordForms) {
  Featurizer fz;
  ClaimFeatures f = fz.Of(parse::ClaimFromSentence("The Governor ordered evacuations"));
  EXPECT_EQ(f.content, (std::vector<std::string>{"evacu", "governor", "order"}));
}

TEST(MatchTest, UnrelatedSentencesWithDifferentNumbersAreNotDiffer) {
  PairResult r = Judge("Three fishing boats broke loose in the harbour.",
                       "The council will vote on 12 new bylaws next spring.");
  EXPECT_EQ(r.verdict, PairVerdict::kUnrelated);
}

}  // namespace
}  // namespace claimdiff::compare
