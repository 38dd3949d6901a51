// When a failed fetch is tried again, and after how long.
//
// Only transient failures are retried: HTTP 408, 429 and 5xx, and
// connection-level errors (refused, reset, DNS, timeouts while connecting).
// The wait doubles with each attempt, gets random jitter, honours the
// server's Retry-After, and is capped; a Retry-After beyond the cap means
// the server asked us to stay away longer than a night's run waits, so the
// fetch is given up instead.
//
// Pure functions of their inputs (the random source is passed in), safe to
// call from any thread.
#ifndef CLAIMDIFF_FETCH_RETRY_H_
#define CLAIMDIFF_FETCH_RETRY_H_

#include <chrono>
#include <ctime>
#include <optional>
#include <random>
#include <string_view>

namespace claimdiff::fetch {

struct RetryOptions {
  int max_retries = 2;                          // attempts after the first
  std::chrono::milliseconds base_delay{1000};   // wait before the first retry
  std::chrono::milliseconds max_delay{120000};  // cap on any wait (120 s)
  double jitter = 0.5;                          // wait is scaled by [1-j, 1+j)
};

// True for the HTTP statuses worth another try: 408, 429, 5xx.
bool IsRetryableStatus(int http_status);

// Parses a Retry-After value: delta-seconds ("120") or an HTTP-date
// ("Wed, 21 Oct 2015 07:28:00 GMT") taken relative to `now` (seconds since
// the epoch). Nothing for an unparsable value; zero for a date in the past.
std::optional<std::chrono::milliseconds> ParseRetryAfter(std::string_view value, std::time_t now);

// The wait before retry number `attempt` (1 for the first retry):
// base * 2^(attempt-1), jittered, at least `retry_after` when given, capped
// at max_delay. Nothing when `retry_after` exceeds the cap: do not retry.
std::optional<std::chrono::milliseconds> RetryDelay(
    const RetryOptions& options, int attempt, std::optional<std::chrono::milliseconds> retry_after,
    std::mt19937_64& random);

}  // namespace claimdiff::fetch

#endif  // CLAIMDIFF_FETCH_RETRY_H_
