#include "db/store.h"

#include <sqlite3.h>
#include <zstd.h>

#include <algorithm>
#include <filesystem>
#include <utility>

#include "core/hash.h"
#include "db/sqlite.h"

namespace claimdiff::db {

namespace {

// Forward migrations: kMigrations[i] takes the schema from version i to i+1.
// Never edit a released step; append a new one.
const char* const kMigrations[] = {
    // 0 -> 1
    R"sql(
CREATE TABLE runs(
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  command     TEXT NOT NULL,
  settings    TEXT NOT NULL DEFAULT '{}',
  status      TEXT NOT NULL DEFAULT 'running'
);
CREATE TABLE stories(
  id    TEXT PRIMARY KEY,
  title TEXT NOT NULL DEFAULT ''
);
-- Raw bodies, zstd-compressed, addressed by the XXH3-128 of the raw bytes.
CREATE TABLE bodies(
  hash TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  zstd BLOB NOT NULL
);
CREATE TABLE fetches(
  id            INTEGER PRIMARY KEY,
  run_id        INTEGER NOT NULL REFERENCES runs(id),
  input         TEXT NOT NULL,
  url           TEXT NOT NULL,
  final_url     TEXT NOT NULL DEFAULT '',
  fetched_at    TEXT NOT NULL,
  outcome       TEXT NOT NULL,
  http_status   INTEGER NOT NULL DEFAULT 0,
  content_type  TEXT NOT NULL DEFAULT '',
  etag          TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  body_hash     TEXT REFERENCES bodies(hash),
  plain_text    INTEGER NOT NULL DEFAULT 0,
  outlet_hint   TEXT NOT NULL DEFAULT '',
  error         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fetches_by_url ON fetches(url, id);
-- One row per version: a new row only when the text of a URL changed.
CREATE TABLE articles(
  id           INTEGER PRIMARY KEY,
  fetch_id     INTEGER NOT NULL REFERENCES fetches(id),
  url          TEXT NOT NULL,
  outlet       TEXT NOT NULL DEFAULT '',
  title        TEXT NOT NULL DEFAULT '',
  byline       TEXT NOT NULL DEFAULT '',
  published    TEXT,
  modified     TEXT,
  language     TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL,
  text         TEXT NOT NULL
);
CREATE INDEX articles_by_url ON articles(url, id);
CREATE TABLE claims(
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  claim_key  TEXT NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  hedged     INTEGER NOT NULL DEFAULT 0,
  UNIQUE(article_id, claim_key)
);
CREATE TABLE attributions(
  id               INTEGER PRIMARY KEY,
  claim_id         INTEGER NOT NULL REFERENCES claims(id),
  source_text      TEXT NOT NULL,
  source_canonical TEXT NOT NULL,
  source_type      TEXT NOT NULL,
  cue              TEXT NOT NULL,
  content_start    INTEGER NOT NULL,
  content_end      INTEGER NOT NULL
);
-- Which fetch (and article version) stood at which input position of a
-- story in a run.
CREATE TABLE story_inputs(
  story_id   TEXT NOT NULL REFERENCES stories(id),
  run_id     INTEGER NOT NULL REFERENCES runs(id),
  position   INTEGER NOT NULL,
  fetch_id   INTEGER NOT NULL REFERENCES fetches(id),
  article_id INTEGER REFERENCES articles(id),
  PRIMARY KEY(story_id, run_id, position)
);
CREATE TABLE clusters(
  id          INTEGER PRIMARY KEY,
  story_id    TEXT NOT NULL REFERENCES stories(id),
  run_id      INTEGER NOT NULL REFERENCES runs(id),
  cluster_key TEXT NOT NULL,
  verdict     TEXT NOT NULL,
  score       REAL NOT NULL,
  UNIQUE(story_id, run_id, cluster_key)
);
CREATE TABLE cluster_members(
  cluster_id INTEGER NOT NULL REFERENCES clusters(id),
  claim_id   INTEGER NOT NULL REFERENCES claims(id),
  PRIMARY KEY(cluster_id, claim_id)
);
)sql",
    // 1 -> 2: which stories each run stored (for resuming an interrupted
    // run without doing a story twice), the job a run came from, and
    // indexes for the queries of `report`, `history` and resume.
    R"sql(
ALTER TABLE runs ADD COLUMN job_key TEXT NOT NULL DEFAULT '';
CREATE INDEX runs_by_job ON runs(job_key, id);
CREATE TABLE run_stories(
  run_id   INTEGER NOT NULL REFERENCES runs(id),
  story_id TEXT NOT NULL REFERENCES stories(id),
  status   TEXT NOT NULL,
  PRIMARY KEY(run_id, story_id)
);
CREATE INDEX fetches_by_run ON fetches(run_id);
CREATE INDEX fetches_by_input ON fetches(input);
CREATE INDEX fetches_by_final_url ON fetches(final_url);
CREATE INDEX articles_by_fetch ON articles(fetch_id);
CREATE INDEX story_inputs_by_run ON story_inputs(run_id);
CREATE INDEX clusters_by_story_run ON clusters(story_id, run_id);
CREATE INDEX cluster_members_by_claim ON cluster_members(claim_id);
CREATE INDEX attributions_by_claim ON attributions(claim_id);
)sql",
    // 2 -> 3: the run lease of each job key (see lease.cc): who runs the
    // job now, since when, and when it last said it is alive.
    R"sql(
CREATE TABLE run_leases(
  job_key      TEXT PRIMARY KEY,
  token        TEXT NOT NULL,
  pid          INTEGER NOT NULL,
  host         TEXT NOT NULL,
  started_at   TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL
);
)sql",
    // 3 -> 4: each fetch's redirect chain (the URLs asked before final_url,
    // one per line), and robots.txt answers kept across runs (robots.cc).
    R"sql(
ALTER TABLE fetches ADD COLUMN redirects TEXT NOT NULL DEFAULT '';
CREATE TABLE robots(
  host_key     TEXT PRIMARY KEY,
  http_status  INTEGER NOT NULL,
  body         TEXT NOT NULL,
  fetched_at   TEXT NOT NULL,
  fetched_unix INTEGER NOT NULL
);
)sql",
};

// One fetches row; PutFetch binds it.
constexpr const char* kInsertFetch =
    "INSERT INTO fetches(run_id, input, url, final_url, fetched_at, outcome, http_status, "
    "content_type, etag, last_modified, body_hash, plain_text, outlet_hint, error, redirects) "
    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

// A redirect chain as stored: one URL per line (a URL holds no line break).
std::string JoinLines(const std::vector<std::string>& urls) {
  std::string out;
  for (const std::string& u : urls) {
    if (!out.empty()) out += '\n';
    out += u;
  }
  return out;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}
constexpr int kMigrationCount = sizeof(kMigrations) / sizeof(kMigrations[0]);
static_assert(kMigrationCount == kSchemaVersion, "one migration step per schema version");

Status PutFetch(int64_t run_id, const Document& doc, const std::optional<std::string>& body_hash,
                Statement* put_fetch) {
  put_fetch->Reset();
  put_fetch->Bind(1, run_id).Bind(2, doc.input).Bind(3, doc.url).Bind(4, doc.final_url);
  put_fetch->Bind(5, doc.fetched_at).Bind(6, std::string(FetchOutcomeName(doc.outcome)));
  put_fetch->Bind(7, static_cast<int64_t>(doc.http_status)).Bind(8, doc.content_type);
  put_fetch->Bind(9, doc.etag).Bind(10, doc.last_modified).Bind(11, body_hash);
  put_fetch->Bind(12, static_cast<int64_t>(doc.plain_text ? 1 : 0)).Bind(13, doc.outlet_hint);
  put_fetch->Bind(14, doc.error).Bind(15, JoinLines(doc.redirects));
  return put_fetch->Run();
}

std::string Compress(const std::string& raw) {
  std::string out(ZSTD_compressBound(raw.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), raw.data(), raw.size(), 3);
  if (ZSTD_isError(n)) return {};
  out.resize(n);
  return out;
}

StatusOr<std::string> Decompress(const std::string& packed, int64_t size, const std::string& hash) {
  std::string out(static_cast<size_t>(size), '\0');
  size_t n = ZSTD_decompress(out.data(), out.size(), packed.data(), packed.size());
  if (ZSTD_isError(n) || n != out.size()) {
    return Status::Corruption("stored body " + hash + " does not decompress");
  }
  return out;
}

}  // namespace

Store::Store(sqlite3* db) : db_(db) {}

Store::~Store() { sqlite3_close_v2(db_); }

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                             const StoreOptions& options) {
  if (path != ":memory:" && !path.empty()) {
    std::filesystem::path parent = std::filesystem::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    if (ec) return Status::IoError(path + ": cannot create folder: " + ec.message());
  }
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  std::unique_ptr<Store> store(new Store(raw));
  if (rc != SQLITE_OK) {
    return Status::IoError(path + ": cannot open store: " +
                           (raw ? sqlite3_errmsg(raw) : "out of memory"));
  }
  sqlite3_busy_timeout(raw, std::max(0, options.busy_timeout_ms));
  Status s = store->Exec("PRAGMA foreign_keys = ON");
  if (s.ok()) s = store->Exec("PRAGMA journal_mode = WAL");
  if (s.ok()) s = store->Exec("PRAGMA synchronous = NORMAL");
  if (s.ok()) s = store->Migrate();
  if (!s.ok()) return s.WithContext(path);
  return store;
}

Status Store::Exec(const std::string& sql) const {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
    sqlite3_free(err);
    return LockedError();
  }
  std::string msg = err != nullptr ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT) return Status::Corruption("sqlite: " + msg);
  return Status::IoError("sqlite: " + msg);
}

int Store::SchemaVersion() const {
  Statement st(db_, "PRAGMA user_version");
  return st.Step() ? static_cast<int>(st.Int(0)) : -1;
}

Status Store::Migrate() {
  int version = SchemaVersion();
  if (version < 0) return Status::Corruption("cannot read the schema version (not a claimdiff store?)");
  if (version > kSchemaVersion) {
    return Status::InvalidArgument("store has schema version " + std::to_string(version) +
                                   ", newer than this claimdiff (" +
                                   std::to_string(kSchemaVersion) + ")");
  }
  for (int v = version; v < kSchemaVersion; ++v) {
    Transaction tx(db_);
    CLAIMDIFF_RETURN_IF_ERROR(tx.Begun());
    CLAIMDIFF_RETURN_IF_ERROR(Exec(kMigrations[v]));
    CLAIMDIFF_RETURN_IF_ERROR(Exec("PRAGMA user_version = " + std::to_string(v + 1)));
    CLAIMDIFF_RETURN_IF_ERROR(tx.Commit());
  }
  return Status::Ok();
}

StatusOr<int64_t> Store::BeginRun(const std::string& command, const std::string& settings_json,
                                  const std::string& started_at, const std::string& job_key) {
  Statement st(db_,
               "INSERT INTO runs(started_at, command, settings, job_key) VALUES(?, ?, ?, ?)");
  st.Bind(1, started_at).Bind(2, command).Bind(3, settings_json).Bind(4, job_key);
  CLAIMDIFF_RETURN_IF_ERROR(st.Run());
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
}

Status Store::FinishRun(int64_t run_id, const std::string& finished_at, const std::string& status) {
  Statement st(db_, "UPDATE runs SET finished_at = ?, status = ? WHERE id = ?");
  st.Bind(1, finished_at).Bind(2, status).Bind(3, run_id);
  return st.Run();
}

StatusOr<std::optional<int64_t>> Store::UnfinishedRun(const std::string& job_key,
                                                      const std::string& not_before) const {
  Statement st(db_,
               "SELECT id FROM runs WHERE job_key = ? AND finished_at IS NULL "
               "AND status = 'running' AND started_at >= ? ORDER BY id DESC LIMIT 1");
  st.Bind(1, job_key).Bind(2, not_before);
  if (st.Step()) return std::optional<int64_t>(st.Int(0));
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return std::optional<int64_t>();
}

Status Store::AbandonRunsBefore(const std::string& job_key, const std::string& before) {
  Statement st(db_,
               "UPDATE runs SET status = 'abandoned' WHERE job_key = ? AND finished_at IS NULL "
               "AND status = 'running' AND started_at < ?");
  st.Bind(1, job_key).Bind(2, before);
  return st.Run();
}

StatusOr<std::vector<std::pair<std::string, std::string>>> Store::StoriesOfRun(
    int64_t run_id) const {
  Statement st(db_, "SELECT story_id, status FROM run_stories WHERE run_id = ? ORDER BY story_id");
  st.Bind(1, run_id);
  std::vector<std::pair<std::string, std::string>> out;
  while (st.Step()) out.emplace_back(st.Text(0), st.Text(1));
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return out;
}

std::optional<LastFetch> Store::LastSuccessfulFetch(const std::string& url) const {
  Statement st(db_,
               "SELECT etag, last_modified, body_hash FROM fetches "
               "WHERE url = ? AND outcome IN ('ok', 'unchanged') AND body_hash IS NOT NULL "
               "ORDER BY id DESC LIMIT 1");
  st.Bind(1, url);
  if (!st.Step()) return std::nullopt;
  return LastFetch{st.Text(0), st.Text(1), st.Text(2)};
}

StatusOr<std::string> Store::Body(const std::string& hash) const {
  Statement st(db_, "SELECT size, zstd FROM bodies WHERE hash = ?");
  st.Bind(1, hash);
  if (st.Step()) return Decompress(st.Blob(1), st.Int(0), hash);
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return Status::NotFound("no stored body " + hash);
}

Status Store::SaveStory(int64_t run_id, const Story& story, const std::vector<Document>& documents,
                        const std::string& status) {
  if (documents.size() != story.articles.size()) {
    return Status::Internal("SaveStory: documents and articles differ in number");
  }
  Transaction tx(db_);
  CLAIMDIFF_RETURN_IF_ERROR(tx.Begun());

  Statement up_story(db_,
                     "INSERT INTO stories(id, title) VALUES(?, ?) "
                     "ON CONFLICT(id) DO UPDATE SET title = excluded.title");
  up_story.Bind(1, story.id).Bind(2, story.title);
  CLAIMDIFF_RETURN_IF_ERROR(up_story.Run());
  Statement mark(db_, "INSERT INTO run_stories(run_id, story_id, status) VALUES(?, ?, ?)");
  mark.Bind(1, run_id).Bind(2, story.id).Bind(3, status);
  CLAIMDIFF_RETURN_IF_ERROR(mark.Run());

  Statement put_body(db_, "INSERT OR IGNORE INTO bodies(hash, size, zstd) VALUES(?, ?, ?)");
  Statement put_fetch(db_, kInsertFetch);
  Statement latest_article(db_,
                           "SELECT id, content_hash FROM articles WHERE url = ? "
                           "ORDER BY id DESC LIMIT 1");
  Statement put_article(db_,
                        "INSERT INTO articles(fetch_id, url, outlet, title, byline, published, "
                        "modified, language, content_hash, text) VALUES(?,?,?,?,?,?,?,?,?,?)");
  Statement put_claim(db_,
                      "INSERT INTO claims(article_id, claim_key, start, end, text, kind, hedged) "
                      "VALUES(?,?,?,?,?,?,?)");
  Statement put_attr(db_,
                     "INSERT INTO attributions(claim_id, source_text, source_canonical, "
                     "source_type, cue, content_start, content_end) VALUES(?,?,?,?,?,?,?)");
  Statement find_claim(db_, "SELECT id FROM claims WHERE article_id = ? AND claim_key = ?");
  Statement put_input(db_,
                      "INSERT OR REPLACE INTO story_inputs(story_id, run_id, position, fetch_id, "
                      "article_id) VALUES(?,?,?,?,?)");
  for (Statement* st : {&put_body, &put_fetch, &latest_article, &put_article, &put_claim,
                        &put_attr, &find_claim, &put_input}) {
    CLAIMDIFF_RETURN_IF_ERROR(st->status());
  }

  std::vector<int64_t> article_ids(documents.size(), 0);
  for (size_t i = 0; i < documents.size(); ++i) {
    const Document& doc = documents[i];
    const Article& article = story.articles[i];
    std::optional<std::string> body_hash;
    if (!doc.body.empty()) {
      body_hash = Hash128Hex(doc.body);
      std::string packed = Compress(doc.body);
      put_body.Reset();
      put_body.Bind(1, *body_hash).Bind(2, static_cast<int64_t>(doc.body.size())).BindBlob(3, packed);
      CLAIMDIFF_RETURN_IF_ERROR(put_body.Run());
    }
    CLAIMDIFF_RETURN_IF_ERROR(PutFetch(run_id, doc, body_hash, &put_fetch));
    int64_t fetch_id = sqlite3_last_insert_rowid(db_);

    std::optional<int64_t> article_id;
    if (!article.error) {
      latest_article.Reset();
      latest_article.Bind(1, article.url);
      if (latest_article.Step() && latest_article.Text(1) == article.content_hash) {
        article_id = latest_article.Int(0);  // same text: the same version
      }
      CLAIMDIFF_RETURN_IF_ERROR(latest_article.status());
      if (!article_id) {
        put_article.Reset();
        put_article.Bind(1, fetch_id).Bind(2, article.url).Bind(3, article.outlet);
        put_article.Bind(4, article.title).Bind(5, article.byline).Bind(6, article.published);
        put_article.Bind(7, article.modified).Bind(8, article.language);
        put_article.Bind(9, article.content_hash).Bind(10, article.text);
        CLAIMDIFF_RETURN_IF_ERROR(put_article.Run());
        article_id = sqlite3_last_insert_rowid(db_);
        for (const Claim& c : article.claims) {
          put_claim.Reset();
          put_claim.Bind(1, *article_id).Bind(2, c.id);
          put_claim.Bind(3, static_cast<int64_t>(c.span.start));
          put_claim.Bind(4, static_cast<int64_t>(c.span.end)).Bind(5, c.text);
          put_claim.Bind(6, std::string(ClaimKindName(c.kind)));
          put_claim.Bind(7, static_cast<int64_t>(c.hedged ? 1 : 0));
          CLAIMDIFF_RETURN_IF_ERROR(put_claim.Run());
          int64_t claim_id = sqlite3_last_insert_rowid(db_);
          for (const Attribution& a : c.attributions) {
            put_attr.Reset();
            put_attr.Bind(1, claim_id).Bind(2, a.source.text).Bind(3, a.source.canonical);
            put_attr.Bind(4, std::string(SourceTypeName(a.source_type))).Bind(5, a.cue.text);
            put_attr.Bind(6, static_cast<int64_t>(a.content.start));
            put_attr.Bind(7, static_cast<int64_t>(a.content.end));
            CLAIMDIFF_RETURN_IF_ERROR(put_attr.Run());
          }
        }
      }
      article_ids[i] = *article_id;
    }
    put_input.Reset();
    put_input.Bind(1, story.id).Bind(2, run_id).Bind(3, static_cast<int64_t>(i)).Bind(4, fetch_id);
    if (article_id) {
      put_input.Bind(5, *article_id);
    }
    CLAIMDIFF_RETURN_IF_ERROR(put_input.Run());
  }

  Statement put_cluster(db_,
                        "INSERT INTO clusters(story_id, run_id, cluster_key, verdict, score) "
                        "VALUES(?,?,?,?,?)");
  Statement put_member(db_, "INSERT OR IGNORE INTO cluster_members(cluster_id, claim_id) VALUES(?,?)");
  CLAIMDIFF_RETURN_IF_ERROR(put_cluster.status());
  CLAIMDIFF_RETURN_IF_ERROR(put_member.status());
  for (const Cluster& cluster : story.clusters) {
    put_cluster.Reset();
    put_cluster.Bind(1, story.id).Bind(2, run_id).Bind(3, cluster.id);
    put_cluster.Bind(4, std::string(VerdictName(cluster.verdict))).Bind(5, cluster.score);
    CLAIMDIFF_RETURN_IF_ERROR(put_cluster.Run());
    int64_t cluster_id = sqlite3_last_insert_rowid(db_);
    for (const Member& m : cluster.members) {
      if (m.article >= article_ids.size() || article_ids[m.article] == 0) continue;
      find_claim.Reset();
      find_claim.Bind(1, article_ids[m.article]);
      find_claim.Bind(2, story.articles[m.article].claims[m.claim].id);
      if (!find_claim.Step()) {
        CLAIMDIFF_RETURN_IF_ERROR(find_claim.status());
        continue;
      }
      put_member.Reset();
      put_member.Bind(1, cluster_id).Bind(2, find_claim.Int(0));
      CLAIMDIFF_RETURN_IF_ERROR(put_member.Run());
    }
  }
  return tx.Commit();
}

Status Store::RecordFetches(int64_t run_id, const std::vector<Document>& documents,
                            const std::string& story_id) {
  Transaction tx(db_);
  CLAIMDIFF_RETURN_IF_ERROR(tx.Begun());
  if (!story_id.empty()) {
    Statement mark(db_,
                   "INSERT INTO run_stories(run_id, story_id, status) VALUES(?, ?, 'unchanged')");
    mark.Bind(1, run_id).Bind(2, story_id);
    CLAIMDIFF_RETURN_IF_ERROR(mark.Run());
  }
  Statement put_body(db_, "INSERT OR IGNORE INTO bodies(hash, size, zstd) VALUES(?, ?, ?)");
  Statement put_fetch(db_, kInsertFetch);
  CLAIMDIFF_RETURN_IF_ERROR(put_body.status());
  CLAIMDIFF_RETURN_IF_ERROR(put_fetch.status());
  for (const Document& doc : documents) {
    std::optional<std::string> body_hash;
    if (!doc.body.empty()) {
      body_hash = Hash128Hex(doc.body);
      put_body.Reset();
      put_body.Bind(1, *body_hash).Bind(2, static_cast<int64_t>(doc.body.size()));
      put_body.BindBlob(3, Compress(doc.body));
      CLAIMDIFF_RETURN_IF_ERROR(put_body.Run());
    }
    CLAIMDIFF_RETURN_IF_ERROR(PutFetch(run_id, doc, body_hash, &put_fetch));
  }
  return tx.Commit();
}

StatusOr<std::vector<FetchRecord>> Store::FetchesOfRun(int64_t run_id) const {
  Statement st(db_,
               "SELECT input, url, final_url, fetched_at, outcome, http_status, error, redirects "
               "FROM fetches WHERE run_id = ? ORDER BY id");
  st.Bind(1, run_id);
  std::vector<FetchRecord> out;
  while (st.Step()) {
    out.push_back(FetchRecord{st.Text(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4),
                              static_cast<int>(st.Int(5)), st.Text(6), SplitLines(st.Text(7))});
  }
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return out;
}

StatusOr<std::vector<std::string>> Store::StoryIds() const {
  Statement st(db_, "SELECT id FROM stories ORDER BY id");
  std::vector<std::string> ids;
  while (st.Step()) ids.push_back(st.Text(0));
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return ids;
}

StatusOr<std::string> Store::StoryTitle(const std::string& story_id) const {
  Statement st(db_, "SELECT title FROM stories WHERE id = ?");
  st.Bind(1, story_id);
  if (st.Step()) return st.Text(0);
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return Status::NotFound("no story '" + story_id + "' in the store");
}

StatusOr<std::vector<int64_t>> Store::RunsOfStory(const std::string& story_id) const {
  Statement st(db_,
               "SELECT DISTINCT run_id FROM story_inputs WHERE story_id = ? ORDER BY run_id DESC");
  st.Bind(1, story_id);
  std::vector<int64_t> runs;
  while (st.Step()) runs.push_back(st.Int(0));
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return runs;
}

StatusOr<std::vector<Document>> Store::DocumentsOfRun(const std::string& story_id,
                                                      int64_t run_id) const {
  Statement st(db_,
               "SELECT f.input, f.url, f.final_url, f.fetched_at, f.outcome, f.http_status, "
               "f.content_type, f.etag, f.last_modified, f.plain_text, f.outlet_hint, f.error, "
               "b.hash, b.size, b.zstd, f.redirects FROM story_inputs s "
               "JOIN fetches f ON f.id = s.fetch_id "
               "LEFT JOIN bodies b ON b.hash = f.body_hash "
               "WHERE s.story_id = ? AND s.run_id = ? ORDER BY s.position");
  st.Bind(1, story_id).Bind(2, run_id);
  std::vector<Document> docs;
  while (st.Step()) {
    Document d;
    d.input = st.Text(0);
    d.url = st.Text(1);
    d.final_url = st.Text(2);
    d.fetched_at = st.Text(3);
    std::string outcome = st.Text(4);
    d.outcome = FetchOutcome::kOk;
    for (int o = 0; o <= static_cast<int>(FetchOutcome::kFileError); ++o) {
      if (FetchOutcomeName(static_cast<FetchOutcome>(o)) == outcome) {
        d.outcome = static_cast<FetchOutcome>(o);
      }
    }
    d.http_status = static_cast<int>(st.Int(5));
    d.content_type = st.Text(6);
    d.etag = st.Text(7);
    d.last_modified = st.Text(8);
    d.plain_text = st.Int(9) != 0;
    d.outlet_hint = st.Text(10);
    d.error = st.Text(11);
    d.redirects = SplitLines(st.Text(15));
    if (!st.IsNull(12)) {
      StatusOr<std::string> body = Decompress(st.Blob(14), st.Int(13), st.Text(12));
      if (!body.ok()) return body.status();
      d.body = std::move(body).value();
    }
    docs.push_back(std::move(d));
  }
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return docs;
}

StatusOr<std::vector<Document>> Store::LatestDocuments(const std::string& story_id) const {
  StatusOr<std::vector<int64_t>> runs = RunsOfStory(story_id);
  if (!runs.ok()) return runs.status();
  if (runs->empty()) return Status::NotFound("no story '" + story_id + "' in the store");
  return DocumentsOfRun(story_id, runs->front());
}

StatusOr<std::vector<Document>> Store::PreviousDocuments(const std::string& story_id) const {
  StatusOr<std::vector<int64_t>> runs = RunsOfStory(story_id);
  if (!runs.ok()) return runs.status();
  if (runs->size() < 2) return std::vector<Document>{};
  return DocumentsOfRun(story_id, (*runs)[1]);
}

StatusOr<std::vector<ArticleVersion>> Store::Versions(const std::string& url) const {
  Statement st(db_,
               "SELECT a.id, a.url, a.outlet, a.title, a.content_hash, f.fetched_at, a.text "
               "FROM articles a JOIN fetches f ON f.id = a.fetch_id "
               "WHERE a.id IN (SELECT id FROM articles WHERE url = ?1 "
               "UNION SELECT a2.id FROM fetches f2 JOIN articles a2 ON a2.fetch_id = f2.id "
               "WHERE f2.input = ?1 "
               "UNION SELECT a3.id FROM fetches f3 JOIN articles a3 ON a3.fetch_id = f3.id "
               "WHERE f3.final_url = ?1) ORDER BY a.id");
  st.Bind(1, url);
  std::vector<ArticleVersion> out;
  while (st.Step()) {
    ArticleVersion v;
    v.id = st.Int(0);
    v.url = st.Text(1);
    v.outlet = st.Text(2);
    v.title = st.Text(3);
    v.content_hash = st.Text(4);
    v.first_seen = st.Text(5);
    v.text = st.Text(6);
    out.push_back(std::move(v));
  }
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return out;
}

StatusOr<std::vector<std::string>> Store::StoryUrls(const std::string& story_id) const {
  StatusOr<std::vector<int64_t>> runs = RunsOfStory(story_id);
  if (!runs.ok()) return runs.status();
  if (runs->empty()) return Status::NotFound("no story '" + story_id + "' in the store");
  Statement st(db_,
               "SELECT COALESCE(a.url, f.url) FROM story_inputs s "
               "JOIN fetches f ON f.id = s.fetch_id LEFT JOIN articles a ON a.id = s.article_id "
               "WHERE s.story_id = ? AND s.run_id = ? ORDER BY s.position");
  st.Bind(1, story_id).Bind(2, runs->front());
  std::vector<std::string> urls;
  while (st.Step()) urls.push_back(st.Text(0));
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return urls;
}

StatusOr<std::vector<RunInfo>> Store::Runs() const {
  Statement st(db_, "SELECT id, started_at, COALESCE(finished_at, ''), command, status FROM runs "
                    "ORDER BY id");
  std::vector<RunInfo> out;
  while (st.Step()) {
    out.push_back(RunInfo{st.Int(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4)});
  }
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return out;
}

StatusOr<std::string> Store::LatestRunStart(const std::string& story_id) const {
  Statement st(db_,
               "SELECT r.started_at FROM story_inputs s JOIN runs r ON r.id = s.run_id "
               "WHERE s.story_id = ? ORDER BY s.run_id DESC LIMIT 1");
  st.Bind(1, story_id);
  if (st.Step()) return st.Text(0);
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return std::string();
}

}  // namespace claimdiff::db
