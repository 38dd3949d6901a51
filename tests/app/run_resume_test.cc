// `claimdiff run` under trouble, run as a user would run the binary: killed
// with SIGKILL at several points of a night and re-run (it must resume the
// same run and store every story exactly once), a bad job file, an
// unwritable report folder and a store locked by another process (one clear
// message, non-zero exit, nothing half-written).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/night_job.h"
#include "tests/support/shell.h"
#include "tests/support/store_query.h"
#include "tests/support/temp_dir.h"

namespace claimdiff {
namespace {

using claimdiff::testing::LineCount;
using claimdiff::testing::ReadFile;
using claimdiff::testing::TempDir;
using claimdiff::testing::WriteNightJob;

bool RunAndKill(const std::string& job, int story_lines) {
  return claimdiff::testing::RunAndKill(CLAIMDIFF_BINARY, job, story_lines) > 0;
}

std::pair<int, std::string> Shell(const std::string& command) {
  return claimdiff::testing::RunShell(command + " 2>&1");
}

// One integer (or text) from a query on the store.
std::string Query(const std::string& db_path, const std::string& sql) {
  return claimdiff::testing::QueryStore(db_path, sql);
}

TEST(RunResumeTest, KilledAtSeveralPointsThenReRunStoresEveryStoryExactlyOnce) {
  TempDir dir;
  constexpr int kStories = 200;
  std::string job = WriteNightJob(dir, kStories);
  std::string db = dir.File("c.db");

  // Killed as soon as it speaks (fetching), then twice in the middle.
  ASSERT_TRUE(RunAndKill(job, 0));
  ASSERT_TRUE(RunAndKill(job, 30));
  int after_second = std::stoi(Query(db, "SELECT COUNT(*) FROM run_stories"));
  EXPECT_GT(after_second, 0);
  EXPECT_LT(after_second, kStories);  // it really was killed mid-run
  ASSERT_TRUE(RunAndKill(job, 30));
  int after_third = std::stoi(Query(db, "SELECT COUNT(*) FROM run_stories"));
  EXPECT_GT(after_third, after_second);  // the second attempt resumed, not restarted
  EXPECT_EQ(Query(db, "SELECT COUNT(*) FROM runs WHERE finished_at IS NULL"), "1");

  auto [code, out] = Shell(std::string(CLAIMDIFF_BINARY) + " run " + job);
  ASSERT_EQ(code, 0) << out;
  EXPECT_NE(out.find("resuming an interrupted run"), std::string::npos) << out;

  EXPECT_EQ(Query(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(Query(db, "SELECT COUNT(*) FROM runs"), "1");  // every attempt was the same run
  EXPECT_EQ(Query(db, "SELECT status FROM runs"), "ok");
  EXPECT_EQ(Query(db, "SELECT COUNT(*) FROM run_stories WHERE status = 'done'"),
            std::to_string(kStories));
  EXPECT_EQ(Query(db, "SELECT COUNT(DISTINCT story_id) FROM run_stories"),
            std::to_string(kStories));
  EXPECT_EQ(Query(db, "SELECT COUNT(*) FROM stories"), std::to_string(kStories));
  // One version per page: none lost, none stored twice.
  EXPECT_EQ(Query(db, "SELECT COUNT(*) FROM articles"), std::to_string(3 * kStories));
  EXPECT_EQ(Query(db, "SELECT COUNT(DISTINCT url) FROM articles"), std::to_string(3 * kStories));
  EXPECT_EQ(Query(db, "SELECT COUNT(*) FROM story_inputs"), std::to_string(3 * kStories));
  EXPECT_EQ(Query(db, "SELECT COUNT(*) FROM fetches"), std::to_string(3 * kStories));
  EXPECT_EQ(Query(db, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                      "(SELECT 1 FROM claims c WHERE c.article_id = a.id)"),
            "0");
  for (const auto& entry : std::filesystem::directory_iterator(dir.File("out"))) {
    // No half-written report left behind by the killed attempts.
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
  }
  std::string index = ReadFile(dir.File("out/index.html"));
  for (int i = 0; i < kStories; ++i) {
    std::string id = "story-" + std::to_string(i);
    EXPECT_TRUE(std::filesystem::exists(dir.File("out/" + id + ".html"))) << id;
    EXPECT_NE(index.find("<code>" + id + "</code>"), std::string::npos) << id;
  }

  // The next night changes nothing: a new run, every story unchanged.
  auto [code2, out2] = Shell(std::string(CLAIMDIFF_BINARY) + " run " + job);
  ASSERT_EQ(code2, 0) << out2;
  EXPECT_NE(out2.find(std::to_string(kStories) + " stories unchanged"), std::string::npos) << out2;
  EXPECT_EQ(Query(db, "SELECT COUNT(*) FROM runs"), "2");
  EXPECT_EQ(Query(db, "SELECT COUNT(*) FROM articles"), std::to_string(3 * kStories));
}

TEST(RunResumeTest, ABadJobFileRunsNothingAndWritesNothing) {
  TempDir dir;
  std::string job = dir.Write("jobs.toml",
                              "[settings]\nstore = \"" + dir.File("c.db") + "\"\nreports = \"" +
                                  dir.File("out") + "\"\nconcurrency = \"many\"\n\n[[story]]\n"
                                  "id = \"a\"\ninputs = [\"x.html\"]\n");
  auto [code, out] = Shell(std::string(CLAIMDIFF_BINARY) + " run " + job);
  EXPECT_EQ(code, 1);
  EXPECT_EQ(LineCount(out), 1u) << out;
  EXPECT_NE(out.find(job + ":4"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir.File("c.db")));
  EXPECT_FALSE(std::filesystem::exists(dir.File("out")));
}

TEST(RunResumeTest, AnUnwritableReportFolderStopsTheRunBeforeTheStore) {
  TempDir dir;
  WriteNightJob(dir, 2);
  dir.Write("blocker", "a file where the report folder should go");
  std::string reports = dir.File("blocker/reports");
  auto [code, out] = Shell(std::string(CLAIMDIFF_BINARY) + " run " + dir.File("jobs.toml") +
                           " --out " + reports);
  EXPECT_EQ(code, 1);
  EXPECT_EQ(LineCount(out), 1u) << out;
  EXPECT_NE(out.find(reports), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir.File("c.db")));
}

TEST(RunResumeTest, ALockedStoreGivesOneMessageAndChangesNothing) {
  TempDir dir;
  std::string job = WriteNightJob(dir, 3);
  std::string db_path = dir.File("c.db");
  auto [first, out1] = Shell(std::string(CLAIMDIFF_BINARY) + " run " + job);
  ASSERT_EQ(first, 0) << out1;
  std::string index_before = ReadFile(dir.File("out/index.html"));

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  auto [code, out] = Shell(std::string(CLAIMDIFF_BINARY) + " run --busy-timeout 0.2 " + job);
  sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(db);

  EXPECT_EQ(code, 1);
  EXPECT_EQ(LineCount(out), 1u) << out;
  EXPECT_NE(out.find("locked by another process"), std::string::npos) << out;
  EXPECT_NE(out.find(db_path), std::string::npos) << out;
  EXPECT_EQ(Query(db_path, "SELECT COUNT(*) FROM runs"), "1");
  EXPECT_EQ(Query(db_path, "SELECT COUNT(*) FROM fetches"), "9");
  EXPECT_EQ(ReadFile(dir.File("out/index.html")), index_before);
}

}  // namespace
}  // namespace claimdiff
