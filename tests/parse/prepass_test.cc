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

TEST(PrepassTest, TagsPastTheNestingLimitAreDroppedTextKept) {
  PrepassLimits limits;
  limits.max_nesting_depth = 2;
  Prepassed p = Prepass("<div><section><div><b>deep</b> text</div></section></div>", limits);
  EXPECT_EQ(p.html, "<div><section>deep text</section></div>");
  EXPECT_EQ(p.dropped_deep_tags, 2u);
  EXPECT_FALSE(p.cut_at_element_limit);
}

TEST(PrepassTest, VoidAndSelfClosingElementsDoNotDeepen) {
  PrepassLimits limits;
  limits.max_nesting_depth = 1;
  // Unclosed <p> and <li>, and void <br>/<img>, open no level.
  std::string html = "<div><p>a<p>b<br><img src=x><ul><li>c<li>d</ul></div>";
  Prepassed p = Prepass(html, limits);
  EXPECT_EQ(p.dropped_deep_tags, 1u);  // only the <ul> inside the <div>
  EXPECT_EQ(p.html, "<div><p>a<p>b<br><img src=x><li>c<li>d</div>");
}

TEST(PrepassTest, PageIsCutAtTheElementLimit) {
  PrepassLimits limits;
  limits.max_elements = 3;
  Prepassed p = Prepass("<html><body><p>one</p><p>two</p></body></html>", limits);
  EXPECT_TRUE(p.cut_at_element_limit);
  EXPECT_EQ(p.html, "<html><body><p>one</p>");
}

}  // namespace
}  // namespace claimdiff::parse
