#include "parse/parse.h"

#include <gtest/gtest.h>

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
