// Reads one value from a claimdiff store with SQLite directly, read-only,
// so that tests check what is on disk rather than what the store class says.
#ifndef CLAIMDIFF_TESTS_SUPPORT_STORE_QUERY_H_
#define CLAIMDIFF_TESTS_SUPPORT_STORE_QUERY_H_

#include <string>

namespace claimdiff::testing {

// The first column of the first row of `sql` as text ("NULL" for a null),
// or "error: ..." when the store cannot be opened or the query fails.
std::string QueryStore(const std::string& db_path, const std::string& sql);

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_SUPPORT_STORE_QUERY_H_
