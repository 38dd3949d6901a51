#include "fetch/robots.h"

#include <gtest/gtest.h>

namespace claimdiff::fetch {
namespace {

TEST(RobotsTest, LongestMatchWinsAndAllowWinsATie) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: *\n"
      "Disallow: /news/\n"
      "Allow: /news/public/\n"
      "Disallow: /same\n"
      "Allow: /same\n",
      "claimdiff");
  EXPECT_FALSE(r.Allowed("/news/123"));
  EXPECT_TRUE(r.Allowed("/news/public/123"));
  EXPECT_TRUE(r.Allowed("/same/page"));
  EXPECT_TRUE(r.Allowed("/other"));
}

TEST(RobotsTest, WildcardsAndEndAnchor) {
  RobotsRules r = RobotsRules::Parse(
      "user-agent: *\n"
      "disallow: /*.pdf$\n"
      "disallow: /*/print\n"
      "allow: /*/print/ok$\n",
      "claimdiff");
  EXPECT_FALSE(r.Allowed("/files/report.pdf"));
  EXPECT_TRUE(r.Allowed("/files/report.pdf?download=1"));
  EXPECT_FALSE(r.Allowed("/world/print/x"));
  EXPECT_TRUE(r.Allowed("/world/print/ok"));
  EXPECT_FALSE(r.Allowed("/world/print/ok/more"));
  EXPECT_TRUE(RobotsPatternMatches("/a*b*c", "/a-x-b-y-c-z"));
  EXPECT_FALSE(RobotsPatternMatches("/a*b*c$", "/a-x-b-y-c-z"));
}

TEST(RobotsTest, OurGroupBeatsTheStarGroupCaseInsensitively) {
  const char* text =
      "User-agent: *\n"
      "Disallow: /\n"
      "\n"
      "User-agent: OtherBot\n"
      "User-agent: ClaimDiff\n"
      "Disallow: /private\n"
      "Crawl-delay: 7\n";
  RobotsRules mine = RobotsRules::Parse(text, "claimdiff");
  EXPECT_TRUE(mine.Allowed("/news/1"));
  EXPECT_FALSE(mine.Allowed("/private/1"));
  ASSERT_TRUE(mine.crawl_delay().has_value());
  EXPECT_DOUBLE_EQ(*mine.crawl_delay(), 7);
  RobotsRules other = RobotsRules::Parse(text, "somebot");
  EXPECT_FALSE(other.Allowed("/news/1"));
  EXPECT_FALSE(other.crawl_delay().has_value());
}

TEST(RobotsTest, GroupsNamingUsAreMerged) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: claimdiff\nDisallow: /a\n\nUser-agent: x\nDisallow: /x\n\n"
      "User-agent: claimdiff\nDisallow: /b\n",
      "claimdiff");
  EXPECT_FALSE(r.Allowed("/a"));
  EXPECT_FALSE(r.Allowed("/b"));
  EXPECT_TRUE(r.Allowed("/x"));
}

TEST(RobotsTest, EmptyDisallowCommentsAndJunkAreHarmless) {
  RobotsRules r = RobotsRules::Parse(
      "Disallow: /before-any-group\r\n"
      "# comment\r\n"
      "User-agent: * # trailing comment\r\n"
      "Disallow:\r\n"
      "this line means nothing\r\n"
      "Disallow: /tmp # why\r\n",
      "claimdiff");
  EXPECT_TRUE(r.Allowed("/before-any-group"));
  EXPECT_TRUE(r.Allowed("/page"));
  EXPECT_FALSE(r.Allowed("/tmp/x"));
}

TEST(RobotsTest, NoGroupForUsMeansAllowed) {
  RobotsRules r = RobotsRules::Parse("User-agent: otherbot\nDisallow: /\n", "claimdiff");
  EXPECT_TRUE(r.Allowed("/anything"));
}

TEST(RobotsTest, DisallowAllStillAllowsRobotsTxt) {
  RobotsRules r = RobotsRules::DisallowAll();
  EXPECT_FALSE(r.Allowed("/"));
  EXPECT_TRUE(r.Allowed("/robots.txt"));
  EXPECT_TRUE(RobotsRules::AllowAll().Allowed("/x"));
}

TEST(RobotsTest, PathologicalPatternsStayFast) {
  std::string pattern = "/";
  for (int i = 0; i < 200; ++i) pattern += "*a";
  pattern += "b";
  std::string path = "/" + std::string(5000, 'a');
  EXPECT_FALSE(RobotsPatternMatches(pattern, path));  // finishes: no exponential backtracking
}

}  // namespace
}  // namespace claimdiff::fetch
