// Role alignment for numbers and names. A number's role is the thing it
// counts, read as the first content word after it: "1,200 residents" and
// "1,500 residents" are the same role, "1,200 residents" and "3 boats" are
// not. This keeps "5 of the 8 ships" from conflicting with "eight ships,
// five of them". When both claims state exactly one number each, the two are
// taken as the same role even if the counted word differs (synonyms:
// "residents" / "people").
#include "compare/roles.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

#include "core/hash.h"

namespace claimdiff::compare {

namespace {

bool IsMeasureUnit(std::string_view u) {
  static constexpr std::array<std::string_view, 24> kUnits = {
      "mile", "kilometr",  "km",       "metr",   "meter", "feet", "foot",  "inch",
      "yard", "centimetr", "kilogram", "kg",     "pound", "ton",  "tonn",  "gallon",
      "litr", "barrel",    "acr",      "hectar", "degre", "%",    "point", "cent"};
  return std::find(kUnits.begin(), kUnits.end(), u) != kUnits.end();
}

bool IsInteger(double v) { return std::fabs(v - std::round(v)) < 1e-9; }

}  // namespace

bool QuantitiesCompatible(const Quantity& a, const Quantity& b) {
  // The same value with the same bound (the common case across outlets).
  if (a.value == b.value && a.bound == b.bound) return true;
  // A whole number against a fraction may be the fraction rounded ("five
  // percentage points" / "4.9 percent").
  if (a.bound == Quantity::Bound::kExact && b.bound == Quantity::Bound::kExact &&
      IsInteger(a.value) != IsInteger(b.value)) {
    double whole = IsInteger(a.value) ? a.value : b.value;
    double frac = IsInteger(a.value) ? b.value : a.value;
    if (std::fabs(whole - frac) < 0.5) return true;
  }
  // A figure rounded to the thousand ("a $43,000 Rolex" / "a $43,350
  // Rolex"): a whole number of thousands, two digits or more before the
  // zeros, admits the values that round to it. "2,000" is a figure of its
  // own ("2,000" / "2,400" conflict).
  auto rounded = [](const Quantity& q) {
    return q.bound == Quantity::Bound::kExact && q.value >= 10000 && IsInteger(q.value) &&
           std::fmod(q.value, 1000) == 0;
  };
  if ((rounded(a) && b.bound == Quantity::Bound::kExact && std::fabs(a.value - b.value) < 500) ||
      (rounded(b) && a.bound == Quantity::Bound::kExact && std::fabs(a.value - b.value) < 500)) {
    return true;
  }
  return Compatible(a, b);
}

std::string NumberUnit(const ClaimFeatures& f, size_t i) {
  const Quantity& q = f.numbers[i];
  if (!q.text.empty() && (q.text.back() == '%' || q.text.find("percent") != std::string::npos ||
                          q.text.find("per cent") != std::string::npos)) {
    return "%";
  }
  for (size_t w = 0; w < f.words.size(); ++w) {
    if (f.words[w].span.start >= q.span.end) {
      // First content word within three words after the number.
      for (size_t k = w; k < f.words.size() && k < w + 3; ++k) {
        if (f.words[k].content) return f.words[k].stem;
      }
      return "";
    }
  }
  return "";
}

// The content stems (keys) that say what number `i` of `f` counts: within
// four words before and after it, its own words aside, not past another
// number, a comma, a semicolon or a coordinating "and" / "or" / "but" (in
// "the deaths of 20,000 people and the displacement of 2.3 million", the
// deaths belong to the first number only).
NumberContextKeys NumberContext(const ClaimFeatures& f, size_t i) {
  constexpr size_t kWindow = 4;
  const Span s = f.numbers[i].span;
  size_t first = f.words.size(), last = 0;
  for (size_t k = 0; k < f.words.size(); ++k) {
    if (f.words[k].span.end > s.start && f.words[k].span.start < s.end) {
      first = std::min(first, k);
      last = k;
    }
  }
  // (key, distance in words), nearest first for each key.
  std::vector<std::pair<uint64_t, double>> out;
  if (first == f.words.size()) return out;
  auto in_number = [&f, i](const Word& w) {
    for (size_t n = 0; n < f.numbers.size(); ++n) {
      if (n != i && w.span.end > f.numbers[n].span.start && w.span.start < f.numbers[n].span.end) {
        return true;
      }
    }
    return false;
  };
  auto stops = [&](const Word& w) {
    return w.folded == "and" || w.folded == "or" || w.folded == "but" || in_number(w);
  };
  // A comma or semicolon between words k and k + 1 ends the window.
  // Spans index the claim text, which the words do not carry: a gap of one
  // byte is a space, a longer one holds punctuation (a currency sign right
  // before the number aside).
  auto punctuated = [&f, first](size_t k) {
    return k + 1 != first && f.words[k + 1].span.start > f.words[k].span.end + 1;
  };
  for (size_t k = first, taken = 0; k-- > 0 && taken < kWindow;) {
    if (stops(f.words[k]) || punctuated(k)) break;
    ++taken;
    if (f.words[k].content) out.emplace_back(f.words[k].key, static_cast<double>(taken));
  }
  for (size_t k = last + 1, taken = 0; k < f.words.size() && taken < kWindow; ++k) {
    if (stops(f.words[k]) || punctuated(k - 1)) break;
    ++taken;
    if (f.words[k].content) out.emplace_back(f.words[k].key, static_cast<double>(taken));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end(),
                        [](const auto& x, const auto& y) { return x.first == y.first; }),
            out.end());
  return out;
}

namespace {

// IDF mass of the context stems numbers i of a and j of b share, each
// weighed by how near it stands to both numbers (1 / (d_a d_b), d in
// words): "the displacement of 2.3 million others in the region" counts
// what "displaced 2.6 million" counts more than what "20,000 lives in the
// region" does.
double ContextOverlap(const ClaimFeatures& a, size_t i, const ClaimFeatures& b, size_t j) {
  // Features made by hand may lack the contexts.
  NumberContextKeys own_x, own_y;
  auto context = [](const ClaimFeatures& f, size_t n, NumberContextKeys* own) -> const auto& {
    if (f.number_contexts.size() == f.numbers.size()) return f.number_contexts[n];
    *own = NumberContext(f, n);
    return *own;
  };
  const NumberContextKeys& x = context(a, i, &own_x);
  const NumberContextKeys& y = context(b, j, &own_y);
  double mass = 0;
  for (const auto& [k, da] : x) {
    auto other = std::lower_bound(y.begin(), y.end(), std::make_pair(k, 0.0));
    if (other == y.end() || other->first != k) continue;
    const double near = 1.0 / (da * other->second);
    auto it = std::lower_bound(a.content_keys.begin(), a.content_keys.end(), k);
    const size_t at = static_cast<size_t>(it - a.content_keys.begin());
    mass += near * (at < a.content_idf.size() && it != a.content_keys.end() && *it == k
                        ? a.content_idf[at]
                        : 1.0);
  }
  return mass;
}

}  // namespace

bool SameQuantity(const ClaimFeatures& a, size_t i, const ClaimFeatures& b, size_t j) {
  if (i < a.number_units.size() && j < b.number_units.size() && !a.number_units[i].empty() &&
      a.number_units[i] == b.number_units[j]) {
    return true;
  }
  return ContextOverlap(a, i, b, j) > 0;
}

NumberComparison CompareNumbers(const ClaimFeatures& a, const ClaimFeatures& b, bool by_context) {
  NumberComparison out;
  if (a.numbers.empty() || b.numbers.empty()) {
    // Nothing to pair with: every number is unmatched, none conflicts.
    out.unmatched = a.numbers.size() + b.numbers.size();
    return out;
  }
  // Units come with the features (Featurizer::Of); features made by hand
  // get them here.
  auto units = [](const ClaimFeatures& f) {
    std::vector<std::string> u;
    for (size_t i = 0; i < f.numbers.size(); ++i) u.push_back(NumberUnit(f, i));
    return u;
  };
  std::vector<std::string> own_a, own_b;
  if (a.number_units.size() != a.numbers.size()) own_a = units(a);
  if (b.number_units.size() != b.numbers.size()) own_b = units(b);
  const std::vector<std::string>& ua =
      a.number_units.size() == a.numbers.size() ? a.number_units : own_a;
  const std::vector<std::string>& ub =
      b.number_units.size() == b.numbers.size() ? b.number_units : own_b;
  // A range counts as one number when deciding "one number each".
  auto mentions = [](const std::vector<Quantity>& qs) {
    size_t n = 0;
    for (size_t i = 0; i < qs.size(); ++i) {
      if (i > 0 && qs[i].span.start == qs[i - 1].span.start) continue;
      ++n;
    }
    return n;
  };
  bool single = mentions(a.numbers) == 1 && mentions(b.numbers) == 1;
  // Pairs that cannot count one thing, whatever their words.
  auto excluded = [&](size_t i, size_t j) {
    // Sums in two currencies are a conversion, not checked: "£169.99" /
    // "$273".
    if (i < a.number_currencies.size() && j < b.number_currencies.size() &&
        !a.number_currencies[i].empty() && !b.number_currencies[j].empty() &&
        a.number_currencies[i] != b.number_currencies[j]) {
      return true;
    }
    if (!ua[i].empty() && ua[i] == ub[j]) return false;
    // Two different units of measure are two different things (or a
    // conversion, which is not checked): "90 miles" and "150 kilometres".
    if (IsMeasureUnit(ua[i]) && IsMeasureUnit(ub[j])) return true;
    // A share and a count are two things: "only six" / "only 1.5 per cent";
    // so are an age and anything else: "Mallard, 27," / "nearly two years".
    if ((ua[i] == "%") != (ub[j] == "%")) return true;
    if ((ua[i] == kAgeUnit) != (ub[j] == kAgeUnit)) return true;
    return false;
  };
  auto same_role = [&](size_t i, size_t j) {
    if (excluded(i, j)) return false;
    if (!ua[i].empty() && ua[i] == ub[j]) return true;
    return single;
  };
  if (by_context) {
    // Each number is paired with the number of the other side that shares
    // the most of what it counts (the same unit first, then the IDF mass of
    // the context), when that number's best is this one too; an
    // incompatible pair is a conflict.
    const size_t na = a.numbers.size(), nb = b.numbers.size();
    std::vector<double> score(na * nb, 0);
    for (size_t i = 0; i < na; ++i) {
      for (size_t j = 0; j < nb; ++j) {
        if (excluded(i, j)) continue;
        const bool unit = !ua[i].empty() && ua[i] == ub[j];
        score[i * nb + j] = (unit ? 100.0 : 0.0) + ContextOverlap(a, i, b, j);
      }
    }
    std::vector<size_t> best_b(na, nb), best_a(nb, na);
    for (size_t i = 0; i < na; ++i) {
      for (size_t j = 0; j < nb; ++j) {
        const double x = score[i * nb + j];
        if (x > 0 && (best_b[i] == nb || x > score[i * nb + best_b[i]])) best_b[i] = j;
        if (x > 0 && (best_a[j] == na || x > score[best_a[j] * nb + j])) best_a[j] = i;
      }
    }
    // A number whose value the other side states too, in any words, is
    // accounted for ("21 of the more than 200 girls" / "21 of the girls").
    auto stated = [](const Quantity& q, const std::vector<Quantity>& other) {
      return std::any_of(other.begin(), other.end(),
                         [&q](const Quantity& o) { return o.value == q.value; });
    };
    for (size_t i = 0; i < na; ++i) {
      const size_t j = best_b[i];
      if (j == nb) continue;
      if (QuantitiesCompatible(a.numbers[i], b.numbers[j])) continue;
      if (stated(a.numbers[i], b.numbers) || stated(b.numbers[j], a.numbers)) continue;
      ++out.unmatched;
      if (best_a[j] == i) out.conflicts.emplace_back(i, j);
    }
    return out;
  }

  std::vector<bool> b_matched(b.numbers.size(), false);
  for (size_t j = 0; j < b.numbers.size(); ++j) {
    for (size_t i = 0; i < a.numbers.size() && !b_matched[j]; ++i) {
      b_matched[j] = QuantitiesCompatible(a.numbers[i], b.numbers[j]);
    }
  }
  for (size_t i = 0; i < a.numbers.size(); ++i) {
    bool matched = false;
    std::optional<size_t> rival;
    for (size_t j = 0; j < b.numbers.size(); ++j) {
      if (QuantitiesCompatible(a.numbers[i], b.numbers[j])) {
        // Any compatible value counts as a partner.
        matched = true;
      } else if (same_role(i, j) && !rival && !b_matched[j]) {
        // A rival must itself be without a partner: in "21-year-old ...
        // 143-year history" against "143-year history", 143 is accounted for.
        rival = j;
      }
    }
    if (!matched) {
      ++out.unmatched;
      // No value on the other side admits this one; a rival in the same
      // role makes it a conflict.
      if (rival) out.conflicts.emplace_back(i, *rival);
    }
  }
  for (size_t j = 0; j < b.numbers.size(); ++j) {
    if (!b_matched[j]) ++out.unmatched;
  }
  return out;
}

const std::vector<std::array<std::string_view, 2>>& AntonymStems() {
  static const std::vector<std::array<std::string_view, 2>> kAntonyms = {
      {"rose", "fell"},      {"rise", "fall"},     {"increas", "decreas"}, {"rais", "lower"},
      {"gain", "loss"},      {"gain", "lost"},     {"win", "lose"},        {"won", "lost"},
      {"accept", "reject"},  {"approv", "reject"}, {"confirm", "deni"},    {"admit", "deni"},
      {"support", "oppos"},  {"allow", "ban"},     {"allow", "forbid"},    {"open", "close"},
      {"open", "shut"},      {"higher", "lower"},  {"guilti", "innoc"},    {"aliv", "dead"},
      {"agre", "disagre"},   {"succeed", "fail"},  {"expand", "shrank"},   {"grew", "shrank"},
      {"acquit", "convict"}, {"resum", "suspend"}, {"lift", "impos"},
  };
  return kAntonyms;
}

const std::vector<std::array<uint64_t, 2>>& AntonymKeys() {
  static const std::vector<std::array<uint64_t, 2>> kKeys = [] {
    std::vector<std::array<uint64_t, 2>> keys;
    for (const auto& [x, y] : AntonymStems()) keys.push_back({Hash64(x), Hash64(y)});
    return keys;
  }();
  return kKeys;
}

uint64_t AntonymMask(const std::vector<uint64_t>& content_keys) {
  uint64_t mask = 0;
  const auto& keys = AntonymKeys();
  for (size_t p = 0; p < keys.size() && p < 32; ++p) {
    for (size_t side = 0; side < 2; ++side) {
      if (std::binary_search(content_keys.begin(), content_keys.end(), keys[p][side])) {
        mask |= uint64_t{1} << (2 * p + side);
      }
    }
  }
  return mask;
}

bool NamesAgree(std::string_view key_a, std::string_view key_b) {
  if (key_a == key_b) return !key_a.empty();
  // Words go to small fixed buffers (this runs for every pair of names of
  // every pair of claims); a key too long for them is no name.
  constexpr size_t kMaxWords = 16;
  struct Words {
    std::array<std::string_view, kMaxWords> w;
    size_t n = 0;
  };
  auto split = [](std::string_view key, Words* out) {
    size_t i = 0;
    while (i < key.size()) {
      size_t j = key.find(' ', i);
      if (j == std::string_view::npos) j = key.size();
      if (j > i) {
        if (out->n == kMaxWords) return false;
        out->w[out->n++] = key.substr(i, j - i);
      }
      i = j + 1;
    }
    return true;
  };
  Words wa, wb;
  if (!split(key_a, &wa) || !split(key_b, &wb)) return false;
  if (wa.n == 0 || wb.n == 0) return false;
  auto last = [](const Words& w) {
    size_t n = w.n;
    while (n > 1 && (w.w[n - 1] == "jr" || w.w[n - 1] == "sr" || w.w[n - 1] == "ii" ||
                     w.w[n - 1] == "iii")) {
      --n;
    }
    return w.w[n - 1];
  };
  if (wa.n >= 2 && wb.n >= 2 && last(wa) == last(wb)) return true;
  const Words& shorter = wa.n <= wb.n ? wa : wb;
  const Words& longer = wa.n <= wb.n ? wb : wa;
  const auto* end = longer.w.begin() + longer.n;
  for (size_t i = 0; i < shorter.n; ++i) {
    if (std::find(longer.w.begin(), end, shorter.w[i]) == end) return false;
  }
  return true;
}

}  // namespace claimdiff::compare
