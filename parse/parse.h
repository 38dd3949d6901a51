// The parse stage as one call: a fetched Document in, an Article out
// (charset, extraction or plain text, claims, content hash).
// Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_PARSE_H_
#define CLAIMDIFF_PARSE_PARSE_H_

#include <string_view>

#include "core/model.h"
#include "parse/extract.h"

namespace claimdiff::parse {

struct ParseOptions {
  ExtractOptions extract;
  // Claims (sentences) analysed per article; the rest of a longer text is
  // kept in Article::text but not split, and a warning says so. Real news
  // articles have well under 500 sentences; analysis runs at about 40,000
  // sentences a second, so the default bounds one page to a fraction of one.
  size_t max_sentences = 5'000;
};

// Never fails: an input with no article gets Article::error set and no
// claims. A Document whose fetch failed yields an Article carrying that error.
Article ParseDocument(const Document& doc, const ParseOptions& options);

// Fills claim->numbers (parse/numbers.h) and claim->entities (proper names
// from parse/names.h, then dates from parse/dates.h) from claim->text.
// Spans are made absolute by adding claim->span.start, so they index the
// article text like every other span.
void AnnotateClaim(Claim* claim);

// One sentence as one claim, as the parse stage would make it (kind,
// hedge, attributions, numbers, entities); spans index `sentence`. Used by
// `claimdiff match`. When segmentation splits the text, the parts are
// joined back into one claim.
Claim ClaimFromSentence(std::string_view sentence);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_PARSE_H_
