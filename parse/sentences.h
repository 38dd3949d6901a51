// Sentence segmentation with ICU's sentence break iterator (English rules
// with ICU's abbreviation suppressions, so "Mr." or "U.S." do not end a
// sentence). Paragraph breaks ("\n\n") always end a sentence.
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

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_SENTENCES_H_
