#include "app/run_lease.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <ctime>
#include <random>

#include "fetch/fetcher.h"

namespace claimdiff::app {

namespace {

std::string HostName() {
  char buf[256] = {0};
  if (::gethostname(buf, sizeof(buf) - 1) != 0 || buf[0] == '\0') return "localhost";
  return buf;
}

// True when no process `pid` exists on this host. EPERM means it exists
// (under another user), so only ESRCH counts as gone.
bool ProcessGone(int64_t pid) {
  if (pid <= 0) return true;
  return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// Seconds since the epoch of "YYYY-MM-DDTHH:MM:SSZ"; nothing otherwise.
std::optional<std::time_t> ParseIsoUtc(const std::string& iso) {
  std::tm tm{};
  int y, mo, d, h, mi, s;
  char z = 0;
  if (std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &z) != 7 ||
      z != 'Z') {
    return std::nullopt;
  }
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  return ::timegm(&tm);
}

std::string NewToken() {
  std::random_device random;
  char buf[40];
  std::snprintf(buf, sizeof(buf), "%08x%08x-%ld", random(), random(),
                static_cast<long>(::getpid()));
  return buf;
}

}  // namespace

RunLease::RunLease(db::Lease lease, std::unique_ptr<db::Store> heartbeat_store,
                   std::chrono::seconds heartbeat_every)
    : lease_(std::move(lease)), store_(std::move(heartbeat_store)), every_(heartbeat_every) {
  if (store_) thread_ = std::thread([this] { Beat(); });
}

RunLease::~RunLease() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (store_ && !lost_) (void)store_->ReleaseLease(lease_);
}

void RunLease::Beat() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!wake_.wait_for(lock, every_, [this] { return stop_; })) {
    Status s = store_->RenewLease(lease_, fetch::SystemClockIso8601());
    if (s.code() == Status::Code::kNotFound) {
      lost_ = true;
      return;
    }
    // Other failures (the store busy past its timeout) are tried again at
    // the next beat: one missed beat is far inside stale_after.
  }
}

StatusOr<LeaseResult> TakeRunLease(db::Store& store, const std::string& store_path,
                                   const db::StoreOptions& store_options,
                                   const std::string& job_key, const RunLeaseOptions& options) {
  std::string now = fetch::SystemClockIso8601();
  db::Lease mine{job_key, NewToken(), static_cast<int64_t>(::getpid()), HostName(), now, now};
  std::time_t now_s = std::time(nullptr);
  std::string why;
  auto gone = [&](const db::Lease& holder) {
    if (holder.host == mine.host && ProcessGone(holder.pid)) {
      why = "that process is gone";
      return true;
    }
    std::optional<std::time_t> beat = ParseIsoUtc(holder.heartbeat_at);
    long long age = beat ? static_cast<long long>(now_s - *beat) : -1;
    if (!beat || age > options.stale_after.count()) {
      why = beat ? "no heartbeat for " + std::to_string(age) + " s" : "its heartbeat is unreadable";
      return true;
    }
    return false;
  };
  StatusOr<db::LeaseTake> take = store.TakeLease(mine, gone);
  if (!take.ok()) return take.status();
  LeaseResult result;
  if (!take->taken) {
    result.holder = take->before;
    return result;
  }
  if (take->before) {
    const db::Lease& old = *take->before;
    result.taken_over = "took over the lease of this job from pid " + std::to_string(old.pid) +
                        " on " + old.host + " (since " + old.started_at + "): " + why;
  }
  std::unique_ptr<db::Store> heartbeat;
  if (store_path != ":memory:") {  // a private store has no other process to tell
    StatusOr<std::unique_ptr<db::Store>> opened = db::Store::Open(store_path, store_options);
    if (!opened.ok()) {
      (void)store.ReleaseLease(mine);
      return opened.status();
    }
    heartbeat = std::move(opened).value();
  }
  result.held =
      std::make_unique<RunLease>(std::move(mine), std::move(heartbeat), options.heartbeat_every);
  return result;
}

std::string InProgressMessage(const db::Lease& holder) {
  return "another run of this job is in progress: pid " + std::to_string(holder.pid) + " on " +
         holder.host + " since " + holder.started_at;
}

}  // namespace claimdiff::app
