#include "reports/story_json.h"

#include <gtest/gtest.h>

namespace claimdiff::reports {
namespace {

TEST(StoryJsonTest, ClustersCarryMembersWithOffsetsAndCounts) {
  Story story;
  story.id = "s";
  for (const char* outlet : {"A", "B"}) {
    Article a;
    a.outlet = outlet;
    a.text = "Same claim.";
    Claim c;
    c.id = "c1";
    c.span = {0, 11};
    c.text = a.text;
    a.claims.push_back(c);
    story.articles.push_back(a);
  }
  Cluster k;
  k.id = "k1";
  k.verdict = Verdict::kMatch;
  k.members = {Member{0, 0}, Member{1, 0}};
  Conflict c;
  c.type = "number";
  c.left_span = {0, 4};
  c.right_span = {5, 10};
  k.conflicts.push_back(c);
  story.clusters.push_back(k);
  Json j = StoryToJson(story);
  EXPECT_EQ(j["summary"]["match"], 1);
  EXPECT_EQ(j["outlets"].size(), 2u);
  ASSERT_EQ(j["clusters"][0]["members"].size(), 2u);
  EXPECT_EQ(j["clusters"][0]["verdict"], "match");
  EXPECT_EQ(j["clusters"][0]["members"][1]["outlet"], "B");
  EXPECT_EQ(j["clusters"][0]["members"][1]["end"], 11);
  EXPECT_EQ(j["clusters"][0]["conflicts"][0]["left_span"]["end"], 4);
  EXPECT_EQ(j["clusters"][0]["conflicts"][0]["right_span"]["start"], 5);
}

}  // namespace
}  // namespace claimdiff::reports
