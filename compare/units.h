// Fact-sized units of a claim: the parts of one sentence that can state a
// fact of their own, so that the comparer can align "1,400 were killed and
// 220 taken hostage" with two sentences of another outlet. See units.cc for
// the rules. Pure.
#ifndef CLAIMDIFF_COMPARE_UNITS_H_
#define CLAIMDIFF_COMPARE_UNITS_H_

#include <vector>

#include "core/model.h"
#include "core/text.h"

namespace claimdiff::compare {

// The units of `claim` besides the whole sentence, as spans relative to
// claim.text, in text order (ties: the longer first), none equal to the
// whole claim: clauses (split at "; ", ", and ", ", who ", dashes, ...),
// quoted passages, and what an attribution says without its frame. Empty
// when the sentence is one unit, or longer than 4 KiB (no sentence: what
// the splitter left whole). At most kMaxUnits.
inline constexpr size_t kMaxUnits = 8;
std::vector<Span> UnitSpans(const Claim& claim);
// The same, given the words of claim.text (Tokenize(claim.text)).
std::vector<Span> UnitSpans(const Claim& claim, const std::vector<Token>& tokens);

// The words of `tokens` (of a claim's text) that lie wholly inside `unit`,
// with offsets relative to the unit: what Tokenize gives on the unit's text,
// since units are cut at spaces and punctuation.
std::vector<Token> UnitTokens(const std::vector<Token>& tokens, Span unit);

// The part `unit` (relative to claim.text) of `claim` as a claim of its own:
// its text, its absolute span, the numbers and entities inside it, and the
// attributions whose content meets it (content clipped to the unit; a
// source outside it keeps its key but loses its span).
Claim UnitClaim(const Claim& claim, Span unit);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_UNITS_H_
