#include "app/run_command.h"

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

int Run(const RunArgs& args, std::ostream& out, std::ostream& err) {
  StatusOr<JobFile> job = ReadJobFile(args.job_path);
  if (!job.ok()) {
    err << "claimdiff run: " << job.status().message() << "\n";
    return kExitFailure;
  }
  Shard shard;
  if (!args.shard.empty()) {
    StatusOr<Shard> parsed = ParseShard(args.shard);
    if (!parsed.ok()) {
      err << "claimdiff run: " << parsed.status().message() << "\n";
      return kExitUsage;
    }
    shard = *parsed;
  }
  std::string db_path = args.db_path.empty() ? job->settings.store : args.db_path;
  std::string out_dir = args.out_dir.empty() ? job->settings.reports : args.out_dir;

  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(db_path);
  if (!store.ok()) {
    err << "claimdiff run: " << store.status().ToString() << "\n";
    return kExitFailure;
  }
  Json settings;
  settings["job"] = args.job_path;
  settings["store"] = db_path;
  settings["reports"] = out_dir;
  settings["shard"] = std::to_string(shard.index) + "/" + std::to_string(shard.count);
  settings["concurrency"] = job->settings.concurrency;
  settings["per_host_delay_s"] = job->settings.per_host_delay_s;
  StatusOr<int64_t> run_id = (*store)->BeginRun("run", DumpJson(settings),
                                                fetch::SystemClockIso8601());
  if (!run_id.ok()) {
    err << "claimdiff run: " << db_path << ": " << run_id.status().ToString() << "\n";
    return kExitFailure;
  }

  PipelineOptions options;
  options.fetch.user_agent = UserAgent(job->settings.contact);
  double delay_s = args.delay_s >= 0 ? args.delay_s : job->settings.per_host_delay_s;
  fetch::MultiFetcher fetcher(
      FetcherOptions(job->settings.concurrency, delay_s, job->settings.contact));
  std::vector<StoryInputs> selected_stories;
  for (const StoryJob& sj : job->stories) {
    if (ShardOf(sj.id, shard.count) != shard.index) continue;
    selected_stories.push_back(StoryInputs{sj.id, sj.title, sj.inputs, sj.outlets});
  }
  // Every input of the night in one batch: hosts in parallel, each paced.
  std::vector<std::vector<FetchedInput>> fetched =
      FetchStories(selected_stories, options.as_text, fetcher, store->get());

  std::vector<reports::IndexEntry> entries;
  size_t done = 0, failed = 0, pages = 0, page_errors = 0, unchanged = 0;
  size_t selected = selected_stories.size();
  for (size_t si = 0; si < selected_stories.size(); ++si) {
    const StoryInputs& sj = selected_stories[si];
    if (AllUnchanged(fetched[si])) {
      // Same bytes as last time: the stored articles and the report stand.
      if (std::optional<reports::IndexEntry> previous = PreviousEntry(out_dir, sj)) {
        std::vector<Document> docs;
        for (const FetchedInput& fi : fetched[si]) docs.push_back(fi.recorded);
        Status s = (*store)->RecordFetches(*run_id, docs);
        if (s.ok()) {
          pages += docs.size();
          ++done;
          ++unchanged;
          entries.push_back(*previous);
          err << "story " << sj.id << ": " << docs.size() << " inputs unchanged, not parsed again\n";
          continue;
        }
        err << "claimdiff run: " << sj.id << ": " << s.ToString() << "\n";
      }
    }
    StoryRun result = ParseStory(sj, fetched[si], options);
    size_t errors = 0;
    for (const Article& a : result.story.articles) {
      ++pages;
      if (a.error) {
        ++errors;
        err << "claimdiff run: " << sj.id << ": " << a.input << ": " << *a.error << "\n";
      }
    }
    for (const FetchedInput& fi : fetched[si]) {
      if (fi.last_good) {
        err << "claimdiff run: " << sj.id << ": " << fi.recorded.error
            << " (kept the last good version)\n";
      }
    }
    page_errors += errors;
    Status s = (*store)->SaveStory(*run_id, result.story, result.documents);
    std::optional<reports::StoryChanges> changes;
    if (s.ok()) changes = ChangesSincePreviousRun(**store, result.story, options);
    const reports::StoryChanges* changes_ptr = changes ? &*changes : nullptr;
    if (s.ok()) s = WriteStoryReport(out_dir, result.story, result.documents, changes_ptr);
    if (!s.ok() || errors == result.story.articles.size()) {
      ++failed;
      if (!s.ok()) err << "claimdiff run: " << sj.id << ": " << s.ToString() << "\n";
    } else {
      ++done;
    }
    entries.push_back(EntryOf(result.story, changes_ptr));
    err << "story " << sj.id << ": " << result.story.articles.size() << " inputs, "
        << result.story.clusters.size() << " claims, " << errors << " errors\n";
  }
  Status s = WriteFileAtomic((std::filesystem::path(out_dir) / "index.html").string(),
                             reports::RenderIndexHtml("claimdiff run " + std::to_string(*run_id),
                                                      entries));
  if (!s.ok()) {
    err << "claimdiff run: " << s.ToString() << "\n";
    ++failed;
  }
  if (unchanged > 0) {
    err << "run " << *run_id << ": " << unchanged << " stories unchanged since the last run\n";
  }
  (void)(*store)->FinishRun(*run_id, fetch::SystemClockIso8601(), failed == 0 ? "ok" : "partial");
  out << "run " << *run_id << ": " << selected << " stories (" << done << " done, " << failed
      << " failed), " << pages << " pages (" << page_errors << " errors); store " << db_path
      << "; reports " << (std::filesystem::path(out_dir) / "index.html").string() << "\n";
  out.flush();
  return failed == 0 ? kExitOk : kExitSomeStoriesFailed;
}

}  // namespace claimdiff::app
