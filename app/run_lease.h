// The run lease of `claimdiff run`: before a run writes anything it takes
// the lease of its job key (job file and shard) in the store, so that a
// second run of the same job and shard (a cron entry overlapping a slow
// night) is refused with one line instead of interleaving with the first.
//
// A lease names its holder (pid, host, when it was taken) and carries a
// heartbeat the holder renews every `heartbeat_every`. A lease is taken
// over when its holder is gone: on the same host and its pid no longer
// exists (killed, crashed), or its heartbeat is older than `stale_after`
// (a holder on another host, or a pid since reused). The take-over is
// reported so that the run can log it.
#ifndef CLAIMDIFF_APP_RUN_LEASE_H_
#define CLAIMDIFF_APP_RUN_LEASE_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/status.h"
#include "db/store.h"

namespace claimdiff::app {

struct RunLeaseOptions {
  std::chrono::seconds heartbeat_every{30};  // how often the holder renews its lease
  std::chrono::seconds stale_after{300};     // a heartbeat older than this: holder gone
};

// Holds a job key's lease while it lives: a thread of its own renews the
// heartbeat through its own connection to the store, and the destructor
// stops that thread and drops the lease. Not copyable: it owns the thread
// and the connection. lost() may be read from any thread. Without a
// heartbeat store (a private ":memory:" store) it neither beats nor drops.
class RunLease {
 public:
  RunLease(db::Lease lease, std::unique_ptr<db::Store> heartbeat_store,
           std::chrono::seconds heartbeat_every);
  ~RunLease();
  RunLease(const RunLease&) = delete;
  RunLease& operator=(const RunLease&) = delete;

  const db::Lease& lease() const { return lease_; }
  // True once a heartbeat found the lease held by another run (this one
  // stalled past stale_after and was taken over): stop writing.
  bool lost() const { return lost_.load(); }

 private:
  void Beat();

  db::Lease lease_;
  std::unique_ptr<db::Store> store_;  // used by the heartbeat thread, then by the destructor
  std::chrono::seconds every_;
  std::atomic<bool> lost_{false};
  std::mutex mu_;
  std::condition_variable wake_;
  bool stop_ = false;  // guarded by mu_
  std::thread thread_;
};

struct LeaseResult {
  std::unique_ptr<RunLease> held;   // set when the lease is ours now
  std::optional<db::Lease> holder;  // set when refused: who holds it
  std::string taken_over;           // set when taken from a gone holder: a log line saying so
};

// Takes the lease of `job_key` through `store` (the run's connection, at
// `store_path`, which the heartbeat opens a second time with
// `store_options`). Errors are the store's; a refusal is a result.
StatusOr<LeaseResult> TakeRunLease(db::Store& store, const std::string& store_path,
                                   const db::StoreOptions& store_options,
                                   const std::string& job_key, const RunLeaseOptions& options = {});

// "another run of this job is in progress: pid N on HOST since T".
std::string InProgressMessage(const db::Lease& holder);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_RUN_LEASE_H_
