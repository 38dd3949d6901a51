// Runs the built `claimdiff` binary as a user would: on the bundled example
// story, and on the same pages served over HTTP from 127.0.0.1.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <map>
#include <set>

#include "core/json.h"
#include "tests/support/http_server.h"
#include "tests/support/shell.h"
#include "tests/support/temp_dir.h"

namespace claimdiff {
namespace {

using claimdiff::testing::HttpServer;
using claimdiff::testing::ReadFile;
using claimdiff::testing::TempDir;

const std::string kExample = std::string(CLAIMDIFF_SOURCE_DIR) + "/examples/kestrel-bay/";

std::pair<int, std::string> Shell(const std::string& command) {
  return claimdiff::testing::RunShell(command);
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

// The cluster holding a member whose text contains `needle`, or null.
const Json* ClusterWith(const Json& story, const std::string& needle) {
  for (const Json& c : story["clusters"]) {
    for (const Json& m : c["members"]) {
      if (m["text"].get<std::string>().find(needle) != std::string::npos) return &c;
    }
  }
  return nullptr;
}

const Json* ConflictOfType(const Json& cluster, const std::string& type) {
  for (const Json& x : cluster["conflicts"]) {
    if (x["type"] == type) return &x;
  }
  return nullptr;
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
  // The evacuation order is told by all four outlets, worded differently.
  EXPECT_EQ(OutletsOfClusterWith(story, "ordered the evacuation", &verdict),
            (std::set<std::string>{"Northern Ledger", "Harbour Times", "Valley Wire",
                                   "City Courier"}));
  EXPECT_EQ(verdict, "match");
  // The coast guard's boats: three outlets.
  EXPECT_EQ(OutletsOfClusterWith(story, "three fishing boats", &verdict),
            (std::set<std::string>{"Northern Ledger", "Valley Wire", "City Courier"}));
  EXPECT_EQ(verdict, "match");
  // The bridge closure is Harbour Times' alone.
  EXPECT_EQ(OutletsOfClusterWith(story, "Route 9", &verdict),
            (std::set<std::string>{"Harbour Times"}));
  EXPECT_EQ(verdict, "unique");

  // The number of evacuees differs: 1,200 against 1,500.
  const Json* evacuees = ClusterWith(story, "residents of Kestrel Bay");
  ASSERT_NE(evacuees, nullptr);
  EXPECT_EQ((*evacuees)["verdict"], "differ");
  const Json* number = ConflictOfType(*evacuees, "number");
  ASSERT_NE(number, nullptr);
  std::set<std::string> values = {(*number)["left_text"], (*number)["right_text"]};
  EXPECT_EQ(values, (std::set<std::string>{"About 1,200", "Some 1,500"}));

  // The governor's quote is worded differently, with a word diff.
  const Json* quote_cluster = ClusterWith(story, "family without");
  ASSERT_NE(quote_cluster, nullptr);
  EXPECT_EQ((*quote_cluster)["verdict"], "differ");
  EXPECT_EQ((*quote_cluster)["members"].size(), 4u);
  const Json* quote = ConflictOfType(*quote_cluster, "quote");
  ASSERT_NE(quote, nullptr);
  std::string inserted, deleted;
  for (const Json& op : (*quote)["word_diff"]) {
    if (op["op"] == "insert") inserted += op["text"].get<std::string>() + " ";
    if (op["op"] == "delete") deleted += op["text"].get<std::string>() + " ";
  }
  EXPECT_NE((inserted + deleted).find("roof"), std::string::npos);
  EXPECT_NE((inserted + deleted).find("shelter"), std::string::npos);

  // Valley Wire (and City Courier, copying it) cite the Harbour Times for
  // the sea wall; the Harbour Times had it first.
  const Json* wall = ClusterWith(story, "sea wall had held");
  ASSERT_NE(wall, nullptr);
  bool valley_cites_times = false;
  for (const Json& link : (*wall)["provenance"]["chain"]) {
    valley_cites_times = valley_cites_times ||
                         (link["from"] == "Valley Wire" && link["to"] == "Harbour Times");
  }
  EXPECT_TRUE(valley_cites_times);
  size_t first = (*wall)["provenance"]["first_member"];
  EXPECT_EQ((*wall)["members"][first]["outlet"], "Harbour Times");

  // City Courier is a wire copy of Valley Wire.
  ASSERT_EQ(story["wire_groups"].size(), 1u);
  const Json& group = story["wire_groups"][0];
  EXPECT_EQ(story["outlets"][group["origin"].get<size_t>()]["outlet"], "Valley Wire");
  ASSERT_EQ(group["copies"].size(), 1u);
  EXPECT_EQ(story["outlets"][group["copies"][0].get<size_t>()]["outlet"], "City Courier");
  EXPECT_EQ(group["agency"], "Valley Wire");

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
