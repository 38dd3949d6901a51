#include "reports/changes.h"

#include <gtest/gtest.h>

#include "tests/reports/fixtures.h"

namespace claimdiff::reports {
namespace {

Article Outlet(const std::string& url, std::vector<std::string> sentences) {
  Article a;
  a.url = url;
  a.outlet = url.substr(8);
  for (const std::string& s : sentences) {
    Claim c;
    c.text = s;
    a.claims.push_back(c);
  }
  return a;
}

TEST(ChangesTest, EditedNewAndDroppedClaims) {
  StoryChanges c = ComputeChanges(testing::PreviousRichStory(), testing::RichStory());
  EXPECT_TRUE(c.has_previous);
  ASSERT_EQ(c.edited.size(), 1u);
  EXPECT_EQ(c.edited[0].outlet, "Northern Ledger");
  EXPECT_EQ(c.edited[0].before, "At least five people were injured, police said.");
  EXPECT_EQ(c.edited[0].after, "At least six people were injured, police said.");
  ASSERT_EQ(c.new_claims.size(), 1u);
  EXPECT_NE(c.new_claims[0].text.find("ferry service"), std::string::npos);
  ASSERT_EQ(c.dropped_claims.size(), 1u);
  EXPECT_EQ(c.dropped_claims[0].text, "The bridge will reopen tomorrow.");
  ASSERT_EQ(c.new_outlets.size(), 1u);
  EXPECT_TRUE(c.dropped_outlets.empty());
}

TEST(ChangesTest, SameStoryHasNoChanges) {
  StoryChanges c = ComputeChanges(testing::RichStory(), testing::RichStory());
  EXPECT_TRUE(c.has_previous);
  EXPECT_TRUE(c.empty());
}

TEST(ChangesTest, CaptionsAreNotClaims) {
  Story before, after;
  before.articles.push_back(Outlet("https://a.example", {"Same."}));
  after.articles.push_back(Outlet("https://a.example", {"Same."}));
  Claim caption;
  caption.text = "Photo: someone via AP";
  caption.kind = ClaimKind::kCaption;
  after.articles[0].claims.push_back(caption);
  EXPECT_TRUE(ComputeChanges(before, after).empty());
}

TEST(ChangesTest, RepeatedSentencesCountAsAMultiset) {
  Story before, after;
  before.articles.push_back(Outlet("https://a.example", {"Again.", "Other words entirely here."}));
  after.articles.push_back(Outlet("https://a.example", {"Again.", "Again."}));
  StoryChanges c = ComputeChanges(before, after);
  ASSERT_EQ(c.new_claims.size(), 1u);
  EXPECT_EQ(c.new_claims[0].text, "Again.");
  ASSERT_EQ(c.dropped_claims.size(), 1u);
}

TEST(ChangesTest, OutletsArePairedByUrlAndDroppedOnesListed) {
  Story before, after;
  before.articles.push_back(Outlet("https://a.example", {"One."}));
  before.articles.push_back(Outlet("https://b.example", {"Two."}));
  after.articles.push_back(Outlet("https://b.example", {"Two."}));
  StoryChanges c = ComputeChanges(before, after);
  EXPECT_EQ(c.dropped_outlets, std::vector<std::string>{"a.example"});
  EXPECT_TRUE(c.new_claims.empty());
  EXPECT_TRUE(c.dropped_claims.empty());
}

TEST(ChangesTest, EditsPairTheMostSimilarSentences) {
  Story before, after;
  before.articles.push_back(Outlet("https://a.example", {"The river rose two metres overnight.",
                                                         "Schools closed on Monday and Tuesday."}));
  after.articles.push_back(Outlet("https://a.example", {"Schools closed on Monday.",
                                                        "The river rose three metres overnight."}));
  StoryChanges c = ComputeChanges(before, after);
  ASSERT_EQ(c.edited.size(), 2u);
  EXPECT_EQ(c.edited[0].before, "Schools closed on Monday and Tuesday.");  // order of `after`
  EXPECT_EQ(c.edited[1].before, "The river rose two metres overnight.");
  EXPECT_TRUE(c.new_claims.empty());
}

TEST(ChangesTest, RenderingWithoutPreviousRunIsEmpty) {
  EXPECT_EQ(RenderChangesHtml(StoryChanges{}), "");
  StoryChanges none;
  none.has_previous = true;
  EXPECT_NE(RenderChangesHtml(none).find("No outlet changed"), std::string::npos);
}

}  // namespace
}  // namespace claimdiff::reports
