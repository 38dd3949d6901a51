#include "parse/metadata.h"

#include <gtest/gtest.h>

#include "parse/extract.h"

namespace claimdiff::parse {
namespace {

// Each chain is tested through ExtractHtml, which parses and reads the head.
TEST(MetadataTest, TitleFallsBackFromOgTitleToTitleTagToH1) {
  const char* body =
      "<body><h1>From h1</h1><p>Some article text that is long enough to keep as "
      "an article body.</p></body>";
  EXPECT_EQ(ExtractHtml(std::string("<head><meta property='og:title' content='From og'>"
                                    "<title>From title</title></head>") +
                            body,
                        "", {})
                .title,
            "From og");
  EXPECT_EQ(ExtractHtml(std::string("<head><title>From title</title></head>") + body, "", {}).title,
            "From title");
  EXPECT_EQ(ExtractHtml(std::string("<head></head>") + body, "", {}).title, "From h1");
}

TEST(MetadataTest, BylineSkipsUrlsAndFallsBackToRelAuthor) {
  Article a = ExtractHtml(
      "<head><meta name='author' content='https://social.example/someone'></head><body>"
      "<p>By <a rel='author' href='/p/kim'>Kim Lund</a></p><article><p>Text of the article, long "
      "enough to count as one, and then some more words.</p></article></body>",
      "https://o.example/a", {});
  EXPECT_EQ(a.byline, "Kim Lund");
}

TEST(MetadataTest, DatesFallBackToTimeElementsAndAreNormalised) {
  Article a = ExtractHtml(
      "<head><meta name='date' content='not a date'></head><body><article>"
      "<time datetime='2026-04-05T08:15:00+0200'>5 April</time><p>Text of the article, long "
      "enough to count as one, and then some more words.</p></article></body>",
      "", {});
  EXPECT_EQ(a.published.value_or(""), "2026-04-05T08:15:00+02:00");
  EXPECT_FALSE(a.modified.has_value());
}

TEST(MetadataTest, CanonicalIsResolvedAgainstThePageUrl) {
  EXPECT_EQ(ResolveUrl("https://o.example/news/a?x=1", "/news/a"), "https://o.example/news/a");
  EXPECT_EQ(ResolveUrl("https://o.example/news/a", "b"), "https://o.example/news/b");
  EXPECT_EQ(ResolveUrl("https://o.example/news/a", "//cdn.example/x"), "https://cdn.example/x");
  EXPECT_EQ(ResolveUrl("file:///tmp/a.html", "/x"), "");
  Article a = ExtractHtml(
      "<head><link rel='canonical' href='/story/1'></head><body><p>Text of "
      "the article, long enough to count as one, and more.</p></body>",
      "https://o.example/story/1?utm=x", {});
  EXPECT_EQ(a.url, "https://o.example/story/1");
}

TEST(MetadataTest, OutletAndLanguageChains) {
  Article a = ExtractHtml(
      "<html><head><meta property='og:locale' content='pt_BR'>"
      "<meta name='application-name' content='Diario X'></head><body><p>Text of the article, "
      "long enough to count as one, and more.</p></body></html>",
      "", {});
  EXPECT_EQ(a.outlet, "Diario X");
  EXPECT_EQ(a.language, "pt-BR");
}

}  // namespace
}  // namespace claimdiff::parse
