#include "app/commands.h"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "app/jobs.h"
#include "app/pipeline.h"
#include "compare/match.h"
#include "core/hash.h"
#include "core/json.h"
#include "db/store.h"
#include "fetch/fetcher.h"
#include "parse/sentences.h"
#include "reports/html.h"
#include "reports/story_json.h"

namespace claimdiff::app {

namespace {

constexpr const char* kVersion = "0.1.0";

std::string UserAgent(const std::string& contact) {
  std::string ua = std::string("claimdiff/") + kVersion;
  if (!contact.empty()) ua += " (+" + contact + ")";
  return ua;
}

// ------------------------------------------------------------------ extract

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string format = "json";
  std::string as;
  int jobs = 1;  // worker threads; output stays in input order
};

void PrintArticle(const ExtractArgs& args, const Article& article, Json* all, std::ostream& out) {
  if (args.format == "jsonl") {
    out << DumpJson(ArticleToJson(article)) << "\n";
  } else if (args.format == "json") {
    all->push_back(ArticleToJson(article));
  } else {  // text
    out << "# " << article.title << "\n";
    out << "outlet: " << article.outlet << "\nurl: " << article.url << "\n";
    if (article.error) out << "error: " << *article.error << "\n";
    for (const Claim& c : article.claims) {
      out << "[" << ClaimKindName(c.kind) << (c.hedged ? ", hedged" : "") << "] " << c.text
          << "\n";
    }
    out << "\n";
  }
}

// Inputs are fetched and parsed by `args.jobs` workers, each with its own
// HTTP client; the calling thread prints results strictly in input order and
// drops each article once printed. Workers stay at most a bounded window
// ahead of the printer, so memory stays flat over any number of inputs.
int Extract(const ExtractArgs& args, std::ostream& out, std::ostream& err) {
  StatusOr<std::vector<std::string>> inputs = fetch::ExpandInputs(args.inputs);
  if (!inputs.ok()) {
    err << "claimdiff extract: " << inputs.status().message() << "\n";
    return kExitFailure;
  }
  PipelineOptions options;
  options.as_text = args.as == "text";
  const size_t count = inputs->size();
  const size_t workers = std::max<size_t>(1, std::min<size_t>(args.jobs, count));
  const size_t window = 16 * workers;
  std::vector<std::optional<Article>> results(count);
  std::mutex mu;
  std::condition_variable ready;    // a result was stored
  std::condition_variable printed;  // the printer moved on
  size_t next_input = 0;            // guarded by mu
  size_t next_print = 0;            // guarded by mu
  auto work = [&]() {
    fetch::CurlHttpClient client(options.fetch);
    for (;;) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        printed.wait(lock, [&] { return next_input >= count || next_input < next_print + window; });
        if (next_input >= count) return;
        i = next_input++;
      }
      Document doc = fetch::FetchInput((*inputs)[i], client, {}, options.as_text);
      Article article = parse::ParseDocument(doc, options.parse);
      {
        std::lock_guard<std::mutex> lock(mu);
        results[i] = std::move(article);
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 0; t < workers; ++t) threads.emplace_back(work);
  int exit_code = kExitOk;
  Json all = Json::array();
  for (size_t i = 0; i < count; ++i) {
    Article article;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return results[i].has_value(); });
      article = std::move(*results[i]);
      results[i].reset();
      next_print = i + 1;
    }
    printed.notify_all();
    if (article.error) {
      err << "claimdiff extract: " << (*inputs)[i] << ": " << *article.error << "\n";
      exit_code = kExitFailure;
    }
    PrintArticle(args, article, &all, out);
  }
  for (std::thread& t : threads) t.join();
  if (args.format == "json") {
    out << DumpJson(all.size() == 1 ? all[0] : all, 2) << "\n";
  }
  out.flush();
  return exit_code;
}

// ------------------------------------------------------------------ compare

struct CompareArgs {
  std::vector<std::string> inputs;
  std::string json_path;
  std::string html_path;
  std::string db_path;
  std::string id;
  std::string title;
  std::string as;
};

int Compare(const CompareArgs& args, std::ostream& out, std::ostream& err) {
  StatusOr<std::vector<std::string>> inputs = fetch::ExpandInputs(args.inputs);
  if (!inputs.ok()) {
    err << "claimdiff compare: " << inputs.status().message() << "\n";
    return kExitFailure;
  }
  std::unique_ptr<db::Store> store;
  if (!args.db_path.empty()) {
    StatusOr<std::unique_ptr<db::Store>> opened = db::Store::Open(args.db_path);
    if (!opened.ok()) {
      err << "claimdiff compare: " << opened.status().ToString() << "\n";
      return kExitFailure;
    }
    store = std::move(opened).value();
  }
  PipelineOptions options;
  options.as_text = args.as == "text";
  fetch::CurlHttpClient client(options.fetch);
  std::string id = args.id;
  if (id.empty()) {
    std::string joined;
    for (const std::string& i : *inputs) joined += i + "\n";
    id = "compare-" + Hash128Hex(joined).substr(0, 12);
  }
  StoryRun run = RunStory(id, args.title, *inputs, {}, options, client, store.get());
  int exit_code = kExitOk;
  for (const Article& a : run.story.articles) {
    if (a.error) {
      err << "claimdiff compare: " << a.input << ": " << *a.error << "\n";
      exit_code = kExitFailure;
    }
  }
  std::string json = DumpJson(reports::StoryToJson(run.story), 2) + "\n";
  if (args.json_path.empty() || args.json_path == "-") {
    out << json;
  } else if (Status s = WriteFileAtomic(args.json_path, json); !s.ok()) {
    err << "claimdiff compare: " << s.ToString() << "\n";
    return kExitFailure;
  }
  if (!args.html_path.empty()) {
    if (Status s = WriteFileAtomic(args.html_path, reports::RenderStoryHtml(run.story)); !s.ok()) {
      err << "claimdiff compare: " << s.ToString() << "\n";
      return kExitFailure;
    }
  }
  if (store) {
    StatusOr<int64_t> run_id = store->BeginRun("compare", "{}", fetch::SystemClockIso8601());
    Status s = run_id.ok() ? store->SaveStory(*run_id, run.story, run.documents) : run_id.status();
    if (s.ok()) s = store->FinishRun(*run_id, fetch::SystemClockIso8601(), "ok");
    if (!s.ok()) {
      err << "claimdiff compare: " << args.db_path << ": " << s.ToString() << "\n";
      return kExitFailure;
    }
  }
  out.flush();
  return exit_code;
}

// -------------------------------------------------------------------- match

int Match(const std::string& path, std::ostream& out, std::ostream& err) {
  std::string content;
  if (path == "-") {
    std::ostringstream buf;
    buf << std::cin.rdbuf();
    content = buf.str();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      err << "claimdiff match: " << path << ": cannot open file\n";
      return kExitFailure;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    content = buf.str();
  }
  struct Pair {
    std::string id, a, b;
  };
  std::vector<Pair> pairs;
  std::istringstream lines(content);
  std::string line;
  size_t line_no = 0;
  while (std::getline(lines, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos || line.find('\t', t2 + 1) != std::string::npos) {
      err << "claimdiff match: " << path << ":" << line_no
          << ": expected ID<TAB>SENTENCE1<TAB>SENTENCE2\n";
      return kExitFailure;
    }
    pairs.push_back({line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)});
  }
  compare::MatchOptions options;
  for (const Pair& p : pairs) {
    compare::PairResult r = compare::MatchPair(p.a, p.b, options);
    Json j;
    j["id"] = p.id;
    j["verdict"] = compare::PairVerdictName(r.verdict);
    j["score"] = std::round(r.score * 10000) / 10000;
    Json conflicts = Json::array();
    for (const Conflict& c : r.conflicts) {
      conflicts.push_back(Json{{"type", c.type}, {"a", c.left_text}, {"b", c.right_text}});
    }
    j["conflicts"] = std::move(conflicts);
    out << DumpJson(j) << "\n";
  }
  out.flush();
  return kExitOk;
}

// --------------------------------------------------------- run and report

std::string ReportName(const std::string& story_id) { return story_id + ".html"; }

Status WriteStoryReport(const std::string& out_dir, const Story& story) {
  namespace fs = std::filesystem;
  CLAIMDIFF_RETURN_IF_ERROR(
      WriteFileAtomic((fs::path(out_dir) / (story.id + ".json")).string(),
                      DumpJson(reports::StoryToJson(story), 2) + "\n"));
  return WriteFileAtomic((fs::path(out_dir) / ReportName(story.id)).string(),
                         reports::RenderStoryHtml(story));
}

reports::IndexEntry EntryOf(const Story& story) {
  return reports::IndexEntry{story.id, story.title, ReportName(story.id),
                             reports::CountStory(story)};
}

struct RunArgs {
  std::string job_path;
  std::string db_path;
  std::string out_dir;
  std::string shard;
};

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
  fetch::CurlHttpClient client(options.fetch);
  std::vector<reports::IndexEntry> entries;
  size_t done = 0, failed = 0, pages = 0, page_errors = 0, selected = 0;
  for (const StoryJob& sj : job->stories) {
    if (ShardOf(sj.id, shard.count) != shard.index) continue;
    ++selected;
    StoryRun result = RunStory(sj.id, sj.title, sj.inputs, sj.outlets, options, client, store->get());
    size_t errors = 0;
    for (const Article& a : result.story.articles) {
      ++pages;
      if (a.error) {
        ++errors;
        err << "claimdiff run: " << sj.id << ": " << a.input << ": " << *a.error << "\n";
      }
    }
    page_errors += errors;
    Status s = (*store)->SaveStory(*run_id, result.story, result.documents);
    if (s.ok()) s = WriteStoryReport(out_dir, result.story);
    if (!s.ok() || errors == result.story.articles.size()) {
      ++failed;
      if (!s.ok()) err << "claimdiff run: " << sj.id << ": " << s.ToString() << "\n";
    } else {
      ++done;
    }
    entries.push_back(EntryOf(result.story));
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
  (void)(*store)->FinishRun(*run_id, fetch::SystemClockIso8601(), failed == 0 ? "ok" : "partial");
  out << "run " << *run_id << ": " << selected << " stories (" << done << " done, " << failed
      << " failed), " << pages << " pages (" << page_errors << " errors); store " << db_path
      << "; reports " << (std::filesystem::path(out_dir) / "index.html").string() << "\n";
  out.flush();
  return failed == 0 ? kExitOk : kExitSomeStoriesFailed;
}

struct ReportArgs {
  std::string db_path;
  std::string out_dir;
  std::vector<std::string> stories;
};

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
    if (Status s = WriteStoryReport(args.out_dir, story); !s.ok()) {
      err << "claimdiff report: " << s.ToString() << "\n";
      return kExitFailure;
    }
    entries.push_back(EntryOf(story));
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

// ------------------------------------------------------------------ history

std::set<std::string> SentencesOf(const std::string& text) {
  std::set<std::string> out;
  for (const Span& s : parse::SplitSentences(text)) out.insert(text.substr(s.start, s.size()));
  return out;
}

void PrintVersions(const std::string& url, const std::vector<db::ArticleVersion>& versions,
                   std::ostream& out) {
  out << url << ": " << versions.size() << (versions.size() == 1 ? " version" : " versions")
      << "\n";
  for (size_t i = 0; i < versions.size(); ++i) {
    const db::ArticleVersion& v = versions[i];
    out << "  v" << (i + 1) << "  " << v.first_seen << "  " << v.content_hash.substr(0, 12)
        << "  " << v.title << "\n";
    if (i == 0) continue;
    std::set<std::string> before = SentencesOf(versions[i - 1].text);
    std::set<std::string> after = SentencesOf(v.text);
    for (const std::string& s : before) {
      if (!after.count(s)) out << "    - " << s << "\n";
    }
    for (const std::string& s : after) {
      if (!before.count(s)) out << "    + " << s << "\n";
    }
  }
}

int History(const std::string& db_path, const std::string& target, std::ostream& out,
            std::ostream& err) {
  if (!std::filesystem::exists(db_path)) {
    err << "claimdiff history: " << db_path << ": no such store\n";
    return kExitFailure;
  }
  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(db_path);
  if (!store.ok()) {
    err << "claimdiff history: " << store.status().ToString() << "\n";
    return kExitFailure;
  }
  std::vector<std::string> urls;
  StatusOr<std::vector<std::string>> story_urls = (*store)->StoryUrls(target);
  if (story_urls.ok()) {
    out << "story " << target << "\n";
    urls = *story_urls;
  } else {
    urls.push_back(target);
  }
  bool any = false;
  for (const std::string& url : urls) {
    StatusOr<std::vector<db::ArticleVersion>> versions = (*store)->Versions(url);
    if (!versions.ok()) {
      err << "claimdiff history: " << versions.status().ToString() << "\n";
      return kExitFailure;
    }
    if (versions->empty() && !fetch::IsHttpUrl(url) && std::filesystem::exists(url)) {
      // A local path: stored under its file:// URL.
      std::string file_url = "file://" + std::filesystem::absolute(url).lexically_normal().string();
      versions = (*store)->Versions(file_url);
      if (!versions.ok()) return kExitFailure;
    }
    any = any || !versions->empty();
    PrintVersions(url, *versions, out);
  }
  if (!any && !story_urls.ok()) {
    err << "claimdiff history: " << target << ": no story or URL of that name in " << db_path
        << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

Status WriteFileAtomic(const std::string& path, const std::string& content) {
  namespace fs = std::filesystem;
  fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) {
    fs::create_directories(target.parent_path(), ec);
    if (ec) return Status::IoError(target.parent_path().string() + ": " + ec.message());
  }
  fs::path tmp = target;
  tmp += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) return Status::IoError(path + ": cannot write");
    f.write(content.data(), static_cast<std::streamsize>(content.size()));
    f.flush();
    if (!f) {
      f.close();
      fs::remove(tmp, ec);
      return Status::IoError(path + ": write failed");
    }
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    return Status::IoError(path + ": " + ec.message());
  }
  return Status::Ok();
}

int Main(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"claimdiff: compares outlets' versions of a news story, claim by claim.",
               "claimdiff"};
  app.require_subcommand(1);
  app.set_version_flag("--version", kVersion);

  ExtractArgs extract_args;
  CLI::App* extract = app.add_subcommand("extract", "Extract article text, metadata and claims");
  extract->add_option("--format", extract_args.format, "Output format")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->capture_default_str();
  extract->add_option("--as", extract_args.as, "Take inputs as 'text' (no HTML extraction)")
      ->check(CLI::IsMember({"text", "html"}));
  extract->add_option("--jobs", extract_args.jobs, "Worker threads (output keeps input order)")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  extract->add_option("INPUT", extract_args.inputs, "URL, file, folder, or - for stdin")
      ->required();

  CompareArgs compare_args;
  CLI::App* compare = app.add_subcommand("compare", "Compare several outlets' versions of a story");
  compare->add_option("--json", compare_args.json_path, "Write the story JSON here (default stdout)");
  compare->add_option("--html", compare_args.html_path, "Write the HTML report here");
  compare->add_option("--db", compare_args.db_path, "Store fetches, articles and clusters here");
  compare->add_option("--id", compare_args.id, "Story id (default: derived from the inputs)");
  compare->add_option("--title", compare_args.title, "Story title (default: first article's)");
  compare->add_option("--as", compare_args.as, "Take inputs as 'text' (no HTML extraction)")
      ->check(CLI::IsMember({"text", "html"}));
  compare->add_option("INPUT", compare_args.inputs, "URLs, files, folders, or -")->required();

  std::string pairs_path;
  std::string match_format = "jsonl";
  CLI::App* match = app.add_subcommand("match", "Score claim pairs: ID<TAB>SENTENCE1<TAB>SENTENCE2");
  match->add_option("--format", match_format, "Output format")
      ->check(CLI::IsMember({"jsonl"}))
      ->capture_default_str();
  match->add_option("PAIRS", pairs_path, "TSV file, or - for stdin")->required();

  RunArgs run_args;
  CLI::App* run = app.add_subcommand("run", "Run a job file: fetch, compare, store, report");
  run->add_option("JOBS", run_args.job_path, "TOML job file")->required();
  run->add_option("--db", run_args.db_path, "SQLite store (overrides settings.store)");
  run->add_option("--out", run_args.out_dir, "Report folder (overrides settings.reports)");
  run->add_option("--shard", run_args.shard, "Only stories whose id hashes to K of N (K/N)");

  ReportArgs report_args;
  CLI::App* report = app.add_subcommand("report", "Render reports from the store");
  report->add_option("--db", report_args.db_path, "SQLite store")->required();
  report->add_option("--out", report_args.out_dir, "Report folder")->required();
  report->add_option("--story", report_args.stories, "Only this story (repeatable)");

  std::string history_db, history_target;
  CLI::App* history = app.add_subcommand("history", "List stored versions of a URL or story");
  history->add_option("--db", history_db, "SQLite store")->required();
  history->add_option("TARGET", history_target, "URL, file path or story id")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, out, err);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (extract->parsed()) return Extract(extract_args, out, err);
  if (compare->parsed()) return Compare(compare_args, out, err);
  if (match->parsed()) return Match(pairs_path, out, err);
  if (run->parsed()) return Run(run_args, out, err);
  if (report->parsed()) return Report(report_args, out, err);
  if (history->parsed()) return History(history_db, history_target, out, err);
  return kExitUsage;
}

}  // namespace claimdiff::app
