#include "app/robots_cache.h"

#include <ctime>

namespace claimdiff::app {

namespace {

std::string Iso8601(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

std::optional<fetch::RobotsAnswer> StoreRobotsCache::Load(const std::string& host_key) {
  StatusOr<std::optional<db::StoredRobots>> stored = store_.Robots(host_key);
  if (!stored.ok() || !stored->has_value()) return std::nullopt;
  const db::StoredRobots& r = **stored;
  return fetch::RobotsAnswer{r.http_status, r.body, static_cast<std::time_t>(r.fetched_unix)};
}

void StoreRobotsCache::Save(const std::string& host_key, const fetch::RobotsAnswer& answer) {
  (void)store_.SaveRobots(db::StoredRobots{host_key, answer.http_status, answer.body,
                                           Iso8601(answer.fetched),
                                           static_cast<int64_t>(answer.fetched)});
}

}  // namespace claimdiff::app
