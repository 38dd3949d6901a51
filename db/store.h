// The SQLite store: every fetch (with its raw body, zstd-compressed and
// addressed by hash), every version of every article, their claims and
// attributions, each story's clusters per run, and the runs themselves.
//
// Schema and migrations live in store.cc, run leases in lease.cc and kept
// robots.txt answers in robots.cc; the schema version is
// PRAGMA user_version and only moves forward. The file is opened in WAL
// mode with foreign keys on and a busy timeout. Each SaveStory call is one
// transaction: a story is stored whole or not at all.
//
// Thread-safety: a Store is used by one thread at a time (it owns one
// sqlite3 connection); open one Store per thread for parallel work.
#ifndef CLAIMDIFF_DB_STORE_H_
#define CLAIMDIFF_DB_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"

struct sqlite3;

namespace claimdiff::db {

// The schema version this build writes.
inline constexpr int kSchemaVersion = 4;

struct StoreOptions {
  // How long a write waits for another process's write lock before it
  // fails with "locked", in milliseconds.
  int busy_timeout_ms = 10000;
};

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
  std::vector<std::string> redirects;  // URLs asked before final_url, in order
};

// A robots.txt answer kept across runs, by "scheme://host:port".
struct StoredRobots {
  std::string host_key;
  int http_status = 0;      // 2xx: `body` is the file; 4xx: there is none
  std::string body;         // at most fetch/robots.h's kMaxRobotsBytes
  std::string fetched_at;   // ISO 8601 UTC, for people
  int64_t fetched_unix = 0;  // seconds since the epoch, for the expiry
};

// The run lease of one job key: which process runs the job now. The
// policy (when a holder counts as gone) is the caller's; the store only
// makes taking, renewing and dropping a lease atomic.
struct Lease {
  std::string job_key;
  std::string token;         // unique to one holder; renewing and dropping go by it
  int64_t pid = 0;
  std::string host;          // gethostname() of the holder
  std::string started_at;    // ISO 8601 UTC: when the holder took the lease
  std::string heartbeat_at;  // ISO 8601 UTC: when the holder last renewed it
};

// What TakeLease found and did.
struct LeaseTake {
  bool taken = false;           // the lease is now the caller's
  std::optional<Lease> before;  // its holder before the call; nothing when it was free
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
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path,
                                               const StoreOptions& options = {});

  ~Store();
  Store(const Store&) = delete;  // owns a connection
  Store& operator=(const Store&) = delete;

  int SchemaVersion() const;

  // Records the start of a run; returns its id.
  // `job_key` names the job file and shard of a `run` (empty otherwise):
  // an unfinished run with the same key can be resumed.
  StatusOr<int64_t> BeginRun(const std::string& command, const std::string& settings_json,
                             const std::string& started_at, const std::string& job_key = "");

  // The latest unfinished run (no finished_at) of `job_key` that started at
  // or after `not_before` (ISO 8601 UTC), if any.
  StatusOr<std::optional<int64_t>> UnfinishedRun(const std::string& job_key,
                                                 const std::string& not_before) const;
  // Marks unfinished runs of `job_key` that started before `before` as
  // abandoned (they are not resumed any more).
  Status AbandonRunsBefore(const std::string& job_key, const std::string& before);

  // The stories stored in run `run_id` (run_stories), sorted, with their
  // status: "done", "failed" or "unchanged".
  StatusOr<std::vector<std::pair<std::string, std::string>>> StoriesOfRun(int64_t run_id) const;
  Status FinishRun(int64_t run_id, const std::string& finished_at, const std::string& status);

  // Run leases (lease.cc). TakeLease gives `mine.job_key` to `mine`, in
  // one transaction, when nobody holds it or when `may_replace(holder)`
  // says the holder is gone; otherwise it writes nothing.
  StatusOr<LeaseTake> TakeLease(const Lease& mine,
                                const std::function<bool(const Lease&)>& may_replace);
  // Sets the heartbeat of `mine`; NotFound when its token no longer holds
  // the lease (another run took it over).
  Status RenewLease(const Lease& mine, const std::string& heartbeat_at);
  // Drops the lease if `mine` still holds it.
  Status ReleaseLease(const Lease& mine);
  // The lease of `job_key`, if anyone holds it.
  StatusOr<std::optional<Lease>> LeaseOf(const std::string& job_key) const;

  // robots.txt answers kept across runs (robots.cc): the one stored for
  // `host_key`, if any; and storing one (replacing the older).
  StatusOr<std::optional<StoredRobots>> Robots(const std::string& host_key) const;
  Status SaveRobots(const StoredRobots& robots);

  std::optional<LastFetch> LastSuccessfulFetch(const std::string& url) const;

  // The raw body stored under `hash` (XXH3-128 hex of the raw bytes).
  StatusOr<std::string> Body(const std::string& hash) const;

  // Stores the fetched documents of a story, the articles parsed from them
  // (parallel vectors: documents[i] gave story.articles[i]), the claims and
  // the clusters, all in one transaction.
  // Also records the story in run_stories with `status`; a story is stored
  // at most once per run (a second save of it fails and changes nothing).
  Status SaveStory(int64_t run_id, const Story& story, const std::vector<Document>& documents,
                   const std::string& status = "done");

  // Records fetches that led to no new parse (a story whose inputs all came
  // back unchanged): one fetches row each, bodies stored by hash, all in one
  // transaction. The story's latest parsed run stays what `report` reads.
  // With a `story_id`, the story is recorded in run_stories as "unchanged"
  // in the same transaction.
  Status RecordFetches(int64_t run_id, const std::vector<Document>& documents,
                       const std::string& story_id = "");

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

  // When the latest run that parsed the story started ("" when none did).
  StatusOr<std::string> LatestRunStart(const std::string& story_id) const;

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
