// Number normalisation.
//
// The text is tokenised with core/text.h (ICU word breaks, so "1,400" and
// "2.8" stay whole). A left-to-right scan reads one number at a time:
// digits, or a run of number words combined the usual way (units and tens
// add, "hundred" multiplies the current group, "thousand"/"million"/
// "billion" close a group), then an optional scale word after digits.
// The one to three words before the number are matched against bound cues;
// a following "to"/"and"/"-" with a second number (or a leading "between")
// makes a range. Bound semantics follow ordinary news usage: "over" and
// "more than" are lower bounds, "up to" and "fewer than" upper bounds,
// "about", "some", "nearly" approximations (+-10% in IntervalOf).
#include "parse/numbers.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>

#include "core/text.h"

namespace claimdiff::parse {

namespace {

struct WordValue {
  std::string_view word;
  double value;
};

constexpr std::array<WordValue, 28> kSmall = {{
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},
}};

std::optional<double> SmallWord(std::string_view w) {
  for (const WordValue& v : kSmall) {
    if (!w.empty() && v.word[0] == w[0] && v.word == w) return v.value;  // first letter: cheap
  }
  if (w == "dozen") return 12;
  return std::nullopt;
}

std::optional<double> ScaleWord(std::string_view w) {
  if (w == "hundred") return 100;
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "mln") return 1e6;
  if (w == "billion" || w == "bln") return 1e9;
  if (w == "trillion") return 1e12;
  return std::nullopt;
}

// "1,400" -> 1400, "2.8" -> 2.8, "12%" handled by the caller. Rejects
// tokens with letters ("4th", "b2b").
std::optional<double> DigitValue(std::string_view t) {
  if (t.empty() || !(t[0] >= '0' && t[0] <= '9')) return std::nullopt;
  std::string clean;
  for (char c : t) {
    if (c >= '0' && c <= '9') {
      clean.push_back(c);
    } else if (c == '.') {
      clean.push_back('.');
    } else if (c == ',') {
      continue;
    } else {
      return std::nullopt;
    }
  }
  char* end = nullptr;
  double v = std::strtod(clean.c_str(), &end);
  if (end == clean.c_str()) return std::nullopt;
  // More than 308 digits overflow a double; such a number is still larger
  // than any other, so it keeps the largest finite value and compares.
  if (!std::isfinite(v)) v = std::numeric_limits<double>::max();
  return v;
}

bool IsYear(std::string_view t) {
  if (t.size() != 4) return false;
  for (char c : t) {
    if (c < '0' || c > '9') return false;
  }
  int y = std::atoi(std::string(t).c_str());
  return y >= 1900 && y <= 2099;
}

struct Read {
  double value = 0;
  size_t next = 0;  // index of the first token after the number
};

bool AllDigits(std::string_view t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// True when tokens i and i + 1 are written "A/B" with nothing between.
bool Slashed(std::string_view text, const std::vector<Token>& toks, size_t i) {
  return i + 1 < toks.size() && AllDigits(toks[i].norm) && AllDigits(toks[i + 1].norm) &&
         toks[i + 1].start == toks[i].end + 1 && toks[i].end < text.size() &&
         text[toks[i].end] == '/';
}

// A fraction written with a slash, read at token i ("A/B"), with its
// whole part when one is given: "2 1/2" is 2.5; "21/2" too, the way a
// fraction sign ("2Â½") reads once flattened to ASCII, for halves,
// thirds and quarters whose numerator (the last digit) is below the
// denominator. `next` is past the denominator.
std::optional<Read> ReadFraction(std::string_view text, const std::vector<Token>& toks, size_t i) {
  size_t at = i;
  double whole = 0;
  if (!Slashed(text, toks, at) && at + 2 < toks.size() && AllDigits(toks[at].norm) &&
      Slashed(text, toks, at + 1) && toks[at + 1].start == toks[at].end + 1 &&
      text[toks[at].end] == ' ' && toks[at + 1].norm.size() == 1) {
    whole = std::atof(toks[at].norm.c_str());  // "2 1/2"
    ++at;
  }
  if (!Slashed(text, toks, at)) return std::nullopt;
  const std::string& top = toks[at].norm;
  const std::string& bottom = toks[at + 1].norm;
  // Halves, thirds, quarters and eighths only: "9/11" and "24/7" are no
  // fractions.
  if (bottom != "2" && bottom != "3" && bottom != "4" && bottom != "8") return std::nullopt;
  const double denominator = bottom[0] - '0';
  double numerator = std::atof(top.c_str());
  if (whole == 0 && top.size() >= 2 && top.size() <= 3 && bottom != "8" && top.back() != '0' &&
      top.back() - '0' < denominator) {
    whole = std::atof(top.substr(0, top.size() - 1).c_str());
    numerator = top.back() - '0';
  }
  if (numerator >= denominator) return std::nullopt;
  return Read{whole + numerator / denominator, at + 2};
}

// True when digit token i follows a decimal point with no digit before it
// (".85 cent", "$.20").
bool LeadingPoint(std::string_view text, const std::vector<Token>& toks, size_t i) {
  const size_t dot = toks[i].start;
  if (dot == 0 || text[dot - 1] != '.' || !AllDigits(toks[i].norm)) return false;
  if (i > 0 && toks[i - 1].end + 1 >= dot) return false;
  return dot == 1 || text[dot - 2] == ' ' || text[dot - 2] == '(' || text[dot - 2] == '$';
}

// Reads a number starting at token i, if there is one.
std::optional<Read> ReadNumber(std::string_view text, const std::vector<Token>& toks, size_t i) {
  const std::string& t = toks[i].norm;
  if (std::optional<Read> f = ReadFraction(text, toks, i)) return f;
  if (std::optional<double> d = DigitValue(t)) {
    if (IsYear(t)) return std::nullopt;
    if (LeadingPoint(text, toks, i)) d = std::atof(("0." + t).c_str());
    Read r{*d, i + 1};
    if (r.next < toks.size()) {
      if (std::optional<double> s = ScaleWord(toks[r.next].norm)) {
        r.value *= *s;
        ++r.next;
      }
    }
    return r;
  }
  // Number words: "a dozen", "twenty five", "two hundred thousand".
  double total = 0;
  double group = 0;
  bool any = false;
  size_t j = i;
  while (j < toks.size()) {
    const std::string& w = toks[j].norm;
    if (any && w == "dozen") {
      group = (group == 0 ? 1 : group) * 12;  // "three dozen"
    } else if (std::optional<double> v = SmallWord(w)) {
      group += *v;
      any = true;
    } else if (any && w == "hundred") {
      group = (group == 0 ? 1 : group) * 100;
    } else if (any && ScaleWord(w)) {
      total += (group == 0 ? 1 : group) * *ScaleWord(w);
      group = 0;
    } else if (any && w == "and" && j + 1 < toks.size() && SmallWord(toks[j + 1].norm) &&
               group >= 100) {
      // "two hundred and five"
    } else {
      break;
    }
    ++j;
  }
  if (!any) return std::nullopt;
  return Read{total + group, j};
}

struct Cue {
  std::array<std::string_view, 3> words;  // last word first; "" pads
  Quantity::Bound bound;
};

// Bound cues, matched on the words just before a number (last word first).
constexpr std::array<Cue, 31> kCues = {{
    {{"than", "more", ""}, Quantity::Bound::kAtLeast},
    {{"than", "greater", ""}, Quantity::Bound::kAtLeast},
    {{"over", "", ""}, Quantity::Bound::kAtLeast},
    {{"above", "", ""}, Quantity::Bound::kAtLeast},
    {{"least", "at", ""}, Quantity::Bound::kAtLeast},
    {{"of", "upwards", ""}, Quantity::Bound::kAtLeast},
    {{"of", "excess", "in"}, Quantity::Bound::kAtLeast},
    {{"exceeding", "", ""}, Quantity::Bound::kAtLeast},
    {{"minimum", "a", ""}, Quantity::Bound::kAtLeast},
    {{"than", "less", "no"}, Quantity::Bound::kAtLeast},
    {{"than", "fewer", "no"}, Quantity::Bound::kAtLeast},
    {{"than", "more", "no"}, Quantity::Bound::kAtMost},
    {{"than", "less", ""}, Quantity::Bound::kAtMost},
    {{"than", "fewer", ""}, Quantity::Bound::kAtMost},
    {{"under", "", ""}, Quantity::Bound::kAtMost},
    {{"below", "", ""}, Quantity::Bound::kAtMost},
    {{"most", "at", ""}, Quantity::Bound::kAtMost},
    {{"to", "up", ""}, Quantity::Bound::kAtMost},
    {{"maximum", "a", ""}, Quantity::Bound::kAtMost},
    {{"about", "", ""}, Quantity::Bound::kApprox},
    {{"around", "", ""}, Quantity::Bound::kApprox},
    {{"some", "", ""}, Quantity::Bound::kApprox},
    {{"nearly", "", ""}, Quantity::Bound::kApprox},
    {{"almost", "", ""}, Quantity::Bound::kApprox},
    {{"approximately", "", ""}, Quantity::Bound::kApprox},
    {{"roughly", "", ""}, Quantity::Bound::kApprox},
    {{"estimated", "an", ""}, Quantity::Bound::kApprox},
    {{"estimated", "", ""}, Quantity::Bound::kApprox},
    {{"to", "close", ""}, Quantity::Bound::kApprox},
    {{"approx", "", ""}, Quantity::Bound::kApprox},
    {{"circa", "", ""}, Quantity::Bound::kApprox},
}};

// The cue ending just before token i: its bound and first token index.
std::optional<std::pair<Quantity::Bound, size_t>> CueBefore(const std::vector<Token>& toks,
                                                            size_t i) {
  std::optional<std::pair<Quantity::Bound, size_t>> best;
  size_t best_len = 0;
  for (const Cue& cue : kCues) {
    size_t len = 0;
    bool ok = true;
    for (std::string_view w : cue.words) {
      if (w.empty()) break;
      if (i < len + 1 || toks[i - len - 1].norm != w) {
        ok = false;
        break;
      }
      ++len;
    }
    if (ok && len > best_len) {
      best_len = len;
      best = std::make_pair(cue.bound, i - len);
    }
  }
  return best;
}

bool IsPercentWord(std::string_view w) { return w == "percent" || w == "pct" || w == "percentage"; }

}  // namespace

std::vector<Quantity> ExtractQuantities(std::string_view text) {
  return ExtractQuantities(text, Tokenize(text));
}

std::vector<Quantity> ExtractQuantities(std::string_view text, const std::vector<Token>& toks) {
  std::vector<Quantity> out;
  size_t i = 0;
  while (i < toks.size()) {
    // "a dozen" reads as 12; a bare "a" is not a number.
    std::optional<Read> r = ReadNumber(text, toks, i);
    if (!r) {
      ++i;
      continue;
    }
    // "one" alone in "one of", "no one", "the one" is not a count.
    if (toks[i].norm == "one" && r->next == i + 1 &&
        ((r->next < toks.size() && toks[r->next].norm == "of") ||
         (i > 0 && (toks[i - 1].norm == "no" || toks[i - 1].norm == "the" ||
                    toks[i - 1].norm == "any" || toks[i - 1].norm == "every")))) {
      ++i;
      continue;
    }
    Quantity q;
    q.value = r->value;
    size_t first = i;
    size_t last = r->next - 1;
    bool between = false;
    if (auto cue = CueBefore(toks, i)) {
      q.bound = cue->first;
      first = cue->second;
    } else if (i > 0 && toks[i - 1].norm == "between") {
      between = true;
      first = i - 1;
    }
    if (first > 0 && toks[first - 1].norm == "a" && toks[i].norm == "dozen") first = first - 1;
    size_t end_byte = toks[last].end;
    // Percent sign right after the digits, or the word "percent".
    if (end_byte < text.size() && text[end_byte] == '%') {
      ++end_byte;
    } else if (r->next < toks.size() && IsPercentWord(toks[r->next].norm)) {
      end_byte = toks[r->next].end;
      ++r->next;
    } else if (r->next + 1 < toks.size() && toks[r->next].norm == "per" &&
               toks[r->next + 1].norm == "cent") {
      end_byte = toks[r->next + 1].end;
      r->next += 2;
    }
    // Range: "5 to 10", "between 5 and 10", "5-10" (ICU splits on '-').
    size_t k = r->next;
    bool dash = k < toks.size() && toks[k].start > end_byte &&
                text.substr(end_byte, toks[k].start - end_byte).find_first_of("-\xE2") !=
                    std::string_view::npos &&
                toks[k].start - end_byte <= 3;
    std::optional<Read> hi;
    size_t hi_tok = 0;
    if (k < toks.size() && (toks[k].norm == "to" || (between && toks[k].norm == "and")) &&
        k + 1 < toks.size()) {
      hi = ReadNumber(text, toks, k + 1);
      hi_tok = k + 1;
    } else if (dash && DigitValue(toks[i].norm)) {
      hi = ReadNumber(text, toks, k);
      hi_tok = k;
    }
    if (hi && hi->value > q.value && q.bound == Quantity::Bound::kExact) {
      size_t hi_end = toks[hi->next - 1].end;
      if (hi_end < text.size() && text[hi_end] == '%') ++hi_end;
      // A scale word after the high end applies to the low end too
      // ("2 to 3 million").
      if (hi->next > hi_tok + 1 && !ScaleWord(toks[r->next - 1].norm)) {
        if (std::optional<double> s = ScaleWord(toks[hi->next - 1].norm)) q.value *= *s;
      }
      std::string_view span_text = text.substr(toks[first].start, hi_end - toks[first].start);
      Quantity lo = q;
      lo.bound = Quantity::Bound::kAtLeast;
      lo.text = std::string(span_text);
      lo.span = Span{toks[first].start, hi_end};
      Quantity up = lo;
      up.value = hi->value;
      up.bound = Quantity::Bound::kAtMost;
      out.push_back(std::move(lo));
      out.push_back(std::move(up));
      i = hi->next;
      continue;
    }
    q.span = Span{toks[first].start, end_byte};
    if (first == i && LeadingPoint(text, toks, i)) --q.span.start;
    q.text = std::string(text.substr(q.span.start, q.span.size()));
    out.push_back(std::move(q));
    i = r->next;
  }
  return out;
}

}  // namespace claimdiff::parse
