#include "compare/match.h"

#include <gtest/gtest.h>

namespace claimdiff::compare {
namespace {

TEST(MatchTest, SimilarityIsSymmetricAndBounded) {
  const char* sentences[] = {
      "The coast guard said three fishing boats had broken loose.",
      "Three fishing boats broke loose, the coast guard said.",
      "Emergency shelters were opened in two schools.",
      ""};
  for (const char* a : sentences) {
    for (const char* b : sentences) {
      double ab = Similarity(Featurize(a), Featurize(b));
      double ba = Similarity(Featurize(b), Featurize(a));
      EXPECT_DOUBLE_EQ(ab, ba);
      EXPECT_GE(ab, 0.0);
      EXPECT_LE(ab, 1.0);
    }
  }
}

TEST(MatchTest, IdenticalSentencesScoreOne) {
  PairResult r = MatchPair("Shelters opened in two schools.", "Shelters opened in two schools.", {});
  EXPECT_DOUBLE_EQ(r.score, 1.0);
  EXPECT_EQ(r.verdict, PairVerdict::kMatch);
}

TEST(MatchTest, RewordedClaimMatchesAndUnrelatedDoesNot) {
  MatchOptions o;
  EXPECT_EQ(MatchPair("The governor ordered the evacuation before midnight.",
                      "Before midnight the governor ordered an evacuation.", o)
                .verdict,
            PairVerdict::kMatch);
  EXPECT_EQ(MatchPair("The governor ordered the evacuation before midnight.",
                      "The weather office expects the wind to ease by Sunday.", o)
                .verdict,
            PairVerdict::kUnrelated);
}

TEST(MatchTest, CaseAndStopWordsDoNotCount) {
  ClaimFeatures f = Featurize("The Governor SAID the bridge was closed");
  EXPECT_EQ(f.words, (std::vector<std::string>{"bridge", "closed", "governor"}));
}

}  // namespace
}  // namespace claimdiff::compare
