// A light tokeniser for attribution rules: words and the punctuation that
// matters to them (commas, quotation marks, colons, dashes), with byte offsets
// into the article text and a lower-cased ASCII form for lexicon lookups.
//
// Quotation marks: curly ones say which way they face; a straight '"' opens
// when it follows white space or an opening bracket, else it closes.
// Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_TOKENS_H_
#define CLAIMDIFF_PARSE_TOKENS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace claimdiff::parse {

struct Tok {
  enum class Kind {
    kWord,
    kComma,
    kOpenQuote,
    kCloseQuote,
    kColon,
    kSemicolon,
    kDash,
    kStop,
    kOther
  };
  Kind kind = Kind::kOther;
  size_t start = 0;          // byte offset in the text, inclusive
  size_t end = 0;            // exclusive
  std::string lower;         // ASCII lower case, curly apostrophe as "'"; words only
  bool capitalised = false;  // first letter upper case (or a non-ASCII letter)

  bool IsWord() const { return kind == Kind::kWord; }
  bool IsQuote() const { return kind == Kind::kOpenQuote || kind == Kind::kCloseQuote; }
};

// Tokens of text[span], offsets into `text`.
std::vector<Tok> TokenizeSpan(std::string_view text, Span span);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_TOKENS_H_
