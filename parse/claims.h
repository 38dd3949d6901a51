// Claim segmentation: the sentences of an article's text become claims.
//
// The skeleton marks quotes and hedges from surface cues only: a sentence
// that opens with a quotation mark is a direct quote, one that contains a
// quoted passage is a partial quote, everything else is unattributed;
// "reportedly", "allegedly", "believed to" and the like mark it hedged.
// Attribution extraction replaces this. Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_CLAIMS_H_
#define CLAIMDIFF_PARSE_CLAIMS_H_

#include <string_view>
#include <vector>

#include "core/model.h"

namespace claimdiff::parse {

// Claims of `text` in order, with ids "c1", "c2", ...
std::vector<Claim> SegmentClaims(std::string_view text);

// True when the sentence carries a hedge ("reportedly", "allegedly", ...).
bool IsHedged(std::string_view sentence);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_CLAIMS_H_
