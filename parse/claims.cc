#include "parse/claims.h"

#include <array>
#include <string>

#include "core/text.h"
#include "parse/sentences.h"

namespace claimdiff::parse {

namespace {

constexpr std::array<std::string_view, 4> kOpenQuotes = {"\"", "\xE2\x80\x9C", "\xC2\xAB",
                                                         "\xE2\x80\x9E"};  // " “ « „

bool StartsWithQuote(std::string_view s) {
  for (std::string_view q : kOpenQuotes) {
    if (s.substr(0, q.size()) == q) return true;
  }
  return false;
}

bool ContainsQuote(std::string_view s) {
  for (std::string_view q : kOpenQuotes) {
    if (s.find(q) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

bool IsHedged(std::string_view sentence) {
  static constexpr std::array<std::string_view, 10> kHedges = {
      "reportedly", "allegedly", "believed to", "thought to", "said to be",
      "appears to", "apparently", "reported to", "rumoured",  "rumored"};
  std::string folded = FoldCase(sentence);
  for (std::string_view h : kHedges) {
    if (folded.find(h) != std::string::npos) return true;
  }
  return false;
}

std::vector<Claim> SegmentClaims(std::string_view text) {
  std::vector<Claim> claims;
  for (const Span& span : SplitSentences(text)) {
    Claim claim;
    claim.id = "c" + std::to_string(claims.size() + 1);
    claim.span = span;
    claim.text = std::string(text.substr(span.start, span.size()));
    if (StartsWithQuote(claim.text)) {
      claim.kind = ClaimKind::kDirectQuote;
    } else if (ContainsQuote(claim.text)) {
      claim.kind = ClaimKind::kPartialQuote;
    } else {
      claim.kind = ClaimKind::kUnattributed;
    }
    claim.hedged = IsHedged(claim.text);
    claims.push_back(std::move(claim));
  }
  return claims;
}

}  // namespace claimdiff::parse
