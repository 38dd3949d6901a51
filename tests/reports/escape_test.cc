#include "reports/escape.h"

#include <gtest/gtest.h>

namespace claimdiff::reports {
namespace {

TEST(EscapeTest, PercentEncodeKeepsOnlyUnreservedLettersDigitsAndMarks) {
  EXPECT_EQ(PercentEncode("a-b,c&d e.f_g~"), "a%2Db%2Cc%26d%20e.f_g~");
  EXPECT_EQ(PercentEncode("\xC3\xA9"), "%C3%A9");
}

TEST(EscapeTest, ShortSentenceLinksWithItsWholeText) {
  EXPECT_EQ(TextFragmentLink("https://a.example/x#old", "Six  people, hurt."),
            "https://a.example/x#:~:text=Six%20people%2C%20hurt.");
}

TEST(EscapeTest, LongSentenceLinksWithItsFirstAndLastWords) {
  EXPECT_EQ(TextFragmentLink("https://a.example/x",
                             "one two three four five six seven eight nine ten eleven twelve"),
            "https://a.example/x#:~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve");
}

TEST(EscapeTest, NoFragmentLinkForUnsafeUrls) {
  EXPECT_EQ(TextFragmentLink("javascript:alert(1)", "text"), "");
  EXPECT_EQ(TextFragmentLink("", "text"), "");
  EXPECT_EQ(TextFragmentLink(" https://a.example/", "text"), "");
}

TEST(EscapeTest, NulBecomesAReplacementCharacter) {
  EXPECT_EQ(EscapeHtml(std::string_view("a\0b", 3)),
            "a\xEF\xBF\xBD"
            "b");
}

}  // namespace
}  // namespace claimdiff::reports
