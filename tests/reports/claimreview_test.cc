#include "reports/claimreview.h"

#include <gtest/gtest.h>

#include "tests/reports/fixtures.h"

namespace claimdiff::reports {
namespace {

const Json* ReviewOf(const Json& doc, const std::string& cluster) {
  for (const Json& r : doc["@graph"]) {
    if (r["identifier"] == "harbour-bridge/" + cluster) return &r;
  }
  return nullptr;
}

TEST(ClaimReviewTest, OneClaimReviewPerCluster) {
  Json doc = ClaimReviewJsonLd(testing::RichStory());
  EXPECT_EQ(doc["@context"], "https://schema.org");
  ASSERT_EQ(doc["@graph"].size(), 7u);
  for (const Json& r : doc["@graph"]) {
    EXPECT_EQ(r["@type"], "ClaimReview");
    EXPECT_EQ(r["itemReviewed"]["@type"], "Claim");
    EXPECT_FALSE(r["claimReviewed"].get<std::string>().empty());
    EXPECT_FALSE(r.contains("reviewRating"));
  }
}

TEST(ClaimReviewTest, FirstAppearanceAndAuthorsWithRoles) {
  Json doc = ClaimReviewJsonLd(testing::RichStory());
  const Json* k1 = ReviewOf(doc, "k1");
  ASSERT_NE(k1, nullptr);
  EXPECT_EQ((*k1)["claimReviewed"], "Officials ordered the harbour district evacuated.");
  EXPECT_EQ((*k1)["itemReviewed"]["firstAppearance"]["publisher"]["name"], "Valley Wire");
  EXPECT_EQ((*k1)["itemReviewed"]["appearance"].size(), 3u);
  EXPECT_EQ((*k1)["itemReviewed"]["author"].size(), 1u);  // one source, stated twice
  const Json* k5 = ReviewOf(doc, "k5");
  const Json& author = (*k5)["itemReviewed"]["author"][0];
  EXPECT_EQ(author["@type"], "Person");
  EXPECT_EQ(author["name"], "Lior Haiat");
  EXPECT_EQ(author["jobTitle"], "ferry company spokesperson");
  EXPECT_EQ((*k5)["itemReviewed"]["firstAppearance"]["url"], "https://wire.example/v/9");
  EXPECT_EQ(ReviewOf(doc, "k7")->at("itemReviewed")["author"][0]["@type"], "CreativeWork");
}

TEST(ClaimReviewTest, UnattributedClaimsAreAuthoredByTheirOutletAndUnsafeUrlsDropped) {
  Json doc = ClaimReviewJsonLd(testing::RichStory());
  const Json* k6 = ReviewOf(doc, "k6");
  ASSERT_NE(k6, nullptr);
  const Json& appearance = (*k6)["itemReviewed"]["appearance"][0];
  EXPECT_FALSE(appearance.contains("url"));  // javascript: URL
  EXPECT_EQ((*k6)["itemReviewed"]["author"][0]["@type"], "NewsMediaOrganization");
  EXPECT_NE((*k6)["reviewBody"].get<std::string>().find("No outlet names a source"),
            std::string::npos);
}

TEST(ClaimReviewTest, ReviewBodyNamesTheConflicts) {
  Json doc = ClaimReviewJsonLd(testing::RichStory());
  EXPECT_EQ((*ReviewOf(doc, "k2"))["reviewBody"],
            "The outlets differ (Harbour Times, Northern Ledger). number: \"At least six\" vs "
            "\"Eight\".");
  EXPECT_EQ(ClaimReviewFileName("s"), "s.claimreview.jsonld");
}

}  // namespace
}  // namespace claimdiff::reports
