// `claimdiff extract URL` goes through the fetcher of `compare` and `run`:
// retries with Retry-After, robots.txt, and input order with --jobs, each
// against servers on 127.0.0.1 that the test starts.
#include "app/extract_command.h"

#include <gtest/gtest.h>

#include <chrono>
#include <mutex>
#include <sstream>
#include <vector>

#include "app/commands.h"
#include "core/json.h"
#include "tests/support/call_main.h"
#include "tests/support/http_server.h"
#include "tests/support/temp_dir.h"

namespace claimdiff::app {
namespace {

using claimdiff::testing::CallMain;
using claimdiff::testing::HttpRequest;
using claimdiff::testing::HttpResponse;
using claimdiff::testing::HttpServer;
using claimdiff::testing::MainResult;
using claimdiff::testing::TempDir;
using Clock = std::chrono::steady_clock;

std::string ArticleHtml(const std::string& title, const std::string& sentence) {
  return "<html><head><title>" + title + "</title></head><body><article><p>" + sentence +
         "</p><p>Officials said the road would reopen on Monday.</p></article></body></html>";
}

HttpResponse Html(const std::string& body) {
  return {200, {{"Content-Type", "text/html; charset=utf-8"}}, body};
}

size_t CountPath(const HttpServer& server, const std::string& path) {
  size_t n = 0;
  for (const HttpRequest& r : server.Requests()) n += r.path == path;
  return n;
}

TEST(ExtractCommandTest, PageAnswering503TwiceThenOkGivesTheArticle) {
  std::mutex mu;
  std::vector<Clock::time_point> asked;  // when /story was requested
  HttpServer server([&](const HttpRequest& r) {
    if (r.path == "/robots.txt") return HttpResponse{404, {}, ""};
    std::lock_guard<std::mutex> lock(mu);
    asked.push_back(Clock::now());
    if (asked.size() <= 2) return HttpResponse{503, {{"Retry-After", "1"}}, "busy"};
    return Html(ArticleHtml("Bridge closed", "The bridge on Route 9 was closed on Friday."));
  });
  MainResult r = CallMain({"extract", "--delay", "0", "--format", "json", server.Url("/story")});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  Json j = Json::parse(r.out);
  EXPECT_EQ(j["title"], "Bridge closed");
  EXPECT_NE(j["text"].get<std::string>().find("Route 9"), std::string::npos);
  EXPECT_TRUE(j["error"].is_null());
  std::lock_guard<std::mutex> lock(mu);
  ASSERT_EQ(asked.size(), 3u);
  // Retry-After: 1 is honoured before each retry.
  EXPECT_GE(asked[1] - asked[0], std::chrono::milliseconds(950));
  EXPECT_GE(asked[2] - asked[1], std::chrono::milliseconds(950));
}

TEST(ExtractCommandTest, RobotsDisallowedPathFailsNamingRobotsTxt) {
  HttpServer server([](const HttpRequest& r) {
    if (r.path == "/robots.txt") {
      return HttpResponse{
          200, {{"Content-Type", "text/plain"}}, "User-agent: *\nDisallow: /private/\n"};
    }
    return Html(ArticleHtml("Secret", "The council met in private on Friday."));
  });
  MainResult r = CallMain({"extract", "--delay", "0", server.Url("/private/story")});
  EXPECT_NE(r.code, kExitOk);
  EXPECT_NE(r.err.find("robots.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/private/story"), std::string::npos) << r.err;
  EXPECT_EQ(CountPath(server, "/private/story"), 0u);
}

TEST(ExtractCommandTest, UrlsAndFilesKeepInputOrderWithSeveralJobs) {
  // The first host answers slowly, so its page is fetched last.
  HttpServer slow([](const HttpRequest& r) {
    if (r.path == "/robots.txt") return HttpResponse{404, {}, ""};
    HttpResponse p = Html(ArticleHtml("Slow " + r.path, "The slow outlet said the dam held."));
    p.delay_ms = 300;
    return p;
  });
  HttpServer quick(
      [](const HttpRequest& r) {
        if (r.path == "/robots.txt") return HttpResponse{404, {}, ""};
        return Html(ArticleHtml("Quick " + r.path, "The quick outlet said the dam broke."));
      },
      "127.0.0.2");
  TempDir dir;
  std::string file =
      dir.Write("saved.html", ArticleHtml("Saved", "A saved page said the dam held."));
  std::string text = dir.Write("notes.txt", "The river rose by two metres overnight.");
  std::vector<std::string> inputs = {slow.Url("/a"),  file,          quick.Url("/b"), text,
                                     quick.Url("/c"), slow.Url("/d")};
  std::vector<std::string> args = {"extract", "--delay", "0", "--jobs", "3", "--format", "jsonl"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  MainResult r = CallMain(args);
  ASSERT_EQ(r.code, kExitOk) << r.err;
  std::istringstream lines(r.out);
  std::vector<std::string> got;
  for (std::string line; std::getline(lines, line);) got.push_back(Json::parse(line)["input"]);
  EXPECT_EQ(got, inputs);
}

}  // namespace
}  // namespace claimdiff::app
