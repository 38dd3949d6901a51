#include "parse/extract.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "parse/charset.h"

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

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(CLAIMDIFF_SOURCE_DIR) + "/tests/data/extract/" + name,
                   std::ios::binary);
  EXPECT_TRUE(in) << name;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Article ExtractFixture(const std::string& name) {
  StatusOr<Decoded> decoded = DecodeToUtf8(Fixture(name), "");
  EXPECT_TRUE(decoded.ok());
  return ExtractHtml(decoded->text, "https://news.example/" + name, {});
}

TEST(ExtractTest, JsonLdArticleBodyPicksTheArticleAmongEqualBlocks) {
  Article a = ExtractFixture("jsonld.html");
  ASSERT_FALSE(a.error.has_value());
  EXPECT_EQ(a.text,
            "Crews finished repairing the eastern harbour wall on Tuesday, two weeks ahead of "
            "the storm season.\n\nThe council said the work cost less than planned because "
            "the old stone could be reused.\n\nFishermen, who had moored in the next bay since "
            "August, began returning on Wednesday morning.");
}

TEST(ExtractTest, JsonLdFillsMetadata) {
  Article a = ExtractFixture("jsonld.html");
  EXPECT_EQ(a.title, "Harbour wall repaired ahead of winter");
  EXPECT_EQ(a.byline, "Mira Castell, Tom Ebbe");
  EXPECT_EQ(a.outlet, "Northern Tide");
  EXPECT_EQ(a.published.value_or(""), "2026-03-04T07:30:00+01:00");
  EXPECT_EQ(a.modified.value_or(""), "2026-03-04T10:05:00");
  EXPECT_EQ(a.language, "en-GB");
}

TEST(ExtractTest, JsonLdBodyStandsInWhenTheMarkupHasNoText) {
  std::string page = R"(<html><head><script type="application/ld+json">
{"@type": "NewsArticle", "headline": "Dam inspection passed",
 "articleBody": "The dam passed its yearly inspection on Monday, engineers said.\nNo repairs )"
                     R"(are needed before next spring, according to the water board."}
</script></head><body><div id="app"></div></body></html>)";
  Article a = ExtractHtml(page, "https://x.example/dam", {});
  ASSERT_FALSE(a.error.has_value());
  EXPECT_EQ(a.text,
            "The dam passed its yearly inspection on Monday, engineers said.\n\nNo repairs are "
            "needed before next spring, according to the water board.");
}

TEST(ExtractTest, AfterTheArticleOnlyLongParagraphsContinueIt) {
  const std::string page = R"(<html><body><div id="page"><div class="story">
<p>The harbour bridge was closed on Monday after engineers found cracks in two of its piers, the city said.</p>
<p>Repairs will take at least six weeks, according to the transport office, and buses will use the ring road.</p>
<p>The mayor said the city would pay for the repairs from its reserve fund, without raising local taxes.</p>
</div>
<p>This article reflects the opinion of its author.</p>
<p>Engineers had warned about the piers for years: a report to the council in 2019 described corrosion in the steel and asked for an inspection every six months, which the council approved but never paid for, the report's authors said.</p>
</div></body></html>)";
  Article a = ExtractHtml(page, "https://example.org/bridge", {});
  EXPECT_NE(a.text.find("cracks in two of its piers"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("from its reserve fund"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("Engineers had warned about the piers"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("opinion of its author"), std::string::npos) << a.text;
  // It is this rule that drops the short line: without it, the line stays.
  ExtractOptions keep_all;
  keep_all.after_core_paragraph_bytes = 0;
  Article b = ExtractHtml(page, "https://example.org/bridge", keep_all);
  EXPECT_NE(b.text.find("opinion of its author"), std::string::npos) << b.text;
}

TEST(ExtractTest, CommentSectionsAreLeftOut) {
  Article a = ExtractFixture("comments.html");
  ASSERT_FALSE(a.error.has_value());
  EXPECT_NE(a.text.find("stay open until nine"), std::string::npos);
  EXPECT_NE(a.text.find("come straight from school"), std::string::npos);
  EXPECT_EQ(a.text.find("About time"), std::string::npos);
  EXPECT_EQ(a.text.find("café"), std::string::npos);
  EXPECT_EQ(a.text.find("comments"), std::string::npos);
  EXPECT_EQ(a.text.find("All rights reserved"), std::string::npos);
}

TEST(ExtractTest, HeadingsListsAndQuotesStayInOrder) {
  Article a = ExtractFixture("lists.html");
  ASSERT_FALSE(a.error.has_value());
  EXPECT_EQ(a.text,
            "Ab Juni fahren die Busse im Kreis öfter, und zwei neue Linien kommen hinzu."
            "\n\nDer Verkehrsverbund hat am Freitag den Fahrplan für den Sommer vorgestellt, "
            "der ab dem ersten Juni gilt."
            "\n\nDie wichtigsten Änderungen"
            "\n\nDie Linie 4 fährt tagsüber alle zwanzig Minuten."
            "\n\nDie neue Linie 12 verbindet den Bahnhof mit dem Gewerbegebiet."
            "\n\nAm Wochenende gibt es einen Nachtbus bis zwei Uhr."
            "\n\nWir wollen, dass niemand mehr auf das Auto angewiesen ist, um zur Arbeit zu "
            "kommen."
            "\n\nDie Kosten trägt zum größten Teil das Land, wie der Verbund mitteilte, der "
            "Kreis zahlt den Rest.");
  EXPECT_EQ(a.byline, "Jana Oberholz");
  EXPECT_EQ(a.published.value_or(""), "2026-05-02");
  EXPECT_EQ(a.language, "de");
}

TEST(ExtractTest, FigureCaptionsAndCreditsGoToCaptions) {
  Article a = ExtractFixture("captions.html");
  ASSERT_FALSE(a.error.has_value());
  EXPECT_EQ(a.text,
            "Apple growers in the valley began picking a fortnight earlier than usual this year "
            "after a warm spring.\n\nGrowers said the fruit was smaller but sweeter, and that "
            "prices at the market had held steady so far.\n\nThe cooperative expects the "
            "harvest to end by the middle of September, weeks before the first frost.");
  EXPECT_EQ(a.captions,
            (std::vector<std::string>{"Pickers at work on Monday. Photo: Lena Frost",
                                      "A crate of early apples. Photo: Valley Growers"}));
}

TEST(ExtractTest, LegacyCharsetPageComesOutAsUtf8) {
  Article a = ExtractFixture("latin1.html");
  ASSERT_FALSE(a.error.has_value());
  EXPECT_NE(a.text.find("La fête du village aura lieu le premier week-end d'août"),
            std::string::npos)
      << a.text;
  EXPECT_NE(a.text.find("« Nous attendons plus de visiteurs que l'an dernier »"),
            std::string::npos);
  EXPECT_EQ(a.title, "La fête du village aura lieu en août");
}

TEST(ExtractTest, IndexPageHasNoArticle) {
  Article a = ExtractFixture("no_article.html");
  ASSERT_TRUE(a.error.has_value());
  EXPECT_TRUE(a.text.empty());
}

TEST(ExtractTest, ScriptsStylesAndCommentsNeverReachTheText) {
  Article a = ExtractHtml(
      "<html><body><article><p>The pier reopened on Saturday after a month of repairs.</p>"
      "<script>document.write('<p>Injected paragraph from a script.</p>')</script>"
      "<style>p { color: red }</style><!-- <p>A commented-out paragraph.</p> -->"
      "<p>Anglers were back at dawn, the harbour master said.</p></article></body></html>",
      "https://x.example/pier", {});
  EXPECT_EQ(a.text,
            "The pier reopened on Saturday after a month of repairs.\n\nAnglers were back at "
            "dawn, the harbour master said.");
}

}  // namespace
}  // namespace claimdiff::parse
