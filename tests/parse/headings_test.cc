#include "parse/headings.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimdiff::parse {
namespace {

std::vector<std::string> Texts(std::string_view text, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(text.substr(s.start, s.size()));
  return out;
}

TEST(HeadingsTest, ShortVerblessLinesReadAsHeadings) {
  EXPECT_TRUE(ReadsAsHeading("- 'Stepping stone' -"));
  EXPECT_TRUE(ReadsAsHeading("'First step'"));
  EXPECT_TRUE(ReadsAsHeading("Not a swap"));
  EXPECT_TRUE(
      ReadsAsHeading("\xE2\x80\x98"
                     "A deplorable step"
                     "\xE2\x80\x99"));
  EXPECT_TRUE(ReadsAsHeading("Hostages in Gaza"));
}

TEST(HeadingsTest, SentencesAndLinesWithAVerbDoNot) {
  EXPECT_FALSE(ReadsAsHeading("Talks went on."));               // ends a sentence
  EXPECT_FALSE(ReadsAsHeading("\"We will not stop.\""));        // a quoted sentence
  EXPECT_FALSE(ReadsAsHeading("Moscow is a stepping stone"));   // "is"
  EXPECT_FALSE(ReadsAsHeading("Hamas says hostages safe"));     // a speech verb
  EXPECT_FALSE(ReadsAsHeading("Bogdanov met the delegation"));  // an irregular past
  EXPECT_FALSE(ReadsAsHeading("Israel condemned the visit"));   // a regular past
  EXPECT_FALSE(ReadsAsHeading("It's a first step"));            // a pronoun and a verb
  EXPECT_FALSE(ReadsAsHeading("They don't swap"));
  EXPECT_FALSE(ReadsAsHeading("One two three four five six seven eight nine"));  // too long
  EXPECT_FALSE(ReadsAsHeading("- -"));                                           // no word
}

TEST(HeadingsTest, TextHeadingsStandAloneBetweenParagraphs) {
  std::string text =
      "Moscow hosts Hamas\n\n"
      "A Hamas delegation visited Moscow on Thursday, officials said.\n\n"
      "- 'Stepping stone' -\n\n"
      "Israel called the visit an obscene step.\n\n"
      "  Not a swap  \n\n"
      "Russia said it was working for the release of hostages.\n\n"
      "Last line without a verb";
  std::vector<Span> headings = FindTextHeadings(text);
  EXPECT_EQ(Texts(text, headings),
            (std::vector<std::string>{"- 'Stepping stone' -", "Not a swap"}));
}

TEST(HeadingsTest, ALineInsideAParagraphIsNotAHeading) {
  std::string text =
      "The first paragraph ends here.\n\n"
      "Kremlin talks\nThe envoy met the delegation on Thursday.\n\n"
      "The last paragraph.";
  EXPECT_TRUE(FindTextHeadings(text).empty());
}

TEST(HeadingsTest, WindowsLineEndsAndBlankLinesWithSpaces) {
  std::string text = "First paragraph here.\r\n \r\n'First step'\r\n\t\r\nSecond paragraph here.";
  EXPECT_EQ(Texts(text, FindTextHeadings(text)), (std::vector<std::string>{"'First step'"}));
}

}  // namespace
}  // namespace claimdiff::parse
