#include "app/pipeline.h"

#include "compare/align.h"
#include "core/hash.h"

namespace claimdiff::app {

StoryRun RunStory(const std::string& id, const std::string& title,
                  const std::vector<std::string>& inputs,
                  const std::map<std::string, std::string>& outlets,
                  const PipelineOptions& options, fetch::HttpClient& client,
                  const db::Store* store) {
  StoryRun run;
  for (const std::string& input : inputs) {
    fetch::Validators validators;
    std::optional<db::LastFetch> last;
    if (store != nullptr && fetch::IsHttpUrl(input)) {
      last = store->LastSuccessfulFetch(input);
      if (last) validators = fetch::Validators{last->etag, last->last_modified};
    }
    Document doc = fetch::FetchInput(input, client, validators, options.as_text);
    auto it = outlets.find(input);
    if (it != outlets.end()) doc.outlet_hint = it->second;
    if (doc.outcome == FetchOutcome::kUnchanged && last) {
      // 304: the body is the one stored last time.
      StatusOr<std::string> body = store->Body(last->body_hash);
      if (body.ok()) {
        doc.body = std::move(body).value();
      } else {
        doc.outcome = FetchOutcome::kHttpError;
        doc.error = input + ": 304 Not Modified but no stored body: " + body.status().ToString();
      }
    } else if (doc.outcome == FetchOutcome::kOk && last && Hash128Hex(doc.body) == last->body_hash) {
      doc.outcome = FetchOutcome::kUnchanged;
    }
    run.documents.push_back(std::move(doc));
  }
  run.story = CompareDocuments(id, title, run.documents, options);
  return run;
}

Story CompareDocuments(const std::string& id, const std::string& title,
                       const std::vector<Document>& documents, const PipelineOptions& options) {
  Story story;
  story.id = id;
  story.title = title;
  for (const Document& doc : documents) {
    story.articles.push_back(parse::ParseDocument(doc, options.parse));
  }
  if (story.title.empty()) {
    for (const Article& a : story.articles) {
      if (!a.title.empty()) {
        story.title = a.title;
        break;
      }
    }
  }
  compare::CompareStory(&story, options.match);
  return story;
}

}  // namespace claimdiff::app
