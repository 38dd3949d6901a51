// Text helpers shared by every stage: UTF-8 validity and repair, ICU-based
// normalisation (NFKC with case folding), word tokenisation with byte
// offsets, and whitespace handling.
//
// All functions are pure and thread-safe. Offsets are UTF-8 byte offsets.
#ifndef CLAIMDIFF_CORE_TEXT_H_
#define CLAIMDIFF_CORE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view bytes);

// Returns `bytes` with each ill-formed sequence replaced by U+FFFD, so that no
// text is dropped silently.
std::string RepairUtf8(std::string_view bytes);

// NFKC + Unicode case folding, e.g. "Ｍoscow" -> "moscow". Returns the input
// unchanged if ICU fails (never throws).
std::string FoldCase(std::string_view utf8);

// Collapses runs of white space (ASCII and Unicode spaces, NBSP) into one
// ASCII space and trims both ends.
std::string CollapseWhitespace(std::string_view utf8);

// Trims ASCII white space from both ends.
std::string_view TrimAscii(std::string_view s);

struct Token {
  std::string norm;  // folded form, punctuation removed
  size_t start = 0;  // byte offset in the tokenised text
  size_t end = 0;
};

// Splits `utf8` into words (letters and digits; apostrophes and inner
// hyphens/periods/commas of numbers kept) using ICU's word break rules.
// Text in ASCII takes a direct path that gives the same words as ICU's
// rules on ASCII (tests/core/text_test.cc compares the two).
std::vector<Token> Tokenize(std::string_view utf8);

// The same, always through ICU's break iterator (for tests and checks).
std::vector<Token> TokenizeWithIcu(std::string_view utf8);

// True for common English function words ("the", "of", "said", ...).
bool IsStopWord(std::string_view folded);

}  // namespace claimdiff

#endif  // CLAIMDIFF_CORE_TEXT_H_
