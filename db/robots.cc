// robots.txt answers kept in the store across runs, one row per host.
#include <sqlite3.h>

#include "db/sqlite.h"
#include "db/store.h"

namespace claimdiff::db {

StatusOr<std::optional<StoredRobots>> Store::Robots(const std::string& host_key) const {
  Statement st(db_,
               "SELECT host_key, http_status, body, fetched_at, fetched_unix FROM robots "
               "WHERE host_key = ?");
  st.Bind(1, host_key);
  if (st.Step()) {
    return std::optional<StoredRobots>(
        StoredRobots{st.Text(0), static_cast<int>(st.Int(1)), st.Text(2), st.Text(3), st.Int(4)});
  }
  CLAIMDIFF_RETURN_IF_ERROR(st.status());
  return std::optional<StoredRobots>();
}

Status Store::SaveRobots(const StoredRobots& robots) {
  Statement st(db_,
               "INSERT OR REPLACE INTO robots(host_key, http_status, body, fetched_at, "
               "fetched_unix) VALUES(?, ?, ?, ?, ?)");
  st.Bind(1, robots.host_key).Bind(2, static_cast<int64_t>(robots.http_status));
  st.Bind(3, robots.body).Bind(4, robots.fetched_at).Bind(5, robots.fetched_unix);
  return st.Run();
}

}  // namespace claimdiff::db
