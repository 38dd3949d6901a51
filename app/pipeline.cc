#include "app/pipeline.h"

#include <algorithm>

#include "compare/align.h"
#include "core/hash.h"

namespace claimdiff::app {

std::vector<std::vector<FetchedInput>> FetchStories(const std::vector<StoryInputs>& stories,
                                                    bool as_text, fetch::MultiFetcher& fetcher,
                                                    const db::Store* store,
                                                    const PageProgress& on_page) {
  // One request per distinct URL, across all stories.
  std::vector<fetch::FetchRequest> requests;
  std::map<std::string, size_t> request_of;
  for (const StoryInputs& s : stories) {
    for (const std::string& input : s.inputs) {
      if (!fetch::IsHttpUrl(input) || request_of.count(input) != 0) continue;
      fetch::FetchRequest req{input, {}, ""};
      if (store != nullptr) {
        if (std::optional<db::LastFetch> last = store->LastSuccessfulFetch(input)) {
          req.validators = fetch::Validators{last->etag, last->last_modified};
          req.last_body_hash = last->body_hash;
        }
      }
      request_of[input] = requests.size();
      requests.push_back(std::move(req));
    }
  }
  std::vector<Document> fetched(requests.size());
  size_t pages_done = 0, pages_failed = 0;
  fetcher.FetchEach(requests, [&](size_t i, Document&& doc) {
    ++pages_done;
    if (doc.outcome != FetchOutcome::kOk && doc.outcome != FetchOutcome::kUnchanged) ++pages_failed;
    fetched[i] = std::move(doc);
    if (on_page) on_page(pages_done, requests.size(), pages_failed);
  });

  std::vector<std::vector<FetchedInput>> out(stories.size());
  for (size_t si = 0; si < stories.size(); ++si) {
    const StoryInputs& s = stories[si];
    for (const std::string& input : s.inputs) {
      FetchedInput fi;
      bool url = fetch::IsHttpUrl(input);
      if (url) {
        fi.recorded = fetched[request_of.at(input)];
        fi.recorded.plain_text = as_text;
      } else {
        fi.recorded = fetch::ReadLocalInput(input, as_text);
      }
      Document& doc = fi.recorded;
      if (auto it = s.outlets.find(input); it != s.outlets.end()) doc.outlet_hint = it->second;
      // Files are looked up by their file:// URL, pages by the URL as given.
      std::optional<db::LastFetch> last;
      if (store != nullptr && input != "-") {
        last = store->LastSuccessfulFetch(url ? input : doc.url);
      }
      if (doc.outcome == FetchOutcome::kUnchanged && doc.body.empty()) {
        // 304: the body is the one stored last time.
        StatusOr<std::string> body = last ? store->Body(last->body_hash)
                                          : StatusOr<std::string>(Status::NotFound("no fetch"));
        if (body.ok()) {
          doc.body = std::move(body).value();
        } else {
          doc.outcome = FetchOutcome::kHttpError;
          doc.error = input + ": 304 Not Modified but no stored body: " + body.status().ToString();
        }
      } else if (doc.outcome == FetchOutcome::kOk && last && Hash128Hex(doc.body) == last->body_hash) {
        doc.outcome = FetchOutcome::kUnchanged;
      }
      if (doc.outcome != FetchOutcome::kOk && doc.outcome != FetchOutcome::kUnchanged && last) {
        // A failed fetch never replaces the last good version: parse that.
        StatusOr<std::string> body = store->Body(last->body_hash);
        if (body.ok()) {
          Document good = doc;
          good.outcome = FetchOutcome::kUnchanged;
          good.error.clear();
          good.body = std::move(body).value();
          good.etag = last->etag;
          good.last_modified = last->last_modified;
          fi.last_good = std::move(good);
        }
      }
      out[si].push_back(std::move(fi));
    }
  }
  return out;
}

bool AllUnchanged(const std::vector<FetchedInput>& inputs) {
  if (inputs.empty()) return false;
  return std::all_of(inputs.begin(), inputs.end(), [](const FetchedInput& fi) {
    return fi.recorded.outcome == FetchOutcome::kUnchanged;
  });
}

StoryRun ParseStory(const StoryInputs& story, const std::vector<FetchedInput>& inputs,
                    const PipelineOptions& options) {
  StoryRun run;
  std::vector<Document> for_parsing;
  for (const FetchedInput& fi : inputs) {
    run.documents.push_back(fi.recorded);
    for_parsing.push_back(fi.ForParsing());
  }
  run.story = CompareDocuments(story.id, story.title, for_parsing, options);
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
  CapClaims(options.max_claims_per_story, &story.articles);
  compare::CompareStory(&story, options.match);
  return story;
}

void CapClaims(size_t max_claims, std::vector<Article>* articles) {
  size_t total = 0;
  for (const Article& a : *articles) total += a.claims.size();
  if (total <= max_claims) return;
  // The largest share `cap` with sum(min(claims, cap)) <= max_claims:
  // small pages keep all their claims, large ones are cut to the same size.
  size_t low = 0, high = max_claims;
  while (low < high) {
    size_t mid = low + (high - low + 1) / 2;
    size_t used = 0;
    for (const Article& a : *articles) used += std::min(a.claims.size(), mid);
    if (used <= max_claims) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  for (Article& a : *articles) {
    if (a.claims.size() <= low) continue;
    a.warnings.push_back("the story has more than " + std::to_string(max_claims) +
                         " claims: only the first " + std::to_string(low) + " of this page's " +
                         std::to_string(a.claims.size()) + " were compared");
    a.claims.resize(low);
  }
}

}  // namespace claimdiff::app
