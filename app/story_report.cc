#include "app/story_report.h"

#include <filesystem>
#include <fstream>

#include "app/command_support.h"
#include "app/commands.h"
#include "core/json.h"
#include "reports/claimreview.h"
#include "reports/story_json.h"

namespace claimdiff::app {

std::string ReportName(const std::string& story_id) { return story_id + ".html"; }

std::optional<reports::StoryChanges> ChangesSincePreviousRun(const db::Store& store,
                                                             const Story& story,
                                                             const PipelineOptions& options) {
  StatusOr<std::vector<Document>> previous = store.PreviousDocuments(story.id);
  if (!previous.ok() || previous->empty()) return std::nullopt;
  Story before = CompareDocuments(story.id, story.title, *previous, options);
  return reports::ComputeChanges(before, story);
}

Status WriteStoryReport(const std::string& out_dir, const Story& story,
                        const std::vector<Document>& documents,
                        const reports::StoryChanges* changes) {
  namespace fs = std::filesystem;
  reports::StoryPageOptions page;
  SetFetchDetails(documents, &page);
  page.changes = changes;
  page.index_href = "index.html";
  page.json_href = story.id + ".json";
  page.claimreview_href = reports::ClaimReviewFileName(story.id);
  CLAIMDIFF_RETURN_IF_ERROR(WriteFileAtomic((fs::path(out_dir) / page.json_href).string(),
                                            DumpJson(reports::StoryToJson(story), 2) + "\n"));
  CLAIMDIFF_RETURN_IF_ERROR(
      WriteFileAtomic((fs::path(out_dir) / page.claimreview_href).string(),
                      DumpJson(reports::ClaimReviewJsonLd(story), 2) + "\n"));
  return WriteFileAtomic((fs::path(out_dir) / ReportName(story.id)).string(),
                         reports::RenderStoryHtml(story, page));
}

reports::IndexEntry EntryOf(const Story& story, const reports::StoryChanges* changes) {
  return reports::MakeIndexEntry(story, ReportName(story.id), changes);
}

std::optional<reports::IndexEntry> PreviousEntry(const std::string& out_dir,
                                                 const StoryInputs& story) {
  namespace fs = std::filesystem;
  const std::string& story_id = story.id;
  if (!fs::exists(fs::path(out_dir) / ReportName(story_id))) return std::nullopt;
  std::ifstream in(fs::path(out_dir) / (story_id + ".json"), std::ios::binary);
  if (!in) return std::nullopt;
  Json j = Json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object() || !j.contains("summary") ||
      !j.contains("outlets") || !j["outlets"].is_array() ||
      j["outlets"].size() != story.inputs.size()) {
    return std::nullopt;
  }
  for (size_t i = 0; i < story.inputs.size(); ++i) {
    const Json& o = j["outlets"][i];
    if (!o.is_object() || o.value("input", std::string()) != story.inputs[i]) return std::nullopt;
    auto hint = story.outlets.find(story.inputs[i]);
    if (hint != story.outlets.end() && o.value("outlet", std::string()) != hint->second) {
      return std::nullopt;
    }
  }
  const Json& summary = j["summary"];
  reports::IndexEntry e;
  e.story_id = story_id;
  e.title = j.value("title", std::string());
  e.href = ReportName(story_id);
  e.counts.clusters = summary.value("clusters", size_t{0});
  e.counts.match = summary.value("match", size_t{0});
  e.counts.differ = summary.value("differ", size_t{0});
  e.counts.unique = summary.value("unique", size_t{0});
  e.counts.unattributed = summary.value("unattributed", size_t{0});
  e.counts.failed_inputs = summary.value("failed_inputs", size_t{0});
  return e;
}

}  // namespace claimdiff::app
