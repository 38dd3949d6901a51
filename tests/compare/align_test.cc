#include "compare/align.h"

#include <gtest/gtest.h>

#include <set>

#include "parse/parse.h"

namespace claimdiff::compare {
namespace {

Article MakeArticle(const std::string& outlet, const std::vector<std::string>& sentences) {
  Article a;
  a.outlet = outlet;
  for (const std::string& s : sentences) {
    Claim c;
    c.id = "c" + std::to_string(a.claims.size() + 1);
    c.span = {a.text.size(), a.text.size() + s.size()};
    c.text = s;
    a.text += s + " ";
    a.claims.push_back(c);
  }
  return a;
}

TEST(AlignTest, SharedClaimsClusterAndOthersStayUnique) {
  std::vector<Article> articles = {
      MakeArticle("A", {"The coast guard said three fishing boats broke loose.",
                        "The weather office expects the wind to ease by Sunday."}),
      MakeArticle("B", {"Three fishing boats broke loose, the coast guard said.",
                        "The bridge on Route 9 was closed to traffic."}),
  };
  std::vector<Cluster> clusters = AlignClaims(articles, {});
  ASSERT_EQ(clusters.size(), 3u);
  EXPECT_EQ(clusters[0].verdict, Verdict::kMatch);
  ASSERT_EQ(clusters[0].members.size(), 2u);
  EXPECT_EQ(clusters[0].members[0].article, 0u);
  EXPECT_EQ(clusters[0].members[1].article, 1u);
  EXPECT_EQ(clusters[1].verdict, Verdict::kUnique);
  EXPECT_EQ(clusters[2].verdict, Verdict::kUnique);
  EXPECT_EQ(clusters[0].id, "k1");
  EXPECT_EQ(clusters[2].id, "k3");
}

TEST(AlignTest, AtMostOneClaimPerOutletPerCluster) {
  std::vector<Article> articles = {
      MakeArticle("A",
                  {"Shelters opened in two schools.", "Shelters opened in two schools today."}),
      MakeArticle("B", {"Shelters opened in two schools."}),
  };
  for (const Cluster& k : AlignClaims(articles, {})) {
    std::vector<size_t> seen;
    for (const Member& m : k.members) {
      EXPECT_EQ(std::count(seen.begin(), seen.end(), m.article), 0);
      seen.push_back(m.article);
    }
  }
}

TEST(AlignTest, OutputIsDeterministic) {
  std::vector<Article> articles = {
      MakeArticle("A", {"One claim about the storm surge.", "Another about shelters."}),
      MakeArticle("B", {"Another about shelters in schools.", "One claim about the surge."}),
  };
  std::vector<Cluster> a = AlignClaims(articles, {});
  std::vector<Cluster> b = AlignClaims(articles, {});
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a[i].members.size(), b[i].members.size());
    for (size_t j = 0; j < a[i].members.size(); ++j) {
      EXPECT_EQ(a[i].members[j].article, b[i].members[j].article);
      EXPECT_EQ(a[i].members[j].claim, b[i].members[j].claim);
    }
  }
}

TEST(AlignTest, UnrelatedClaimsDoNotChainThroughAMiddleClaim) {
  std::vector<Article> articles = {
      MakeArticle("A", {"Storm Edda flooded the harbour district of Kestrel Bay."}),
      MakeArticle("B", {"Storm Edda flooded the harbour district, and the council cancelled "
                        "the spring market."}),
      MakeArticle("C", {"The council cancelled the spring market."}),
  };
  for (const Cluster& k : AlignClaims(articles, {})) {
    std::set<size_t> outlets;
    for (const Member& m : k.members) outlets.insert(m.article);
    EXPECT_FALSE(outlets.count(0) && outlets.count(2)) << "A and C share cluster " << k.id;
  }
}

TEST(AlignTest, ConflictingMembersMakeADifferCluster) {
  std::vector<Article> articles = {
      MakeArticle("A", {"About 1,200 residents of Kestrel Bay were evacuated."}),
      MakeArticle("B", {"Some 1,500 residents of Kestrel Bay were evacuated."}),
  };
  for (Article& a : articles) {
    for (Claim& c : a.claims) parse::AnnotateClaim(&c);
  }
  std::vector<Cluster> clusters = AlignClaims(articles, {});
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].verdict, Verdict::kDiffer);
  ASSERT_EQ(clusters[0].conflicts.size(), 1u);
  EXPECT_EQ(clusters[0].conflicts[0].type, "number");
  EXPECT_EQ(clusters[0].conflicts[0].left, 0u);
  EXPECT_EQ(clusters[0].conflicts[0].right, 1u);
}

TEST(AlignTest, CompareStoryFillsWireGroupsAndProvenance) {
  std::string wire =
      "Storm Edda pushed sea water into the harbour district of Kestrel Bay on Friday night, "
      "and the regional governor ordered the evacuation shortly before midnight.";
  Story story;
  story.articles = {MakeArticle("Coast Wire", {wire}),
                    MakeArticle("Daily Post", {"Reprinted from Coast Wire.", wire})};
  story.articles[0].published = "2026-03-14T08:00:00Z";
  story.articles[1].published = "2026-03-14T09:00:00Z";
  CompareStory(&story, {});
  ASSERT_EQ(story.wire_groups.size(), 1u);
  EXPECT_EQ(story.wire_groups[0].origin, 0u);
  EXPECT_EQ(story.wire_groups[0].agency, "Coast Wire");
  bool found = false;
  for (const Cluster& k : story.clusters) {
    if (k.members.size() != 2) continue;
    found = true;
    EXPECT_EQ(k.provenance.wire_group, 0u);
    EXPECT_EQ(k.provenance.first_member, 0u);
  }
  EXPECT_TRUE(found);
}

TEST(AlignTest, CaptionsAreNotClustered) {
  Article a = MakeArticle("A", {"Photo: Staff via Agency."});
  a.claims[0].kind = ClaimKind::kCaption;
  EXPECT_TRUE(AlignClaims({a}, {}).empty());
}

}  // namespace
}  // namespace claimdiff::compare
