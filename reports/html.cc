// The story page, assembled from its sections.
#include "reports/html.h"

#include <cstdio>

#include "reports/matrix.h"
#include "reports/page.h"
#include "reports/provenance_graph.h"

namespace claimdiff::reports {

namespace {

std::string ArticleName(const Article& a) { return a.outlet.empty() ? a.input : a.outlet; }

void AppendLinkOrText(std::string* out, std::string_view url, std::string_view label) {
  if (IsSafeLink(url)) {
    *out += "<a href=\"" + EscapeHtml(url) + "\" rel=\"noopener noreferrer\" target=\"_blank\">" +
            EscapeHtml(label) + "</a>";
  } else {
    *out += EscapeHtml(label);
  }
}

void AppendHeader(const Story& story, const StoryPageOptions& options, std::string* out) {
  std::string title = story.title.empty() ? story.id : story.title;
  *out += "<header>\n";
  if (!options.index_href.empty()) {
    *out += "<p class=\"muted\"><a href=\"" + EscapeHtml(RelativeHref(options.index_href)) +
            "\">&larr; all stories of the run</a></p>\n";
  }
  *out += "<h1>" + EscapeHtml(title) + "</h1>\n<p class=\"muted\">story <code>" +
          EscapeHtml(story.id) + "</code>";
  if (!options.json_href.empty()) {
    *out += " · <a href=\"" + EscapeHtml(RelativeHref(options.json_href)) + "\">JSON</a>";
  }
  if (!options.claimreview_href.empty()) {
    *out += " · <a href=\"" + EscapeHtml(RelativeHref(options.claimreview_href)) +
            "\">ClaimReview JSON-LD</a>";
  }
  *out +=
      "</p>\n<table id=\"outlets\">\n<thead><tr><th>#</th><th>Outlet</th><th>Title</th>"
      "<th>Published</th><th>Fetched</th><th>Version</th><th>Claims</th></tr></thead>\n"
      "<tbody>\n";
  for (size_t i = 0; i < story.articles.size(); ++i) {
    const Article& a = story.articles[i];
    *out += "<tr><td>" + std::to_string(i + 1) + "</td><td>";
    AppendLinkOrText(out, a.url, ArticleName(a));
    if (i < options.redirects.size() && !options.redirects[i].empty()) {
      // As text, not links: every hop is the page's own claim of a URL.
      *out += "<br><span class=\"muted redirects\">redirected: ";
      for (size_t k = 0; k < options.redirects[i].size(); ++k) {
        if (k > 0) *out += " &rarr; ";
        *out += EscapeHtml(options.redirects[i][k]);
      }
      *out += "</span>";
    }
    *out += "</td><td>" + EscapeHtml(a.title);
    if (!a.byline.empty()) *out += "<br><span class=\"muted\">" + EscapeHtml(a.byline) + "</span>";
    if (a.error) *out += "<br><span class=\"error\">" + EscapeHtml(*a.error) + "</span>";
    std::string fetched = i < options.fetched_at.size() ? options.fetched_at[i] : "";
    *out += "</td><td>" + EscapeHtml(a.published.value_or("")) + "</td><td>" +
            (fetched.empty() ? std::string("<span class=\"muted\">unknown</span>")
                             : EscapeHtml(fetched)) +
            "</td><td><span class=\"hash\" title=\"" + EscapeHtml(a.content_hash) + "\">" +
            EscapeHtml(a.content_hash.substr(0, 12)) + "</span></td><td>" +
            std::to_string(a.claims.size()) + "</td></tr>\n";
  }
  *out += "</tbody>\n</table>\n</header>\n";
}

void AppendSummary(const Story& story, std::string* out) {
  StoryCounts c = CountStory(story);
  auto box = [](const char* css, size_t n, const char* label) {
    return std::string("<span class=\"n ") + css + "\"><b>" + std::to_string(n) + "</b>" + label +
           "</span>";
  };
  *out += "<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"summary\">" +
          box("all", c.clusters, "claims") + box("differ", c.differ, "DIFFER") +
          box("match", c.match, "MATCH") + box("unique", c.unique, "UNIQUE") +
          box("unattr", c.unattributed, "unattributed") +
          box("wire", story.wire_groups.size(), "wire-copy groups");
  if (c.failed_inputs) *out += box("failed", c.failed_inputs, "failed inputs");
  *out += "</div>\n";
  if (!story.wire_groups.empty()) {
    *out += "<h3>Wire copy</h3>\n<ul id=\"wire\">\n";
    for (const WireGroup& w : story.wire_groups) {
      *out += "<li>";
      if (!w.agency.empty()) *out += "<b>" + EscapeHtml(w.agency) + "</b> copy, ";
      *out += "origin <span class=\"outlet\">" +
              (w.origin < story.articles.size() ? EscapeHtml(ArticleName(story.articles[w.origin]))
                                                : std::string("?")) +
              "</span>, republished by ";
      bool first = true;
      for (size_t copy : w.copies) {
        if (copy >= story.articles.size()) continue;
        *out += (first ? "" : ", ") + std::string("<span class=\"outlet\">") +
                EscapeHtml(ArticleName(story.articles[copy])) + "</span>";
        first = false;
      }
      char overlap[32];
      std::snprintf(overlap, sizeof overlap, "%.0f%%", w.overlap * 100);
      *out += " <span class=\"muted\">(" + std::string(overlap) +
              " of the copies' text verbatim; counted as one source)</span></li>\n";
    }
    *out += "</ul>\n";
  }
  *out += "</section>\n";
}

void AppendGraph(const Story& story, std::string* out) {
  *out += "<section id=\"graph\">\n<h2>Who cites whom</h2>\n";
  std::string svg = RenderProvenanceGraphSvg(BuildProvenanceGraph(story));
  if (svg.empty()) {
    *out += "<p class=\"muted\">No outlet names a source or another outlet for any claim.</p>\n";
  } else {
    *out +=
        "<p class=\"muted\">Arrows point from who reports to whom they cite; labels are the "
        "claims (ids in the matrix) on each edge; dashed: wire copy.</p>\n" +
        svg + "\n";
  }
  *out += "</section>\n";
}

}  // namespace

std::string RenderStoryHtml(const Story& story, const StoryPageOptions& options) {
  std::string title = story.title.empty() ? story.id : story.title;
  std::string out = PageStart(title + " \xE2\x80\x94 claimdiff");
  AppendHeader(story, options, &out);
  out += "<main>\n";
  AppendSummary(story, &out);
  if (options.changes != nullptr) out += RenderChangesHtml(*options.changes);
  out += RenderMatrixHtml(story);
  AppendGraph(story, &out);
  out +=
      "</main>\n<footer class=\"muted\">Generated by claimdiff. Sentence links (&#8599;) open "
      "the original page at that passage.</footer>\n";
  out += PageEnd();
  return out;
}

}  // namespace claimdiff::reports
