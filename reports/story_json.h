// The JSON form of a compared story, as printed by `compare --json` and
// written beside every HTML report: the outlets (articles), and the claim
// clusters with verdict, members (outlet, claim id, byte offsets, text),
// conflicts and provenance. Key order and array order are deterministic.
#ifndef CLAIMDIFF_REPORTS_STORY_JSON_H_
#define CLAIMDIFF_REPORTS_STORY_JSON_H_

#include "core/json.h"
#include "core/model.h"

namespace claimdiff::reports {

// Counts shown in summaries and on the run index.
struct StoryCounts {
  size_t clusters = 0;
  size_t match = 0;
  size_t differ = 0;
  size_t unique = 0;
  size_t unattributed = 0;
  size_t failed_inputs = 0;  // articles with an error
};

StoryCounts CountStory(const Story& story);

Json StoryToJson(const Story& story);

}  // namespace claimdiff::reports

#endif  // CLAIMDIFF_REPORTS_STORY_JSON_H_
