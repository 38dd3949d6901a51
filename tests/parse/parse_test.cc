#include "parse/parse.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimdiff::parse {
namespace {

TEST(ParseTest, PlainTextIsKeptVerbatimSoOffsetsIndexTheInput) {
  Document doc;
  doc.input = "story.txt";
  doc.url = "file:///tmp/story.txt";
  doc.plain_text = true;
  doc.body = "Headline line\n\nThe envoy met the delegation on Thursday. He said talks went well.\n";
  Article a = ParseDocument(doc, {});
  EXPECT_EQ(a.text, doc.body);
  ASSERT_EQ(a.claims.size(), 3u);
  for (const Claim& c : a.claims) {
    EXPECT_EQ(doc.body.substr(c.span.start, c.span.size()), c.text);
  }
  EXPECT_EQ(a.outlet, "story");  // from the file name when nothing else names it
  EXPECT_EQ(a.content_hash.size(), 32u);
}

std::vector<std::string> HeadingTexts(const Article& a) {
  std::vector<std::string> out;
  for (const Span& h : a.headings) out.emplace_back(a.Slice(h));
  return out;
}

// True when some claim's span overlaps `span`.
bool AnyClaimIn(const Article& a, Span span) {
  for (const Claim& c : a.claims) {
    if (c.span.start < span.end && span.start < c.span.end) return true;
  }
  return false;
}

TEST(ParseTest, HtmlHeadingsStayInTheTextButYieldNoClaim) {
  Document doc;
  doc.input = "moscow.html";
  doc.url = "file:///saved/moscow.html";
  doc.body =
      "<html><head><title>Hamas delegation in Moscow</title></head><body><article>"
      "<h1>Hamas delegation in Moscow</h1>"
      "<p>A Hamas delegation visited Moscow on Thursday, the Russian Foreign Ministry said.</p>"
      "<h2>'First step'</h2>"
      "<p>Israel called the visit an obscene step, its foreign ministry spokesman said.</p>"
      "<h3>Not a swap</h3>"
      "<p>Russia said it was working for the release of eight of its citizens.</p>"
      "<p class=\"article-subheading\">Talks in Doha</p>"
      "<p>Officials said further talks were planned in Doha next week.</p>"
      "<figure><img src=\"x.jpg\"><figcaption>The delegation in Moscow. Photo via AP"
      "</figcaption></figure>"
      "</article></body></html>";
  Article a = ParseDocument(doc, {});
  ASSERT_FALSE(a.error.has_value()) << *a.error;
  EXPECT_EQ(HeadingTexts(a),
            (std::vector<std::string>{"'First step'", "Not a swap", "Talks in Doha"}));
  for (const Span& h : a.headings) {
    EXPECT_FALSE(AnyClaimIn(a, h)) << a.Slice(h);
    // A heading is a whole paragraph of the text.
    EXPECT_TRUE(h.start == 0 || a.text.compare(h.start - 2, 2, "\n\n") == 0);
    EXPECT_TRUE(h.end == a.text.size() || a.text.compare(h.end, 2, "\n\n") == 0);
  }
  EXPECT_EQ(a.claims.size(), 4u);
  for (size_t i = 0; i < a.claims.size(); ++i) {
    EXPECT_EQ(a.claims[i].id, "c" + std::to_string(i + 1));  // no gaps where headings were
  }
  // The caption is kept apart as before.
  ASSERT_EQ(a.captions.size(), 1u);
  EXPECT_NE(a.captions[0].find("via AP"), std::string::npos);
}

TEST(ParseTest, AStandfirstSetInAHeadingTagStaysAClaim) {
  Document doc;
  doc.input = "lead.html";
  doc.url = "file:///saved/lead.html";
  doc.body =
      "<html><body><article>"
      "<h2>The Russian Foreign Ministry said on Thursday that a Hamas delegation was in "
      "Moscow.</h2>"
      "<p>Israel called the visit an obscene step, its foreign ministry spokesman said.</p>"
      "<p>Russia said it was working for the release of eight of its citizens.</p>"
      "</article></body></html>";
  Article a = ParseDocument(doc, {});
  EXPECT_TRUE(a.headings.empty()) << a.text;
  EXPECT_EQ(a.claims.size(), 3u);
}

TEST(ParseTest, BoldLinesThatReadAsHeadingsAreHeadings) {
  Document doc;
  doc.input = "bold.html";
  doc.url = "file:///saved/bold.html";
  doc.body =
      "<html><body><article>"
      "<p>A Hamas delegation visited Moscow on Thursday, the Russian Foreign Ministry said.</p>"
      "<p><strong>Stepping stone</strong></p>"
      "<p>Israel called the visit an obscene step, its foreign ministry spokesman said.</p>"
      "<p><b>Bogdanov met the delegation</b></p>"
      "<p>Russia said it was working for the release of eight of its citizens.</p>"
      "</article></body></html>";
  Article a = ParseDocument(doc, {});
  // Bold with a verb is a sentence set in bold, not a heading.
  EXPECT_EQ(HeadingTexts(a), (std::vector<std::string>{"Stepping stone"}));
  EXPECT_EQ(a.claims.size(), 4u);
}

TEST(ParseTest, TextHeadingLinesBetweenParagraphsYieldNoClaim) {
  Document doc;
  doc.input = "story.txt";
  doc.url = "file:///tmp/story.txt";
  doc.plain_text = true;
  doc.body =
      "Hamas delegation in Moscow\n\n"
      "A Hamas delegation visited Moscow on Thursday, the Russian Foreign Ministry said.\n\n"
      "- 'Stepping stone' -\n\n"
      "Israel called the visit an obscene step. \"It is deplorable,\" a spokesman said.\n\n"
      "'First step'\n\n"
      "Russia said it was working for the release of eight of its citizens.\n\n"
      "Not a swap\n\n"
      "The delegation in Moscow. Photo via AP\n";
  Article a = ParseDocument(doc, {});
  EXPECT_EQ(a.text, doc.body);  // kept byte for byte
  EXPECT_EQ(HeadingTexts(a),
            (std::vector<std::string>{"- 'Stepping stone' -", "'First step'", "Not a swap"}));
  for (const Span& h : a.headings) EXPECT_FALSE(AnyClaimIn(a, h)) << a.Slice(h);
  // The first line (a title, not between two paragraphs) and the sentences
  // remain claims; the caption stays a caption.
  std::vector<std::string> claims;
  for (const Claim& c : a.claims) {
    if (c.kind != ClaimKind::kCaption) claims.push_back(c.text);
  }
  EXPECT_EQ(claims, (std::vector<std::string>{
                        "Hamas delegation in Moscow",
                        "A Hamas delegation visited Moscow on Thursday, the Russian Foreign "
                        "Ministry said.",
                        "Israel called the visit an obscene step.",
                        "\"It is deplorable,\" a spokesman said.",
                        "Russia said it was working for the release of eight of its citizens."}));
  ASSERT_FALSE(a.claims.empty());
  EXPECT_EQ(a.claims.back().kind, ClaimKind::kCaption);
  EXPECT_NE(a.claims.back().text.find("via AP"), std::string::npos);
}

TEST(ParseTest, OutletHintFillsInWhenThePageNamesNone) {
  Document doc;
  doc.input = "saved/c.html";
  doc.url = "file:///saved/c.html";
  doc.body = "<html><body><p>The council voted to close the old library next spring.</p></body></html>";
  doc.outlet_hint = "Outlet C";
  EXPECT_EQ(ParseDocument(doc, {}).outlet, "Outlet C");
  doc.body = "<html><head><meta property='og:site_name' content='Own Name'></head>" + doc.body;
  EXPECT_EQ(ParseDocument(doc, {}).outlet, "Own Name");
}

TEST(ParseTest, FailedFetchBecomesAnArticleWithTheError) {
  Document doc;
  doc.input = "https://x.example/a";
  doc.url = doc.input;
  doc.outcome = FetchOutcome::kHttpError;
  doc.error = "https://x.example/a: HTTP 500";
  Article a = ParseDocument(doc, {});
  ASSERT_TRUE(a.error.has_value());
  EXPECT_EQ(*a.error, doc.error);
  EXPECT_TRUE(a.claims.empty());
}

TEST(ParseTest, Latin1PageBecomesUtf8Text) {
  Document doc;
  doc.input = "p.html";
  doc.content_type = "text/html; charset=iso-8859-1";
  doc.body = "<p>Le d\xE9put\xE9 a quitt\xE9 la s\xE9" "ance avant le vote final du soir.</p>";
  Article a = ParseDocument(doc, {});
  EXPECT_EQ(a.text, "Le d\xC3\xA9put\xC3\xA9 a quitt\xC3\xA9 la s\xC3\xA9" "ance avant le vote final du soir.");
}

}  // namespace
}  // namespace claimdiff::parse
