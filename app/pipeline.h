// Stories through the stages: fetch each input, parse it, compare the
// articles. The store, when given, supplies validators for conditional GETs
// and the last body of a page that did not change.
//
// FetchStories is the one fetch path of every command that takes inputs
// (`run`, `compare`, `extract`): every http(s) input goes out as one
// MultiFetcher batch (robots.txt, hosts in parallel, each paced, retries),
// files are read directly. With ParseStory it is the path of `run` and
// `compare`: each story is then parsed on its own. A
// failed fetch is recorded as it happened, and the story is parsed from the
// last good version of that page when the store has one.
#ifndef CLAIMDIFF_APP_PIPELINE_H_
#define CLAIMDIFF_APP_PIPELINE_H_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compare/match.h"
#include "core/model.h"
#include "db/store.h"
#include "fetch/fetcher.h"
#include "fetch/multi_fetcher.h"
#include "parse/parse.h"

namespace claimdiff::app {

struct PipelineOptions {
  fetch::FetchOptions fetch;
  parse::ParseOptions parse;
  compare::MatchOptions match;
  bool as_text = false;  // take every input as plain text
  // Inputs (pages) per story; a longer story is refused before anything
  // is fetched. Real stories have a handful of outlets.
  size_t max_pages_per_story = 500;
  // Claims compared per story. The comparer's time grows faster than
  // linearly with the claims of a story (a generated story of 200 outlets x
  // 60 claims takes about 9 s of CPU, 100 x 60 about 2 s); past this, each page keeps an equal share of its first
  // claims and the rest are left out of the comparison, with a warning on
  // the pages that lost claims.
  size_t max_claims_per_story = 20'000;
};

struct StoryRun {
  Story story;                      // articles parallel to documents
  std::vector<Document> documents;  // as fetched (bodies filled for 304s)
};

// One input as fetched for a story.
struct FetchedInput {
  Document recorded;                   // what happened, as it goes into the store
  std::optional<Document> last_good;   // the last good version, when this fetch failed
  // What the parser reads: the last good version if there is one, else
  // the fetch itself.
  const Document& ForParsing() const { return last_good ? *last_good : recorded; }
};

struct StoryInputs {
  std::string id;
  std::string title;
  std::vector<std::string> inputs;             // URLs and file paths
  std::map<std::string, std::string> outlets;  // input -> outlet name
};

// Fetches the inputs of every story: URLs as one batch through `fetcher`
// (conditional GETs from `store`; duplicates fetched once), files read
// directly. Result parallel to `stories`, each parallel to its inputs.
// A 304 carries the stored body; a page or file whose body hash equals the
// last stored one is kUnchanged. `store` may be null.
// `on_page`, when set, is called on the calling thread after each URL's
// fetch is final, with the URLs done so far, their total and the failures.
using PageProgress = std::function<void(size_t done, size_t total, size_t failed)>;
std::vector<std::vector<FetchedInput>> FetchStories(const std::vector<StoryInputs>& stories,
                                                    bool as_text, fetch::MultiFetcher& fetcher,
                                                    const db::Store* store,
                                                    const PageProgress& on_page = nullptr);

// True when every input came back kUnchanged: the story's articles are the
// ones parsed last time, so it need not be parsed again.
bool AllUnchanged(const std::vector<FetchedInput>& inputs);

// Parses and compares one story's fetched inputs. StoryRun::documents are
// the recorded fetches (for the store), the articles come from ForParsing().
StoryRun ParseStory(const StoryInputs& story, const std::vector<FetchedInput>& inputs,
                    const PipelineOptions& options);

// Cuts the claims of `articles` so that at most `max_claims` remain, each
// page keeping an equal share of its first claims (pages with fewer keep
// all); each page cut gets a warning.
void CapClaims(size_t max_claims, std::vector<Article>* articles);

// Parses and compares documents already at hand (from the store).
Story CompareDocuments(const std::string& id, const std::string& title,
                       const std::vector<Document>& documents, const PipelineOptions& options);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_PIPELINE_H_
