#include "app/report_command.h"

#include <filesystem>
#include <map>
#include <fstream>
#include <optional>

#include "app/command_support.h"
#include "app/commands.h"
#include "app/jobs.h"
#include "app/pipeline.h"
#include "app/story_report.h"
#include "core/hash.h"
#include "core/json.h"
#include "db/store.h"
#include "fetch/fetcher.h"
#include "fetch/multi_fetcher.h"
#include "reports/html.h"

namespace claimdiff::app {

int Report(const ReportArgs& args, std::ostream& out, std::ostream& err) {
  std::vector<std::unique_ptr<db::Store>> stores;
  for (const std::string& path : args.db_paths) {
    if (!std::filesystem::exists(path)) {
      err << "claimdiff report: " << path << ": no such store\n";
      return kExitFailure;
    }
    StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(path);
    if (!store.ok()) {
      err << "claimdiff report: " << store.status().ToString() << "\n";
      return kExitFailure;
    }
    stores.push_back(std::move(store).value());
  }
  // Each story from the store whose latest run of it is newest.
  std::map<std::string, std::pair<std::string, size_t>> source;  // id -> (started, store)
  for (size_t i = 0; i < stores.size(); ++i) {
    StatusOr<std::vector<std::string>> all = stores[i]->StoryIds();
    if (!all.ok()) {
      err << "claimdiff report: " << args.db_paths[i] << ": " << all.status().ToString() << "\n";
      return kExitFailure;
    }
    for (const std::string& id : *all) {
      StatusOr<std::string> started = stores[i]->LatestRunStart(id);
      if (!started.ok()) {
        err << "claimdiff report: " << args.db_paths[i] << ": " << started.status().ToString()
            << "\n";
        return kExitFailure;
      }
      auto it = source.find(id);
      if (it == source.end() || *started > it->second.first) source[id] = {*started, i};
    }
  }
  std::vector<std::string> ids = args.stories;
  if (ids.empty()) {
    for (const auto& [id, from] : source) ids.push_back(id);
  }
  PipelineOptions options;
  std::vector<reports::IndexEntry> entries;
  for (const std::string& id : ids) {
    auto from = source.find(id);
    if (from == source.end()) {
      err << "claimdiff report: no story '" << id << "' in the store"
          << (stores.size() > 1 ? "s" : "") << "\n";
      return kExitFailure;
    }
    const db::Store& store = *stores[from->second.second];
    StatusOr<std::string> title = store.StoryTitle(id);
    StatusOr<std::vector<Document>> docs =
        title.ok() ? store.LatestDocuments(id) : StatusOr<std::vector<Document>>(title.status());
    if (!docs.ok()) {
      err << "claimdiff report: " << args.db_paths[from->second.second] << ": "
          << docs.status().message() << "\n";
      return kExitFailure;
    }
    Story story = CompareDocuments(id, *title, *docs, options);
    std::optional<reports::StoryChanges> changes = ChangesSincePreviousRun(store, story, options);
    const reports::StoryChanges* changes_ptr = changes ? &*changes : nullptr;
    if (Status s = WriteStoryReport(args.out_dir, story, *docs, changes_ptr); !s.ok()) {
      err << "claimdiff report: " << s.ToString() << "\n";
      return kExitFailure;
    }
    entries.push_back(EntryOf(story, changes_ptr));
  }
  Status s = WriteFileAtomic((std::filesystem::path(args.out_dir) / "index.html").string(),
                             reports::RenderIndexHtml("claimdiff report", entries));
  if (!s.ok()) {
    err << "claimdiff report: " << s.ToString() << "\n";
    return kExitFailure;
  }
  out << entries.size() << " stories from " << stores.size()
      << (stores.size() == 1 ? " store" : " stores") << " rendered to "
      << (std::filesystem::path(args.out_dir) / "index.html").string() << "\n";
  return kExitOk;
}

}  // namespace claimdiff::app
