#include "parse/claims.h"

#include <gtest/gtest.h>

#include "parse/cues.h"
#include "parse/names.h"

#include <string>

namespace claimdiff::parse {
namespace {

constexpr const char* kOpen = "\xE2\x80\x9C";   // “
constexpr const char* kClose = "\xE2\x80\x9D";  // ”

TEST(ClaimsTest, EachSentenceIsAClaimWithItsOffsets) {
  std::string text = "First claim here. Second one.\n\nThird.";
  std::vector<Claim> claims = SegmentClaims(text);
  ASSERT_EQ(claims.size(), 3u);
  for (size_t i = 0; i < claims.size(); ++i) {
    EXPECT_EQ(claims[i].id, "c" + std::to_string(i + 1));
    EXPECT_EQ(text.substr(claims[i].span.start, claims[i].span.size()), claims[i].text);
  }
}

TEST(ClaimsTest, KindsFollowTheAttribution) {
  std::vector<Claim> claims =
      SegmentClaims("\"We will rebuild,\" the mayor said. She called it " + std::string(kOpen) +
                    "a new start" + kClose +
                    " for the town. The harbour board said that the quay was safe. "
                    "The quay cost 9 million, according to the Coast Herald. The bridge reopened.");
  ASSERT_EQ(claims.size(), 5u);
  EXPECT_EQ(claims[0].kind, ClaimKind::kDirectQuote);
  EXPECT_EQ(claims[1].kind, ClaimKind::kPartialQuote);  // a stance verb held by a person
  EXPECT_EQ(claims[2].kind, ClaimKind::kIndirect);
  EXPECT_EQ(claims[3].kind, ClaimKind::kReported);
  EXPECT_EQ(claims[4].kind, ClaimKind::kUnattributed);
}

TEST(ClaimsTest, PartialQuote) {
  std::vector<Claim> claims =
      SegmentClaims("Ruiz said that the crews " + std::string(kOpen) + "worked through the night" +
                    kClose + " to clear the road.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].kind, ClaimKind::kPartialQuote);
}

TEST(ClaimsTest, HedgesAreMarked) {
  EXPECT_TRUE(IsHedged("The parties reportedly discussed the release."));
  EXPECT_TRUE(IsHedged("Six citizens are believed to be among the captives."));
  EXPECT_TRUE(IsHedged("He Allegedly took the money."));
  EXPECT_FALSE(IsHedged("The parties discussed the release."));
  std::vector<Claim> claims = SegmentClaims("Two ferries were reportedly damaged.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_TRUE(claims[0].hedged);
  EXPECT_EQ(claims[0].kind, ClaimKind::kUnattributed);
}

TEST(ClaimsTest, HedgeFoundAtAnyPosition) {
  // At the start, the end, inside a word, and only once complete.
  EXPECT_TRUE(HasHedge("reportedly"));
  EXPECT_TRUE(HasHedge("it is unverified"));
  EXPECT_TRUE(HasHedge("xallegedlyx"));
  EXPECT_TRUE(HasHedge("rumorrumored"));
  EXPECT_FALSE(HasHedge("reported t"));
  EXPECT_FALSE(HasHedge("r"));
  EXPECT_FALSE(HasHedge(""));
}

TEST(ClaimsTest, QuotationOverSentencesIsOneClaim) {
  std::string text = std::string(kOpen) + "We came early. We left late. Nobody helped," + kClose +
                     " the driver said. The road is shut.";
  std::vector<Claim> claims = SegmentClaims(text);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].kind, ClaimKind::kDirectQuote);
  ASSERT_EQ(claims[0].attributions.size(), 1u);
  EXPECT_EQ(claims[0].attributions[0].source.text, "the driver");
  EXPECT_EQ(claims[1].text, "The road is shut.");
}

TEST(ClaimsTest, QuotationOverParagraphsKeepsItsSpeaker) {
  // The convention: the first paragraph leaves its quotation open.
  std::string text = "Harbour master Ola Dahl said: " + std::string(kOpen) +
                     "The quay is cracked.\n\n" + kOpen + "We will close it until spring." +
                     kClose + "\n\n" + kOpen + "It cost us a season," + kClose + " he added.";
  std::vector<Claim> claims = SegmentClaims(text);
  ASSERT_EQ(claims.size(), 3u);
  for (const Claim& c : claims) {
    ASSERT_EQ(c.attributions.size(), 1u) << c.text;
    EXPECT_EQ(c.attributions[0].source.name, "Ola Dahl") << c.text;
  }
  EXPECT_EQ(claims[1].attributions[0].cue.text, "said");
  EXPECT_EQ(claims[1].attributions[0].content.start, claims[1].span.start);
  EXPECT_EQ(claims[2].attributions[0].source.text, "he");
}

TEST(ClaimsTest, QuotationWhoseCueComesInALaterParagraph) {
  std::string text = std::string(kOpen) + "The quay is cracked.\n\n" + kOpen + "We will close it," +
                     kClose + " the harbour master Ola Dahl said.";
  std::vector<Claim> claims = SegmentClaims(text);
  ASSERT_EQ(claims.size(), 2u);
  ASSERT_EQ(claims[0].attributions.size(), 1u);
  EXPECT_EQ(claims[0].attributions[0].source.name, "Ola Dahl");
}

TEST(ClaimsTest, UnbalancedQuotationMarksJoinNothing) {
  std::string text = "Dahl said \"the quay is cracked. It was built in 1950. Repairs start soon.";
  std::vector<Claim> claims = SegmentClaims(text);
  ASSERT_EQ(claims.size(), 3u);
  ASSERT_EQ(claims[0].attributions.size(), 1u);
  EXPECT_EQ(claims[0].attributions[0].source.text, "Dahl");
  EXPECT_TRUE(claims[1].attributions.empty());
  EXPECT_TRUE(claims[2].attributions.empty());
}

TEST(ClaimsTest, SeveralSpeakersInOneParagraph) {
  std::vector<Claim> claims = SegmentClaims(
      "Union leader Mia Holm said that the strike would go on. Transport Minister Per Lind "
      "said the offer was final. " +
      std::string(kOpen) + "We will not move," + kClose + " Holm said.");
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].attributions.at(0).source.canonical, CanonicalName("Mia Holm"));
  EXPECT_EQ(claims[1].attributions.at(0).source.canonical, CanonicalName("Per Lind"));
  EXPECT_EQ(claims[1].attributions.at(0).source.role, "Transport Minister");
  EXPECT_EQ(claims[2].attributions.at(0).source.canonical, CanonicalName("Mia Holm"));
  EXPECT_EQ(claims[2].attributions.at(0).source.role, "Union leader");
}

TEST(ClaimsTest, HostileTextKeepsEverySpanInsideTheText) {
  // Truncated UTF-8, stray marks and cue words in odd places.
  for (std::string text :
       {std::string("said \"\" '' \xE2\x80\x9C by \xE2\x80"), std::string("according to , , said"),
        std::string("\xE2\x80\x94 \xE2\x80\x99s '( who that to by by \xFF"
                    "adding the backed said \xE2\x80"),
        std::string(
            "he. according \xE2\x80\x94officials by \xE2\x80\x94 SaidThe Times said Mr.is who9/11 "
            "by reported Gov.x to the .-said) The Times adding was reported Mr. reported - - x "
            "said"),
        std::string(") ( , said ( ) according to ( said"), std::string("\"\"\"\"\n\n\"\"")}) {
    for (const Claim& c : SegmentClaims(text)) {
      ASSERT_LE(c.span.end, text.size());
      for (const Attribution& a : c.attributions) {
        EXPECT_LE(a.content.start, a.content.end) << text;
        EXPECT_LE(a.content.end, text.size()) << text;
        EXPECT_LE(a.cue.span.end, text.size()) << text;
        EXPECT_LE(a.source.span.end, text.size()) << text;
        EXPECT_FALSE(a.content.empty()) << text;
      }
    }
  }
}

TEST(ClaimsTest, CaptionParagraphIsNotAClaim) {
  std::string text =
      "The ferry sank on Monday.\n\nJane Roe/Pool Photo via AP. Divers search the bay near "
      "Molde, Norway.\n\nOfficials said that nine people were rescued.";
  std::vector<Claim> claims = SegmentClaims(text);
  ASSERT_EQ(claims.size(), 4u);
  EXPECT_EQ(claims[0].kind, ClaimKind::kUnattributed);
  EXPECT_EQ(claims[1].kind, ClaimKind::kCaption);
  EXPECT_EQ(claims[2].kind, ClaimKind::kCaption);
  EXPECT_TRUE(claims[2].attributions.empty());
  EXPECT_EQ(claims[3].kind, ClaimKind::kIndirect);
  EXPECT_FALSE(IsCaptionParagraph(text, Span{0, 25}));
}

}  // namespace
}  // namespace claimdiff::parse
