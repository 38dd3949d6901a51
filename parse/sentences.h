// Sentence segmentation with ICU's sentence break iterator (English rules
// with ICU's abbreviation suppressions, so "Mr." or "U.S." do not end a
// sentence). Paragraph breaks ("\n\n") always end a sentence.
//
// Quotations: a quotation that runs over several sentences of a paragraph
// ("We came. We saw," she said.) is kept whole as one span by
// JoinQuotedSentences, when its closing mark is found in the same paragraph;
// an unbalanced mark (never closed in the paragraph) joins nothing. A
// quotation that runs over paragraphs (the convention: no closing mark at the
// paragraph's end, an opening mark at the next one's start) stays one span
// per paragraph; parse/claims.h links those parts to the same attribution.
//
// Pure; thread-safe (one iterator per thread).
#ifndef CLAIMDIFF_PARSE_SENTENCES_H_
#define CLAIMDIFF_PARSE_SENTENCES_H_

#include <string_view>
#include <vector>

#include "core/model.h"

namespace claimdiff::parse {

// Returns the sentences of `text` as byte spans, in order, trimmed of
// surrounding white space; empty sentences are left out.
std::vector<Span> SplitSentences(std::string_view text);

// Joins consecutive sentences of one paragraph while a quotation opened in
// one closes in a later one (at most `kMaxJoined` sentences).
std::vector<Span> JoinQuotedSentences(std::string_view text, const std::vector<Span>& sentences);

// True when text[span] ends inside a quotation: more opening than closing
// marks (curly marks by direction, straight ones by the space before them).
bool EndsInsideQuote(std::string_view text, Span span);

// True when text[span] opens with a quotation mark.
bool StartsWithQuote(std::string_view text, Span span);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_SENTENCES_H_
