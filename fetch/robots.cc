// robots.txt parsing and matching, following RFC 9309 (Robots Exclusion
// Protocol, 2022).
//
// Parsing. The file is read line by line (LF, CRLF or CR), '#' starts a
// comment, and each remaining line is "key: value" with the key matched
// case-insensitively. Consecutive user-agent lines open one group; the
// allow/disallow lines after them belong to it, and the next user-agent line
// after a rule opens a new group. Rules before any user-agent line belong to
// no group and are dropped. Lines that are not understood are skipped, so a
// broken file degrades to fewer rules, never to an error.
//
// Choosing a group (RFC 9309 2.2.1). Every group whose user-agent value
// equals our product token (case-insensitive) is merged into one; if none
// names us, the "*" groups are merged instead; if neither exists, everything
// is allowed. Crawl-delay is not in the RFC but widely published; we take the
// first one in the chosen groups.
//
// Matching (RFC 9309 2.2.2). Each rule's path is a pattern where '*' stands
// for any run of bytes and a final '$' anchors the end; without '$' the
// pattern matches any path it is a prefix of. Of the rules that match, the
// one with the longest pattern (in bytes) decides; an allow wins a tie; no
// matching rule means allowed. An empty Disallow means nothing and is
// dropped. Patterns and paths are compared byte for byte as written, so a
// site that mixes percent-encoded and raw forms of one path is matched
// literally (a known simplification).
//
// The glob matcher is the iterative two-pointer algorithm with one
// backtrack point: O(pattern * path) at worst, never exponential, which
// matters because robots.txt files are untrusted input.
#include "fetch/robots.h"

#include <cctype>
#include <cstdlib>

namespace claimdiff::fetch {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool GlobMatch(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0;
  size_t star = std::string_view::npos, star_t = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      star_t = t;
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++star_t;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

struct Group {
  std::vector<std::string> agents;  // lower-cased
  std::vector<std::pair<bool, std::string>> rules;
  std::optional<double> crawl_delay;
};

}  // namespace

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  if (!pattern.empty() && pattern.back() == '$') {
    return GlobMatch(pattern.substr(0, pattern.size() - 1), path);
  }
  std::string open(pattern);
  open += '*';
  return GlobMatch(open, path);
}

RobotsRules RobotsRules::AllowAll() { return RobotsRules(); }

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules r;
  r.disallow_all_ = true;
  return r;
}

RobotsRules RobotsRules::Parse(std::string_view text, std::string_view product_token) {
  if (text.size() > kMaxRobotsBytes) text = text.substr(0, kMaxRobotsBytes);
  std::vector<Group> groups;
  bool last_was_agent = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string key = Lower(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    if (key == "user-agent") {
      if (!last_was_agent) groups.emplace_back();
      groups.back().agents.push_back(Lower(value));
      last_was_agent = true;
      continue;
    }
    if (groups.empty()) continue;  // a rule outside any group
    if (key == "allow" || key == "disallow") {
      last_was_agent = false;
      if (value.empty()) continue;  // "Disallow:" allows everything: no rule
      groups.back().rules.emplace_back(key == "allow", std::string(value));
    } else if (key == "crawl-delay") {
      last_was_agent = false;
      std::string v(value);
      char* parse_end = nullptr;
      double d = std::strtod(v.c_str(), &parse_end);
      if (parse_end != v.c_str() && d >= 0 && !groups.back().crawl_delay) {
        groups.back().crawl_delay = d;
      }
    }
  }

  std::string token = Lower(product_token);
  auto collect = [&](auto&& pick) {
    RobotsRules r;
    bool any = false;
    for (const Group& g : groups) {
      bool match = false;
      for (const std::string& a : g.agents) match = match || pick(a);
      if (!match) continue;
      any = true;
      for (const auto& [allow, pattern] : g.rules) r.rules_.push_back(Rule{allow, pattern});
      if (!r.crawl_delay_ && g.crawl_delay) r.crawl_delay_ = g.crawl_delay;
    }
    return any ? std::optional<RobotsRules>(std::move(r)) : std::nullopt;
  };
  if (auto mine = collect([&](const std::string& a) { return a == token; })) return *mine;
  if (auto any = collect([](const std::string& a) { return a == "*"; })) return *any;
  return AllowAll();
}

bool RobotsRules::Allowed(std::string_view path_and_query) const {
  if (path_and_query == "/robots.txt") return true;
  if (disallow_all_) return false;
  size_t best_len = 0;
  bool best_allow = true;
  bool matched = false;
  for (const Rule& rule : rules_) {
    if (!RobotsPatternMatches(rule.pattern, path_and_query)) continue;
    size_t len = rule.pattern.size();
    if (!matched || len > best_len || (len == best_len && rule.allow && !best_allow)) {
      best_len = len;
      best_allow = rule.allow;
      matched = true;
    }
  }
  return best_allow;
}

}  // namespace claimdiff::fetch
