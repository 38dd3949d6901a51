// Retry timing: capped exponential backoff with jitter ("Exponential Backoff
// And Jitter", AWS Architecture Blog, 2015), raised to the server's
// Retry-After (RFC 9110 10.2.3) when it sends one. Jitter spreads the
// retries of many stories that failed at once against one host, so they do
// not come back in lockstep.
#include "fetch/retry.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace claimdiff::fetch {

bool IsRetryableStatus(int http_status) {
  return http_status == 408 || http_status == 429 || (http_status >= 500 && http_status <= 599);
}

std::optional<std::chrono::milliseconds> ParseRetryAfter(std::string_view value, std::time_t now) {
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front()))) {
    value.remove_prefix(1);
  }
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back()))) {
    value.remove_suffix(1);
  }
  if (value.empty()) return std::nullopt;
  if (std::all_of(value.begin(), value.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    if (value.size() > 9) return std::chrono::milliseconds(std::chrono::hours(24 * 365));
    return std::chrono::seconds(std::stol(std::string(value)));
  }
  // IMF-fixdate, the only form RFC 9110 asks senders to use.
  std::tm tm{};
  std::string copy(value);
  const char* end = strptime(copy.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (end == nullptr || *end != '\0') return std::nullopt;
  std::time_t when = timegm(&tm);
  if (when <= now) return std::chrono::milliseconds(0);
  return std::chrono::seconds(when - now);
}

std::optional<std::chrono::milliseconds> RetryDelay(
    const RetryOptions& options, int attempt, std::optional<std::chrono::milliseconds> retry_after,
    std::mt19937_64& random) {
  if (retry_after && *retry_after > options.max_delay) return std::nullopt;
  double base =
      static_cast<double>(options.base_delay.count()) * std::pow(2.0, std::max(0, attempt - 1));
  std::uniform_real_distribution<double> spread(1.0 - options.jitter, 1.0 + options.jitter);
  double wait = base * spread(random);
  if (retry_after) wait = std::max(wait, static_cast<double>(retry_after->count()));
  wait = std::min(wait, static_cast<double>(options.max_delay.count()));
  return std::chrono::milliseconds(static_cast<long long>(wait));
}

}  // namespace claimdiff::fetch
