// Provenance (compare/provenance.cc) on claims built by hand: sources per
// member from attributions, outlet chains from `via` and outlet sources,
// first appearance, the unattributed flag and wire groups.
#include "compare/provenance.h"

#include <gtest/gtest.h>

namespace claimdiff::compare {
namespace {

Article WithClaim(const std::string& outlet, const std::string& text, const char* published) {
  Article a;
  a.outlet = outlet;
  a.text = text;
  if (published != nullptr) a.published = published;
  Claim c;
  c.id = "c1";
  c.text = text;
  c.span = Span{0, text.size()};
  a.claims.push_back(c);
  return a;
}

Attribution Source(const std::string& text, const std::string& canonical, SourceType type,
                   std::vector<std::string> via = {}) {
  Attribution at;
  at.source.text = text;
  at.source.canonical = canonical;
  at.source_type = type;
  for (const std::string& v : via) at.via.push_back(Via{v, Span{}});
  return at;
}

Cluster AllFirstClaims(const Story& story) {
  Cluster k;
  for (size_t i = 0; i < story.articles.size(); ++i) k.members.push_back(Member{i, 0});
  return k;
}

TEST(ProvenanceTest, ChainsFollowViaAndOutletSources) {
  Story story;
  story.articles = {
      WithClaim("Kommersant", "A Hamas member said the hostages would be freed.",
                "2023-10-26T09:00:00Z"),
      WithClaim("Reuters",
                "Kommersant quoted a Hamas member as saying the hostages would be freed.",
                "2023-10-26T11:00:00Z"),
      WithClaim("Daily Post", "The hostages would be freed, Reuters reported, citing Kommersant.",
                "2023-10-26T12:00:00Z"),
  };
  story.articles[0].claims[0].attributions = {
      Source("A Hamas member", "hamas member", SourceType::kAnonymous)};
  story.articles[1].claims[0].attributions = {
      Source("a Hamas member", "hamas member", SourceType::kAnonymous, {"Kommersant"})};
  story.articles[2].claims[0].attributions = {
      Source("a Hamas member", "hamas member", SourceType::kAnonymous, {"Reuters", "Kommersant"})};
  Provenance p = TraceProvenance(story, AllFirstClaims(story));
  ASSERT_EQ(p.cited.size(), 3u);
  EXPECT_EQ(p.cited[2].via, (std::vector<std::string>{"Reuters", "Kommersant"}));
  // One source under one key, shown as the first member wrote it.
  EXPECT_EQ(p.sources, (std::vector<std::string>{"A Hamas member"}));
  std::vector<std::pair<std::string, std::string>> links;
  for (const ChainLink& l : p.chain) links.emplace_back(l.from, l.to);
  EXPECT_EQ(links, (std::vector<std::pair<std::string, std::string>>{{"Daily Post", "Reuters"},
                                                                     {"Reuters", "Kommersant"}}));
  EXPECT_EQ(p.first_member, 0u);
  EXPECT_FALSE(p.unattributed);
}

TEST(ProvenanceTest, AnOutletSourceIsALink) {
  Story story;
  story.articles = {
      WithClaim("Valley Wire", "The sea wall held, the Harbour Times reported.", nullptr),
  };
  story.articles[0].claims[0].attributions = {
      Source("the Harbour Times", "harbour times", SourceType::kOutlet)};
  Provenance p = TraceProvenance(story, AllFirstClaims(story));
  ASSERT_EQ(p.chain.size(), 1u);
  EXPECT_EQ(p.chain[0].from, "Valley Wire");
  // Written "the Harbour Times": the outlet's name, less the article.
  EXPECT_EQ(p.chain[0].to, "Harbour Times");
  EXPECT_FALSE(p.first_member.has_value());
}

TEST(ProvenanceTest, ACitedOutletOfTheStoryIsNamedAsTheStoryNamesIt) {
  Story story;
  story.articles = {
      WithClaim("Valley Wire", "The sea wall held, THE HARBOUR TIMES reported.", nullptr),
      WithClaim("The Harbour Times", "The sea wall held.", nullptr),
  };
  story.articles[0].claims[0].attributions = {
      Source("THE HARBOUR TIMES", "harbour times", SourceType::kOutlet)};
  Provenance p = TraceProvenance(story, AllFirstClaims(story));
  ASSERT_EQ(p.chain.size(), 1u);
  EXPECT_EQ(p.chain[0].to, "The Harbour Times");
}

TEST(ProvenanceTest, UnattributedClaimsAreFlagged) {
  Story story;
  story.articles = {WithClaim("A", "The wind will ease by Sunday.", "2026-03-14T08:00:00Z"),
                    WithClaim("B", "By Sunday the wind will ease.", "2026-03-14T07:00:00Z")};
  Provenance p = TraceProvenance(story, AllFirstClaims(story));
  EXPECT_TRUE(p.unattributed);
  EXPECT_TRUE(p.sources.empty());
  EXPECT_EQ(p.first_member, 1u);
}

TEST(ProvenanceTest, OutletsNamedInTheTextAreCitedWithoutAttributions) {
  Story story;
  story.articles = {
      WithClaim("Harbour Times", "The sea wall held.", nullptr),
      WithClaim("Valley Wire", "According to the Harbour Times, the sea wall held.", nullptr)};
  Provenance p = TraceProvenance(story, AllFirstClaims(story));
  ASSERT_EQ(p.chain.size(), 1u);
  EXPECT_EQ(p.chain[0].from, "Valley Wire");
  EXPECT_EQ(p.chain[0].to, "Harbour Times");
  EXPECT_FALSE(p.unattributed);
}

TEST(ProvenanceTest, MembersFromOneWireGroupPointAtIt) {
  Story story;
  story.articles = {WithClaim("A", "x", nullptr), WithClaim("B", "x", nullptr),
                    WithClaim("C", "x", nullptr)};
  story.wire_groups.push_back(WireGroup{1, {2}, "", 0.9});
  Provenance p = TraceProvenance(story, AllFirstClaims(story));
  EXPECT_EQ(p.wire_group, 0u);
  Cluster one;
  one.members = {Member{0, 0}, Member{1, 0}};
  EXPECT_FALSE(TraceProvenance(story, one).wire_group.has_value());
}

}  // namespace
}  // namespace claimdiff::compare
