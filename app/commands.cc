#include "app/commands.h"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>

#include "app/command_support.h"
#include "app/extract_command.h"
#include "app/history_command.h"
#include "app/pairs_tsv.h"
#include "app/jobs.h"
#include "app/pipeline.h"
#include "app/report_command.h"
#include "app/robots_cache.h"
#include "app/run_command.h"
#include "app/version.h"
#include "compare/match.h"
#include "core/hash.h"
#include "core/json.h"
#include "db/store.h"
#include "fetch/fetcher.h"
#include "fetch/multi_fetcher.h"
#include "parse/parse.h"
#include "parse/sentences.h"
#include "reports/changes.h"
#include "reports/claimreview.h"
#include "reports/html.h"
#include "reports/story_json.h"

namespace claimdiff::app {

namespace {

// ------------------------------------------------------------------ compare

struct CompareArgs {
  std::vector<std::string> inputs;
  std::string json_path;
  std::string html_path;
  std::string db_path;
  std::string id;
  std::string title;
  std::string as;
  double delay_s = kDefaultPerHostDelayS;
};

int Compare(const CompareArgs& args, std::ostream& out, std::ostream& err) {
  StatusOr<std::vector<std::string>> inputs = fetch::ExpandInputs(args.inputs);
  if (!inputs.ok()) {
    err << "claimdiff compare: " << inputs.status().message() << "\n";
    return kExitFailure;
  }
  PipelineOptions options;
  if (inputs->size() > options.max_pages_per_story) {
    err << "claimdiff compare: " << inputs->size() << " inputs; a story takes at most "
        << options.max_pages_per_story << " (limits.max_pages_per_story in a job file)\n";
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
  options.as_text = args.as == "text";
  std::string id = args.id;
  if (id.empty()) {
    std::string joined;
    for (const std::string& i : *inputs) joined += i + "\n";
    id = "compare-" + Hash128Hex(joined).substr(0, 12);
  }
  fetch::MultiFetcher fetcher(FetcherOptions(kDefaultConcurrency, args.delay_s, ""));
  std::optional<StoreRobotsCache> robots_cache;
  if (store) {
    robots_cache.emplace(*store);
    fetcher.set_robots_cache(&*robots_cache);
  }
  StoryInputs story{id, args.title, *inputs, {}};
  std::vector<std::vector<FetchedInput>> fetched =
      FetchStories({story}, options.as_text, fetcher, store.get());
  StoryRun run = ParseStory(story, fetched[0], options);
  int exit_code = kExitOk;
  for (const Article& a : run.story.articles) {
    if (a.error) {
      err << "claimdiff compare: " << NamingInput(a.input, *a.error) << "\n";
      exit_code = kExitFailure;
    }
    for (const std::string& w : a.warnings) {
      err << "claimdiff compare: " << a.input << ": warning: " << w << "\n";
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
    reports::StoryPageOptions page;
    SetFetchDetails(run.documents, &page);
    if (Status s = WriteFileAtomic(args.html_path, reports::RenderStoryHtml(run.story, page));
        !s.ok()) {
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
  StatusOr<std::vector<SentencePair>> parsed = ParseSentencePairs(content);
  if (!parsed.ok()) {
    err << "claimdiff match: " << path << ": " << parsed.status().message() << "\n";
    return kExitFailure;
  }
  const std::vector<SentencePair>& pairs = *parsed;
  // Each sentence goes through the parse stage (kind, attributions,
  // numbers, names), then all pairs are judged together so that word
  // statistics come from the whole file.
  std::vector<std::pair<Claim, Claim>> claims;
  claims.reserve(pairs.size());
  for (const SentencePair& p : pairs) {
    claims.emplace_back(parse::ClaimFromSentence(p.a), parse::ClaimFromSentence(p.b));
  }
  compare::MatchOptions options;
  std::vector<compare::PairResult> results = compare::MatchClaimPairs(claims, options);
  for (size_t i = 0; i < pairs.size(); ++i) {
    const SentencePair& p = pairs[i];
    const compare::PairResult& r = results[i];
    Json j;
    j["id"] = p.id;
    j["verdict"] = compare::PairVerdictName(r.verdict);
    j["score"] = std::round(r.score * 10000) / 10000;
    Json conflicts = Json::array();
    for (const Conflict& c : r.conflicts) {
      Json cj{{"type", c.type}, {"a", c.left_text}, {"b", c.right_text}, {"detail", c.detail}};
      if (!c.word_diff.empty()) cj["word_diff"] = WordDiffToJson(c.word_diff);
      conflicts.push_back(std::move(cj));
    }
    j["conflicts"] = std::move(conflicts);
    out << DumpJson(j) << "\n";
  }
  out.flush();
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
  app.set_version_flag("--version", VersionText());

  ExtractArgs extract_args;
  CLI::App* extract = app.add_subcommand("extract", "Extract article text, metadata and claims");
  extract->add_option("--format", extract_args.format, "Output format")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->capture_default_str();
  extract->add_option("--as", extract_args.as, "Take inputs as 'text' (no HTML extraction)")
      ->check(CLI::IsMember({"text", "html"}));
  extract->add_option("--jobs", extract_args.jobs, "Parsing threads (output keeps input order)")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  extract->add_option("--delay", extract_args.delay_s, "Seconds between requests to one host")
      ->check(CLI::NonNegativeNumber)
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
  compare->add_option("--delay", compare_args.delay_s, "Seconds between requests to one host")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
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
  run->footer(
      "Exit codes: 0 every story ran; 1 the run could not start or an output failed; 2 bad "
      "usage; 3 some stories failed (the others are stored); 4 another run of the same job and "
      "shard is in progress (it holds the job's lease in the store; nothing was touched).");
  run->add_option("JOBS", run_args.job_path, "TOML job file")->required();
  run->add_option("--db", run_args.db_path, "SQLite store (overrides settings.store)");
  run->add_option("--out", run_args.out_dir, "Report folder (overrides settings.reports)");
  run->add_option("--shard", run_args.shard, "Only stories whose id hashes to K of N (K/N)");
  run->add_option("--delay", run_args.delay_s,
                  "Seconds between requests to one host (overrides settings.per_host_delay_s)")
      ->check(CLI::NonNegativeNumber);
  run->add_option("--busy-timeout", run_args.busy_timeout_s,
                  "Seconds to wait for another process's lock on the store "
                  "(overrides settings.busy_timeout_s)")
      ->check(CLI::NonNegativeNumber);

  ReportArgs report_args;
  CLI::App* report = app.add_subcommand("report", "Render reports from the store");
  report->add_option("--db", report_args.db_paths,
                     "SQLite store (repeat for the stores of a sharded night)")
      ->required();
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
