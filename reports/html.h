// HTML reports: one self-contained page per story (inline CSS, no scripts,
// no external loads, a Content-Security-Policy that forbids them) and a run
// index linking the stories. Every piece of page text is escaped; only
// http(s) URLs become links. Pure functions of their input.
#ifndef CLAIMDIFF_REPORTS_HTML_H_
#define CLAIMDIFF_REPORTS_HTML_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "reports/story_json.h"

namespace claimdiff::reports {

// Escapes &, <, >, " and ' for use in element text and quoted attributes.
std::string EscapeHtml(std::string_view text);

// True when `url` may be a link target in a report (http or https only).
bool IsSafeLink(std::string_view url);

std::string RenderStoryHtml(const Story& story);

struct IndexEntry {
  std::string story_id;
  std::string title;
  std::string href;  // relative link to the story's page
  StoryCounts counts;
};

// The run index: stories with their counts, most disagreements first.
std::string RenderIndexHtml(const std::string& heading, std::vector<IndexEntry> entries);

}  // namespace claimdiff::reports

#endif  // CLAIMDIFF_REPORTS_HTML_H_
