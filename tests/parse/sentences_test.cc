#include "parse/sentences.h"

#include <gtest/gtest.h>

namespace claimdiff::parse {
namespace {

std::vector<std::string> Texts(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text)) out.push_back(text.substr(s.start, s.size()));
  return out;
}

TEST(SentencesTest, SplitsOnSentenceEnds) {
  EXPECT_EQ(Texts("The talks ended. A deal was signed! Was it fair?"),
            (std::vector<std::string>{"The talks ended.", "A deal was signed!", "Was it fair?"}));
}

TEST(SentencesTest, AbbreviationsDoNotEndASentence) {
  EXPECT_EQ(
      Texts("Mr. Smith met the U.S. envoy on Friday. Talks continue."),
      (std::vector<std::string>{"Mr. Smith met the U.S. envoy on Friday.", "Talks continue."}));
}

TEST(SentencesTest, ParagraphBreaksEndSentences) {
  EXPECT_EQ(Texts("A headline without a stop\n\nThe body begins here."),
            (std::vector<std::string>{"A headline without a stop", "The body begins here."}));
}

TEST(SentencesTest, SpansSliceBackToTheTextWithMultibyteCharacters) {
  std::string text = "Russia\xE2\x80\x99s envoy spoke. \xE2\x80\x9CWe agree,\xE2\x80\x9D he said.";
  std::vector<Span> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[0].start, spans[0].size()), "Russia\xE2\x80\x99s envoy spoke.");
  EXPECT_EQ(text.substr(spans[1].start, spans[1].size()),
            "\xE2\x80\x9CWe agree,\xE2\x80\x9D he said.");
}

TEST(SentencesTest, EmptyAndBlankTextHaveNoSentences) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences(" \n\n \n\n").empty());
}

std::vector<std::string> Joined(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : JoinQuotedSentences(text, SplitSentences(text))) {
    out.push_back(text.substr(s.start, s.size()));
  }
  return out;
}

TEST(SentencesTest, QuotationOverSentencesStaysWhole) {
  EXPECT_EQ(
      Joined("\"We came. We saw. We left,\" she said. Then rain fell."),
      (std::vector<std::string>{"\"We came. We saw. We left,\" she said.", "Then rain fell."}));
  EXPECT_EQ(Joined("\xE2\x80\x9CWe came. We left,\xE2\x80\x9D she said."),
            (std::vector<std::string>{"\xE2\x80\x9CWe came. We left,\xE2\x80\x9D she said."}));
}

TEST(SentencesTest, UnbalancedQuotationJoinsNothing) {
  EXPECT_EQ(Joined("He said \"we came. We left. Rain fell.\n\nThe end."),
            (std::vector<std::string>{"He said \"we came.", "We left.", "Rain fell.", "The end."}));
}

TEST(SentencesTest, QuotationDoesNotJoinAcrossParagraphs) {
  EXPECT_EQ(Joined("\"We came.\n\nWe left,\" she said."),
            (std::vector<std::string>{"\"We came.", "We left,\" she said."}));
}

TEST(SentencesTest, MiddleInitialsAndNumberedRanksDoNotEndASentence) {
  EXPECT_EQ(Texts("Harbour master Jane Q. Roe spoke first. The No. 2 official of the port "
                  "spoke next. No. The fares fell."),
            (std::vector<std::string>{"Harbour master Jane Q. Roe spoke first.",
                                      "The No. 2 official of the port spoke next.", "No.",
                                      "The fares fell."}));
}

TEST(SentencesTest, TitlesDoNotEndASentence) {
  EXPECT_EQ(Texts("The bill passed, Gov. Ana Ruiz said. Debate ends."),
            (std::vector<std::string>{"The bill passed, Gov. Ana Ruiz said.", "Debate ends."}));
}

TEST(SentencesTest, SpeakerTagJoinsTheQuotationBefore) {
  EXPECT_EQ(Joined("\"The quay is shut.\" Dahl said. Ferries wait."),
            (std::vector<std::string>{"\"The quay is shut.\" Dahl said.", "Ferries wait."}));
}

TEST(SentencesTest, ALongTagOpeningWithItsCueJoinsTheQuestionBefore) {
  EXPECT_EQ(Joined("\"Is the quay shut?\" said Ola Dahl, a ferry pilot who has worked the "
                   "fjord crossing for twenty years. Ferries wait."),
            (std::vector<std::string>{"\"Is the quay shut?\" said Ola Dahl, a ferry pilot who "
                                      "has worked the fjord crossing for twenty years.",
                                      "Ferries wait."}));
}

TEST(SentencesTest, QuoteBoundaries) {
  std::string text = "\"We came. We left";
  EXPECT_TRUE(EndsInsideQuote(text, Span{0, text.size()}));
  EXPECT_TRUE(StartsWithQuote(text, Span{0, text.size()}));
  EXPECT_FALSE(EndsInsideQuote("\"A,\" he said.", Span{0, 14}));
}

}  // namespace
}  // namespace claimdiff::parse
