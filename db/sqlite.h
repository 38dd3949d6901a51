// Small owners of SQLite handles that the store's files share: one
// prepared statement, one transaction, and the "locked" status. Internal to
// db/: nothing outside the folder includes this.
#ifndef CLAIMDIFF_DB_SQLITE_H_
#define CLAIMDIFF_DB_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

#include "core/status.h"

namespace claimdiff::db {

inline Status LockedError() {
  return Status::IoError(
      "the store is locked by another process (its write lock outlasted the busy timeout)");
}

// Owns one prepared statement. Not copyable: it is tied to its connection.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db), sql_(sql) {
    rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Status status() const {
    if (rc_ == SQLITE_OK || rc_ == SQLITE_ROW || rc_ == SQLITE_DONE) return Status::Ok();
    if (rc_ == SQLITE_BUSY || rc_ == SQLITE_LOCKED) return LockedError();
    return Status::IoError(std::string("sqlite: ") + sqlite3_errmsg(db_) + " in: " + sql_);
  }
  Statement& Bind(int i, const std::string& v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int i, const std::optional<std::string>& v) {
    if (v) return Bind(i, *v);
    sqlite3_bind_null(stmt_, i);
    return *this;
  }
  Statement& Bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Statement& Bind(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  Statement& BindBlob(int i, const std::string& v) {
    sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  // Steps once: true for a row, false when done; errors go to status().
  bool Step() {
    if (rc_ != SQLITE_OK && rc_ != SQLITE_ROW && rc_ != SQLITE_DONE) return false;
    rc_ = sqlite3_step(stmt_);
    if (rc_ == SQLITE_ROW) return true;
    if (rc_ == SQLITE_DONE) rc_ = SQLITE_OK;
    return false;
  }
  Status Run() {
    Step();
    return status();
  }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    rc_ = SQLITE_OK;
  }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Real(int col) const { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string Text(int col) const {
    const unsigned char* p = sqlite3_column_text(stmt_, col);
    return p == nullptr ? std::string()
                        : std::string(reinterpret_cast<const char*>(p),
                                      static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
  }
  std::string Blob(int col) const {
    const void* p = sqlite3_column_blob(stmt_, col);
    return p == nullptr ? std::string()
                        : std::string(static_cast<const char*>(p),
                                      static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
  }

 private:
  sqlite3* db_;
  const char* sql_;
  sqlite3_stmt* stmt_ = nullptr;
  int rc_;
};

// Rolls back unless committed; keeps a story's writes all-or-nothing.
class Transaction {
 public:
  explicit Transaction(sqlite3* db) : db_(db) {
    rc_ = sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    ok_ = rc_ == SQLITE_OK;
  }
  ~Transaction() {
    if (ok_ && !done_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Status Begun() const {
    if (rc_ == SQLITE_BUSY || rc_ == SQLITE_LOCKED) return LockedError();
    return ok_ ? Status::Ok()
               : Status::IoError(std::string("sqlite: cannot begin: ") + sqlite3_errmsg(db_));
  }
  Status Commit() {
    int rc = sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) return LockedError();
    if (rc != SQLITE_OK) {
      return Status::IoError(std::string("sqlite: commit failed: ") + sqlite3_errmsg(db_));
    }
    done_ = true;
    return Status::Ok();
  }

 private:
  sqlite3* db_;
  int rc_ = SQLITE_OK;
  bool ok_ = false;
  bool done_ = false;
};

}  // namespace claimdiff::db

#endif  // CLAIMDIFF_DB_SQLITE_H_
