#include "reports/matrix.h"

#include <gtest/gtest.h>

#include "tests/reports/fixtures.h"

namespace claimdiff::reports {
namespace {

using Ranges = std::vector<std::pair<size_t, size_t>>;

TEST(MatrixTest, ConflictSpansBecomeRangesInTheClaim) {
  Story s = testing::RichStory();
  const Cluster& k2 = s.clusters[1];
  EXPECT_EQ(ConflictRanges(s, k2, 0), (Ranges{{0, 12}}));  // "At least six"
  EXPECT_EQ(ConflictRanges(s, k2, 1), (Ranges{{0, 5}}));   // "Eight"
}

TEST(MatrixTest, ConflictsWithoutSpansAreFoundByText) {
  Story s = testing::RichStory();
  const Cluster& k3 = s.clusters[2];
  const std::string& text = s.articles[0].claims[k3.members[0].claim].text;
  Ranges r = ConflictRanges(s, k3, 0);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(text.substr(r[0].first, r[0].second - r[0].first), "an obscene step");
}

TEST(MatrixTest, OutOfRangeSpansAndMembersAreIgnored) {
  Story s = testing::RichStory();
  Cluster k = s.clusters[1];
  k.conflicts[0].left_span = {100000, 100010};
  k.conflicts[0].left_text = "not in the sentence";
  EXPECT_TRUE(ConflictRanges(s, k, 0).empty());
  EXPECT_TRUE(ConflictRanges(s, k, 7).empty());
  k.members[0].claim = 999;
  EXPECT_TRUE(ConflictRanges(s, k, 0).empty());
  s.clusters.push_back(k);
  EXPECT_NE(RenderMatrixHtml(s).find("tbody"), std::string::npos);  // renders, does not crash
}

TEST(MatrixTest, OverlappingRangesMerge) {
  Story s = testing::RichStory();
  Cluster k = s.clusters[1];
  Conflict extra = k.conflicts[0];
  extra.left_span.start += 3;
  extra.left_span.end += 5;
  k.conflicts.push_back(extra);
  EXPECT_EQ(ConflictRanges(s, k, 0), (Ranges{{0, 17}}));
}

TEST(MatrixTest, MarkRangesEscapesInsideAndOutside) {
  EXPECT_EQ(MarkRanges("a<b>c&d", {{1, 4}}), "a<mark>&lt;b&gt;</mark>c&amp;d");
  EXPECT_EQ(MarkRanges("abc", {{2, 9}}), "abc");  // past the end: ignored
}

}  // namespace
}  // namespace claimdiff::reports
