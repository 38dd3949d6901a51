#include "fetch/fetcher.h"

#include <gtest/gtest.h>

#include "tests/support/http_server.h"
#include "tests/support/temp_dir.h"

namespace claimdiff::fetch {
namespace {

using claimdiff::testing::HttpRequest;
using claimdiff::testing::HttpResponse;
using claimdiff::testing::HttpServer;
using claimdiff::testing::TempDir;

HttpResponse Route(const HttpRequest& req) {
  if (req.path == "/article") {
    auto inm = req.headers.find("if-none-match");
    if (inm != req.headers.end() && inm->second == "\"v1\"") return {304, {{"ETag", "\"v1\""}}, ""};
    return {200,
            {{"Content-Type", "text/html; charset=utf-8"},
             {"ETag", "\"v1\""},
             {"Last-Modified", "Sat, 14 Mar 2026 07:40:00 GMT"}},
            "<html><body><p>Hello from the test server.</p></body></html>"};
  }
  if (req.path == "/moved") return {302, {{"Location", "/article"}}, ""};
  if (req.path == "/big") return {200, {{"Content-Type", "text/html"}}, std::string(4096, 'x')};
  return {404, {{"Content-Type", "text/plain"}}, "not here"};
}

FetchOptions ShortOptions() {
  FetchOptions o;
  o.connect_timeout = std::chrono::seconds(2);
  o.transfer_timeout = std::chrono::seconds(5);
  return o;
}

Clock FixedClock() {
  return [] { return std::string("2026-11-25T00:00:00Z"); };
}

TEST(FetcherTest, FetchesAPageWithItsValidators) {
  HttpServer server(Route);
  CurlHttpClient client(ShortOptions());
  Document doc = FetchInput(server.Url("/article"), client, {}, false, FixedClock());
  EXPECT_EQ(doc.outcome, FetchOutcome::kOk) << doc.error;
  EXPECT_EQ(doc.http_status, 200);
  EXPECT_EQ(doc.etag, "\"v1\"");
  EXPECT_EQ(doc.last_modified, "Sat, 14 Mar 2026 07:40:00 GMT");
  EXPECT_EQ(doc.content_type, "text/html; charset=utf-8");
  EXPECT_NE(doc.body.find("Hello from the test server."), std::string::npos);
  EXPECT_EQ(doc.fetched_at, "2026-11-25T00:00:00Z");
}

TEST(FetcherTest, SendsTheUserAgent) {
  HttpServer server(Route);
  FetchOptions o = ShortOptions();
  o.user_agent = "claimdiff/test (+https://example.org/contact)";
  CurlHttpClient client(o);
  client.Get(server.Url("/article"), {});
  std::vector<HttpRequest> requests = server.Requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].headers["user-agent"], o.user_agent);
}

TEST(FetcherTest, ConditionalGetGivesUnchanged) {
  HttpServer server(Route);
  CurlHttpClient client(ShortOptions());
  Document doc = client.Get(server.Url("/article"), Validators{"\"v1\"", ""});
  EXPECT_EQ(doc.outcome, FetchOutcome::kUnchanged);
  EXPECT_EQ(doc.http_status, 304);
}

TEST(FetcherTest, FollowsRedirectsAndRecordsTheFinalUrl) {
  HttpServer server(Route);
  CurlHttpClient client(ShortOptions());
  Document doc = client.Get(server.Url("/moved"), {});
  EXPECT_EQ(doc.outcome, FetchOutcome::kOk);
  EXPECT_EQ(doc.final_url, server.Url("/article"));
}

TEST(FetcherTest, HttpErrorIsAnOutcomeNamingTheUrl) {
  HttpServer server(Route);
  CurlHttpClient client(ShortOptions());
  Document doc = client.Get(server.Url("/missing"), {});
  EXPECT_EQ(doc.outcome, FetchOutcome::kHttpError);
  EXPECT_EQ(doc.http_status, 404);
  EXPECT_NE(doc.error.find("/missing"), std::string::npos);
}

TEST(FetcherTest, BodyOverTheCapIsTooLarge) {
  HttpServer server(Route);
  FetchOptions o = ShortOptions();
  o.max_body_bytes = 1000;
  CurlHttpClient client(o);
  Document doc = client.Get(server.Url("/big"), {});
  EXPECT_EQ(doc.outcome, FetchOutcome::kTooLarge);
  EXPECT_TRUE(doc.body.empty());
}

TEST(FetcherTest, RefusedConnectionIsANetworkError) {
  int port;
  {
    HttpServer server(Route);
    port = server.port();
  }  // closed: nothing listens there now
  CurlHttpClient client(ShortOptions());
  Document doc = client.Get("http://127.0.0.1:" + std::to_string(port) + "/", {});
  EXPECT_EQ(doc.outcome, FetchOutcome::kNetworkError);
  EXPECT_FALSE(doc.error.empty());
}

TEST(FetcherTest, ReadsLocalFilesAndMarksTextFiles) {
  TempDir dir;
  std::string html = dir.Write("page.html", "<p>x</p>");
  std::string txt = dir.Write("story.txt", "Plain text.");
  CurlHttpClient client(ShortOptions());
  Document a = FetchInput(html, client, {}, false);
  EXPECT_EQ(a.outcome, FetchOutcome::kOk);
  EXPECT_FALSE(a.plain_text);
  EXPECT_EQ(a.body, "<p>x</p>");
  EXPECT_EQ(a.url.rfind("file://", 0), 0u);
  Document b = FetchInput(txt, client, {}, false);
  EXPECT_TRUE(b.plain_text);
  Document c = FetchInput(html, client, {}, /*as_text=*/true);
  EXPECT_TRUE(c.plain_text);
}

TEST(FetcherTest, MissingFileIsAFileErrorNamingIt) {
  CurlHttpClient client(ShortOptions());
  Document doc = FetchInput("/nonexistent/page.html", client, {}, false);
  EXPECT_EQ(doc.outcome, FetchOutcome::kFileError);
  EXPECT_NE(doc.error.find("/nonexistent/page.html"), std::string::npos);
}

TEST(FetcherTest, ExpandsFoldersIntoSortedArticleFiles) {
  TempDir dir;
  dir.Write("b.html", "b");
  dir.Write("a.txt", "a");
  dir.Write("notes.md", "skip me");
  StatusOr<std::vector<std::string>> inputs =
      ExpandInputs({dir.path(), "https://example.org/x", "-"});
  ASSERT_TRUE(inputs.ok()) << inputs.status().ToString();
  std::vector<std::string> want = {dir.File("a.txt"), dir.File("b.html"), "https://example.org/x",
                                   "-"};
  EXPECT_EQ(*inputs, want);
  StatusOr<std::vector<std::string>> missing = ExpandInputs({dir.File("nope")});
  EXPECT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("nope"), std::string::npos);
}

}  // namespace
}  // namespace claimdiff::fetch
