// Fetching many URLs over many hosts at once, politely: libcurl's multi
// interface, one connection and one request at a time per host, a pause
// between requests to a host (the larger of our pause and its Crawl-delay),
// robots.txt obeyed and cached, redirects followed one hop at a time (each
// hop paced and checked against the target host's robots.txt), transient
// failures retried with backoff, and conditional GETs.
//
// Every request ends in a Document whose outcome says what happened; a batch
// never fails as a whole. Time is read and waited on only through
// TimeSource, so tests can run pauses of seconds without waiting for them.
//
// Thread-safety: a MultiFetcher is used by one thread at a time. It owns its
// CURLM handle, the robots.txt cache and each host's due time, all kept
// between batches.
#ifndef CLAIMDIFF_FETCH_MULTI_FETCHER_H_
#define CLAIMDIFF_FETCH_MULTI_FETCHER_H_

#include <chrono>
#include <cstdint>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/model.h"
#include "fetch/fetcher.h"
#include "fetch/retry.h"
#include "fetch/robots.h"

namespace claimdiff::fetch {

// The time the scheduler sees. The real one is the steady clock and a real
// sleep; a test one can move time forward when asked to sleep.
class TimeSource {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  virtual ~TimeSource() = default;
  virtual TimePoint Now() = 0;
  // Called only when no transfer is in flight and the next host is not due.
  virtual void SleepFor(std::chrono::milliseconds duration) = 0;
};

// Steady clock and std::this_thread::sleep_for. Stateless; thread-safe.
class RealTimeSource : public TimeSource {
 public:
  TimePoint Now() override;
  void SleepFor(std::chrono::milliseconds duration) override;
};

// A robots.txt answer as kept between processes.
struct RobotsAnswer {
  int http_status = 0;   // 2xx: `body` is the file; 4xx: there is none (allow all)
  std::string body;      // as read, at most kMaxRobotsBytes
  std::time_t fetched = 0;  // wall clock, seconds since the epoch
};

// Where robots.txt answers outlive one process (the store, for `run` and
// `compare --db`). MultiFetcher asks it before fetching a host's
// robots.txt and takes an answer younger than robots_ttl (RFC 9309 2.4:
// 24 hours); it tells it every 2xx and 4xx answer it gets; and when
// robots.txt is unreachable or answers 5xx, it uses the kept answer of any
// age rather than disallow everything (RFC 9309 2.4 allows a cached copy
// then). Called on the fetcher's thread only.
class RobotsCache {
 public:
  virtual ~RobotsCache() = default;
  virtual std::optional<RobotsAnswer> Load(const std::string& host_key) = 0;
  virtual void Save(const std::string& host_key, const RobotsAnswer& answer) = 0;
};

struct MultiFetchOptions {
  FetchOptions fetch;                                // limits of each transfer
  int max_hosts_in_parallel = 8;                     // hosts with a transfer in flight
  std::chrono::milliseconds per_host_delay{5000};    // pause between requests to one host
  std::chrono::milliseconds max_crawl_delay{60000};  // larger Crawl-delay: host skipped
  RetryOptions retry;                                // which failures are retried, how long after
  bool obey_robots = true;                           // fetch and obey robots.txt per host
  std::string robots_token = "claimdiff";            // our product token in robots.txt
  std::chrono::hours robots_ttl{24};                 // how long a robots.txt is kept
  uint64_t random_seed = 0;                          // jitter; 0 = seeded from the clock
};

// One URL to fetch, with what the store knows of its last good fetch.
struct FetchRequest {
  std::string url;
  Validators validators;       // sent as If-None-Match / If-Modified-Since
  std::string last_body_hash;  // XXH3-128 hex; a 200 with this hash is kUnchanged
};

// Counters of one batch, for progress output and benchmarks.
struct FetchStats {
  size_t requests = 0;  // HTTP requests sent, robots.txt and retries included
  size_t robots_fetches = 0;
  size_t robots_kept = 0;  // robots.txt taken from the RobotsCache instead
  size_t retries = 0;
  size_t redirects = 0;
};

class MultiFetcher {
 public:
  // `time` and `clock` must outlive the fetcher; null means the real ones.
  explicit MultiFetcher(MultiFetchOptions options, TimeSource* time = nullptr,
                        Clock clock = SystemClockIso8601);
  ~MultiFetcher();
  MultiFetcher(const MultiFetcher&) = delete;  // owns a CURLM and its connections
  MultiFetcher& operator=(const MultiFetcher&) = delete;

  // Fetches every request (http or https URLs) and returns one Document per
  // request, in request order. Duplicate URLs are fetched once each.
  std::vector<Document> Fetch(const std::vector<FetchRequest>& requests);

  // The same, but hands each Document to `on_done` (with its request index)
  // as soon as it is final, and keeps none: memory stays flat however long
  // the batch. `on_done` runs on the calling thread, inside this call.
  void FetchEach(const std::vector<FetchRequest>& requests,
                 const std::function<void(size_t, Document&&)>& on_done);

  const FetchStats& last_stats() const { return stats_; }

  // Keeps robots.txt answers in `cache` across processes; null: in memory
  // only. `cache` must outlive the fetcher or be unset before it goes.
  void set_robots_cache(RobotsCache* cache) { robots_cache_ = cache; }

 private:
  struct Batch;
  // The RobotsCache's answer for a host, if there is a cache and an answer.
  std::optional<RobotsAnswer> KeptRobots(const std::string& host_key);
  RobotsRules RulesOf(const RobotsAnswer& answer) const;
  struct RobotsEntry {
    RobotsRules rules;
    TimeSource::TimePoint fetched;
  };

  MultiFetchOptions options_;
  TimeSource* time_;
  Clock clock_;
  std::unique_ptr<TimeSource> owned_time_;
  void* multi_ = nullptr;                      // CURLM*, kept out of the header
  std::map<std::string, RobotsEntry> robots_;  // by "scheme://host:port"
  // When each host asked by an earlier batch is next due (pacing across
  // batches), by "scheme://host:port".
  std::map<std::string, TimeSource::TimePoint> host_ready_;
  RobotsCache* robots_cache_ = nullptr;  // not owned
  FetchStats stats_;
  uint64_t seed_;
};

// "scheme://host:port" of an http(s) URL (lower-case, default port filled
// in), or "" when it cannot be parsed.
std::string HostKeyOf(const std::string& url);

// The path and query of a URL ("/a?b"), "/" when it has none.
std::string PathAndQueryOf(const std::string& url);

}  // namespace claimdiff::fetch

#endif  // CLAIMDIFF_FETCH_MULTI_FETCHER_H_
