#include "parse/extract.h"

#include <gtest/gtest.h>

namespace claimdiff::parse {
namespace {

const char kPage[] = R"(<!DOCTYPE html><html lang="en"><head>
<title>Ferry service resumes | Coast Daily</title>
<meta property="og:title" content="Ferry service resumes">
<meta property="og:site_name" content="Coast Daily">
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2026-02-01T09:00:00Z">
<link rel="canonical" href="https://coast-daily.example/ferry">
</head><body>
<nav><p>Home | World | Sport | Weather and other sections</p></nav>
<article>
<h1>Ferry service resumes</h1>
<p>The ferry between the two islands resumed service on Monday after a week of storms.</p>
<figure><img src="x.jpg"><figcaption>The ferry leaves port. Photo: Staff</figcaption></figure>
<p>The operator said all sailings would run to the normal timetable.</p>
<ul><li>Morning sailing at 7:00 from the north pier.</li></ul>
<div class="share-bar"><p>Share this story on every network you know.</p></div>
</article>
<footer><p>Copyright Coast Daily, all rights reserved, 2026.</p></footer>
</body></html>)";

TEST(ExtractTest, ReadsMetadata) {
  Article a = ExtractHtml(kPage, "https://coast-daily.example/ferry?utm=x", {});
  EXPECT_EQ(a.title, "Ferry service resumes");
  EXPECT_EQ(a.outlet, "Coast Daily");
  EXPECT_EQ(a.byline, "Ana Ruiz");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(*a.published, "2026-02-01T09:00:00Z");
  EXPECT_EQ(a.url, "https://coast-daily.example/ferry");
  EXPECT_EQ(a.language, "en");
  EXPECT_FALSE(a.error.has_value());
}

TEST(ExtractTest, KeepsBodyBlocksInOrderAndDropsBoilerplate) {
  Article a = ExtractHtml(kPage, "https://coast-daily.example/ferry", {});
  EXPECT_EQ(a.text,
            "The ferry between the two islands resumed service on Monday after a week of storms."
            "\n\nThe operator said all sailings would run to the normal timetable."
            "\n\nMorning sailing at 7:00 from the north pier.");
}

TEST(ExtractTest, CaptionsAreKeptApart) {
  Article a = ExtractHtml(kPage, "https://coast-daily.example/ferry", {});
  ASSERT_EQ(a.captions.size(), 1u);
  EXPECT_EQ(a.captions[0], "The ferry leaves port. Photo: Staff");
  EXPECT_EQ(a.text.find("Photo: Staff"), std::string::npos);
}

TEST(ExtractTest, PageWithoutArticleSaysSo) {
  Article a = ExtractHtml("<html><body><nav><a href='/'>Home</a></nav></body></html>",
                          "https://x.example/", {});
  ASSERT_TRUE(a.error.has_value());
  EXPECT_TRUE(a.text.empty());
}

TEST(ExtractTest, HostOfStripsWww) {
  EXPECT_EQ(HostOf("https://www.Example.org:8080/a?b"), "example.org");
  EXPECT_EQ(HostOf("file:///tmp/x.html"), "");
  EXPECT_EQ(HostOf("not a url"), "");
}

TEST(ExtractTest, DeepNestingDoesNotOverflowTheStack) {
  std::string page = "<html><body>";
  for (int i = 0; i < 3000; ++i) page += "<div>";
  page += "<p>A sentence deep inside many boxes, long enough to keep.</p>";
  Article a = ExtractHtml(page, "https://x.example/", {});
  EXPECT_NE(a.text.find("deep inside"), std::string::npos);
}

}  // namespace
}  // namespace claimdiff::parse
