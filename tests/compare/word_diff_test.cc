// Word diffs (compare/word_diff.cc).
#include "compare/word_diff.h"

#include <gtest/gtest.h>

namespace claimdiff::compare {
namespace {

std::string Render(const std::vector<DiffOp>& ops) {
  std::string out;
  for (const DiffOp& op : ops) {
    const char* mark = op.kind == DiffOp::Kind::kSame     ? "="
                       : op.kind == DiffOp::Kind::kDelete ? "-"
                                                          : "+";
    out += std::string(mark) + "[" + op.text + "]";
  }
  return out;
}

TEST(WordDiffTest, ChangedWordsAreMarked) {
  EXPECT_EQ(Render(WordDiff("an obscene step", "a deplorable step")),
            "-[an obscene]+[a deplorable]=[step]");
}

TEST(WordDiffTest, EqualTextsAreOneSameRun) {
  EXPECT_EQ(Render(WordDiff("We will not leave", "we WILL not leave")), "=[We will not leave]");
}

TEST(WordDiffTest, InsertionsAndDeletionsAtTheEnds) {
  EXPECT_EQ(Render(WordDiff("shelter tonight", "shelter")), "=[shelter]-[tonight]");
  EXPECT_EQ(Render(WordDiff("", "new words")), "+[new words]");
}

TEST(WordDiffTest, SameRunsRebuildBothSides) {
  std::vector<DiffOp> ops =
      WordDiff("No family will be left without a roof", "We will not leave a single family");
  std::string left, right;
  for (const DiffOp& op : ops) {
    if (op.kind != DiffOp::Kind::kInsert) left += (left.empty() ? "" : " ") + op.text;
    if (op.kind != DiffOp::Kind::kDelete) right += (right.empty() ? "" : " ") + op.text;
  }
  EXPECT_EQ(left, "No family will be left without a roof");
  EXPECT_EQ(right, "We will not leave a single family");
}

}  // namespace
}  // namespace claimdiff::compare
