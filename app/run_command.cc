// `claimdiff run`: one night of a job file.
//
// Resuming. A run is identified by its job key: the job file's absolute
// path and the shard ("/srv/night.toml 0/1"). When `run` starts and the
// store holds an unfinished run (no finished_at: it was killed or the
// machine went down) of the same job key that started less than
// kResumeWindowHours ago, that is "the same night": the run is resumed
// under its id, and every story already stored in it (run_stories, written
// in the story's own transaction) is skipped, only re-rendered from the
// store. Older unfinished runs are marked "abandoned" and a new run starts.
// A story is therefore stored at most once per run, and a re-run after any
// interruption does no story twice.
#include "app/run_command.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>

#include "app/command_support.h"
#include "app/commands.h"
#include "app/jobs.h"
#include "app/pipeline.h"
#include "app/robots_cache.h"
#include "app/run_lease.h"
#include "app/story_report.h"
#include "core/hash.h"
#include "core/json.h"
#include "db/store.h"
#include "fetch/fetcher.h"
#include "fetch/multi_fetcher.h"
#include "reports/html.h"

namespace claimdiff::app {

namespace {

constexpr int kResumeWindowHours = 20;

std::string IsoHoursAgo(int hours) {
  std::time_t t = std::time(nullptr) - static_cast<std::time_t>(hours) * 3600;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Removes the temporary files a killed earlier process left behind while
// writing a report (WriteFileAtomic's NAME.tmp-PID, PID no longer alive).
void RemoveStaleTemporaries(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    size_t at = name.rfind(".tmp-");
    if (at == std::string::npos || at + 5 >= name.size()) continue;
    std::string digits = name.substr(at + 5);
    if (digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 9) continue;
    pid_t pid = static_cast<pid_t>(std::stol(digits));
    if (pid == ::getpid() || (::kill(pid, 0) != 0 && errno == ESRCH)) {
      std::error_code ignored;
      fs::remove(it->path(), ignored);
    }
  }
}

// Creates `dir` and proves a file can be written there, before anything
// else happens, so an unwritable report folder stops the run up front.
// Leaves nothing behind: a run refused by the lease changes nothing here.
Status CheckWritableFolder(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::IoError(dir + ": cannot create the report folder: " + ec.message());
  fs::path probe = fs::path(dir) / (".claimdiff-probe-" + std::to_string(::getpid()));
  {
    std::ofstream f(probe, std::ios::binary | std::ios::trunc);
    f << "probe";
    f.flush();
    if (!f) {
      f.close();
      fs::remove(probe, ec);
      return Status::IoError(dir + ": the report folder is not writable");
    }
  }
  fs::remove(probe, ec);
  return Status::Ok();
}

// Progress on stderr: a bar redrawn in place on a terminal, plain log lines
// otherwise.
class Progress {
 public:
  Progress(std::ostream& err, size_t total)
      : err_(err), total_(total), tty_(&err == &std::cerr && ::isatty(STDERR_FILENO)) {}

  // A message line (an error, a story's log line).
  void Line(const std::string& text, bool log_only = false) {
    if (tty_) {
      if (log_only) return;
      err_ << "\r\033[K" << text << "\n";
      Draw();
    } else {
      err_ << text << "\n";
    }
  }
  void Update(size_t done, size_t pages, size_t errors) {
    done_ = done;
    pages_ = pages;
    errors_ = errors;
    if (tty_) Draw();
  }
  // The fetch phase: URLs fetched so far of `total`.
  void Fetching(size_t fetched, size_t total, size_t failed) {
    if (!tty_) {  // a log line at every tenth of the batch
      size_t tenth = total == 0 ? 10 : fetched * 10 / total;
      if (tenth == last_tenth_) return;
      last_tenth_ = tenth;
      err_ << "fetched " << fetched << "/" << total << " pages, " << failed << " errors\n";
      return;
    }
    auto now = std::chrono::steady_clock::now();
    if (fetched != total && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    err_ << "\r\033[Kfetching: " << fetched << "/" << total << " pages, " << failed
         << " errors";
    err_.flush();
  }
  void Finish() {
    if (tty_) err_ << "\r\033[K";
    err_.flush();
  }

 private:
  void Draw() {
    constexpr size_t kWidth = 30;
    size_t filled = total_ == 0 ? kWidth : done_ * kWidth / total_;
    err_ << "\r\033[K[" << std::string(filled, '#') << std::string(kWidth - filled, '.') << "] "
         << done_ << "/" << total_ << " stories, " << pages_ << " pages, " << errors_
         << " errors";
    err_.flush();
  }

  std::ostream& err_;
  size_t total_;
  bool tty_;
  size_t done_ = 0, pages_ = 0, errors_ = 0;
  std::chrono::steady_clock::time_point last_draw_{};
  size_t last_tenth_ = 0;
};

// Re-renders a story stored earlier in this run (an interrupted attempt)
// from the store, so its report matches what was stored.
StatusOr<reports::IndexEntry> RenderStored(const db::Store& store, const StoryInputs& sj,
                                           const std::string& out_dir,
                                           const PipelineOptions& options) {
  StatusOr<std::vector<Document>> docs = store.LatestDocuments(sj.id);
  if (!docs.ok()) return docs.status();
  Story story = CompareDocuments(sj.id, sj.title, *docs, options);
  std::optional<reports::StoryChanges> changes = ChangesSincePreviousRun(store, story, options);
  const reports::StoryChanges* changes_ptr = changes ? &*changes : nullptr;
  CLAIMDIFF_RETURN_IF_ERROR(WriteStoryReport(out_dir, story, *docs, changes_ptr));
  return EntryOf(story, changes_ptr);
}

}  // namespace

int Run(const RunArgs& args, std::ostream& out, std::ostream& err) {
  auto started = std::chrono::steady_clock::now();
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
  if (Status s = CheckWritableFolder(out_dir); !s.ok()) {
    err << "claimdiff run: " << s.message() << "\n";
    return kExitFailure;
  }

  db::StoreOptions store_options;
  double busy_s = args.busy_timeout_s >= 0 ? args.busy_timeout_s : job->settings.busy_timeout_s;
  store_options.busy_timeout_ms = static_cast<int>(busy_s * 1000);
  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(db_path, store_options);
  if (!store.ok()) {
    err << "claimdiff run: " << store.status().ToString() << "\n";
    return kExitFailure;
  }
  std::string shard_text = std::to_string(shard.index) + "/" + std::to_string(shard.count);
  std::string job_key =
      std::filesystem::absolute(args.job_path).lexically_normal().string() + " " + shard_text;
  // The lease comes before any write: a second run of this job and shard
  // stops here, having changed nothing.
  StatusOr<LeaseResult> leased = TakeRunLease(**store, db_path, store_options, job_key);
  if (!leased.ok()) {
    err << "claimdiff run: " << db_path << ": " << leased.status().message() << "\n";
    return kExitFailure;
  }
  if (!leased->held) {
    err << "claimdiff run: " << InProgressMessage(*leased->holder) << "\n";
    return kExitRunInProgress;
  }
  std::unique_ptr<RunLease> lease = std::move(leased->held);
  if (!leased->taken_over.empty()) err << "claimdiff run: " << leased->taken_over << "\n";
  RemoveStaleTemporaries(out_dir);
  Json settings;
  settings["job"] = args.job_path;
  settings["store"] = db_path;
  settings["reports"] = out_dir;
  settings["shard"] = shard_text;
  settings["concurrency"] = job->settings.concurrency;
  settings["per_host_delay_s"] = job->settings.per_host_delay_s;

  std::string window_start = IsoHoursAgo(kResumeWindowHours);
  StatusOr<std::optional<int64_t>> unfinished = std::optional<int64_t>();
  Status s = (*store)->AbandonRunsBefore(job_key, window_start);
  if (s.ok()) unfinished = (*store)->UnfinishedRun(job_key, window_start);
  if (s.ok() && !unfinished.ok()) s = unfinished.status();
  int64_t run_id = 0;
  if (s.ok() && unfinished->has_value()) {
    run_id = **unfinished;
  } else if (s.ok()) {
    StatusOr<int64_t> begun = (*store)->BeginRun("run", DumpJson(settings),
                                                 fetch::SystemClockIso8601(), job_key);
    if (begun.ok()) run_id = *begun;
    s = begun.status();
  }
  std::map<std::string, std::string> stored_before;
  if (s.ok() && unfinished.ok() && unfinished->has_value()) {
    StatusOr<std::vector<std::pair<std::string, std::string>>> done =
        (*store)->StoriesOfRun(run_id);
    if (done.ok()) stored_before.insert(done->begin(), done->end());
    s = done.status();
  }
  if (!s.ok()) {
    err << "claimdiff run: " << db_path << ": " << s.message() << "\n";
    return kExitFailure;
  }

  PipelineOptions options = job->settings.limits.Apply(PipelineOptions());
  options.fetch.user_agent = UserAgent(job->settings.contact);
  double delay_s = args.delay_s >= 0 ? args.delay_s : job->settings.per_host_delay_s;
  fetch::MultiFetcher fetcher(
      FetcherOptions(job->settings.concurrency, delay_s, job->settings.contact));
  StoreRobotsCache robots_cache(**store);  // robots.txt answers kept across nights
  fetcher.set_robots_cache(&robots_cache);
  std::vector<StoryInputs> to_run, resumed;
  for (const StoryJob& sj : job->stories) {
    if (ShardOf(sj.id, shard.count) != shard.index) continue;
    StoryInputs si{sj.id, sj.title, sj.inputs, sj.outlets};
    (stored_before.count(sj.id) ? resumed : to_run).push_back(std::move(si));
  }
  size_t selected = to_run.size() + resumed.size();
  size_t input_count = 0;
  for (const StoryInputs& si : to_run) input_count += si.inputs.size();
  Progress progress(err, selected);
  if (unfinished->has_value()) {
    progress.Line("run " + std::to_string(run_id) + ": resuming an interrupted run; " +
                  std::to_string(resumed.size()) + " stories already stored in it are skipped");
  }
  progress.Line("run " + std::to_string(run_id) + ": fetching " + std::to_string(input_count) +
                " inputs of " + std::to_string(to_run.size()) + " stories");
  // Every input of the night in one batch: hosts in parallel, each paced.
  std::vector<std::vector<FetchedInput>> fetched =
      FetchStories(to_run, options.as_text, fetcher, store->get(),
                   [&progress](size_t fetched_pages, size_t total, size_t failed_pages) {
                     progress.Fetching(fetched_pages, total, failed_pages);
                   });

  std::vector<reports::IndexEntry> entries;
  size_t done = 0, failed = 0, pages = 0, page_errors = 0, unchanged = 0;
  for (const StoryInputs& sj : resumed) {
    std::optional<reports::IndexEntry> entry;
    if (stored_before[sj.id] == "unchanged") entry = PreviousEntry(out_dir, sj);
    if (!entry) {
      StatusOr<reports::IndexEntry> rendered = RenderStored(**store, sj, out_dir, options);
      if (!rendered.ok()) {
        progress.Line("claimdiff run: " + sj.id + ": " + rendered.status().ToString());
        ++failed;
        continue;
      }
      entry = *rendered;
    }
    entries.push_back(*entry);
    if (stored_before[sj.id] == "failed") {
      ++failed;
    } else {
      ++done;
    }
    progress.Update(done + failed, pages, page_errors);
  }
  for (size_t si = 0; si < to_run.size(); ++si) {
    if (lease->lost()) break;  // another run holds the job now: write nothing more
    const StoryInputs& sj = to_run[si];
    if (AllUnchanged(fetched[si])) {
      // Same bytes as last time: the stored articles and the report stand.
      if (std::optional<reports::IndexEntry> previous = PreviousEntry(out_dir, sj)) {
        std::vector<Document> docs;
        for (const FetchedInput& fi : fetched[si]) docs.push_back(fi.recorded);
        Status rs = (*store)->RecordFetches(run_id, docs, sj.id);
        if (rs.ok()) {
          pages += docs.size();
          ++done;
          ++unchanged;
          entries.push_back(*previous);
          progress.Line("story " + sj.id + ": " + std::to_string(docs.size()) +
                            " inputs unchanged, not parsed again",
                        /*log_only=*/true);
          progress.Update(done + failed, pages, page_errors);
          fetched[si].clear();
          continue;
        }
        progress.Line("claimdiff run: " + sj.id + ": " + rs.ToString());
      }
    }
    StoryRun result = ParseStory(sj, fetched[si], options);
    size_t errors = 0;
    for (const Article& a : result.story.articles) {
      ++pages;
      if (a.error) {
        ++errors;
        progress.Line("claimdiff run: " + sj.id + ": " + a.input + ": " + *a.error);
      }
    }
    for (const FetchedInput& fi : fetched[si]) {
      if (fi.last_good) {
        progress.Line("claimdiff run: " + sj.id + ": " + fi.recorded.error +
                      " (kept the last good version)");
      }
    }
    fetched[si].clear();  // the bodies are not needed any more
    page_errors += errors;
    bool all_failed = errors == result.story.articles.size();
    Status ss = (*store)->SaveStory(run_id, result.story, result.documents,
                                    all_failed ? "failed" : "done");
    std::optional<reports::StoryChanges> changes;
    if (ss.ok()) changes = ChangesSincePreviousRun(**store, result.story, options);
    const reports::StoryChanges* changes_ptr = changes ? &*changes : nullptr;
    if (ss.ok()) ss = WriteStoryReport(out_dir, result.story, result.documents, changes_ptr);
    if (!ss.ok() || all_failed) {
      ++failed;
      if (!ss.ok()) progress.Line("claimdiff run: " + sj.id + ": " + ss.ToString());
    } else {
      ++done;
    }
    entries.push_back(EntryOf(result.story, changes_ptr));
    progress.Line("story " + sj.id + ": " + std::to_string(result.story.articles.size()) +
                      " inputs, " + std::to_string(result.story.clusters.size()) + " claims, " +
                      std::to_string(errors) + " errors",
                  /*log_only=*/true);
    progress.Update(done + failed, pages, page_errors);
  }
  if (lease->lost()) {
    progress.Finish();
    err << "claimdiff run: run " << run_id
        << ": another run took over the lease of this job (this one stalled for longer than "
           "its heartbeat allows); stopped without finishing\n";
    return kExitFailure;
  }
  Status is = WriteFileAtomic((std::filesystem::path(out_dir) / "index.html").string(),
                              reports::RenderIndexHtml("claimdiff run " + std::to_string(run_id),
                                                       entries));
  if (!is.ok()) {
    progress.Line("claimdiff run: " + is.ToString());
    ++failed;
  }
  progress.Finish();
  (void)(*store)->FinishRun(run_id, fetch::SystemClockIso8601(), failed == 0 ? "ok" : "partial");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  char secs[32];
  std::snprintf(secs, sizeof(secs), "%.1f", seconds);
  out << "run " << run_id << ": " << selected << " stories (" << done << " done, " << failed
      << " failed), " << pages << " pages (" << page_errors << " errors); " << unchanged
      << " stories unchanged, " << resumed.size() << " stored by an interrupted attempt; " << secs
      << " s; store " << db_path << "; reports "
      << (std::filesystem::path(out_dir) / "index.html").string() << "\n";
  out.flush();
  return failed == 0 ? kExitOk : kExitSomeStoriesFailed;
}

}  // namespace claimdiff::app
