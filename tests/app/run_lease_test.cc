// The run lease, run as cron would run the binary: a second run of the same
// job while the first is in progress is refused with one line and changes
// nothing; a run killed with SIGKILL leaves a lease the next run takes
// over; a lease whose heartbeat stopped is taken over, a fresh one is not.
#include "app/run_lease.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "db/store.h"
#include "tests/support/http_server.h"
#include "tests/support/night_job.h"
#include "tests/support/shell.h"
#include "tests/support/store_query.h"
#include "tests/support/temp_dir.h"

namespace claimdiff {
namespace {

using claimdiff::testing::HttpRequest;
using claimdiff::testing::HttpResponse;
using claimdiff::testing::HttpServer;
using claimdiff::testing::LineCount;
using claimdiff::testing::NightPage;
using claimdiff::testing::QueryStore;
using claimdiff::testing::ReadFile;
using claimdiff::testing::TempDir;
using claimdiff::testing::WriteNightJob;

const std::string kBinary = CLAIMDIFF_BINARY;

std::pair<int, std::string> Shell(const std::string& command) {
  return claimdiff::testing::RunShell(command + " 2>&1");
}

std::string HostName() {
  char buf[256] = {0};
  ::gethostname(buf, sizeof(buf) - 1);
  return buf;
}

std::string IsoSecondsAgo(long seconds) {
  std::time_t t = std::time(nullptr) - seconds;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Everything in the store (sqlite3's .dump) and in the report folder (each
// file's name and bytes): what "touching nothing" is checked against.
std::string Snapshot(const TempDir& dir) {
  auto [code, dump] = Shell("sqlite3 " + dir.File("c.db") + " .dump");
  std::string out = "exit " + std::to_string(code) + "\n" + dump;
  std::set<std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir.File("out"))) {
    files.insert(e.path().string());
  }
  for (const std::string& f : files) out += "\n== " + f + "\n" + ReadFile(f);
  return out;
}

// A site whose page request blocks until the test lets it go, so that a
// run is held in the middle of its fetch.
class GatedSite {
 public:
  HttpResponse operator()(const HttpRequest& r) {
    if (r.path == "/robots.txt") return {404, {}, ""};
    std::unique_lock<std::mutex> lock(mu_);
    asked_ = true;
    changed_.notify_all();
    changed_.wait(lock, [this] { return open_; });
    return {200, {{"Content-Type", "text/html; charset=utf-8"}}, NightPage(9, 9)};
  }
  bool WaitUntilAsked(std::chrono::seconds limit) {
    std::unique_lock<std::mutex> lock(mu_);
    return changed_.wait_for(lock, limit, [this] { return asked_; });
  }
  void Open() {
    std::lock_guard<std::mutex> lock(mu_);
    open_ = true;
    changed_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable changed_;
  bool asked_ = false;
  bool open_ = false;
};

TEST(RunLeaseTest, ASecondRunOfTheSameJobIsRefusedAndTouchesNothing) {
  TempDir dir;
  GatedSite site;
  HttpServer server([&site](const HttpRequest& r) { return site(r); });
  std::string job = dir.Write(
      "jobs.toml", "[settings]\nstore = \"" + dir.File("c.db") + "\"\nreports = \"" +
                       dir.File("out") + "\"\nper_host_delay_s = 0\n\n[[story]]\nid = \"gated\"\n" +
                       "inputs = [\"" + server.Url("/gated.html") + "\", \"saved.html\"]\n");
  dir.Write("saved.html", NightPage(1, 1));

  std::string log = dir.File("first.log");
  pid_t first = ::fork();
  if (first == 0) {
    int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(fd, STDOUT_FILENO);
    ::dup2(fd, STDERR_FILENO);
    ::execl(kBinary.c_str(), kBinary.c_str(), "run", job.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ASSERT_GT(first, 0);
  bool asked = site.WaitUntilAsked(std::chrono::seconds(30));
  std::string before = asked ? Snapshot(dir) : "";
  auto [code, out] = Shell(kBinary + " run " + job);
  std::string after = asked ? Snapshot(dir) : "";
  site.Open();
  int status = 0;
  ::waitpid(first, &status, 0);
  ASSERT_TRUE(asked) << ReadFile(log);

  EXPECT_EQ(code, 4) << out;
  EXPECT_EQ(LineCount(out), 1u) << out;
  EXPECT_NE(out.find("another run of this job is in progress: pid " + std::to_string(first) +
                     " on " + HostName() + " since 20"),
            std::string::npos)
      << out;
  EXPECT_NE(before.find("run_leases"), std::string::npos) << before;
  EXPECT_EQ(after, before);

  // The first run was not disturbed: it finished, and dropped its lease.
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << ReadFile(log);
  EXPECT_EQ(QueryStore(dir.File("c.db"), "SELECT COUNT(*) FROM runs"), "1");
  EXPECT_EQ(QueryStore(dir.File("c.db"), "SELECT COUNT(*) FROM run_leases"), "0");
}

TEST(RunLeaseTest, ALeaseLeftBySigkillIsTakenOverByTheNextRun) {
  TempDir dir;
  std::string job = WriteNightJob(dir, 60);
  std::string db = dir.File("c.db");
  pid_t killed = claimdiff::testing::RunAndKill(kBinary, job, 5);
  ASSERT_GT(killed, 0);
  EXPECT_EQ(QueryStore(db, "SELECT pid FROM run_leases"), std::to_string(killed));

  auto [code, out] = Shell(kBinary + " run " + job);
  EXPECT_EQ(code, 0) << out;
  EXPECT_NE(out.find("took over the lease of this job from pid " + std::to_string(killed) + " on " +
                     HostName()),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("that process is gone"), std::string::npos) << out;
  EXPECT_NE(out.find("resuming an interrupted run"), std::string::npos) << out;
  EXPECT_EQ(QueryStore(db, "SELECT COUNT(*) FROM run_leases"), "0");
  EXPECT_EQ(QueryStore(db, "SELECT COUNT(*) FROM run_stories"), "60");
}

// Puts a lease of the job into the store as a holder on another host
// (whose pid cannot be checked from here) would have left it.
void PlantLease(const std::string& db_path, const std::string& job_key,
                const std::string& heartbeat_at) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_path.c_str(), &db), SQLITE_OK);
  std::string sql =
      "INSERT OR REPLACE INTO run_leases(job_key, token, pid, host, started_at, heartbeat_at) "
      "VALUES('" +
      job_key + "', 'planted', 4242, 'night-host-2', '2026-11-25T02:15:00Z', '" + heartbeat_at +
      "')";
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
}

TEST(RunLeaseTest, ALeaseFromAnotherHostIsTakenOverOnlyWhenItsHeartbeatIsOld) {
  TempDir dir;
  std::string job = WriteNightJob(dir, 2);
  std::string db = dir.File("c.db");
  auto [first, out1] = Shell(kBinary + " run " + job);
  ASSERT_EQ(first, 0) << out1;
  std::string key = std::filesystem::path(job).lexically_normal().string() + " 0/1";

  PlantLease(db, key, IsoSecondsAgo(20));
  auto [refused, out2] = Shell(kBinary + " run " + job);
  EXPECT_EQ(refused, 4) << out2;
  EXPECT_NE(out2.find("pid 4242 on night-host-2 since 2026-11-25T02:15:00Z"), std::string::npos)
      << out2;
  EXPECT_EQ(QueryStore(db, "SELECT COUNT(*) FROM runs"), "1");

  PlantLease(db, key, IsoSecondsAgo(600));
  auto [taken, out3] = Shell(kBinary + " run " + job);
  EXPECT_EQ(taken, 0) << out3;
  EXPECT_NE(out3.find("took over the lease of this job from pid 4242 on night-host-2"),
            std::string::npos)
      << out3;
  EXPECT_NE(out3.find("no heartbeat for 60"), std::string::npos) << out3;
  EXPECT_EQ(QueryStore(db, "SELECT COUNT(*) FROM runs"), "2");
  EXPECT_EQ(QueryStore(db, "SELECT COUNT(*) FROM run_leases"), "0");
}

TEST(RunLeaseTest, AHolderLearnsAtItsNextHeartbeatThatItsLeaseWasTakenOver) {
  TempDir dir;
  std::string path = dir.File("c.db");
  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(path);
  ASSERT_TRUE(store.ok());
  app::RunLeaseOptions options;
  options.heartbeat_every = std::chrono::seconds(1);
  StatusOr<app::LeaseResult> taken = app::TakeRunLease(**store, path, {}, "job 0/1", options);
  ASSERT_TRUE(taken.ok()) << taken.status().ToString();
  ASSERT_TRUE(taken->held != nullptr);
  EXPECT_TRUE(taken->taken_over.empty());
  EXPECT_FALSE(taken->held->lost());

  // Another run takes the lease over (as if this one had stalled).
  db::Lease other = taken->held->lease();
  other.token = "other";
  other.host = "night-host-2";
  StatusOr<db::LeaseTake> over = (*store)->TakeLease(other, [](const db::Lease&) { return true; });
  ASSERT_TRUE(over.ok() && over->taken);
  for (int i = 0; i < 40 && !taken->held->lost(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_TRUE(taken->held->lost());
  taken->held.reset();  // a lost lease is not dropped: it is the other run's now
  StatusOr<std::optional<db::Lease>> held = (*store)->LeaseOf("job 0/1");
  ASSERT_TRUE(held.ok() && held->has_value());
  EXPECT_EQ((*held)->token, "other");
}

TEST(RunLeaseTest, AHeldLeaseIsRenewedAndDroppedWhenTheRunEnds) {
  TempDir dir;
  std::string path = dir.File("c.db");
  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(path);
  ASSERT_TRUE(store.ok());
  app::RunLeaseOptions options;
  options.heartbeat_every = std::chrono::seconds(1);
  StatusOr<app::LeaseResult> taken = app::TakeRunLease(**store, path, {}, "job 0/1", options);
  ASSERT_TRUE(taken.ok() && taken->held != nullptr);
  // A planted old heartbeat is renewed by the next beat.
  ASSERT_EQ(QueryStore(path, "SELECT COUNT(*) FROM run_leases"), "1");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE run_leases SET heartbeat_at = '2000-01-01T00:00:00Z'", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  std::string beat;
  for (int i = 0; i < 40; ++i) {
    beat = QueryStore(path, "SELECT heartbeat_at FROM run_leases");
    if (beat != "2000-01-01T00:00:00Z") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(beat.rfind("20", 0), 0u);
  EXPECT_NE(beat, "2000-01-01T00:00:00Z");
  taken->held.reset();
  EXPECT_EQ(QueryStore(path, "SELECT COUNT(*) FROM run_leases"), "0");
}

}  // namespace
}  // namespace claimdiff
