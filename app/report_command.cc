#include "app/report_command.h"

#include <filesystem>
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
  if (!std::filesystem::exists(args.db_path)) {
    err << "claimdiff report: " << args.db_path << ": no such store\n";
    return kExitFailure;
  }
  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(args.db_path);
  if (!store.ok()) {
    err << "claimdiff report: " << store.status().ToString() << "\n";
    return kExitFailure;
  }
  std::vector<std::string> ids = args.stories;
  if (ids.empty()) {
    StatusOr<std::vector<std::string>> all = (*store)->StoryIds();
    if (!all.ok()) {
      err << "claimdiff report: " << all.status().ToString() << "\n";
      return kExitFailure;
    }
    ids = *all;
  }
  PipelineOptions options;
  std::vector<reports::IndexEntry> entries;
  for (const std::string& id : ids) {
    StatusOr<std::string> title = (*store)->StoryTitle(id);
    StatusOr<std::vector<Document>> docs =
        title.ok() ? (*store)->LatestDocuments(id) : StatusOr<std::vector<Document>>(title.status());
    if (!docs.ok()) {
      err << "claimdiff report: " << docs.status().message() << "\n";
      return kExitFailure;
    }
    Story story = CompareDocuments(id, *title, *docs, options);
    std::optional<reports::StoryChanges> changes = ChangesSincePreviousRun(**store, story, options);
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
  out << entries.size() << " stories rendered to "
      << (std::filesystem::path(args.out_dir) / "index.html").string() << "\n";
  return kExitOk;
}

}  // namespace claimdiff::app
