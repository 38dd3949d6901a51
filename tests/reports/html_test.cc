#include "reports/html.h"

#include <gtest/gtest.h>

namespace claimdiff::reports {
namespace {

Story HostileStory() {
  Story story;
  story.id = "s";
  story.title = "<script>alert(1)</script>";
  Article a;
  a.outlet = "Evil <b>Outlet</b>";
  a.url = "javascript:alert(2)";
  a.text = "\"><img src=x onerror=alert(3)>";
  Claim c;
  c.id = "c1";
  c.span = {0, a.text.size()};
  c.text = a.text;
  a.claims.push_back(c);
  story.articles.push_back(a);
  Cluster k;
  k.id = "k1";
  k.members.push_back(Member{0, 0});
  story.clusters.push_back(k);
  return story;
}

TEST(HtmlTest, EscapesEverySpecialCharacter) {
  EXPECT_EQ(EscapeHtml("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST(HtmlTest, OnlyHttpLinksAreSafe) {
  EXPECT_TRUE(IsSafeLink("https://a.example/x"));
  EXPECT_TRUE(IsSafeLink("HTTP://a.example/x"));
  EXPECT_FALSE(IsSafeLink("javascript:alert(1)"));
  EXPECT_FALSE(IsSafeLink("data:text/html,x"));
  EXPECT_FALSE(IsSafeLink("file:///etc/passwd"));
}

TEST(HtmlTest, PageTextNeverBecomesMarkup) {
  std::string html = RenderStoryHtml(HostileStory());
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<b>Outlet"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
}

TEST(HtmlTest, CarriesAContentSecurityPolicy) {
  std::string html = RenderStoryHtml(HostileStory());
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
}

TEST(HtmlTest, IndexPutsTheMostDisagreementFirst) {
  std::vector<IndexEntry> entries(2);
  entries[0].story_id = "calm";
  entries[0].href = "calm.html";
  entries[1].story_id = "contested";
  entries[1].href = "contested.html";
  entries[1].counts.differ = 4;
  std::string html = RenderIndexHtml("Run", entries);
  EXPECT_LT(html.find("contested.html"), html.find("calm.html"));
}

}  // namespace
}  // namespace claimdiff::reports
