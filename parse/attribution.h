// Attribution extraction within one sentence (or one quotation kept whole):
// who says what, by which cue, through which outlet. Sources come back as
// written ("he", "Bogdanov"); parse/speakers.h resolves them across the
// article afterwards.
//
// Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_ATTRIBUTION_H_
#define CLAIMDIFF_PARSE_ATTRIBUTION_H_

#include <string_view>
#include <vector>

#include "core/model.h"
#include "parse/tokens.h"

namespace claimdiff::parse {

// Attributions found in text[sentence], in order of their cues; spans index
// `text`. Source::canonical, name and role are left for the speaker table;
// source_type is a first guess from the source's words. A nested attribution
// ("X reported that ... officials said") carries the outer outlet in `via`,
// as does one given "in an interview with" an outlet.
std::vector<Attribution> FindAttributions(std::string_view text, Span sentence);

// The same with the sentence's tokens (TokenizeSpan(text, sentence)) given,
// so that a caller tokenises each sentence once.
std::vector<Attribution> FindAttributions(std::string_view text, Span sentence,
                                          const std::vector<Tok>& toks);

// True when the content of `a` is wholly inside quotation marks.
bool IsWhollyQuoted(std::string_view text, Span content);

// True when text[span] holds a quotation mark.
bool HasQuote(std::string_view text, Span span);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_ATTRIBUTION_H_
