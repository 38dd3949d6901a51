// Run leases in the store: one row per job key in run_leases. Taking a
// lease reads the row and writes the new holder inside one BEGIN IMMEDIATE
// transaction, so two processes that try at once are serialised by
// SQLite's write lock: exactly one of them finds the lease free (or its
// holder gone) and takes it; the other then finds the new holder.
#include <sqlite3.h>

#include "db/sqlite.h"
#include "db/store.h"

namespace claimdiff::db {

namespace {

constexpr const char* kLeaseColumns = "job_key, token, pid, host, started_at, heartbeat_at";

Lease LeaseFromRow(const Statement& st) {
  return Lease{st.Text(0), st.Text(1), st.Int(2), st.Text(3), st.Text(4), st.Text(5)};
}

StatusOr<std::optional<Lease>> ReadLease(sqlite3* db, const std::string& job_key) {
  std::string sql = std::string("SELECT ") + kLeaseColumns + " FROM run_leases WHERE job_key = ?";
  Statement st(db, sql.c_str());
  st.Bind(1, job_key);
  if (st.Step()) return std::optional<Lease>(LeaseFromRow(st));
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return std::optional<Lease>();
}

}  // namespace

StatusOr<LeaseTake> Store::TakeLease(const Lease& mine,
                                     const std::function<bool(const Lease&)>& may_replace) {
  Transaction tx(db_);
  CLAIMDIFF_RETURN_IF_ERROR(tx.Begun());
  StatusOr<std::optional<Lease>> current = ReadLease(db_, mine.job_key);
  if (!current.ok()) return current.status();
  LeaseTake take;
  take.before = *current;
  if (take.before && !may_replace(*take.before)) return take;  // rolled back: nothing written
  Statement st(db_,
               "INSERT OR REPLACE INTO run_leases(job_key, token, pid, host, started_at, "
               "heartbeat_at) VALUES(?, ?, ?, ?, ?, ?)");
  st.Bind(1, mine.job_key).Bind(2, mine.token).Bind(3, mine.pid).Bind(4, mine.host);
  st.Bind(5, mine.started_at).Bind(6, mine.heartbeat_at);
  CLAIMDIFF_RETURN_IF_ERROR(st.Run());
  CLAIMDIFF_RETURN_IF_ERROR(tx.Commit());
  take.taken = true;
  return take;
}

Status Store::RenewLease(const Lease& mine, const std::string& heartbeat_at) {
  Statement st(db_, "UPDATE run_leases SET heartbeat_at = ? WHERE job_key = ? AND token = ?");
  st.Bind(1, heartbeat_at).Bind(2, mine.job_key).Bind(3, mine.token);
  CLAIMDIFF_RETURN_IF_ERROR(st.Run());
  if (sqlite3_changes(db_) == 0) {
    return Status::NotFound("the lease of " + mine.job_key + " is held by another run now");
  }
  return Status::Ok();
}

Status Store::ReleaseLease(const Lease& mine) {
  Statement st(db_, "DELETE FROM run_leases WHERE job_key = ? AND token = ?");
  st.Bind(1, mine.job_key).Bind(2, mine.token);
  return st.Run();
}

StatusOr<std::optional<Lease>> Store::LeaseOf(const std::string& job_key) const {
  return ReadLease(db_, job_key);
}

}  // namespace claimdiff::db
