// Date normalisation. Dates in pages come in a handful of shapes; the
// reader tokenises the text into numbers, words and separators, then tries
// the shapes in order of how unambiguous they are: ISO-8601 first, then
// dates with a month name (English or German), then day-first numeric dates
// (the European order, as in German and most non-US outlets; US-style
// month-first numeric dates are rare in metadata). A time of day and a zone
// are taken only from ISO-8601 and RFC 822 forms.
#include "parse/timestamps.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace claimdiff::parse {

namespace {

struct Ymd {
  int year = 0, month = 0, day = 0;
};

bool ValidDate(const Ymd& d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  if (d.day > kDays[d.month - 1]) return false;
  bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  return !(d.month == 2 && d.day == 29 && !leap);
}

std::string FormatDay(const Ymd& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// Reads exactly `n` digits at `*pos`.
bool Digits(std::string_view s, size_t* pos, size_t n, int* value) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = 0; i < n; ++i) {
    char c = s[*pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *value = v;
  return true;
}

// "+01:00", "+0100", "Z", "GMT", "UTC"; "" when absent; nullopt when malformed.
std::optional<std::string> Zone(std::string_view s, size_t pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
  std::string_view rest = s.substr(pos);
  if (rest.empty()) return std::string();
  if (rest == "Z" || rest == "z" || rest == "GMT" || rest == "UTC" || rest == "+00:00" ||
      rest == "+0000" || rest == "-00:00") {
    return std::string("Z");
  }
  if (rest[0] != '+' && rest[0] != '-') return std::nullopt;
  size_t p = 1;
  int hh = 0, mm = 0;
  if (!Digits(rest, &p, 2, &hh)) return std::nullopt;
  if (p < rest.size() && rest[p] == ':') ++p;
  if (p < rest.size() && !Digits(rest, &p, 2, &mm)) return std::nullopt;
  if (p != rest.size() || hh > 14 || mm > 59) return std::nullopt;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", rest[0], hh, mm);
  return std::string(buf);
}

// "HH:MM[:SS[.fff]]" at *pos; fills the canonical "HH:MM:SS".
bool Time(std::string_view s, size_t* pos, std::string* out) {
  int h = 0, m = 0, sec = 0;
  if (!Digits(s, pos, 2, &h)) return false;
  if (*pos >= s.size() || s[*pos] != ':') return false;
  ++*pos;
  if (!Digits(s, pos, 2, &m)) return false;
  if (*pos < s.size() && s[*pos] == ':') {
    ++*pos;
    if (!Digits(s, pos, 2, &sec)) return false;
    if (*pos < s.size() && (s[*pos] == '.' || s[*pos] == ',')) {
      ++*pos;
      while (*pos < s.size() && std::isdigit(static_cast<unsigned char>(s[*pos]))) ++*pos;
    }
  }
  if (h > 23 || m > 59 || sec > 60) return false;
  char buf[12];
  std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", h, m, sec);
  *out = buf;
  return true;
}

std::optional<std::string> Iso(std::string_view s) {
  size_t pos = 0;
  Ymd d;
  if (!Digits(s, &pos, 4, &d.year)) return std::nullopt;
  bool dashed = pos < s.size() && s[pos] == '-';
  if (dashed) ++pos;
  if (!Digits(s, &pos, 2, &d.month)) return std::nullopt;
  if (dashed) {
    if (pos >= s.size() || s[pos] != '-') return std::nullopt;
    ++pos;
  }
  if (!Digits(s, &pos, 2, &d.day) || !ValidDate(d)) return std::nullopt;
  if (pos == s.size()) return FormatDay(d);
  if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') return std::nullopt;
  ++pos;
  std::string time;
  if (!Time(s, &pos, &time)) return std::nullopt;
  std::optional<std::string> zone = Zone(s, pos);
  if (!zone) return std::nullopt;
  return FormatDay(d) + "T" + time + *zone;
}

int MonthFromName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kEnglish = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  static constexpr std::array<std::string_view, 12> kGerman = {
      "jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"};
  std::string lower;
  for (char c : word)
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (lower.size() < 3) return 0;
  if (lower == "januar" || lower == "jänner") return 1;
  if (lower.rfind("m\xC3\xA4r", 0) == 0) return 3;  // März (4 bytes for "mär")
  for (int i = 0; i < 12; ++i) {
    if (lower.compare(0, 3, kEnglish[i]) == 0 || lower.compare(0, 3, kGerman[i]) == 0) {
      return i + 1;
    }
  }
  return 0;
}

struct Token {
  enum Kind { kNumber, kWord } kind;
  std::string text;
  int value = 0;
};

std::vector<Token> Tokenise(std::string_view s) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c)) {
      size_t j = i;
      int v = 0;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])) && j - i < 6) {
        v = v * 10 + (s[j] - '0');
        ++j;
      }
      tokens.push_back({Token::kNumber, std::string(s.substr(i, j - i)), v});
      i = j;
    } else if (std::isalpha(c) || c >= 0x80) {
      size_t j = i;
      while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) ||
                              static_cast<unsigned char>(s[j]) >= 0x80)) {
        ++j;
      }
      tokens.push_back({Token::kWord, std::string(s.substr(i, j - i)), 0});
      i = j;
    } else {
      ++i;
    }
  }
  return tokens;
}

// RFC 822 / 1123: "Sun, 01 Feb 2026 09:00:00 GMT" or "+0100".
std::optional<std::string> Rfc822(std::string_view s) {
  size_t comma = s.find(", ");
  std::string_view rest = comma != std::string_view::npos && comma <= 9 ? s.substr(comma + 2) : s;
  int day = 0, year = 0;
  char month_name[16] = {0}, time[16] = {0}, zone[16] = {0};
  std::string r(rest);
  if (std::sscanf(r.c_str(), "%2d %15s %4d %15s %15s", &day, month_name, &year, time, zone) < 4) {
    return std::nullopt;
  }
  Ymd d{year, MonthFromName(month_name), day};
  if (!ValidDate(d)) return std::nullopt;
  std::string_view t(time);
  size_t pos = 0;
  std::string hms;
  if (!Time(t, &pos, &hms) || pos != t.size()) return std::nullopt;
  std::optional<std::string> z = Zone(zone, 0);
  if (!z) return std::nullopt;
  return FormatDay(d) + "T" + hms + *z;
}

std::optional<std::string> Written(std::string_view s) {
  std::vector<Token> t = Tokenise(s);
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    // "February 1, 2026"
    if (t[i].kind == Token::kWord && t[i + 1].kind == Token::kNumber &&
        t[i + 2].kind == Token::kNumber && t[i + 2].text.size() == 4) {
      Ymd d{t[i + 2].value, MonthFromName(t[i].text), t[i + 1].value};
      if (ValidDate(d)) return FormatDay(d);
    }
    // "1 February 2026", "1. Februar 2026"
    if (t[i].kind == Token::kNumber && t[i + 1].kind == Token::kWord &&
        t[i + 2].kind == Token::kNumber && t[i + 2].text.size() == 4) {
      Ymd d{t[i + 2].value, MonthFromName(t[i + 1].text), t[i].value};
      if (ValidDate(d)) return FormatDay(d);
    }
    // "01.02.2026" (day first) or "2026/02/01"
    if (t[i].kind == Token::kNumber && t[i + 1].kind == Token::kNumber &&
        t[i + 2].kind == Token::kNumber) {
      if (t[i + 2].text.size() == 4 && t[i].text.size() <= 2) {
        Ymd d{t[i + 2].value, t[i + 1].value, t[i].value};
        if (ValidDate(d)) return FormatDay(d);
      }
      if (t[i].text.size() == 4) {
        Ymd d{t[i].value, t[i + 1].value, t[i + 2].value};
        if (ValidDate(d)) return FormatDay(d);
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> NormaliseDate(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  if (text.empty() || text.size() > 200) return std::nullopt;
  // Text shaped like ISO-8601 is read as ISO-8601 only: a bad time in it
  // makes the whole value unreadable, not a bare day.
  bool iso_shaped = text.size() >= 10 && text[4] == '-' && text[7] == '-' &&
                    std::isdigit(static_cast<unsigned char>(text[0]));
  if (iso_shaped) return Iso(text);
  if (std::optional<std::string> iso = Iso(text)) return iso;
  if (std::optional<std::string> rfc = Rfc822(text)) return rfc;
  return Written(text);
}

}  // namespace claimdiff::parse
