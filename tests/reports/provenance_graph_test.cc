#include "reports/provenance_graph.h"

#include <gtest/gtest.h>

#include "tests/reports/fixtures.h"
#include "tests/reports/gumbo_dom.h"

namespace claimdiff::reports {
namespace {

// Index of the node labelled `label`, or -1.
int NodeOf(const ProvenanceGraph& g, const std::string& label) {
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (g.nodes[i].label == label) return static_cast<int>(i);
  }
  return -1;
}

const GraphEdge* EdgeOf(const ProvenanceGraph& g, const std::string& from, const std::string& to) {
  int f = NodeOf(g, from), t = NodeOf(g, to);
  for (const GraphEdge& e : g.edges) {
    if (static_cast<int>(e.from) == f && static_cast<int>(e.to) == t) return &e;
  }
  return nullptr;
}

TEST(ProvenanceGraphTest, FetchedOutletsComeFirstInArticleOrder) {
  ProvenanceGraph g = BuildProvenanceGraph(testing::RichStory());
  ASSERT_GE(g.nodes.size(), 4u);
  EXPECT_EQ(g.nodes[0].label, "Northern Ledger");
  EXPECT_EQ(g.nodes[2].label, "Valley Wire");
  for (size_t i = 0; i < 4; ++i) EXPECT_EQ(g.nodes[i].kind, "outlet");
}

TEST(ProvenanceGraphTest, ViaChainsBecomePathsWithTheirClaims) {
  ProvenanceGraph g = BuildProvenanceGraph(testing::RichStory());
  const GraphEdge* e1 = EdgeOf(g, "Valley Wire", "Reuters");
  const GraphEdge* e2 = EdgeOf(g, "Reuters", "Kommersant");
  const GraphEdge* e3 = EdgeOf(g, "Kommersant", "Lior Haiat");
  ASSERT_TRUE(e1 && e2 && e3);
  EXPECT_EQ(e3->clusters, std::vector<std::string>{"k5"});
  EXPECT_EQ(g.nodes[NodeOf(g, "Reuters")].kind, "agency");
  EXPECT_EQ(g.nodes[NodeOf(g, "Lior Haiat")].kind, "person");
  EXPECT_EQ(g.nodes[NodeOf(g, "inspection report")].kind, "document");
  EXPECT_EQ(g.nodes[NodeOf(g, "officials")].kind, "anonymous");
  EXPECT_EQ(EdgeOf(g, "Harbour Times", "police")->clusters, std::vector<std::string>{"k2"});
}

TEST(ProvenanceGraphTest, NamesMergeCaseInsensitively) {
  Story s = testing::RichStory();
  s.clusters[0].provenance.chain = {{"Harbour Times", "REUTERS"}};
  ProvenanceGraph g = BuildProvenanceGraph(s);
  int reuters = NodeOf(g, "Reuters");
  int upper = NodeOf(g, "REUTERS");
  EXPECT_TRUE(reuters >= 0 || upper >= 0);
  EXPECT_FALSE(reuters >= 0 && upper >= 0);
}

TEST(ProvenanceGraphTest, WireCopyIsADashedEdgeToTheOrigin) {
  ProvenanceGraph g = BuildProvenanceGraph(testing::RichStory());
  const GraphEdge* e = EdgeOf(g, "Northern Ledger", "Valley Wire");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->wire);
}

TEST(ProvenanceGraphTest, BadIndexesAreSkipped) {
  Story s = testing::RichStory();
  s.clusters[0].provenance.cited.push_back({99, "ghost", "ghost", "", SourceType::kPerson, {}});
  s.wire_groups.push_back({42, {43}, "", 1});
  ProvenanceGraph g = BuildProvenanceGraph(s);
  EXPECT_EQ(NodeOf(g, "ghost"), -1);
}

TEST(ProvenanceGraphTest, SvgIsEscapedAndSelfContained) {
  std::string svg = RenderProvenanceGraphSvg(BuildProvenanceGraph(testing::RichStory()));
  ASSERT_FALSE(svg.empty());
  testing::ParsedPage page("<!DOCTYPE html><body>" + svg);
  EXPECT_TRUE(page.ByTag("script").empty());
  EXPECT_TRUE(page.ByTag("img").empty());
  for (const GumboNode* e : page.elements()) {
    EXPECT_FALSE(testing::ParsedPage::HasAttribute(e, "onload"));
    EXPECT_FALSE(testing::ParsedPage::HasAttribute(e, "href"));
  }
  EXPECT_EQ(svg.find("http-equiv"), std::string::npos);
}

TEST(ProvenanceGraphTest, LargeGraphsKeepOutletsAndTheMostCitedSources) {
  Story s = testing::RichStory();
  GraphRenderOptions options;
  options.max_nodes = 5;
  std::string svg = RenderProvenanceGraphSvg(BuildProvenanceGraph(s), options);
  testing::ParsedPage page("<!DOCTYPE html><body>" + svg);
  EXPECT_EQ(page.ByClass("node").size(), 5u);
  EXPECT_NE(svg.find("less-cited sources not drawn"), std::string::npos);
}

TEST(ProvenanceGraphTest, NoEdgesNoGraph) {
  Story s;
  Article a;
  a.outlet = "Only";
  s.articles.push_back(a);
  EXPECT_EQ(RenderProvenanceGraphSvg(BuildProvenanceGraph(s)), "");
}

}  // namespace
}  // namespace claimdiff::reports
