#include "core/text.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace claimdiff {
namespace {

TEST(TextTest, RecognisesValidAndInvalidUtf8) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("Russia\xE2\x80\x99s"));  // ’
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));             // Latin-1 é
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));            // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));        // surrogate
  EXPECT_FALSE(IsValidUtf8("cut \xE2\x80"));        // truncated
}

TEST(TextTest, RepairReplacesBadBytesAndKeepsTheRest) {
  std::string fixed = RepairUtf8("caf\xE9 au lait");
  EXPECT_TRUE(IsValidUtf8(fixed));
  EXPECT_EQ(fixed, "caf\xEF\xBF\xBD au lait");
  EXPECT_EQ(RepairUtf8("fine \xE2\x80\x99"), "fine \xE2\x80\x99");
}

TEST(TextTest, FoldCaseIsIdempotent) {
  for (std::string s : {"Moscow", "MOSCOW",
                        "\xEF\xBC\xAD"
                        "oscow",
                        "Stra\xC3\x9F"
                        "e"}) {
    std::string once = FoldCase(s);
    EXPECT_EQ(FoldCase(once), once) << s;
  }
  EXPECT_EQ(FoldCase("MOSCOW"), "moscow");
  EXPECT_EQ(FoldCase("\xEF\xBC\xAD"
                     "oscow"),
            "moscow");  // fullwidth M
}

TEST(TextTest, CollapseWhitespaceFoldsRunsAndTrims) {
  EXPECT_EQ(CollapseWhitespace("  a \n\t b\xC2\xA0\xC2\xA0"
                               "c  "),
            "a b c");
  EXPECT_EQ(CollapseWhitespace(""), "");
}

TEST(TextTest, TokensCarryOffsetsIntoTheText) {
  std::string text =
      "Six Russian citizens, \xE2\x80\x9C"
      "believed\xE2\x80\x9D held.";
  std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].norm, "six");
  EXPECT_EQ(tokens[3].norm, "believed");
  for (const Token& t : tokens) {
    EXPECT_EQ(FoldCase(text.substr(t.start, t.end - t.start)), t.norm);
  }
}

// The ASCII path of Tokenize must give exactly ICU's words.
void ExpectSameAsIcu(const std::string& text) {
  std::vector<Token> fast = Tokenize(text);
  std::vector<Token> icu = TokenizeWithIcu(text);
  ASSERT_EQ(fast.size(), icu.size()) << "[" << text << "]";
  for (size_t i = 0; i < fast.size(); ++i) {
    EXPECT_EQ(fast[i].start, icu[i].start) << "[" << text << "]";
    EXPECT_EQ(fast[i].end, icu[i].end) << "[" << text << "]";
    EXPECT_EQ(fast[i].norm, icu[i].norm) << "[" << text << "]";
  }
}

TEST(TextTest, AsciiTokensAreIcuTokens) {
  for (const char* text :
       {"Mr. O'Neill said 1,400 people, or 2.5%, left the U.S. on 9/11.",
        "e-mail bob@example.org; don't; 'quoted'; rock'n'roll; a.b.c; 1.2.3; 1,2;3",
        "___ __ _ a_b _1 1_ x.__ __.x a.'b 1.'2 a'.b", "10:30 a:b $5.00 (see p. 4)",
        "tab\there\r\nline", ""}) {
    ExpectSameAsIcu(text);
  }
  // Random strings over the characters the rules treat specially, and over
  // all of ASCII.
  std::mt19937 rng(2026);
  const std::string special = "aZ09_.',;:-@ \t\"!?()/$%&*+=<>[]{}|\\~`^\r\n\x01";
  std::string all;
  for (int c = 0; c < 128; ++c) all.push_back(static_cast<char>(c));
  for (int k = 0; k < 100000; ++k) {
    const std::string& alphabet = k % 2 == 0 ? special : all;
    std::string text;
    for (size_t len = 1 + rng() % 24; len > 0; --len)
      text.push_back(alphabet[rng() % alphabet.size()]);
    ExpectSameAsIcu(text);
    if (::testing::Test::HasFailure()) break;
  }
}

TEST(TextTest, StopWords) {
  EXPECT_TRUE(IsStopWord("the"));
  EXPECT_TRUE(IsStopWord("said"));
  EXPECT_FALSE(IsStopWord("hamas"));
}

}  // namespace
}  // namespace claimdiff
