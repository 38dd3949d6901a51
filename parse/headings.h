// Section headings inside an article's text: they stay in the text (a
// reader sees them, reports can show them) but are not claims.
//
// In HTML the markup says so (h2-h6, or a class that names a heading; see
// extract.cc), as does a paragraph all in bold that reads as a heading; in
// plain text a heading is a paragraph of one short line
// with no verb that stands between two paragraphs ("- 'Stepping stone' -",
// "'First step'", "Not a swap"). The verb test is a lexicon, not a tagger:
// finite forms of be/have/do and the modals, the strong speech and report
// verbs of the attribution lexicon (cues.h), common irregular past forms,
// regular past forms in "-ed", and a pronoun subject at the start. A line
// that ends a sentence (".", "!", "?" before any closing quotes) is never a
// heading. Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_HEADINGS_H_
#define CLAIMDIFF_PARSE_HEADINGS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace claimdiff::parse {

// A heading has at most this many words and bytes.
inline constexpr size_t kMaxHeadingWords = 8;
inline constexpr size_t kMaxHeadingBytes = 80;

// True when `line` reads as a heading, not a sentence: at most
// kMaxHeadingWords words and kMaxHeadingBytes bytes, some letter, no
// sentence end, no verb.
bool ReadsAsHeading(std::string_view line);

// True when the text of an element marked as a heading (h2-h6, a class
// naming a heading) is one: always, unless it is a sentence of more than
// kMaxHeadingWords words (a standfirst set in a heading tag is body text).
bool ReadsAsMarkedHeading(std::string_view text);

// True when `line` ends a sentence: ".", "!" or "?" before any closing
// quotes, brackets or dashes.
bool EndsASentence(std::string_view line);

// The headings of plain text, in order: each the span of a paragraph (runs
// of lines separated by blank lines) that is one line, reads as a heading,
// and has a paragraph before and after it. Spans exclude the line's outer
// white space.
std::vector<Span> FindTextHeadings(std::string_view text);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_HEADINGS_H_
