// The story report: one self-contained HTML page per story (inline CSS,
// one inline script for the filters, no external loads, a
// Content-Security-Policy that forbids anything else). Sections: header
// (outlets with fetch time, version hash and link), summary, claim matrix
// with conflicts and provenance, wire-copy groups, the who-cites-whom graph,
// and what changed since the last run. Every piece of page text is
// escaped; only http(s) URLs become links. Pure functions of their input.
#ifndef CLAIMDIFF_REPORTS_HTML_H_
#define CLAIMDIFF_REPORTS_HTML_H_

#include <string>
#include <vector>

#include "core/model.h"
#include "reports/changes.h"
#include "reports/escape.h"
#include "reports/index.h"
#include "reports/story_json.h"

namespace claimdiff::reports {

struct StoryPageOptions {
  // When each article was fetched (ISO-8601 UTC), parallel to
  // Story::articles; missing or "" entries show as unknown.
  std::vector<std::string> fetched_at;
  // Each article's redirect chain, parallel to Story::articles: the URLs
  // asked in turn, the final one last; empty when the page answered at
  // once. Shown under the outlet's link.
  std::vector<std::vector<std::string>> redirects;
  // What changed since the previous run; null: no section.
  const StoryChanges* changes = nullptr;
  // Relative links to the run index and to the files written beside the
  // page (file names); "" leaves the link out.
  std::string index_href;
  std::string json_href;
  std::string claimreview_href;
};

std::string RenderStoryHtml(const Story& story, const StoryPageOptions& options = {});

}  // namespace claimdiff::reports

#endif  // CLAIMDIFF_REPORTS_HTML_H_
