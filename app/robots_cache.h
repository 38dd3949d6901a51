// The store as the fetcher's RobotsCache: robots.txt answers kept in the
// store's robots table across runs, so that a night does not ask every
// host again within the day (RFC 9309 2.4).
#ifndef CLAIMDIFF_APP_ROBOTS_CACHE_H_
#define CLAIMDIFF_APP_ROBOTS_CACHE_H_

#include <optional>
#include <string>

#include "db/store.h"
#include "fetch/multi_fetcher.h"

namespace claimdiff::app {

// Reads and writes through `store`, which must outlive it; used on the
// fetcher's thread only, like the store. A failed read is no answer and a
// failed write is dropped: the cache saves requests, it decides nothing.
class StoreRobotsCache : public fetch::RobotsCache {
 public:
  explicit StoreRobotsCache(db::Store& store) : store_(store) {}

  std::optional<fetch::RobotsAnswer> Load(const std::string& host_key) override;
  void Save(const std::string& host_key, const fetch::RobotsAnswer& answer) override;

 private:
  db::Store& store_;
};

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_ROBOTS_CACHE_H_
