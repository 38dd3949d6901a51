// Runs the built `claimdiff` binary as a user would: on the bundled example
// story, and on the same pages served over HTTP from 127.0.0.1.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <map>
#include <set>

#include "core/json.h"
#include "tests/support/http_server.h"
#include "tests/support/temp_dir.h"

namespace claimdiff {
namespace {

using claimdiff::testing::HttpServer;
using claimdiff::testing::ReadFile;
using claimdiff::testing::TempDir;

const std::string kExample = std::string(CLAIMDIFF_SOURCE_DIR) + "/examples/kestrel-bay/";

// Runs a shell command; returns its exit status and standard output.
std::pair<int, std::string> Shell(const std::string& command) {
  std::string out;
  FILE* p = ::popen(command.c_str(), "r");
  if (p == nullptr) return {-1, ""};
  std::array<char, 4096> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int status = ::pclose(p);
  return {WEXITSTATUS(status), out};
}

// The cluster (as a set of outlet names) holding a member whose text
// contains `needle`.
std::set<std::string> OutletsOfClusterWith(const Json& story, const std::string& needle,
                                           std::string* verdict) {
  for (const Json& c : story["clusters"]) {
    for (const Json& m : c["members"]) {
      if (m["text"].get<std::string>().find(needle) != std::string::npos) {
        std::set<std::string> outlets;
        for (const Json& n : c["members"]) outlets.insert(n["outlet"].get<std::string>());
        *verdict = c["verdict"];
        return outlets;
      }
    }
  }
  return {};
}

TEST(EndToEndTest, CompareOnTheExampleClustersTheSharedClaims) {
  TempDir dir;
  std::string cmd = std::string(CLAIMDIFF_BINARY) + " compare --json " + dir.File("s.json") +
                    " --html " + dir.File("s.html") + " " + kExample + "northern-ledger.html " +
                    kExample + "harbour-times.html " + kExample + "valley-wire.html " + kExample +
                    "city-courier.html";
  auto [code, out] = Shell(cmd);
  ASSERT_EQ(code, 0) << out;
  Json story = Json::parse(ReadFile(dir.File("s.json")));
  ASSERT_EQ(story["outlets"].size(), 4u);

  std::string verdict;
  // The evacuation order is told by all four outlets.
  EXPECT_EQ(OutletsOfClusterWith(story, "ordered the evacuation", &verdict),
            (std::set<std::string>{"Northern Ledger", "Harbour Times", "Valley Wire",
                                   "City Courier"}));
  EXPECT_EQ(verdict, "match");
  // The coast guard's boats: three outlets.
  EXPECT_EQ(OutletsOfClusterWith(story, "three fishing boats", &verdict),
            (std::set<std::string>{"Northern Ledger", "Valley Wire", "City Courier"}));
  // The bridge closure is Harbour Times' alone.
  EXPECT_EQ(OutletsOfClusterWith(story, "Route 9", &verdict),
            (std::set<std::string>{"Harbour Times"}));
  EXPECT_EQ(verdict, "unique");
  // Boilerplate stayed out: no newsletter box, no comment, no caption.
  EXPECT_EQ(ReadFile(dir.File("s.json")).find("Sign up"), std::string::npos);
  EXPECT_EQ(ReadFile(dir.File("s.json")).find("Reader123"), std::string::npos);
  EXPECT_EQ(ReadFile(dir.File("s.json")).find("Photo: Tomas Reed"), std::string::npos);

  std::string html = ReadFile(dir.File("s.html"));
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("</html>"), std::string::npos);
}

TEST(EndToEndTest, CompareFetchesPagesFromALocalServer) {
  std::map<std::string, std::string> pages = {
      {"/ledger", ReadFile(kExample + "northern-ledger.html")},
      {"/times", ReadFile(kExample + "harbour-times.html")},
  };
  HttpServer server([&pages](const claimdiff::testing::HttpRequest& req) {
    auto it = pages.find(req.path);
    if (it == pages.end()) return claimdiff::testing::HttpResponse{404, {}, "no"};
    return claimdiff::testing::HttpResponse{
        200, {{"Content-Type", "text/html; charset=utf-8"}}, it->second};
  });
  auto [code, out] = Shell(std::string(CLAIMDIFF_BINARY) + " compare --delay 0 " + server.Url("/ledger") +
                           " " + server.Url("/times"));
  ASSERT_EQ(code, 0) << out;
  Json story = Json::parse(out);
  std::string verdict;
  EXPECT_EQ(OutletsOfClusterWith(story, "Emergency shelters", &verdict),
            (std::set<std::string>{"Northern Ledger", "Harbour Times"}));

  auto [bad_code, bad_out] = Shell(std::string(CLAIMDIFF_BINARY) + " compare --delay 0 " +
                                   server.Url("/ledger") + " " + server.Url("/gone") + " 2>&1");
  EXPECT_EQ(bad_code, 1);
  EXPECT_NE(bad_out.find("/gone"), std::string::npos);
}

TEST(EndToEndTest, TheReadmeExampleJobRuns) {
  TempDir dir;
  auto [code, out] = Shell("cd " + dir.path() + " && " + CLAIMDIFF_BINARY + " run " +
                           CLAIMDIFF_SOURCE_DIR + "/examples/jobs.toml");
  ASSERT_EQ(code, 0) << out;
  EXPECT_NE(out.find("1 stories (1 done, 0 failed)"), std::string::npos) << out;
  EXPECT_TRUE(std::filesystem::exists(dir.File("example-out/claimdiff.db")));
  EXPECT_TRUE(std::filesystem::exists(dir.File("example-out/reports/index.html")));
  EXPECT_TRUE(std::filesystem::exists(dir.File("example-out/reports/kestrel-bay-flood.html")));
}

}  // namespace
}  // namespace claimdiff
