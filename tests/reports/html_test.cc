// The story page and the run index, re-parsed with Gumbo: structure (one
// row group per cluster, conflicts marked, provenance, graph, changes) and
// escaping (no page text ever becomes an element, an attribute or a link).
#include "reports/html.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "reports/changes.h"
#include "reports/page.h"
#include "tests/reports/fixtures.h"
#include "tests/reports/gumbo_dom.h"

namespace claimdiff::reports {
namespace {

using testing::ParsedPage;

std::string RichPage(const StoryChanges* changes = nullptr) {
  StoryPageOptions options;
  options.fetched_at = {"2026-11-25T02:00:00Z", "2026-11-25T02:00:05Z"};
  options.changes = changes;
  options.index_href = "index.html";
  options.json_href = "harbour-bridge.json";
  options.claimreview_href = "harbour-bridge.claimreview.jsonld";
  return RenderStoryHtml(testing::RichStory(), options);
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

TEST(HtmlTest, EscapesEverySpecialCharacter) {
  EXPECT_EQ(EscapeHtml("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST(HtmlTest, OnlyHttpLinksAreSafe) {
  EXPECT_TRUE(IsSafeLink("https://a.example/x"));
  EXPECT_TRUE(IsSafeLink("HTTP://a.example/x"));
  EXPECT_FALSE(IsSafeLink("javascript:alert(1)"));
  EXPECT_FALSE(IsSafeLink("data:text/html,x"));
  EXPECT_FALSE(IsSafeLink("file:///etc/passwd"));
  EXPECT_FALSE(IsSafeLink("https://"));
  EXPECT_FALSE(IsSafeLink("https://a.example/\njavascript:x"));
}

TEST(HtmlTest, OnlyTheReportsOwnScriptIsInThePage) {
  ParsedPage page(RichPage());
  std::vector<const GumboNode*> scripts = page.ByTag("script");
  ASSERT_EQ(scripts.size(), 1u);
  EXPECT_EQ(ParsedPage::Text(scripts[0]), ReportScript());
  EXPECT_EQ(page.ByTag("style").size(), 1u);
  for (const char* tag : {"img", "iframe", "textarea", "object", "embed", "base", "form"}) {
    EXPECT_TRUE(page.ByTag(tag).empty()) << tag;
  }
}

TEST(HtmlTest, NoElementCarriesAnEventHandler) {
  ParsedPage page(RichPage());
  for (const GumboNode* e : page.elements()) {
    const GumboVector& attrs = e->v.element.attributes;
    for (unsigned i = 0; i < attrs.length; ++i) {
      std::string name = static_cast<const GumboAttribute*>(attrs.data[i])->name;
      EXPECT_FALSE(StartsWith(name, "on")) << ParsedPage::TagName(e) << " " << name;
    }
  }
}

TEST(HtmlTest, LinksAreHttpOrRelativeFiles) {
  ParsedPage page(RichPage());
  std::vector<const GumboNode*> links = page.ByTag("a");
  ASSERT_FALSE(links.empty());
  for (const GumboNode* a : links) {
    std::string href = ParsedPage::Attribute(a, "href");
    bool http = StartsWith(href, "http://") || StartsWith(href, "https://");
    bool relative = !href.empty() && href.find(':') == std::string::npos;
    EXPECT_TRUE(http || relative) << href;
  }
}

TEST(HtmlTest, HostileTextSurvivesAsText) {
  ParsedPage page(RichPage());
  std::string body = ParsedPage::Text(page.ByTag("body")[0]);
  for (const char* payload : {testing::kScriptPayload, testing::kImgPayload,
                              testing::kTextareaPayload, testing::kClosingScriptPayload}) {
    EXPECT_NE(body.find(payload), std::string::npos) << payload;
  }
  std::string title = ParsedPage::Text(page.ByTag("title")[0]);
  EXPECT_NE(title.find(testing::kScriptPayload), std::string::npos);
  // The outlet with a javascript: URL is named but not linked.
  for (const GumboNode* a : page.ByTag("a")) {
    EXPECT_EQ(ParsedPage::Text(a).find("Evil"), std::string::npos);
  }
  EXPECT_NE(body.find("Evil <b>Outlet</b>"), std::string::npos);
}

TEST(HtmlTest, CarriesAContentSecurityPolicyWithTheScriptsHash) {
  ParsedPage page(RichPage());
  std::string csp;
  for (const GumboNode* m : page.ByTag("meta")) {
    if (ParsedPage::Attribute(m, "http-equiv") == "Content-Security-Policy") {
      csp = ParsedPage::Attribute(m, "content");
    }
  }
  EXPECT_TRUE(StartsWith(csp, "default-src 'none';")) << csp;
  EXPECT_NE(csp.find("script-src " + CspHash(ReportScript()) + ";"), std::string::npos) << csp;
  EXPECT_NE(csp.find("style-src " + CspHash(ReportStylesheet()) + ";"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  // SHA-256 of the empty string (as `openssl dgst -sha256 -binary | base64` prints it).
  EXPECT_EQ(CspHash(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
}

TEST(HtmlTest, OneRowGroupPerClusterDifferFirst) {
  Story story = testing::RichStory();
  ParsedPage page(RichPage());
  std::vector<const GumboNode*> rows = page.ByClass("cluster");
  ASSERT_EQ(rows.size(), story.clusters.size());
  std::vector<std::string> verdicts;
  for (const GumboNode* r : rows) {
    EXPECT_EQ(ParsedPage::TagName(r), "tbody");
    verdicts.push_back(ParsedPage::Attribute(r, "data-verdict"));
  }
  EXPECT_EQ(verdicts, (std::vector<std::string>{"differ", "differ", "differ", "match", "match",
                                                "unique", "unique"}));
  const GumboNode* k5 = page.ById("k5");
  ASSERT_NE(k5, nullptr);
  EXPECT_EQ(ParsedPage::Attribute(k5, "data-outlets"), "0 2");
  EXPECT_EQ(ParsedPage::Attribute(page.ById("k6"), "data-unattributed"), "1");
  // Header row: the claim column and one column per outlet.
  const GumboNode* matrix = page.ById("matrix");
  ASSERT_NE(matrix, nullptr);
  size_t header_cells = 0;
  for (const GumboNode* th : page.ByTag("th")) {
    if (th->parent && th->parent->parent && th->parent->parent->type == GUMBO_NODE_ELEMENT &&
        ParsedPage::TagName(th->parent->parent) == "thead" &&
        th->parent->parent->parent == matrix) {
      ++header_cells;
    }
  }
  EXPECT_EQ(header_cells, story.articles.size() + 1);
}

TEST(HtmlTest, ConflictsAreMarkedInTheSentences) {
  ParsedPage page(RichPage());
  std::vector<std::string> marked;
  for (const GumboNode* cell : page.ByClass("cell")) {
    for (const GumboNode* e : page.elements()) {
      if (ParsedPage::TagName(e) == "mark" && e->parent == cell->v.element.children.data[0]) {
        marked.push_back(ParsedPage::Text(e));
      }
    }
  }
  std::sort(marked.begin(), marked.end());
  EXPECT_EQ(marked, (std::vector<std::string>{"At least six", "Eight", "The port authority",
                                              "an obscene step", "deplorable"}));
}

TEST(HtmlTest, QuoteConflictsShowAWordDiff) {
  ParsedPage page(RichPage());
  std::vector<std::string> dels, inss;
  for (const GumboNode* d : page.ByTag("del")) dels.push_back(ParsedPage::Text(d));
  for (const GumboNode* i : page.ByTag("ins")) inss.push_back(ParsedPage::Text(i));
  EXPECT_NE(std::find(dels.begin(), dels.end(), "an obscene step"), dels.end());
  EXPECT_NE(std::find(inss.begin(), inss.end(), "deplorable"), inss.end());
}

TEST(HtmlTest, QuoteConflictsWithoutADiffGetOne) {
  Story s = testing::RichStory();
  Conflict& q = s.clusters[2].conflicts[0];
  q.word_diff.clear();
  q.left_text = "an obscene step by Moscow";
  q.right_text = "a deplorable step by Moscow";
  ParsedPage page(RenderStoryHtml(s));
  std::vector<std::string> dels;
  for (const GumboNode* d : page.ByTag("del")) dels.push_back(ParsedPage::Text(d));
  EXPECT_NE(std::find(dels.begin(), dels.end(), "an obscene"), dels.end());
}

TEST(HtmlTest, SentencesLinkToTheirPassage) {
  ParsedPage page(RichPage());
  std::vector<std::string> hrefs;
  for (const GumboNode* a : page.ByClass("go")) hrefs.push_back(ParsedPage::Attribute(a, "href"));
  // Every member but the javascript: outlet's two has a link.
  EXPECT_EQ(hrefs.size(), 11u);
  EXPECT_NE(std::find(hrefs.begin(), hrefs.end(),
                      "https://ledger.example/news/1#:~:text=At%20least%20six%20people%20were%20"
                      "injured%2C%20police%20said."),
            hrefs.end());
}

TEST(HtmlTest, ProvenanceShowsSourcesChainsFirstAppearanceAndWireCopy) {
  ParsedPage page(RichPage());
  std::string k5 = ParsedPage::Text(page.ById("k5"));
  EXPECT_NE(k5.find("Lior Haiat, ferry company spokesperson (person) via Reuters ← Kommersant"),
            std::string::npos)
      << k5;
  EXPECT_NE(k5.find("Chain: Valley Wire → Reuters; Reuters → Kommersant"), std::string::npos);
  EXPECT_NE(k5.find("First appearance: Valley Wire"), std::string::npos);
  EXPECT_NE(k5.find("Wire copy of Valley Wire <img"), std::string::npos);
  std::string k6 = ParsedPage::Text(page.ById("k6"));
  EXPECT_NE(k6.find("Unattributed"), std::string::npos);
  EXPECT_NE(k6.find("hedged"), std::string::npos);
  std::string wire = ParsedPage::Text(page.ById("wire"));
  EXPECT_NE(wire.find("origin Valley Wire, republished by Northern Ledger"), std::string::npos)
      << wire;
}

TEST(HtmlTest, HeaderListsOutletsWithFetchTimeAndVersion) {
  ParsedPage page(RichPage());
  std::string outlets = ParsedPage::Text(page.ById("outlets"));
  EXPECT_NE(outlets.find("2026-11-25T02:00:05Z"), std::string::npos);
  EXPECT_NE(outlets.find("0123456789ab"), std::string::npos);
  EXPECT_NE(outlets.find("unknown"), std::string::npos);  // no fetch time for outlets 3 and 4
  std::string summary = ParsedPage::Text(page.ById("summary"));
  EXPECT_NE(summary.find("7claims"), std::string::npos) << summary;
  EXPECT_NE(summary.find("3DIFFER"), std::string::npos);
  EXPECT_NE(summary.find("1wire-copy groups"), std::string::npos);
}

TEST(HtmlTest, OutletTableShowsRedirectChainsAsText) {
  StoryPageOptions options;
  options.redirects = {{},
                       {"http://outlet-b.example/old?a=1&b=<x>", "https://outlet-b.example/new"}};
  std::string html = RenderStoryHtml(testing::RichStory(), options);
  ParsedPage page(html);
  std::string outlets = ParsedPage::Text(page.ById("outlets"));
  EXPECT_NE(outlets.find("redirected: http://outlet-b.example/old?a=1&b=<x> \xE2\x86\x92 "
                         "https://outlet-b.example/new"),
            std::string::npos)
      << outlets;
  EXPECT_EQ(html.find("<x>"), std::string::npos);  // escaped, never markup
  size_t shown = 0;
  for (size_t at = outlets.find("redirected:"); at != std::string::npos;
       at = outlets.find("redirected:", at + 1)) {
    ++shown;
  }
  EXPECT_EQ(shown, 1u);  // only the outlet that was redirected
}

TEST(HtmlTest, GraphDrawsWhoCitesWhom) {
  ParsedPage page(RichPage());
  const GumboNode* graph = page.ById("graph");
  ASSERT_NE(graph, nullptr);
  std::vector<std::string> labels;
  for (const GumboNode* g : page.ByClass("node")) labels.push_back(ParsedPage::Text(g));
  auto has = [&labels](const std::string& needle) {
    return std::any_of(labels.begin(), labels.end(), [&needle](const std::string& l) {
      return l.find(needle) != std::string::npos;
    });
  };
  EXPECT_TRUE(has("Kommersant"));
  EXPECT_TRUE(has("Lior Haiat"));
  EXPECT_TRUE(has("inspection report"));
  EXPECT_FALSE(page.ByClass("wire").empty());
  EXPECT_EQ(page.ByTag("svg").size(), 1u);
}

TEST(HtmlTest, ChangesSectionShowsEditsAndNewClaims) {
  StoryChanges changes = ComputeChanges(testing::PreviousRichStory(), testing::RichStory());
  ParsedPage page(RichPage(&changes));
  const GumboNode* section = page.ById("changes");
  ASSERT_NE(section, nullptr);
  std::string text = ParsedPage::Text(section);
  EXPECT_NE(text.find("Edited sentences (1)"), std::string::npos) << text;
  EXPECT_NE(text.find("The bridge will reopen tomorrow."), std::string::npos);
  EXPECT_NE(text.find("New outlets: Evil <b>Outlet</b>"), std::string::npos);
  bool five_deleted = false;
  for (const GumboNode* d : page.ByTag("del")) five_deleted |= ParsedPage::Text(d) == "five";
  EXPECT_TRUE(five_deleted);
}

TEST(HtmlTest, NoChangesSectionWithoutAPreviousRun) {
  ParsedPage page(RichPage());
  EXPECT_EQ(page.ById("changes"), nullptr);
}

TEST(HtmlTest, PagesParseWithoutErrors) {
  EXPECT_EQ(ParsedPage(RichPage()).errors(), 0u);
  StoryChanges changes = ComputeChanges(testing::PreviousRichStory(), testing::RichStory());
  EXPECT_EQ(ParsedPage(RichPage(&changes)).errors(), 0u);
  EXPECT_EQ(ParsedPage(RenderIndexHtml("Run", {})).errors(), 0u);
}

TEST(HtmlTest, EmptyStoryAndBrokenBytesStillRender) {
  Story empty;
  empty.id = "empty";
  ParsedPage page(RenderStoryHtml(empty));
  EXPECT_EQ(page.errors(), 0u);
  EXPECT_TRUE(page.ByClass("cluster").empty());

  Story s = testing::RichStory();
  std::string junk("\xff\xfe<\x00>\xc3", 6);
  s.articles[0].outlet += junk;
  s.articles[0].claims[0].text += junk;
  s.clusters[0].provenance.cited[0].name = junk;
  ParsedPage broken(RenderStoryHtml(s));
  EXPECT_EQ(broken.ByTag("script").size(), 1u);
  EXPECT_EQ(broken.ByClass("cluster").size(), s.clusters.size());
}

TEST(HtmlTest, SameStorySameBytes) {
  EXPECT_EQ(RichPage(), RichPage());
}

TEST(HtmlTest, IndexPutsTheMostDisagreementFirst) {
  std::vector<IndexEntry> entries(2);
  entries[0].story_id = "calm";
  entries[0].href = "calm.html";
  entries[1].story_id = "contested";
  entries[1].href = "contested.html";
  entries[1].counts.differ = 4;
  std::string html = RenderIndexHtml("Run", entries);
  EXPECT_LT(html.find("contested.html"), html.find("calm.html"));
}

TEST(HtmlTest, IndexEscapesAndKeepsLinksRelative) {
  Story story = testing::RichStory();
  StoryChanges changes = ComputeChanges(testing::PreviousRichStory(), story);
  std::vector<IndexEntry> entries = {MakeIndexEntry(story, "javascript:x.html", &changes)};
  ParsedPage page(RenderIndexHtml("Run <script>", entries));
  ASSERT_EQ(page.ByTag("script").size(), 1u);
  std::vector<const GumboNode*> links = page.ByTag("a");
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(ParsedPage::Attribute(links[0], "href"), "javascript%3Ax.html");
  std::string text = ParsedPage::Text(page.ById("stories"));
  EXPECT_NE(text.find("number: At least six vs Eight"), std::string::npos) << text;
  EXPECT_NE(text.find("1 edited"), std::string::npos);
}

}  // namespace
}  // namespace claimdiff::reports
