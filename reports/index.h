// The run index: every story of a run with its counts, the stories with
// the most disagreement first, and what changed since the last run.
//
// Thread-safety: pure functions.
#ifndef CLAIMDIFF_REPORTS_INDEX_H_
#define CLAIMDIFF_REPORTS_INDEX_H_

#include <string>
#include <vector>

#include "core/model.h"
#include "reports/changes.h"
#include "reports/story_json.h"

namespace claimdiff::reports {

struct IndexEntry {
  std::string story_id;
  std::string title;
  std::string href;  // relative link to the story's page (a file name)
  StoryCounts counts;
  size_t wire_groups = 0;
  std::vector<std::string> top_conflicts;  // "number: six vs eight", biggest first
  // Counts from StoryChanges; has_previous false on a story's first run.
  bool has_previous = false;
  size_t new_claims = 0;
  size_t dropped_claims = 0;
  size_t edited = 0;
};

// An entry for `story` (counts, wire groups, up to `max_conflicts` conflicts
// from its DIFFER clusters) and, when given, its changes.
IndexEntry MakeIndexEntry(const Story& story, const std::string& href,
                          const StoryChanges* changes = nullptr, size_t max_conflicts = 3);

// The run index: stories ordered by DIFFER count, then conflicts, then
// UNIQUE count (descending), then id.
std::string RenderIndexHtml(const std::string& heading, std::vector<IndexEntry> entries);

// A relative link to a file named `name` in the same folder, percent-encoded
// so that no name can turn into another scheme ("javascript:x.html").
std::string RelativeHref(const std::string& name);

}  // namespace claimdiff::reports

#endif  // CLAIMDIFF_REPORTS_INDEX_H_
