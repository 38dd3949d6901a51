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
  const char* sentences[] = {"The coast guard said three fishing boats had broken loose.",
                             "Three fishing boats broke loose, the coast guard said.",
                             "Emergency shelters were opened in two schools.", ""};
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
      for (size_t i = 0; i < kFeatureCount; ++i)
        EXPECT_DOUBLE_EQ(ab[i], ba[i]) << PairFeatureName(i);
      double p = MatchProbability(ab, DefaultPairWeights());
      EXPECT_GE(p, 0.0);
      EXPECT_LE(p, 1.0);
      EXPECT_GE(Relatedness(ab), 0.0);
      EXPECT_LE(Relatedness(ab), 1.0);
    }
  }
}

TEST(MatchTest, WhatIsSaidIsComparedWithoutWhoSaysIt) {
  Featurizer fz;
  TermStats stats;
  ClaimFeatures bridge = fz.Of(parse::ClaimFromSentence(
      "\"The bridge will reopen on Monday,\" harbour master Jonas Ekholm told reporters."));
  ClaimFeatures same = fz.Of(parse::ClaimFromSentence(
      "Harbour master Jonas Ekholm told reporters that the bridge will reopen on Monday."));
  ClaimFeatures taxes = fz.Of(parse::ClaimFromSentence(
      "\"Ferry fares will double next year,\" harbour master Jonas Ekholm told reporters."));
  for (const ClaimFeatures* f : {&bridge, &same, &taxes}) stats.Add(*f);
  // The speaker's words are not part of what is said.
  ASSERT_LT(bridge.said_keys.size(), bridge.content_keys.size());
  PairVector v = PairFeatures(bridge, same, stats);
  EXPECT_DOUBLE_EQ(v[kSaidCoverMin], 1.0);
  PairVector w = PairFeatures(bridge, taxes, stats);
  EXPECT_DOUBLE_EQ(w[kSaidCoverMax], 0.0);
  EXPECT_GT(w[kCoverMin], 0.3);  // the whole claims share the attribution
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
  std::vector<std::string> stems = f.content_by_key;
  std::sort(stems.begin(), stems.end());
  EXPECT_EQ(stems, (std::vector<std::string>{"evacu", "governor", "order"}));
}

TEST(MatchTest, UnrelatedSentencesWithDifferentNumbersAreNotDiffer) {
  PairResult r = Judge("Three fishing boats broke loose in the harbour.",
                       "The council will vote on 12 new bylaws next spring.");
  EXPECT_EQ(r.verdict, PairVerdict::kUnrelated);
}

}  // namespace
}  // namespace claimdiff::compare

namespace claimdiff::compare {
namespace {

// Reference: the textbook tables.
WordAlignment Table(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  std::vector<std::vector<size_t>> l(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  std::vector<std::vector<size_t>> e(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = 0; i <= a.size(); ++i) e[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) e[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      bool same = a[i - 1] == b[j - 1];
      l[i][j] = same ? l[i - 1][j - 1] + 1 : std::max(l[i - 1][j], l[i][j - 1]);
      e[i][j] = std::min({e[i - 1][j - 1] + (same ? 0 : 1), e[i - 1][j] + 1, e[i][j - 1] + 1});
    }
  }
  return WordAlignment{l[a.size()][b.size()], e[a.size()][b.size()]};
}

TEST(MatchTest, BitParallelAlignmentAgreesWithTheTables) {
  uint64_t state = 12345;
  auto next = [&state]() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  };
  for (int round = 0; round < 400; ++round) {
    std::vector<uint64_t> a(next() % 70), b(next() % 70);
    uint64_t alphabet = 2 + next() % 8;
    for (uint64_t& x : a) x = next() % alphabet;
    for (uint64_t& x : b) x = next() % alphabet;
    WordAlignment fast = AlignWordKeys(a, b);
    WordAlignment slow = Table(a, b);
    ASSERT_EQ(fast.lcs, slow.lcs) << "round " << round << " sizes " << a.size() << "," << b.size();
    ASSERT_EQ(fast.edit, slow.edit)
        << "round " << round << " sizes " << a.size() << "," << b.size();
  }
}

}  // namespace
}  // namespace claimdiff::compare
