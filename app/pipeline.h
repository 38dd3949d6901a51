// One story through the stages: fetch each input, parse it, compare the
// articles. The store, when given, supplies validators for conditional GETs
// and the last body of a page that did not change.
#ifndef CLAIMDIFF_APP_PIPELINE_H_
#define CLAIMDIFF_APP_PIPELINE_H_

#include <map>
#include <string>
#include <vector>

#include "compare/match.h"
#include "core/model.h"
#include "db/store.h"
#include "fetch/fetcher.h"
#include "parse/parse.h"

namespace claimdiff::app {

struct PipelineOptions {
  fetch::FetchOptions fetch;
  parse::ParseOptions parse;
  compare::MatchOptions match;
  bool as_text = false;  // take every input as plain text
};

struct StoryRun {
  Story story;                      // articles parallel to documents
  std::vector<Document> documents;  // as fetched (bodies filled for 304s)
};

// Fetches, parses and compares. Never fails as a whole: inputs that fail
// become articles with an error. `store` may be null.
StoryRun RunStory(const std::string& id, const std::string& title,
                  const std::vector<std::string>& inputs,
                  const std::map<std::string, std::string>& outlets,
                  const PipelineOptions& options, fetch::HttpClient& client,
                  const db::Store* store);

// Parses and compares documents already at hand (from the store).
Story CompareDocuments(const std::string& id, const std::string& title,
                       const std::vector<Document>& documents, const PipelineOptions& options);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_PIPELINE_H_
