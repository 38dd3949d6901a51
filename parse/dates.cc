// Date mentions: weekday names, month names with an optional day on either
// side ("March 14", "14 March", "Oct. 7"), and four-digit years. Each
// becomes one Entity with a key that ignores how it was written. Relative
// dates ("yesterday") are left out: they depend on the publication time,
// which a claim does not carry.
#include "parse/dates.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "core/text.h"

namespace claimdiff::parse {

namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

constexpr std::array<std::array<std::string_view, 2>, 12> kMonths = {{
    {"january", "jan"},
    {"february", "feb"},
    {"march", "mar"},
    {"april", "apr"},
    {"may", ""},
    {"june", "jun"},
    {"july", "jul"},
    {"august", "aug"},
    {"september", "sep"},
    {"october", "oct"},
    {"november", "nov"},
    {"december", "dec"},
}};

std::optional<int> MonthOf(std::string_view w) {
  if (w.empty()) return std::nullopt;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    // Every form of a month begins with its name's letter: a cheap test first.
    if (w[0] != kMonths[m][0][0]) continue;
    if (w == kMonths[m][0] || (!kMonths[m][1].empty() && w == kMonths[m][1]) ||
        (w == "sept" && m == 8)) {
      return static_cast<int>(m) + 1;
    }
  }
  return std::nullopt;
}

// "14", "14th", "1st" -> day of month.
std::optional<int> DayOf(std::string_view w) {
  size_t n = 0;
  while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0 || n > 2) return std::nullopt;
  std::string_view rest = w.substr(n);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") {
    return std::nullopt;
  }
  int d = std::atoi(std::string(w.substr(0, n)).c_str());
  if (d < 1 || d > 31) return std::nullopt;
  return d;
}

bool IsCapitalised(std::string_view text, const Token& t) {
  return t.end > t.start && text[t.start] >= 'A' && text[t.start] <= 'Z';
}

std::string TwoDigits(int v) {
  char buf[8];
  std::snprintf(buf, sizeof(buf), "%02d", v);
  return buf;
}

}  // namespace

std::vector<Entity> ExtractDates(std::string_view text) {
  return ExtractDates(text, Tokenize(text));
}

std::vector<Entity> ExtractDates(std::string_view text, const std::vector<Token>& toks) {
  std::vector<Entity> out;
  auto add = [&](size_t first, size_t last, std::string key) {
    Entity e;
    e.span = Span{toks[first].start, toks[last].end};
    e.text = std::string(text.substr(e.span.start, e.span.size()));
    e.canonical = std::move(key);
    e.type = "date";
    out.push_back(std::move(e));
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    const std::string& w = toks[i].norm;
    bool weekday = false;
    for (std::string_view d : kWeekdays) weekday = weekday || (!w.empty() && w[0] == d[0] && w == d);
    if (weekday) {
      add(i, i, "weekday:" + w);
      continue;
    }
    // Month names must be capitalised ("may" is a verb, "march" a noun).
    if (std::optional<int> m = MonthOf(w); m && IsCapitalised(text, toks[i])) {
      if (i + 1 < toks.size()) {
        if (std::optional<int> d = DayOf(toks[i + 1].norm)) {
          add(i, i + 1, "day:" + TwoDigits(*m) + "-" + TwoDigits(*d));
          ++i;
          continue;
        }
      }
      if (i > 0) {
        if (std::optional<int> d = DayOf(toks[i - 1].norm)) {
          // "14 March" (a day alone is not a date, so nothing was emitted).
          add(i - 1, i, "day:" + TwoDigits(*m) + "-" + TwoDigits(*d));
          continue;
        }
      }
      add(i, i, "month:" + TwoDigits(*m));
      continue;
    }
    if (w.size() == 4 && w.find_first_not_of("0123456789") == std::string::npos) {
      int y = std::atoi(w.c_str());
      if (y >= 1900 && y <= 2099) add(i, i, "year:" + w);
    }
  }
  return out;
}

}  // namespace claimdiff::parse
