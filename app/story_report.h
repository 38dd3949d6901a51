// A story's report files in a report folder, shared by `run` and `report`:
// <id>.html, <id>.json, <id>.claimreview.jsonld, and the index entry.
#ifndef CLAIMDIFF_APP_STORY_REPORT_H_
#define CLAIMDIFF_APP_STORY_REPORT_H_

#include <optional>
#include <string>
#include <vector>

#include "app/pipeline.h"
#include "core/model.h"
#include "core/status.h"
#include "db/store.h"
#include "reports/changes.h"
#include "reports/html.h"

namespace claimdiff::app {

std::string ReportName(const std::string& story_id);

// What changed since the story's previous run in the store (the run before
// the latest one), or nullopt on its first run.
std::optional<reports::StoryChanges> ChangesSincePreviousRun(const db::Store& store,
                                                             const Story& story,
                                                             const PipelineOptions& options);

// Writes <id>.json, <id>.claimreview.jsonld and <id>.html into `out_dir`.
Status WriteStoryReport(const std::string& out_dir, const Story& story,
                        const std::vector<Document>& documents,
                        const reports::StoryChanges* changes);

reports::IndexEntry EntryOf(const Story& story, const reports::StoryChanges* changes);

// The summary of a story's report from an earlier run, for the index when
// the story is not parsed again; nothing when the report is not there or
// was made from other inputs or outlet names than the job gives now.
std::optional<reports::IndexEntry> PreviousEntry(const std::string& out_dir,
                                                 const StoryInputs& story);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_STORY_REPORT_H_
