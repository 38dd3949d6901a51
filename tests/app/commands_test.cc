#include "app/commands.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "core/json.h"
#include "tests/support/call_main.h"
#include "tests/support/temp_dir.h"

namespace claimdiff::app {
namespace {

using claimdiff::testing::ReadFile;
using claimdiff::testing::TempDir;

using Result = claimdiff::testing::MainResult;

Result Call(std::vector<std::string> args) { return claimdiff::testing::CallMain(std::move(args)); }

const char kPageA[] = R"(<html><head><meta property="og:site_name" content="Outlet A">
<title>Bridge closed</title></head><body><article>
<p>The bridge on Route 9 was closed to traffic on Friday night.</p>
<p>Engineers will inspect the bridge on Monday morning.</p>
</article></body></html>)";
const char kPageB[] = R"(<html><head><meta property="og:site_name" content="Outlet B">
<title>Route 9 bridge shut</title></head><body><article>
<p>The bridge on Route 9 was closed to all traffic on Friday night.</p>
<p>The mayor thanked volunteers for filling sandbags.</p>
</article></body></html>)";

TEST(CommandsTest, HelpExitsZeroForEverySubcommand) {
  for (const char* sub : {"extract", "compare", "match", "run", "report", "history"}) {
    Result r = Call({sub, "--help"});
    EXPECT_EQ(r.code, kExitOk) << sub;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << sub;
  }
}

TEST(CommandsTest, UnknownSubcommandIsAUsageError) {
  EXPECT_EQ(Call({"frobnicate"}).code, kExitUsage);
  EXPECT_EQ(Call({}).code, kExitUsage);
  EXPECT_EQ(Call({"extract", "--format", "xml", "a.html"}).code, kExitUsage);
}

TEST(CommandsTest, ExtractPrintsClaimsWhoseOffsetsSliceTheText) {
  TempDir dir;
  std::string path = dir.Write("story.txt",
                               "Headline\n\nThe U.S. envoy met Mr. Haiat on Friday. Talks went on.");
  Result r = Call({"extract", "--format", "json", path});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  Json j = Json::parse(r.out);
  std::string text = j["text"];
  ASSERT_EQ(j["claims"].size(), 3u);
  for (const Json& c : j["claims"]) {
    size_t start = c["start"], end = c["end"];
    EXPECT_EQ(text.substr(start, end - start), c["text"].get<std::string>());
  }
  EXPECT_EQ(j["claims"][1]["text"], "The U.S. envoy met Mr. Haiat on Friday.");
}

TEST(CommandsTest, ExtractJsonListsHeadingsWithSpansIntoTheText) {
  TempDir dir;
  std::string path = dir.Write("story.html", R"(<html><body><article>
<p>The bridge on Route 9 was closed to traffic on Friday night, officials said.</p>
<h2>Repairs</h2>
<p>Engineers will inspect the bridge on Monday morning, the mayor said.</p>
</article></body></html>)");
  Result r = Call({"extract", "--format", "json", path});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  Json j = Json::parse(r.out);
  std::string text = j["text"];
  ASSERT_EQ(j["headings"].size(), 1u) << r.out;
  const Json& h = j["headings"][0];
  size_t start = h["start"], end = h["end"];
  EXPECT_EQ(text.substr(start, end - start), "Repairs");
  EXPECT_EQ(h["text"], "Repairs");
  for (const Json& c : j["claims"]) EXPECT_EQ(c["text"].get<std::string>().find("Repairs"),
                                              std::string::npos);
  EXPECT_EQ(j["claims"].size(), 2u);
}

TEST(CommandsTest, ExtractJsonlPrintsOneObjectPerLine) {
  TempDir dir;
  std::string a = dir.Write("a.html", kPageA);
  std::string b = dir.Write("b.html", kPageB);
  Result r = Call({"extract", "--format", "jsonl", a, b});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<std::string> outlets;
  while (std::getline(lines, line)) outlets.push_back(Json::parse(line)["outlet"]);
  EXPECT_EQ(outlets, (std::vector<std::string>{"Outlet A", "Outlet B"}));
}

TEST(CommandsTest, ExtractOfAMissingFileNamesItAndFails) {
  Result r = Call({"extract", "/no/such/page.html"});
  EXPECT_EQ(r.code, kExitFailure);
  EXPECT_NE(r.err.find("/no/such/page.html"), std::string::npos);
  EXPECT_TRUE(r.out.empty());
}

TEST(CommandsTest, CompareWritesJsonHtmlAndStore) {
  TempDir dir;
  std::string a = dir.Write("a.html", kPageA);
  std::string b = dir.Write("b.html", kPageB);
  Result r = Call({"compare", "--json", dir.File("out.json"), "--html", dir.File("out.html"),
                   "--db", dir.File("c.db"), "--id", "bridge", a, b});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  Json j = Json::parse(ReadFile(dir.File("out.json")));
  EXPECT_EQ(j["id"], "bridge");
  ASSERT_GE(j["clusters"].size(), 1u);
  EXPECT_EQ(j["clusters"][0]["verdict"], "match");
  EXPECT_EQ(j["clusters"][0]["members"].size(), 2u);
  EXPECT_EQ(j["summary"]["unique"], 2);
  EXPECT_NE(ReadFile(dir.File("out.html")).find("Outlet B"), std::string::npos);

  Result h = Call({"history", "--db", dir.File("c.db"), "bridge"});
  EXPECT_EQ(h.code, kExitOk) << h.err;
  EXPECT_NE(h.out.find("1 version"), std::string::npos) << h.out;
}

TEST(CommandsTest, MatchScoresPairsAndRejectsMalformedLines) {
  TempDir dir;
  std::string good = dir.Write("pairs.tsv",
                               "p1\tThe bridge was closed on Friday.\tOn Friday the bridge was closed.\n"
                               "p2\tThe bridge was closed on Friday.\tVolunteers filled sandbags.\n");
  Result r = Call({"match", good});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  std::istringstream lines(r.out);
  std::string l1, l2;
  std::getline(lines, l1);
  std::getline(lines, l2);
  EXPECT_EQ(Json::parse(l1)["verdict"], "match");
  EXPECT_EQ(Json::parse(l2)["verdict"], "unrelated");
  EXPECT_EQ(Json::parse(l1)["id"], "p1");

  std::string bad = dir.Write("bad.tsv", "p1\tonly two fields\n");
  Result e = Call({"match", bad});
  EXPECT_EQ(e.code, kExitFailure);
  EXPECT_NE(e.err.find("bad.tsv: line 1:"), std::string::npos) << e.err;
  EXPECT_TRUE(e.out.empty());
}

TEST(CommandsTest, MatchNamesTheConflictingPartsWithAWordDiff) {
  TempDir dir;
  std::string pairs = dir.Write(
      "pairs.tsv",
      "n\tAbout 1,200 residents were evacuated on Friday.\tSome 1,500 residents were evacuated "
      "on Friday.\n"
      "q\t\"An obscene step that supports terror,\" Haiat said.\t\"A deplorable step that "
      "supports terror,\" Hayat said.\n");
  Result r = Call({"match", pairs});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  std::istringstream lines(r.out);
  std::string l1, l2;
  std::getline(lines, l1);
  std::getline(lines, l2);
  Json n = Json::parse(l1);
  EXPECT_EQ(n["verdict"], "differ");
  ASSERT_EQ(n["conflicts"].size(), 1u);
  EXPECT_EQ(n["conflicts"][0]["type"], "number");
  EXPECT_EQ(n["conflicts"][0]["a"], "About 1,200");
  EXPECT_EQ(n["conflicts"][0]["b"], "Some 1,500");
  // Haiat / Hayat is one speaker: only the quote's wording differs.
  Json q = Json::parse(l2);
  EXPECT_EQ(q["verdict"], "differ");
  ASSERT_EQ(q["conflicts"].size(), 1u) << l2;
  EXPECT_EQ(q["conflicts"][0]["type"], "quote");
  ASSERT_FALSE(q["conflicts"][0]["word_diff"].empty());
  EXPECT_EQ(q["conflicts"][0]["word_diff"][0]["op"], "delete");
  EXPECT_EQ(q["conflicts"][0]["word_diff"][0]["text"], "An obscene");
}

TEST(CommandsTest, RunStoresReportsAndRerendersFromTheStore) {
  TempDir dir;
  dir.Write("pages/a.html", kPageA);
  dir.Write("pages/b.html", kPageB);
  std::string job = dir.Write("jobs.toml", R"(
[[story]]
id = "bridge"
title = "Bridge closed"
inputs = ["pages/a.html", "pages/b.html"]
)");
  Result r = Call({"run", job, "--db", dir.File("n.db"), "--out", dir.File("reports")});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir.File("reports/index.html")));
  EXPECT_TRUE(std::filesystem::exists(dir.File("reports/bridge.html")));
  std::string first_json = ReadFile(dir.File("reports/bridge.json"));
  EXPECT_NE(first_json.find("\"verdict\": \"match\""), std::string::npos);

  Result rep = Call({"report", "--db", dir.File("n.db"), "--out", dir.File("again")});
  ASSERT_EQ(rep.code, kExitOk) << rep.err;
  EXPECT_EQ(ReadFile(dir.File("again/bridge.json")), first_json);
}

TEST(CommandsTest, RunWritesClaimReviewAndShowsStealthEditsOnTheNextRun) {
  TempDir dir;
  dir.Write("pages/a.html", kPageA);
  dir.Write("pages/b.html", kPageB);
  std::string job = dir.Write("jobs.toml", R"(
[[story]]
id = "bridge"
title = "Bridge closed"
inputs = ["pages/a.html", "pages/b.html"]
)");
  std::vector<std::string> args = {"run", job, "--db", dir.File("n.db"), "--out",
                                   dir.File("reports")};
  ASSERT_EQ(Call(args).code, kExitOk);
  Json review = Json::parse(ReadFile(dir.File("reports/bridge.claimreview.jsonld")));
  EXPECT_EQ(review["@context"], "https://schema.org");
  EXPECT_FALSE(review["@graph"].empty());
  std::string first = ReadFile(dir.File("reports/bridge.html"));
  EXPECT_EQ(first.find("Changed since the last run"), std::string::npos);
  EXPECT_NE(ReadFile(dir.File("reports/index.html")).find("first run"), std::string::npos);

  std::string edited = kPageA;
  edited.replace(edited.find("Monday morning"), 14, "Tuesday morning");
  dir.Write("pages/a.html", edited);
  ASSERT_EQ(Call(args).code, kExitOk);
  std::string second = ReadFile(dir.File("reports/bridge.html"));
  EXPECT_NE(second.find("Changed since the last run"), std::string::npos);
  EXPECT_NE(second.find("<del>Monday</del> <ins>Tuesday</ins>"), std::string::npos);
  EXPECT_NE(ReadFile(dir.File("reports/index.html")).find("0 new, 0 dropped, 1 edited"),
            std::string::npos);

  Result rep = Call({"report", "--db", dir.File("n.db"), "--out", dir.File("again")});
  ASSERT_EQ(rep.code, kExitOk) << rep.err;
  EXPECT_NE(ReadFile(dir.File("again/bridge.html")).find("<del>Monday</del>"), std::string::npos);
}

TEST(CommandsTest, RunWithABadJobFileRunsNothing) {
  TempDir dir;
  std::string job = dir.Write("jobs.toml", "[[story]]\nid = \"x\"\n");
  Result r = Call({"run", job, "--db", dir.File("n.db"), "--out", dir.File("reports")});
  EXPECT_EQ(r.code, kExitFailure);
  EXPECT_NE(r.err.find("jobs.toml"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.File("n.db")));
  EXPECT_FALSE(std::filesystem::exists(dir.File("reports")));
}

TEST(CommandsTest, RunShardsSplitTheStoriesWithoutOverlap) {
  TempDir dir;
  dir.Write("a.html", kPageA);
  std::string toml;
  for (int i = 0; i < 6; ++i) {
    toml += "[[story]]\nid = \"s" + std::to_string(i) + "\"\ninputs = [\"a.html\"]\n";
  }
  std::string job = dir.Write("jobs.toml", toml);
  size_t total = 0;
  for (const char* shard : {"0/2", "1/2"}) {
    std::string db = dir.File(std::string("shard") + shard[0] + ".db");
    Result r = Call({"run", job, "--db", db, "--out", dir.File("r"), "--shard", shard});
    ASSERT_EQ(r.code, kExitOk) << r.err;
    size_t pos = r.out.find(" stories");
    total += std::stoul(r.out.substr(r.out.find(": ") + 2, pos - r.out.find(": ") - 2));
  }
  EXPECT_EQ(total, 6u);
  EXPECT_EQ(Call({"run", job, "--shard", "2/2"}).code, kExitUsage);
}

TEST(CommandsTest, ReportOnAMissingStoreFails) {
  TempDir dir;
  Result r = Call({"report", "--db", dir.File("none.db"), "--out", dir.File("o")});
  EXPECT_EQ(r.code, kExitFailure);
  EXPECT_NE(r.err.find("none.db"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.File("none.db")));
}

TEST(CommandsTest, WriteFileAtomicLeavesNoTemporaryFiles) {
  TempDir dir;
  ASSERT_TRUE(WriteFileAtomic(dir.File("sub/x.txt"), "content").ok());
  EXPECT_EQ(ReadFile(dir.File("sub/x.txt")), "content");
  size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.File("sub"))) {
    (void)e;
    ++files;
  }
  EXPECT_EQ(files, 1u);
}

}  // namespace
}  // namespace claimdiff::app
