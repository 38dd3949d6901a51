// robots.txt (RFC 9309): parsing one file into the rules that apply to one
// crawler, and deciding whether a path may be fetched.
//
// A RobotsRules value is immutable once built and safe to share between
// threads. The cache of rules per host lives in the fetcher (multi_fetcher.h).
#ifndef CLAIMDIFF_FETCH_ROBOTS_H_
#define CLAIMDIFF_FETCH_ROBOTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::fetch {

// Bytes of a robots.txt that are read; the rest is ignored (RFC 9309 2.5
// asks crawlers to parse at least 500 KiB).
inline constexpr size_t kMaxRobotsBytes = 512 * 1024;

class RobotsRules {
 public:
  // Everything allowed (no robots.txt, or one answered with a 4xx).
  static RobotsRules AllowAll();
  // Nothing allowed (robots.txt answered 5xx or unreachable).
  static RobotsRules DisallowAll();
  // Parses `text` and keeps the group for `product_token` ("claimdiff"),
  // matched case-insensitively, or the "*" group when none names it.
  static RobotsRules Parse(std::string_view text, std::string_view product_token);

  // True when `path_and_query` ("/a/b?c=d") may be fetched: the longest
  // matching rule wins, an Allow wins a tie, no match means allowed.
  // "/robots.txt" is always allowed.
  bool Allowed(std::string_view path_and_query) const;

  // Crawl-delay of the chosen group, in seconds, when it gives one.
  std::optional<double> crawl_delay() const { return crawl_delay_; }

 private:
  struct Rule {
    bool allow = false;
    std::string pattern;  // starts with '/' or '*'; may hold '*' and end in '$'
  };
  std::vector<Rule> rules_;
  std::optional<double> crawl_delay_;
  bool disallow_all_ = false;
};

// True when `pattern` (robots.txt syntax: '*' any run of bytes, a final '$'
// anchors at the end) matches a prefix of `path` (or all of it with '$').
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace claimdiff::fetch

#endif  // CLAIMDIFF_FETCH_ROBOTS_H_
