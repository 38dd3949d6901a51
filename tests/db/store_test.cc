#include "db/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/hash.h"
#include "tests/support/temp_dir.h"

namespace claimdiff::db {
namespace {

using claimdiff::testing::TempDir;

Story OneArticleStory(const std::string& text) {
  Story story;
  story.id = "s1";
  story.title = "A story";
  Article a;
  a.input = "https://a.example/1";
  a.url = "https://a.example/1";
  a.outlet = "Outlet A";
  a.text = text;
  a.content_hash = Hash128Hex(text);
  Claim c;
  c.id = "c1";
  c.span = {0, text.size()};
  c.text = text;
  a.claims.push_back(c);
  story.articles.push_back(a);
  Cluster k;
  k.id = "k1";
  k.members.push_back(Member{0, 0});
  story.clusters.push_back(k);
  return story;
}

Document DocFor(const std::string& body) {
  Document d;
  d.input = "https://a.example/1";
  d.url = d.input;
  d.final_url = d.input;
  d.fetched_at = "2026-11-25T00:00:00Z";
  d.etag = "\"e1\"";
  d.body = body;
  return d;
}

TEST(StoreTest, NewStoreHasTheCurrentSchemaVersion) {
  StatusOr<std::unique_ptr<Store>> store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->SchemaVersion(), kSchemaVersion);
}

TEST(StoreTest, ReopeningMigratesNothingAndKeepsData) {
  TempDir dir;
  std::string path = dir.File("c.db");
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok());
    StatusOr<int64_t> run = (*store)->BeginRun("test", "{}", "t0");
    ASSERT_TRUE(run.ok());
    ASSERT_TRUE((*store)->SaveStory(*run, OneArticleStory("Text one."), {DocFor("<p>1</p>")}).ok());
  }
  auto again = Store::Open(path);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  StatusOr<std::vector<std::string>> ids = (*again)->StoryIds();
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(*ids, std::vector<std::string>{"s1"});
}

TEST(StoreTest, RefusesAStoreFromANewerVersion) {
  TempDir dir;
  std::string path = dir.File("new.db");
  {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  StatusOr<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("newer"), std::string::npos);
}

TEST(StoreTest, NotAStoreIsAClearError) {
  TempDir dir;
  std::string path = dir.Write("junk.db", std::string(4096, 'j'));
  StatusOr<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find(path), std::string::npos);
}

TEST(StoreTest, SameTextIsOneVersionChangedTextIsAnother) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  for (const char* text : {"Version one.", "Version one.", "Version two."}) {
    StatusOr<int64_t> run = (*store)->BeginRun("test", "{}", "t");
    ASSERT_TRUE(run.ok());
    Status s = (*store)->SaveStory(*run, OneArticleStory(text), {DocFor(text)});
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  StatusOr<std::vector<ArticleVersion>> versions = (*store)->Versions("https://a.example/1");
  ASSERT_TRUE(versions.ok());
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[0].text, "Version one.");
  EXPECT_EQ((*versions)[1].text, "Version two.");
}

TEST(StoreTest, BodiesRoundTripThroughCompression) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  std::string body = "<html>" + std::string(100000, 'a') + "\xFF\x00 binary</html>";
  body[10] = '\0';
  StatusOr<int64_t> run = (*store)->BeginRun("test", "{}", "t");
  ASSERT_TRUE((*store)->SaveStory(*run, OneArticleStory("T."), {DocFor(body)}).ok());
  StatusOr<std::vector<Document>> docs = (*store)->LatestDocuments("s1");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].body, body);
  std::optional<LastFetch> last = (*store)->LastSuccessfulFetch("https://a.example/1");
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->etag, "\"e1\"");
  EXPECT_EQ(last->body_hash, Hash128Hex(body));
  StatusOr<std::string> stored = (*store)->Body(last->body_hash);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(*stored, body);
}

TEST(StoreTest, AFailedSaveLeavesNothingBehind) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  Story story = OneArticleStory("Text.");
  // run 999 does not exist: the foreign key fails mid-story.
  Status s = (*store)->SaveStory(999, story, {DocFor("x")});
  EXPECT_FALSE(s.ok());
  StatusOr<std::vector<std::string>> ids = (*store)->StoryIds();
  ASSERT_TRUE(ids.ok());
  EXPECT_TRUE(ids->empty());
  EXPECT_FALSE((*store)->LastSuccessfulFetch("https://a.example/1").has_value());
}

TEST(StoreTest, AStoryIsStoredAtMostOncePerRun) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  StatusOr<int64_t> run = (*store)->BeginRun("run", "{}", "2026-11-25T01:00:00Z", "job 0/1");
  ASSERT_TRUE(run.ok());
  ASSERT_TRUE((*store)->SaveStory(*run, OneArticleStory("One."), {DocFor("<p>1</p>")}).ok());
  Status again = (*store)->SaveStory(*run, OneArticleStory("Two."), {DocFor("<p>2</p>")});
  EXPECT_FALSE(again.ok());
  StatusOr<std::vector<ArticleVersion>> versions = (*store)->Versions("https://a.example/1");
  ASSERT_TRUE(versions.ok());
  EXPECT_EQ(versions->size(), 1u);  // the failed save left nothing behind
  auto stories = (*store)->StoriesOfRun(*run);
  ASSERT_TRUE(stories.ok());
  ASSERT_EQ(stories->size(), 1u);
  EXPECT_EQ((*stories)[0].first, "s1");
  EXPECT_EQ((*stories)[0].second, "done");
}

TEST(StoreTest, OnlyARecentUnfinishedRunOfTheSameJobIsResumable) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  int64_t old_run = *(*store)->BeginRun("run", "{}", "2026-11-20T01:00:00Z", "job 0/1");
  int64_t other = *(*store)->BeginRun("run", "{}", "2026-11-25T01:00:00Z", "job 1/2");
  int64_t recent = *(*store)->BeginRun("run", "{}", "2026-11-25T02:00:00Z", "job 0/1");
  (void)other;
  auto found = (*store)->UnfinishedRun("job 0/1", "2026-11-24T06:00:00Z");
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(**found, recent);
  ASSERT_TRUE((*store)->AbandonRunsBefore("job 0/1", "2026-11-24T06:00:00Z").ok());
  ASSERT_TRUE((*store)->FinishRun(recent, "2026-11-25T03:00:00Z", "ok").ok());
  found = (*store)->UnfinishedRun("job 0/1", "2026-11-01T00:00:00Z");
  ASSERT_TRUE(found.ok());
  EXPECT_FALSE(found->has_value());  // the old one was abandoned, the recent one finished
  StatusOr<std::vector<RunInfo>> runs = (*store)->Runs();
  ASSERT_TRUE(runs.ok());
  EXPECT_EQ((*runs)[old_run - 1].status, "abandoned");
}

// Version 2 only adds (a column, a table, indexes): taking them away from a
// fresh store gives a version 1 store, which opening must migrate forward
// with its data kept.
TEST(StoreTest, AVersionOneStoreIsMigratedToVersionTwo) {
  TempDir dir;
  std::string path = dir.File("v1.db");
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok());
    StatusOr<int64_t> run = (*store)->BeginRun("test", "{}", "t0");
    ASSERT_TRUE((*store)->SaveStory(*run, OneArticleStory("Kept text."), {DocFor("<p>k</p>")}).ok());
  }
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    const char* to_v1 =
        "DROP INDEX runs_by_job; DROP TABLE run_stories; DROP INDEX fetches_by_run;"
        "DROP INDEX fetches_by_input; DROP INDEX fetches_by_final_url;"
        "DROP INDEX articles_by_fetch; DROP INDEX story_inputs_by_run;"
        "DROP INDEX clusters_by_story_run; DROP INDEX cluster_members_by_claim;"
        "DROP INDEX attributions_by_claim; ALTER TABLE runs DROP COLUMN job_key;"
        "DROP TABLE run_leases; DROP TABLE robots; ALTER TABLE fetches DROP COLUMN redirects;"
        "PRAGMA user_version = 1;";
    ASSERT_EQ(sqlite3_exec(db, to_v1, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->SchemaVersion(), kSchemaVersion);
  StatusOr<std::vector<ArticleVersion>> versions = (*store)->Versions("https://a.example/1");
  ASSERT_TRUE(versions.ok());
  ASSERT_EQ(versions->size(), 1u);
  EXPECT_EQ((*versions)[0].text, "Kept text.");
  StatusOr<int64_t> run = (*store)->BeginRun("run", "{}", "t1", "job 0/1");
  ASSERT_TRUE(run.ok());
  EXPECT_TRUE((*store)->SaveStory(*run, OneArticleStory("New text."), {DocFor("<p>n</p>")}).ok());
}

Lease LeaseFor(const std::string& token, int64_t pid) {
  return Lease{"/srv/night.toml 0/1", token, pid, "night-host", "2026-11-25T02:15:00Z",
               "2026-11-25T02:15:00Z"};
}

TEST(StoreTest, AFreeLeaseIsTakenAndAHeldOneOnlyWhenItsHolderIsGone) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  auto never = [](const Lease&) { return false; };
  StatusOr<LeaseTake> first = (*store)->TakeLease(LeaseFor("a", 100), never);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_TRUE(first->taken);
  EXPECT_FALSE(first->before.has_value());

  StatusOr<LeaseTake> refused = (*store)->TakeLease(LeaseFor("b", 200), never);
  ASSERT_TRUE(refused.ok());
  EXPECT_FALSE(refused->taken);
  ASSERT_TRUE(refused->before.has_value());
  EXPECT_EQ(refused->before->pid, 100);
  EXPECT_EQ(refused->before->host, "night-host");
  StatusOr<std::optional<Lease>> held = (*store)->LeaseOf("/srv/night.toml 0/1");
  ASSERT_TRUE(held.ok() && held->has_value());
  EXPECT_EQ((*held)->token, "a");

  Lease seen;
  StatusOr<LeaseTake> over = (*store)->TakeLease(LeaseFor("b", 200), [&](const Lease& holder) {
    seen = holder;
    return true;
  });
  ASSERT_TRUE(over.ok());
  EXPECT_TRUE(over->taken);
  EXPECT_EQ(seen.token, "a");
  held = (*store)->LeaseOf("/srv/night.toml 0/1");
  ASSERT_TRUE(held.ok() && held->has_value());
  EXPECT_EQ((*held)->pid, 200);
}

TEST(StoreTest, OnlyTheHolderRenewsOrDropsALease) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  auto always = [](const Lease&) { return true; };
  ASSERT_TRUE((*store)->TakeLease(LeaseFor("a", 100), always).ok());
  ASSERT_TRUE((*store)->TakeLease(LeaseFor("b", 200), always).ok());  // b takes over from a
  Status renew_old = (*store)->RenewLease(LeaseFor("a", 100), "2026-11-25T02:16:00Z");
  EXPECT_EQ(renew_old.code(), Status::Code::kNotFound) << renew_old.ToString();
  EXPECT_TRUE((*store)->RenewLease(LeaseFor("b", 200), "2026-11-25T02:16:00Z").ok());
  EXPECT_TRUE((*store)->ReleaseLease(LeaseFor("a", 100)).ok());  // not a's: stays
  StatusOr<std::optional<Lease>> held = (*store)->LeaseOf("/srv/night.toml 0/1");
  ASSERT_TRUE(held.ok() && held->has_value());
  EXPECT_EQ((*held)->heartbeat_at, "2026-11-25T02:16:00Z");
  EXPECT_TRUE((*store)->ReleaseLease(LeaseFor("b", 200)).ok());
  held = (*store)->LeaseOf("/srv/night.toml 0/1");
  ASSERT_TRUE(held.ok());
  EXPECT_FALSE(held->has_value());
}

TEST(StoreTest, RobotsAnswersAreKeptByHost) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  StatusOr<std::optional<StoredRobots>> none = (*store)->Robots("https://a.example:443");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  StoredRobots r{"https://a.example:443", 200, "User-agent: *\nDisallow: /x\n",
                 "2026-11-25T02:15:00Z", 1795407300};
  ASSERT_TRUE((*store)->SaveRobots(r).ok());
  r.http_status = 404;
  r.body.clear();
  ASSERT_TRUE((*store)->SaveRobots(r).ok());  // replaces the older answer
  StatusOr<std::optional<StoredRobots>> kept = (*store)->Robots("https://a.example:443");
  ASSERT_TRUE(kept.ok() && kept->has_value());
  EXPECT_EQ((*kept)->http_status, 404);
  EXPECT_EQ((*kept)->body, "");
  EXPECT_EQ((*kept)->fetched_unix, 1795407300);
}

TEST(StoreTest, RedirectChainsAreStoredWithTheFetch) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  StatusOr<int64_t> run = (*store)->BeginRun("test", "{}", "t0");
  ASSERT_TRUE(run.ok());
  Document moved = DocFor("<p>m</p>");
  moved.redirects = {"https://a.example/old", "https://a.example/older"};
  ASSERT_TRUE((*store)->SaveStory(*run, OneArticleStory("Moved text."), {moved}).ok());
  StatusOr<std::vector<FetchRecord>> fetches = (*store)->FetchesOfRun(*run);
  ASSERT_TRUE(fetches.ok());
  ASSERT_EQ(fetches->size(), 1u);
  EXPECT_EQ((*fetches)[0].redirects, moved.redirects);
  StatusOr<std::vector<Document>> docs = (*store)->LatestDocuments(OneArticleStory("x").id);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].redirects, moved.redirects);
}

}  // namespace
}  // namespace claimdiff::db
