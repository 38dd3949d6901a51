#include "parse/jsonld.h"

#include <gtest/gtest.h>

namespace claimdiff::parse {
namespace {

TEST(JsonLdTest, FindsTheArticleInAGraph) {
  JsonLdArticle a = ReadJsonLd({R"({"@context":"https://schema.org","@graph":[
    {"@type":"WebPage","name":"x"},
    {"@type":"NewsArticle","headline":"H","articleBody":"Body.","datePublished":"2026-01-02",
     "author":{"@type":"Person","name":"A. Writer"},"publisher":{"name":"The Outlet"},
     "inLanguage":"nl","mainEntityOfPage":{"@id":"https://o.example/h"}}]})"});
  EXPECT_TRUE(a.found);
  EXPECT_EQ(a.headline, "H");
  EXPECT_EQ(a.body, "Body.");
  EXPECT_EQ(a.published, "2026-01-02");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"A. Writer"}));
  EXPECT_EQ(a.publisher, "The Outlet");
  EXPECT_EQ(a.language, "nl");
  EXPECT_EQ(a.url, "https://o.example/h");
}

TEST(JsonLdTest, ArraysOfTypesAndAuthorsAndSeveralBlocks) {
  JsonLdArticle a = ReadJsonLd({R"({"@type":"Organization","name":"Not an article"})",
                                R"([{"@type":["Article","ReportageNewsArticle"],
                                     "author":["B. One",{"name":"C. Two"}]}])"});
  EXPECT_TRUE(a.found);
  EXPECT_EQ(a.authors, (std::vector<std::string>{"B. One", "C. Two"}));
}

TEST(JsonLdTest, MalformedAndUnrelatedBlocksAreSkipped) {
  JsonLdArticle a = ReadJsonLd({"{not json", R"({"@type":"Recipe","name":"Soup"})", "[]", "42"});
  EXPECT_FALSE(a.found);
  EXPECT_TRUE(a.body.empty());
}

TEST(JsonLdTest, WrongJsonTypesDoNotThrow) {
  JsonLdArticle a = ReadJsonLd({R"({"@type":"NewsArticle","headline":7,"author":{"name":[1]},
                                    "publisher":null,"articleBody":{"x":1}})"});
  EXPECT_TRUE(a.found);
  EXPECT_TRUE(a.headline.empty());
  EXPECT_TRUE(a.body.empty());
}

}  // namespace
}  // namespace claimdiff::parse
