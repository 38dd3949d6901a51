// The batch fetch inside a run: hosts that fail in different ways, the last
// good version kept over a failed fetch, and a re-run that finds nothing new.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <map>

#include "app/pipeline.h"
#include "db/store.h"
#include "tests/support/http_server.h"
#include "tests/support/shell.h"
#include "tests/support/temp_dir.h"

namespace claimdiff::app {
namespace {

using claimdiff::testing::HttpRequest;
using claimdiff::testing::HttpResponse;
using claimdiff::testing::HttpServer;
using claimdiff::testing::ReadFile;
using claimdiff::testing::TempDir;
using std::chrono::milliseconds;

const std::string kExample = std::string(CLAIMDIFF_SOURCE_DIR) + "/examples/kestrel-bay/";

HttpResponse Page(const std::string& file) {
  return {200,
          {{"Content-Type", "text/html; charset=utf-8"}, {"ETag", "\"" + file + "\""}},
          ReadFile(kExample + file)};
}

// Serves the example pages by name ("/northern-ledger.html"); 304 when the
// client already has the version named by its ETag.
HttpResponse ExampleSite(const HttpRequest& r) {
  if (r.path == "/robots.txt") return {404, {}, ""};
  std::string file = r.path.substr(1);
  auto inm = r.headers.find("if-none-match");
  if (inm != r.headers.end() && inm->second == "\"" + file + "\"") {
    return {304, {{"ETag", inm->second}}, ""};
  }
  return Page(file);
}

fetch::MultiFetchOptions Short() {
  fetch::MultiFetchOptions o;
  o.fetch.connect_timeout = milliseconds(2000);
  o.fetch.transfer_timeout = milliseconds(5000);
  o.fetch.low_speed_time = std::chrono::seconds(1);
  o.per_host_delay = milliseconds(20);
  o.retry.base_delay = milliseconds(100);
  o.random_seed = 3;
  return o;
}

std::map<std::string, std::string> OutcomeByInput(const db::Store& store, int64_t run_id) {
  std::map<std::string, std::string> out;
  StatusOr<std::vector<db::FetchRecord>> fetches = store.FetchesOfRun(run_id);
  EXPECT_TRUE(fetches.ok());
  if (!fetches.ok()) return out;
  for (const db::FetchRecord& f : *fetches) {
    EXPECT_FALSE(f.fetched_at.empty()) << f.input;
    EXPECT_FALSE(f.final_url.empty()) << f.input;
    out[f.input] = f.outcome;
  }
  return out;
}

TEST(FetchPipelineTest, DownSlowAndFailingHostsAreRecordedAndOtherStoriesDone) {
  std::string down;
  {
    HttpServer gone([](const HttpRequest&) { return HttpResponse{}; }, "127.0.0.11");
    down = gone.Url("/northern-ledger.html");
  }
  HttpServer slow(
      [](const HttpRequest& r) {
        if (r.path == "/robots.txt") return HttpResponse{404, {}, ""};
        HttpResponse p = Page("harbour-times.html");
        p.chunk_bytes = 10;  // 100 bytes/s: under the speed floor
        p.chunk_delay_ms = 100;
        return p;
      },
      "127.0.0.12");
  HttpServer failing(
      [](const HttpRequest& r) {
        if (r.path == "/robots.txt") return HttpResponse{404, {}, ""};
        return HttpResponse{503, {{"Retry-After", "0"}}, "down for maintenance"};
      },
      "127.0.0.13");
  HttpServer good(ExampleSite, "127.0.0.14");

  std::vector<StoryInputs> stories = {
      {"s-down", "", {down, good.Url("/valley-wire.html")}, {}},
      {"s-slow", "", {slow.Url("/harbour-times.html"), good.Url("/city-courier.html")}, {}},
      {"s-503", "", {failing.Url("/x.html"), good.Url("/northern-ledger.html")}, {}},
      {"s-good", "", {good.Url("/harbour-times.html"), good.Url("/valley-wire.html")}, {}},
  };
  TempDir dir;
  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(dir.File("t.db"));
  ASSERT_TRUE(store.ok());
  StatusOr<int64_t> run_id = (*store)->BeginRun("run", "{}", "2026-11-25T00:00:00Z");
  ASSERT_TRUE(run_id.ok());

  fetch::MultiFetcher fetcher(Short());
  std::vector<std::vector<FetchedInput>> fetched =
      FetchStories(stories, false, fetcher, store->get());
  ASSERT_EQ(fetched.size(), 4u);
  PipelineOptions options;
  for (size_t i = 0; i < stories.size(); ++i) {
    StoryRun run = ParseStory(stories[i], fetched[i], options);
    ASSERT_TRUE((*store)->SaveStory(*run_id, run.story, run.documents).ok());
    // The healthy page of every story was parsed.
    EXPECT_FALSE(run.story.articles[1].error.has_value()) << stories[i].id;
    EXPECT_FALSE(run.story.articles[1].claims.empty()) << stories[i].id;
  }
  std::map<std::string, std::string> outcome = OutcomeByInput(**store, *run_id);
  EXPECT_EQ(outcome.size(), 7u);  // one fetch row per distinct input (valley-wire is shared)
  EXPECT_EQ(outcome[down], "disallowed");  // robots.txt unreachable: nothing is asked
  EXPECT_EQ(outcome[slow.Url("/harbour-times.html")], "timeout");
  EXPECT_EQ(outcome[failing.Url("/x.html")], "http_error");
  for (const char* page : {"/valley-wire.html", "/city-courier.html", "/northern-ledger.html",
                           "/harbour-times.html"}) {
    EXPECT_EQ(outcome[good.Url(page)], "ok") << page;
  }
}

TEST(FetchPipelineTest, AFailedFetchKeepsTheLastGoodVersion) {
  bool broken = false;
  HttpServer site([&broken](const HttpRequest& r) {
    if (r.path == "/robots.txt") return HttpResponse{404, {}, ""};
    if (broken) return HttpResponse{500, {}, "oops"};
    return Page("city-courier.html");
  });
  TempDir dir;
  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(dir.File("t.db"));
  ASSERT_TRUE(store.ok());
  std::vector<StoryInputs> stories = {{"s", "", {site.Url("/story")}, {}}};
  fetch::MultiFetchOptions o = Short();
  o.retry.max_retries = 0;
  fetch::MultiFetcher fetcher(o);
  PipelineOptions options;

  int64_t first = *(*store)->BeginRun("run", "{}", "t1");
  StoryRun good =
      ParseStory(stories[0], FetchStories(stories, false, fetcher, store->get())[0], options);
  ASSERT_TRUE((*store)->SaveStory(first, good.story, good.documents).ok());
  ASSERT_FALSE(good.story.articles[0].error.has_value());

  broken = true;
  int64_t second = *(*store)->BeginRun("run", "{}", "t2");
  std::vector<FetchedInput> fetched = FetchStories(stories, false, fetcher, store->get())[0];
  EXPECT_EQ(fetched[0].recorded.outcome, FetchOutcome::kHttpError);
  ASSERT_TRUE(fetched[0].last_good.has_value());
  StoryRun after = ParseStory(stories[0], fetched, options);
  ASSERT_TRUE((*store)->SaveStory(second, after.story, after.documents).ok());
  EXPECT_FALSE(after.story.articles[0].error.has_value());
  EXPECT_EQ(after.story.articles[0].content_hash, good.story.articles[0].content_hash);
  EXPECT_EQ(OutcomeByInput(**store, second)[site.Url("/story")], "http_error");
  StatusOr<std::vector<db::ArticleVersion>> versions = (*store)->Versions(site.Url("/story"));
  ASSERT_TRUE(versions.ok());
  EXPECT_EQ(versions->size(), 1u);  // the error page never became a version
  std::optional<db::LastFetch> last = (*store)->LastSuccessfulFetch(site.Url("/story"));
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->etag, "\"city-courier.html\"");
}

std::pair<int, std::string> Shell(const std::string& command) {
  return claimdiff::testing::RunShell(command);
}

TEST(FetchPipelineTest, AnUnchangedReRunIsNotParsedAgain) {
  HttpServer a(ExampleSite, "127.0.0.1"), b(ExampleSite, "127.0.0.2");
  TempDir dir;
  std::string job =
      dir.Write("jobs.toml",
                "[settings]\nstore = \"" + dir.File("c.db") + "\"\nreports = \"" + dir.File("out") +
                    "\"\nper_host_delay_s = 0\ncontact = \"https://example.org/contact\"\n\n"
                    "[[story]]\nid = \"flood\"\ninputs = [\"" +
                    a.Url("/northern-ledger.html") + "\", \"" + b.Url("/harbour-times.html") +
                    "\", \"" + a.Url("/valley-wire.html") + "\"]\n");
  std::string cmd = std::string(CLAIMDIFF_BINARY) + " run " + job + " 2>&1";
  auto [code1, out1] = Shell(cmd);
  ASSERT_EQ(code1, 0) << out1;
  EXPECT_NE(out1.find("3 inputs, "), std::string::npos) << out1;
  auto [code2, out2] = Shell(cmd);
  ASSERT_EQ(code2, 0) << out2;
  EXPECT_NE(out2.find("3 inputs unchanged, not parsed again"), std::string::npos) << out2;
  for (const HttpRequest& r : a.Requests()) {
    EXPECT_EQ(r.headers.at("user-agent"), "claimdiff/0.1.0 (+https://example.org/contact)");
  }
  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(dir.File("c.db"));
  ASSERT_TRUE(store.ok());
  std::map<std::string, std::string> outcome = OutcomeByInput(**store, 2);
  ASSERT_EQ(outcome.size(), 3u);
  for (const auto& [input, o] : outcome) EXPECT_EQ(o, "unchanged") << input;
  EXPECT_TRUE(std::filesystem::exists(dir.File("out/flood.html")));

  // The job now names fewer inputs: the old report does not fit, so parse.
  dir.Write("jobs.toml",
            "[settings]\nstore = \"" + dir.File("c.db") + "\"\nreports = \"" + dir.File("out") +
                "\"\nper_host_delay_s = 0\n\n[[story]]\nid = \"flood\"\ninputs = [\"" +
                a.Url("/northern-ledger.html") + "\", \"" + b.Url("/harbour-times.html") + "\"]\n");
  auto [code3, out3] = Shell(cmd);
  ASSERT_EQ(code3, 0) << out3;
  EXPECT_NE(out3.find("story flood: 2 inputs, "), std::string::npos) << out3;
  EXPECT_EQ(out3.find("not parsed again"), std::string::npos) << out3;
}

TEST(FetchPipelineTest, RobotsTxtIsKeptInTheStoreAndRedirectChainsAreStoredAndShown) {
  HttpServer site([](const HttpRequest& r) {
    if (r.path == "/robots.txt") {
      return HttpResponse{200, {{"Content-Type", "text/plain"}}, "User-agent: *\nDisallow: /x\n"};
    }
    if (r.path == "/old") return HttpResponse{301, {{"Location", "/older"}}, ""};
    if (r.path == "/older") return HttpResponse{302, {{"Location", "/harbour-times.html"}}, ""};
    return ExampleSite(r);
  });
  TempDir dir;
  std::string job = dir.Write(
      "jobs.toml", "[settings]\nstore = \"" + dir.File("c.db") + "\"\nreports = \"" +
                       dir.File("out") + "\"\nper_host_delay_s = 0\n\n[[story]]\nid = \"flood\"\n" +
                       "inputs = [\"" + site.Url("/old") + "\", \"" +
                       site.Url("/northern-ledger.html") + "\"]\n");
  std::string cmd = std::string(CLAIMDIFF_BINARY) + " run " + job + " 2>&1";
  auto [code1, out1] = Shell(cmd);
  ASSERT_EQ(code1, 0) << out1;
  auto [code2, out2] = Shell(cmd);
  ASSERT_EQ(code2, 0) << out2;
  size_t robots = 0;
  for (const HttpRequest& r : site.Requests()) robots += r.path == "/robots.txt";
  EXPECT_EQ(robots, 1u);  // the second process took robots.txt from the store

  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(dir.File("c.db"));
  ASSERT_TRUE(store.ok());
  StatusOr<std::optional<db::StoredRobots>> kept = (*store)->Robots(
      "http://127.0.0.1:" + std::to_string(site.port()));
  ASSERT_TRUE(kept.ok() && kept->has_value());
  EXPECT_EQ((*kept)->http_status, 200);
  EXPECT_NE((*kept)->body.find("Disallow: /x"), std::string::npos);
  StatusOr<std::vector<db::FetchRecord>> fetches = (*store)->FetchesOfRun(1);
  ASSERT_TRUE(fetches.ok());
  bool found = false;
  for (const db::FetchRecord& f : *fetches) {
    if (f.input != site.Url("/old")) continue;
    found = true;
    EXPECT_EQ(f.redirects, (std::vector<std::string>{site.Url("/old"), site.Url("/older")}));
    EXPECT_EQ(f.final_url, site.Url("/harbour-times.html"));
  }
  EXPECT_TRUE(found);
  // The report's outlet table shows the chain.
  std::string html = ReadFile(dir.File("out/flood.html"));
  std::string chain = site.Url("/old") + " &rarr; " + site.Url("/older") + " &rarr; " +
                      site.Url("/harbour-times.html");
  EXPECT_NE(html.find(chain), std::string::npos);
}

}  // namespace
}  // namespace claimdiff::app
