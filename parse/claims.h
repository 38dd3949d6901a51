// Claim segmentation: the sentences of an article's text become claims, each
// with its attributions (parse/attribution.h), sources resolved across the
// article (parse/speakers.h), a kind and a hedge mark.
//
// Decisions where a sentence is not the unit:
//   - A quotation over several sentences of a paragraph is one claim.
//   - A quotation over several paragraphs is one claim per paragraph, all
//     linked to the same attribution (same source and cue; each claim's
//     content is its own span), wherever in the run the cue stands.
//   - A quoted sentence with no cue right after an attributed quotation in
//     the same paragraph continues it and gets the same attribution.
//   - A photo caption or credit paragraph ("... Photo via AP") is kept as
//     ClaimKind::kCaption, with no attributions.
//   - A section heading (Article::headings, parse/headings.h) yields no
//     claim, and a quotation does not continue across it.
// Claim::numbers and Claim::entities are left to the normalisers.
// Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_CLAIMS_H_
#define CLAIMDIFF_PARSE_CLAIMS_H_

#include <cstddef>
#include <limits>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace claimdiff::parse {

// Claims of `text` in order, with ids "c1", "c2", ...; at most
// `max_claims` sentences are read (the rest of the text is left
// unsegmented). Sentences inside `headings` (sorted spans of `text`) are
// no claims.
std::vector<Claim> SegmentClaims(std::string_view text,
                                 size_t max_claims = std::numeric_limits<size_t>::max(),
                                 const std::vector<Span>& headings = {});

// True when the sentence carries a hedge ("reportedly", "allegedly", ...).
bool IsHedged(std::string_view sentence);

// True when the paragraph text[paragraph] is a photo caption or credit.
bool IsCaptionParagraph(std::string_view text, Span paragraph);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_CLAIMS_H_
