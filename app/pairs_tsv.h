// The input of `claimdiff match`: one pair of sentences per line,
// ID<TAB>SENTENCE1<TAB>SENTENCE2. Blank lines are skipped and a trailing CR
// is dropped; any other line without exactly two tabs is an error naming
// the line. Bytes are kept as written (invalid UTF-8 included); later
// stages and the JSON writer cope with them.
#ifndef CLAIMDIFF_APP_PAIRS_TSV_H_
#define CLAIMDIFF_APP_PAIRS_TSV_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace claimdiff::app {

struct SentencePair {
  std::string id;
  std::string a;
  std::string b;
};

// Default cap on the number of pairs in one file: a million pairs is far
// beyond any evaluation set and still fits in memory.
inline constexpr size_t kMaxSentencePairs = 1'000'000;

// Splits `content` into pairs; on a malformed line, or more than
// `max_pairs` pairs, the error says "line N: ..." (the caller adds the path).
StatusOr<std::vector<SentencePair>> ParseSentencePairs(std::string_view content,
                                                       size_t max_pairs = kMaxSentencePairs);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_PAIRS_TSV_H_
