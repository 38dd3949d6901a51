#include "parse/claims.h"

#include <gtest/gtest.h>

namespace claimdiff::parse {
namespace {

TEST(ClaimsTest, EachSentenceIsAClaimWithItsOffsets) {
  std::string text = "First claim here. Second one.\n\nThird.";
  std::vector<Claim> claims = SegmentClaims(text);
  ASSERT_EQ(claims.size(), 3u);
  for (size_t i = 0; i < claims.size(); ++i) {
    EXPECT_EQ(claims[i].id, "c" + std::to_string(i + 1));
    EXPECT_EQ(text.substr(claims[i].span.start, claims[i].span.size()), claims[i].text);
  }
}

TEST(ClaimsTest, QuoteKindsFromQuotationMarks) {
  std::vector<Claim> claims = SegmentClaims(
      "\"We will rebuild,\" the mayor said. She called it \xE2\x80\x9C" "a new start\xE2\x80\x9D"
      " for the town. The bridge reopened.");
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].kind, ClaimKind::kDirectQuote);
  EXPECT_EQ(claims[1].kind, ClaimKind::kPartialQuote);
  EXPECT_EQ(claims[2].kind, ClaimKind::kUnattributed);
}

TEST(ClaimsTest, HedgesAreMarked) {
  EXPECT_TRUE(IsHedged("The parties reportedly discussed the release."));
  EXPECT_TRUE(IsHedged("Six citizens are believed to be among the captives."));
  EXPECT_TRUE(IsHedged("He Allegedly took the money."));
  EXPECT_FALSE(IsHedged("The parties discussed the release."));
}

}  // namespace
}  // namespace claimdiff::parse
