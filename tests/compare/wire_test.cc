// Wire-copy groups (compare/wire.cc).
#include "compare/wire.h"

#include <gtest/gtest.h>

namespace claimdiff::compare {
namespace {

const char* kAgencyText =
    "KESTREL BAY (Coast Wire) - Storm Edda pushed sea water into the harbour district on "
    "Friday night and about 1,200 residents had to leave their homes. The regional governor "
    "ordered the evacuation shortly before midnight, when the tide gauge at the old pier "
    "passed 2.8 metres. The coast guard said three fishing boats had broken loose from their "
    "moorings and drifted towards the breakwater.";

Article Make(const std::string& outlet, const std::string& text, const char* published) {
  Article a;
  a.outlet = outlet;
  a.text = text;
  if (published != nullptr) a.published = published;
  return a;
}

TEST(WireTest, CopiesThatCreditTheAgencyGroupUnderIt) {
  std::vector<Article> articles = {
      Make("Daily Post", std::string("Reprinted from Coast Wire. ") + kAgencyText,
           "2026-03-14T07:00:00Z"),
      Make("Coast Wire", kAgencyText, "2026-03-14T08:00:00Z"),
      Make("Local Herald",
           "Residents of Kestrel Bay spent the night in two schools after the sea came over "
           "the quay. Shop owners counted the damage on Saturday morning.",
           "2026-03-14T06:00:00Z"),
  };
  std::vector<WireGroup> groups = FindWireGroups(articles, {});
  ASSERT_EQ(groups.size(), 1u);
  // Credited by the copy, so the origin even though it was published later.
  EXPECT_EQ(groups[0].origin, 1u);
  EXPECT_EQ(groups[0].copies, (std::vector<size_t>{0}));
  EXPECT_EQ(groups[0].agency, "Coast Wire");
  EXPECT_GT(groups[0].overlap, 0.8);
}

TEST(WireTest, WithoutCreditTheFirstPublishedIsTheOrigin) {
  std::vector<Article> articles = {
      Make("B", kAgencyText, "2026-03-14T09:00:00Z"),
      Make("A", std::string(kAgencyText) + " More later.", "2026-03-14T08:00:00Z"),
  };
  std::vector<WireGroup> groups = FindWireGroups(articles, {});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].origin, 1u);
  EXPECT_EQ(groups[0].agency, "");
}

TEST(WireTest, SharedShortPhrasesAreNotWireCopy) {
  std::vector<Article> articles = {
      Make("A", "The governor ordered the evacuation shortly before midnight. Shelters opened.",
           nullptr),
      Make("B",
           "The governor ordered the evacuation shortly before midnight. The storm moved north "
           "and the wind eased by Sunday, when the first ferries sailed again.",
           nullptr),
  };
  EXPECT_TRUE(FindWireGroups(articles, {}).empty());
}

}  // namespace
}  // namespace claimdiff::compare
