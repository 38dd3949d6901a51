// The SQLite store: every fetch (with its raw body, zstd-compressed and
// addressed by hash), every version of every article, their claims and
// attributions, each story's clusters per run, and the runs themselves.
//
// Schema and migrations live in store.cc; the schema version is
// PRAGMA user_version and only moves forward. The file is opened in WAL
// mode with foreign keys on and a busy timeout. Each SaveStory call is one
// transaction: a story is stored whole or not at all.
//
// Thread-safety: a Store is used by one thread at a time (it owns one
// sqlite3 connection); open one Store per thread for parallel work.
#ifndef CLAIMDIFF_DB_STORE_H_
#define CLAIMDIFF_DB_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"

struct sqlite3;

namespace claimdiff::db {

// The schema version this build writes.
inline constexpr int kSchemaVersion = 1;

// What the last stored successful fetch of a URL said, for a conditional GET
// and for "unchanged" detection.
struct LastFetch {
  std::string etag;
  std::string last_modified;
  std::string body_hash;  // XXH3-128 hex of the raw body
};

// One stored version of an article.
struct ArticleVersion {
  int64_t id = 0;
  std::string url;
  std::string outlet;
  std::string title;
  std::string content_hash;
  std::string first_seen;  // fetched_at of the fetch that stored it
  std::string text;
};

// One recorded fetch, as `history` and tests read it back.
struct FetchRecord {
  std::string input;
  std::string url;
  std::string final_url;
  std::string fetched_at;
  std::string outcome;  // FetchOutcomeName
  int http_status = 0;
  std::string error;
};

struct RunInfo {
  int64_t id = 0;
  std::string started_at;
  std::string finished_at;
  std::string command;
  std::string status;
};

class Store {
 public:
  // Opens or creates the store at `path` (":memory:" for a private one) and
  // migrates it to kSchemaVersion. Refuses a store from a newer version.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path);

  ~Store();
  Store(const Store&) = delete;  // owns a connection
  Store& operator=(const Store&) = delete;

  int SchemaVersion() const;

  // Records the start of a run; returns its id.
  StatusOr<int64_t> BeginRun(const std::string& command, const std::string& settings_json,
                             const std::string& started_at);
  Status FinishRun(int64_t run_id, const std::string& finished_at, const std::string& status);

  std::optional<LastFetch> LastSuccessfulFetch(const std::string& url) const;

  // The raw body stored under `hash` (XXH3-128 hex of the raw bytes).
  StatusOr<std::string> Body(const std::string& hash) const;

  // Stores the fetched documents of a story, the articles parsed from them
  // (parallel vectors: documents[i] gave story.articles[i]), the claims and
  // the clusters, all in one transaction.
  Status SaveStory(int64_t run_id, const Story& story, const std::vector<Document>& documents);

  // Records fetches that led to no new parse (a story whose inputs all came
  // back unchanged): one fetches row each, bodies stored by hash, all in one
  // transaction. The story's latest parsed run stays what `report` reads.
  Status RecordFetches(int64_t run_id, const std::vector<Document>& documents);

  // Every fetch recorded in run `run_id`, in the order recorded.
  StatusOr<std::vector<FetchRecord>> FetchesOfRun(int64_t run_id) const;

  // The story ids in the store, sorted.
  StatusOr<std::vector<std::string>> StoryIds() const;
  StatusOr<std::string> StoryTitle(const std::string& story_id) const;

  // The documents (with raw bodies) of a story's latest run, in input order:
  // what `claimdiff report` re-renders from.
  StatusOr<std::vector<Document>> LatestDocuments(const std::string& story_id) const;

  // The documents of the run before the latest one, for "changed since".
  StatusOr<std::vector<Document>> PreviousDocuments(const std::string& story_id) const;

  // Every stored version of the article at `url`, oldest first.
  StatusOr<std::vector<ArticleVersion>> Versions(const std::string& url) const;

  // The URLs a story has fetched, in input order of its latest run.
  StatusOr<std::vector<std::string>> StoryUrls(const std::string& story_id) const;

  StatusOr<std::vector<RunInfo>> Runs() const;

 private:
  explicit Store(sqlite3* db);
  Status Exec(const std::string& sql) const;
  Status Migrate();
  StatusOr<std::vector<Document>> DocumentsOfRun(const std::string& story_id, int64_t run_id) const;
  StatusOr<std::vector<int64_t>> RunsOfStory(const std::string& story_id) const;

  sqlite3* db_;  // owned
};

}  // namespace claimdiff::db

#endif  // CLAIMDIFF_DB_STORE_H_
