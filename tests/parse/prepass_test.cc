#include "parse/prepass.h"

#include <gtest/gtest.h>

namespace claimdiff::parse {
namespace {

TEST(PrepassTest, DropsScriptStyleSvgAndComments) {
  Prepassed p = Prepass(
      "<p>a</p><SCRIPT type=\"text/javascript\">if (x < 1) { y = '</p>'; }</SCRIPT>"
      "<style>p{}</style><!-- gone --><svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg><p>b</p>");
  EXPECT_EQ(p.html, "<p>a</p><p>b</p>");
  EXPECT_TRUE(p.json_ld.empty());
}

TEST(PrepassTest, KeepsJsonLdApart) {
  Prepassed p = Prepass(
      "<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\"}</script></head>"
      "<body>x</body>");
  EXPECT_EQ(p.html, "<head></head><body>x</body>");
  ASSERT_EQ(p.json_ld.size(), 1u);
  EXPECT_EQ(p.json_ld[0], "{\"@type\":\"NewsArticle\"}");
}

TEST(PrepassTest, QuotedGreaterThanInAttributesDoesNotEndTheTag) {
  Prepassed p = Prepass("<script data-x=\"a>b\">var s;</script><p>kept</p>");
  EXPECT_EQ(p.html, "<p>kept</p>");
}

TEST(PrepassTest, UnterminatedScriptRunsToTheEnd) {
  EXPECT_EQ(Prepass("<p>a</p><script>var never_closed = 1;").html, "<p>a</p>");
  EXPECT_EQ(Prepass("<p>a</p><!-- never closed").html, "<p>a</p>");
}

TEST(PrepassTest, SimilarTagNamesAreKept) {
  Prepassed p = Prepass("<scripture>text</scripture><styled>more</styled>");
  EXPECT_EQ(p.html, "<scripture>text</scripture><styled>more</styled>");
}

}  // namespace
}  // namespace claimdiff::parse
