// `claimdiff history` on a page edited between two runs, and `claimdiff
// report` rendering one index from the stores of a sharded night.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>

#include "tests/support/shell.h"
#include "tests/support/temp_dir.h"

namespace claimdiff {
namespace {

using claimdiff::testing::ReadFile;
using claimdiff::testing::TempDir;

std::pair<int, std::string> Shell(const std::string& command) {
  return claimdiff::testing::RunShell(command + " 2>&1");
}

std::string Page(const std::string& outlet, const std::string& paragraphs) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Ferry strike</title>"
         "<meta property=\"og:site_name\" content=\"" + outlet + "\"></head><body><article>"
         "<h1>Ferry strike</h1>" + paragraphs + "</article></body></html>";
}

const std::string kBefore =
    "<p>Ferry crews walked out on Monday, the union said.</p>"
    "<p>About 30 sailings were cancelled, according to the operator.</p>"
    "<p>The strike is the first since 2019.</p>";
const std::string kAfter =
    "<p>Ferry crews walked out on Monday, the union said.</p>"
    "<p>About 45 sailings were cancelled, according to the operator.</p>"
    "<p>Talks will resume on Thursday, a mediator said.</p>";

std::string Job(const TempDir& dir, int stories) {
  std::string toml = "[settings]\nstore = \"" + dir.File("c.db") + "\"\nreports = \"" +
                     dir.File("out") + "\"\n";
  for (int i = 0; i < stories; ++i) {
    std::string s = std::to_string(i);
    toml += "\n[[story]]\nid = \"ferry-" + s + "\"\ninputs = [\"a" + s + ".html\", \"b" + s +
            ".html\"]\n";
    dir.Write("a" + s + ".html", Page("Outlet A", kBefore));
    dir.Write("b" + s + ".html", Page("Outlet B", kBefore));
  }
  return dir.Write("jobs.toml", toml);
}

TEST(HistoryReportTest, HistoryShowsAddedRemovedAndEditedSentences) {
  TempDir dir;
  std::string job = Job(dir, 1);
  std::string bin = CLAIMDIFF_BINARY;
  ASSERT_EQ(Shell(bin + " run " + job).first, 0);
  dir.Write("a0.html", Page("Outlet A", kAfter));
  auto [code, out] = Shell(bin + " run " + job);
  ASSERT_EQ(code, 0) << out;

  auto [hcode, h] = Shell(bin + " history --db " + dir.File("c.db") + " ferry-0");
  ASSERT_EQ(hcode, 0) << h;
  EXPECT_NE(h.find("a0.html: 2 versions"), std::string::npos) << h;
  EXPECT_NE(h.find("b0.html: 1 version"), std::string::npos) << h;
  EXPECT_NE(h.find("1 added, 1 removed, 1 edited since v1"), std::string::npos) << h;
  EXPECT_NE(h.find("~ About [-30-] {+45+} sailings"), std::string::npos) << h;
  EXPECT_NE(h.find("- The strike is the first since 2019."), std::string::npos) << h;
  EXPECT_NE(h.find("+ Talks will resume on Thursday, a mediator said."), std::string::npos) << h;

  auto [ucode, u] = Shell(bin + " history --db " + dir.File("c.db") + " no-such-story");
  EXPECT_EQ(ucode, 1);
  EXPECT_NE(u.find("no-such-story"), std::string::npos) << u;
}

TEST(HistoryReportTest, ReportRendersTheStoresOfAShardedNightAsOne) {
  TempDir dir;
  std::string job = Job(dir, 6);
  std::string bin = CLAIMDIFF_BINARY;
  auto [c0, o0] = Shell(bin + " run --shard 0/2 --db " + dir.File("s0.db") + " --out " +
                        dir.File("out0") + " " + job);
  ASSERT_EQ(c0, 0) << o0;
  auto [c1, o1] = Shell(bin + " run --shard 1/2 --db " + dir.File("s1.db") + " --out " +
                        dir.File("out1") + " " + job);
  ASSERT_EQ(c1, 0) << o1;
  // The shards split the stories between them.
  EXPECT_EQ(o0.find("6 stories"), std::string::npos) << o0;

  auto [code, out] = Shell(bin + " report --db " + dir.File("s0.db") + " --db " +
                           dir.File("s1.db") + " --out " + dir.File("all"));
  ASSERT_EQ(code, 0) << out;
  EXPECT_NE(out.find("6 stories from 2 stores"), std::string::npos) << out;
  std::string index = ReadFile(dir.File("all/index.html"));
  for (int i = 0; i < 6; ++i) {
    std::string id = "ferry-" + std::to_string(i);
    EXPECT_NE(index.find("<code>" + id + "</code>"), std::string::npos) << id;
    EXPECT_FALSE(ReadFile(dir.File("all/" + id + ".html")).empty()) << id;
  }
  auto [bad, bad_out] = Shell(bin + " report --db " + dir.File("s0.db") + " --db " +
                              dir.File("missing.db") + " --out " + dir.File("x"));
  EXPECT_EQ(bad, 1);
  EXPECT_NE(bad_out.find("missing.db: no such store"), std::string::npos) << bad_out;
}

}  // namespace
}  // namespace claimdiff
