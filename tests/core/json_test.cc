#include "core/json.h"

#include <gtest/gtest.h>

namespace claimdiff {
namespace {

TEST(JsonTest, ArticleHasTheContractKeysInOrder) {
  Article a;
  a.input = "in.html";
  a.text = "One. Two.";
  Claim c;
  c.id = "c1";
  c.span = {0, 4};
  c.text = "One.";
  a.claims.push_back(c);
  Json j = ArticleToJson(a);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  std::vector<std::string> want = {"input", "url", "outlet", "title", "byline", "published",
                                   "modified", "language", "content_hash", "text", "headings",
                                   "captions", "claims", "error"};
  EXPECT_EQ(keys, want);
  EXPECT_TRUE(j["published"].is_null());
  EXPECT_EQ(j["claims"][0]["kind"], "unattributed");
  EXPECT_EQ(j["claims"][0]["end"], 4);
}

TEST(JsonTest, DumpSurvivesInvalidUtf8) {
  Json j;
  j["text"] = std::string("bad \xFF byte");
  std::string out = DumpJson(j);
  EXPECT_NE(out.find("bad"), std::string::npos);
}

}  // namespace
}  // namespace claimdiff
