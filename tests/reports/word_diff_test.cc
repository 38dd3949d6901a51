#include "reports/word_diff.h"

#include <gtest/gtest.h>

namespace claimdiff::reports {
namespace {

std::string Show(const std::vector<DiffOp>& ops) {
  std::string s;
  for (const DiffOp& op : ops) {
    s += op.kind == DiffOp::Kind::kSame ? "=" : op.kind == DiffOp::Kind::kDelete ? "-" : "+";
    s += "[" + op.text + "]";
  }
  return s;
}

TEST(WordDiffTest, FindsTheChangedWords) {
  EXPECT_EQ(Show(WordDiff("at least five people were hurt", "at least six people were hurt")),
            "=[at least]-[five]+[six]=[people were hurt]");
}

TEST(WordDiffTest, IdenticalTextsAreOneSameOp) {
  std::vector<DiffOp> ops = WordDiff("a  b\nc", "a b c");
  EXPECT_EQ(Show(ops), "=[a b c]");
  EXPECT_DOUBLE_EQ(WordSimilarity(ops), 1.0);
}

TEST(WordDiffTest, EmptySides) {
  EXPECT_EQ(Show(WordDiff("", "new words")), "+[new words]");
  EXPECT_EQ(Show(WordDiff("old", "")), "-[old]");
  EXPECT_TRUE(WordDiff("", "").empty());
  EXPECT_DOUBLE_EQ(WordSimilarity({}), 1.0);
}

TEST(WordDiffTest, SimilarityCountsSharedWords) {
  // 3 shared of 4 + 4 words.
  EXPECT_DOUBLE_EQ(WordSimilarity(WordDiff("a b c d", "a b c e")), 0.75);
  EXPECT_DOUBLE_EQ(WordSimilarity(WordDiff("a b", "c d")), 0.0);
}

TEST(WordDiffTest, RenderingEscapesEveryOp) {
  std::string html = RenderWordDiffHtml({{DiffOp::Kind::kSame, "<b>"},
                                         {DiffOp::Kind::kDelete, "\"x\""},
                                         {DiffOp::Kind::kInsert, "&"}});
  EXPECT_EQ(html, "<span class=\"wd\">&lt;b&gt; <del>&quot;x&quot;</del> <ins>&amp;</ins></span>");
}

}  // namespace
}  // namespace claimdiff::reports
