#include "core/text.h"

#include <gtest/gtest.h>

namespace claimdiff {
namespace {

TEST(TextTest, RecognisesValidAndInvalidUtf8) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("Russia\xE2\x80\x99s"));     // ’
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));                // Latin-1 é
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));               // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));           // surrogate
  EXPECT_FALSE(IsValidUtf8("cut \xE2\x80"));           // truncated
}

TEST(TextTest, RepairReplacesBadBytesAndKeepsTheRest) {
  std::string fixed = RepairUtf8("caf\xE9 au lait");
  EXPECT_TRUE(IsValidUtf8(fixed));
  EXPECT_EQ(fixed, "caf\xEF\xBF\xBD au lait");
  EXPECT_EQ(RepairUtf8("fine \xE2\x80\x99"), "fine \xE2\x80\x99");
}

TEST(TextTest, FoldCaseIsIdempotent) {
  for (std::string s : {"Moscow", "MOSCOW", "\xEF\xBC\xAD" "oscow", "Stra\xC3\x9F" "e"}) {
    std::string once = FoldCase(s);
    EXPECT_EQ(FoldCase(once), once) << s;
  }
  EXPECT_EQ(FoldCase("MOSCOW"), "moscow");
  EXPECT_EQ(FoldCase("\xEF\xBC\xAD" "oscow"), "moscow");  // fullwidth M
}

TEST(TextTest, CollapseWhitespaceFoldsRunsAndTrims) {
  EXPECT_EQ(CollapseWhitespace("  a \n\t b\xC2\xA0\xC2\xA0" "c  "), "a b c");
  EXPECT_EQ(CollapseWhitespace(""), "");
}

TEST(TextTest, TokensCarryOffsetsIntoTheText) {
  std::string text = "Six Russian citizens, \xE2\x80\x9C" "believed\xE2\x80\x9D held.";
  std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].norm, "six");
  EXPECT_EQ(tokens[3].norm, "believed");
  for (const Token& t : tokens) {
    EXPECT_EQ(FoldCase(text.substr(t.start, t.end - t.start)), t.norm);
  }
}

TEST(TextTest, StopWords) {
  EXPECT_TRUE(IsStopWord("the"));
  EXPECT_TRUE(IsStopWord("said"));
  EXPECT_FALSE(IsStopWord("hamas"));
}

}  // namespace
}  // namespace claimdiff
