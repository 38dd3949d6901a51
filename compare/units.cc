// Fact units.
//
// Outlets that write a story in their own words rarely share a whole
// sentence; they share facts, and one sentence carries several ("Jackson,
// the former representative from Illinois, pleaded guilty on Wednesday to
// one felony fraud count in connection with his use of $750,000 ..."). The
// fact annotators of multi-outlet stories mark the clause that states a
// fact, not the sentence. The units here are the cheap, surface-level
// approximations of those clauses that need no parser:
//   clauses   the sentence cut before a clause boundary: a semicolon, a dash,
//             a colon, or a comma before a coordinating or subordinating word
//             ("and", "but", "while", "who", "which", "after", "according
//             to", ...); a piece with fewer than three content words is
//             joined to its neighbour, since a fact needs a predicate and an
//             argument
//   quotes    each quoted passage of four content words or more: the
//             speaker's words apart from the frame that reports them
//   said      an attribution's content without its source and cue ("the
//             bridge will reopen" of "The mayor said the bridge will reopen")
// Splitting at commas before conjunctions follows the clause-level
// "proposition" segmentation that fact alignment of news uses (e.g. the
// clause splitting of summary content units, Nenkova and Passonneau 2004),
// at the surface only. A unit nearly as long as the sentence adds nothing
// and is dropped; the sentence itself is always the first unit (align.cc).
#include "compare/units.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "compare/features.h"
#include "core/text.h"

namespace claimdiff::compare {

namespace {

// Where a clause starts: the marker begins at the cut, and the clause
// after it (the marker's words are function words, so they weigh nothing).
constexpr std::array<std::string_view, 24> kBoundaries = {
    "; ",          ", and ",          ", but ",         ", while ",
    ", who ",      ", which ",        ", where ",       ", whose ",
    " -- ",        " \xE2\x80\x94 ",  " \xE2\x80\x93 ", ", after ",
    ", although ", ", though ",       ", including ",   ": ",
    ", saying ",   ", according to ", ", as ",          ", when ",
    ", whereas ",  ", because ",      ", before ",      ", since ",
};

// Claims longer than this (in bytes) are not split.
constexpr size_t kMaxUnitClaimBytes = 4096;
// A unit must hold at least this many content words.
constexpr size_t kMinContentWords = 3;
// A quote or an attribution's content with fewer content words is no unit.
constexpr size_t kMinQuoteWords = 4;
// A unit longer than this share of the sentence (in bytes) is the sentence.
constexpr double kWholeShare = 0.85;

// The content words (not stop words) of a claim, counted over any span of
// it: a span holds the words that lie wholly inside it (pieces are cut at
// spaces and punctuation, so no word straddles a cut).
class ContentCounter {
 public:
  explicit ContentCounter(const std::vector<Token>& tokens) : tokens_(tokens) {
    before_.reserve(tokens_.size() + 1);
    before_.push_back(0);
    for (const Token& t : tokens_) {
      before_.push_back(before_.back() + (!t.norm.empty() && !IsStopWord(t.norm) ? 1 : 0));
    }
  }

  size_t In(Span s) const {
    auto first = std::lower_bound(tokens_.begin(), tokens_.end(), s.start,
                                  [](const Token& t, size_t x) { return t.start < x; });
    auto last = first;
    while (last != tokens_.end() && last->end <= s.end) ++last;
    return before_[static_cast<size_t>(last - tokens_.begin())] -
           before_[static_cast<size_t>(first - tokens_.begin())];
  }

 private:
  const std::vector<Token>& tokens_;
  std::vector<size_t> before_;  // content words before each token
};

// Trims spaces and the punctuation a cut leaves at either end, a leading
// conjunction ("and 220 were taken hostage"), and quotation marks around
// the whole unit.
Span Trim(std::string_view text, Span s) {
  auto skip = [](char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '\n';
  };
  auto trim_ends = [&](Span* x) {
    while (x->start < x->end && skip(text[x->start])) ++x->start;
    while (x->end > x->start && (skip(text[x->end - 1]) || text[x->end - 1] == '.')) --x->end;
  };
  trim_ends(&s);
  for (std::string_view word : {"and ", "but ", "while ", "whereas ", "although ", "though "}) {
    if (text.substr(s.start, word.size()) == word) {
      s.start += word.size();
      break;
    }
  }
  for (int round = 0; round < 2; ++round) {
    const std::string_view t = text.substr(s.start, s.size());
    const bool straight =
        t.size() >= 2 && t.front() == '"' && t.back() == '"' && t.find('"', 1) == t.size() - 1;
    const bool curly = t.size() >= 6 && t.substr(0, 3) == "\xE2\x80\x9C" &&
                       t.substr(t.size() - 3) == "\xE2\x80\x9D";
    if (straight) {
      ++s.start;
      --s.end;
    } else if (curly) {
      s.start += 3;
      s.end -= 3;
    } else {
      break;
    }
    trim_ends(&s);
  }
  return s;
}

std::vector<Span> Clauses(std::string_view text, const ContentCounter& content) {
  std::vector<size_t> cuts = {0};
  for (std::string_view b : kBoundaries) {
    for (size_t p = text.find(b); p != std::string_view::npos; p = text.find(b, p + 1)) {
      cuts.push_back(p);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  cuts.push_back(text.size());
  struct Piece {
    Span span;
    size_t words;
  };
  std::vector<Piece> pieces;
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    Span s{cuts[i], cuts[i + 1]};
    size_t n = content.In(s);
    if (!pieces.empty() && pieces.back().words < kMinContentWords) {
      pieces.back().span.end = s.end;
      pieces.back().words += n;
    } else {
      pieces.push_back(Piece{s, n});
    }
  }
  if (pieces.size() > 1 && pieces.back().words < kMinContentWords) {
    pieces[pieces.size() - 2].span.end = pieces.back().span.end;
    pieces[pieces.size() - 2].words += pieces.back().words;
    pieces.pop_back();
  }
  std::vector<Span> out;
  if (pieces.size() < 2) return out;
  for (const Piece& p : pieces) out.push_back(Trim(text, p.span));
  return out;
}

}  // namespace

std::vector<Span> UnitSpans(const Claim& claim) {
  if (claim.text.size() > kMaxUnitClaimBytes) return {};
  return UnitSpans(claim, Tokenize(claim.text));
}

std::vector<Span> UnitSpans(const Claim& claim, const std::vector<Token>& tokens) {
  const std::string_view text = claim.text;
  // A "sentence" this long is a text the splitter gave up on (parse limits):
  // it is compared whole, not cut into copies of itself.
  if (text.size() > kMaxUnitClaimBytes) return {};
  const ContentCounter content(tokens);
  std::vector<Span> out = Clauses(text, content);
  for (const Span& q : QuoteSpans(text)) {
    if (content.In(q) >= kMinQuoteWords) out.push_back(Trim(text, q));
  }
  for (const Attribution& a : claim.attributions) {
    if (a.content.empty() || a.content.start < claim.span.start || a.content.end > claim.span.end) {
      continue;
    }
    Span s{a.content.start - claim.span.start, a.content.end - claim.span.start};
    if (content.In(s) >= kMinQuoteWords) out.push_back(Trim(text, s));
  }
  const double whole = static_cast<double>(text.size());
  out.erase(std::remove_if(out.begin(), out.end(),
                           [whole](const Span& s) {
                             return s.empty() ||
                                    static_cast<double>(s.size()) > kWholeShare * whole;
                           }),
            out.end());
  std::sort(out.begin(), out.end(), [](const Span& x, const Span& y) {
    return x.start < y.start || (x.start == y.start && x.end > y.end);
  });
  out.erase(std::unique(
                out.begin(), out.end(),
                [](const Span& x, const Span& y) { return x.start == y.start && x.end == y.end; }),
            out.end());
  // Two units that are nearly the same span (a quote and the attribution's
  // content around it, "“...”" and "..., he said") are one.
  std::vector<Span> kept;
  for (const Span& s : out) {
    bool same = false;
    for (const Span& k : kept) {
      const size_t lo = std::max(s.start, k.start), hi = std::min(s.end, k.end);
      const size_t common = hi > lo ? hi - lo : 0;
      same = same || (10 * common >= 9 * s.size() && 10 * common >= 9 * k.size());
    }
    if (!same) kept.push_back(s);
  }
  if (kept.size() > kMaxUnits) kept.resize(kMaxUnits);
  return kept;
}

std::vector<Token> UnitTokens(const std::vector<Token>& tokens, Span unit) {
  std::vector<Token> out;
  auto it = std::lower_bound(tokens.begin(), tokens.end(), unit.start,
                             [](const Token& t, size_t x) { return t.start < x; });
  for (; it != tokens.end() && it->end <= unit.end; ++it) {
    out.push_back(Token{it->norm, it->start - unit.start, it->end - unit.start});
  }
  return out;
}

Claim UnitClaim(const Claim& claim, Span unit) {
  Claim u;
  u.id = claim.id;
  u.kind = claim.kind;
  u.hedged = claim.hedged;
  const size_t base = claim.span.start;
  u.span = Span{base + unit.start, base + unit.end};
  u.text = claim.text.substr(unit.start, unit.size());
  auto inside = [&u](const Span& s) { return s.start >= u.span.start && s.end <= u.span.end; };
  for (const Quantity& q : claim.numbers) {
    if (inside(q.span)) u.numbers.push_back(q);
  }
  for (const Entity& e : claim.entities) {
    if (inside(e.span)) u.entities.push_back(e);
  }
  for (const Attribution& a : claim.attributions) {
    if (a.content.end <= u.span.start || a.content.start >= u.span.end) continue;
    Attribution c = a;
    c.content.start = std::max(c.content.start, u.span.start);
    c.content.end = std::min(c.content.end, u.span.end);
    if (!inside(c.source.span)) c.source.span = Span{};
    if (!inside(c.cue.span)) c.cue.span = Span{};
    c.via.erase(std::remove_if(c.via.begin(), c.via.end(),
                               [&inside](const Via& v) { return !inside(v.span); }),
                c.via.end());
    u.attributions.push_back(std::move(c));
  }
  return u;
}

}  // namespace claimdiff::compare
