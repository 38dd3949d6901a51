// Job files: the TOML that names a night's stories and its settings.
//
//   [settings]
//   store = "claimdiff.db"        # SQLite file, relative to the working folder
//   reports = "reports"           # report folder, relative to the working folder
//   concurrency = 8               # hosts fetched in parallel
//   per_host_delay_s = 5          # pause between requests to one host
//   contact = "https://..."       # appended to the User-Agent
//   busy_timeout_s = 10           # wait for another process's store lock
//
//   [limits]                      # optional; the defaults are below
//   max_pages_per_story = 500
//
//   [[story]]
//   id = "moscow-delegation"      # stable id: history and sharding key on it
//   title = "..."
//   inputs = ["https://...", "saved/outlet-c.html"]  # paths relative to the job file
//   outlets = { "saved/outlet-c.html" = "Outlet C" }
//
// A bad job file is refused whole, with the file and line of the first
// problem; nothing runs. Job files are trusted input (they are the user's).
#ifndef CLAIMDIFF_APP_JOBS_H_
#define CLAIMDIFF_APP_JOBS_H_

#include <map>
#include <string>
#include <vector>

#include "app/pipeline.h"
#include "core/status.h"
#include "parse/parse.h"
#include "parse/prepass.h"

namespace claimdiff::app {

// How much one story may make claimdiff do, so that one monstrous page or
// story cannot stall a night. The defaults are the stages' own.
struct JobLimits {
  // Inputs per story; a job naming more in one story is refused.
  size_t max_pages_per_story = PipelineOptions{}.max_pages_per_story;
  // Claims compared per story (PipelineOptions::max_claims_per_story).
  size_t max_claims_per_story = PipelineOptions{}.max_claims_per_story;
  // Sentences analysed per page (parse::ParseOptions::max_sentences).
  size_t max_sentences_per_page = parse::ParseOptions{}.max_sentences;
  // Elements read per page (parse::PrepassLimits::max_elements).
  size_t max_elements_per_page = parse::PrepassLimits{}.max_elements;
  // Element nesting kept per page (parse::PrepassLimits::max_nesting_depth).
  size_t max_nesting_depth = parse::PrepassLimits{}.max_nesting_depth;

  // These limits applied to the pipeline's defaults.
  PipelineOptions Apply(PipelineOptions options) const;
};

struct JobSettings {
  std::string store = "claimdiff.db";  // SQLite file
  std::string reports = "reports";     // folder for HTML and JSON
  int concurrency = 8;                 // hosts fetched in parallel
  double per_host_delay_s = 5;         // seconds between requests to one host
  std::string contact;                 // URL or address for the User-Agent
  double busy_timeout_s = 10;          // seconds a write waits for another process's lock
  JobLimits limits;                    // the [limits] table
};

struct StoryJob {
  std::string id;
  std::string title;
  std::vector<std::string> inputs;              // resolved: URLs, or paths from the cwd
  std::map<std::string, std::string> outlets;   // resolved input -> outlet name
};

struct JobFile {
  std::string path;
  JobSettings settings;
  std::vector<StoryJob> stories;
};

StatusOr<JobFile> ReadJobFile(const std::string& path);

// Parses "K/N" (0 <= K < N).
struct Shard {
  uint32_t index = 0;
  uint32_t count = 1;
};
StatusOr<Shard> ParseShard(const std::string& text);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_JOBS_H_
