// Numbers in a claim as values with bounds, so that the comparer can tell
// "more than 200" and "over 220" (compatible) from "at least six" and
// "three" (not compatible).
//
// Recognised: digits with thousands separators and decimals ("1,400",
// "2.8"), scale words ("1.5 million", "two thousand"), number words
// ("six", "twenty-five", "a dozen"), percentages ("12%", "12 percent"),
// bound cues before the number ("more than", "over", "at least", "up to",
// "fewer than", "about", "nearly", "some", ...) and ranges ("between 5 and
// 10", "5 to 10", "5-10"), which become two quantities: the low end with
// kAtLeast and the high end with kAtMost. Four-digit years (1900-2099
// written without a separator) are dates, not quantities.
//
// Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_NUMBERS_H_
#define CLAIMDIFF_PARSE_NUMBERS_H_

#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/text.h"

namespace claimdiff::parse {

// Quantities of `text` in order of appearance. Spans are byte offsets into
// `text` and cover the bound cue ("more than 200").
std::vector<Quantity> ExtractQuantities(std::string_view text);

// The same, given `toks` == Tokenize(text): AnnotateClaim tokenises a claim
// once for numbers, names and dates.
std::vector<Quantity> ExtractQuantities(std::string_view text, const std::vector<Token>& toks);

// The interval test of two quantities is claimdiff::Compatible (core/model.h).

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_NUMBERS_H_
