// Word-level diff of two texts (quotes, edited sentences), for showing a
// fact-checker exactly which words differ. Pure.
#ifndef CLAIMDIFF_COMPARE_WORD_DIFF_H_
#define CLAIMDIFF_COMPARE_WORD_DIFF_H_

#include <string_view>
#include <vector>

#include "core/model.h"

namespace claimdiff::compare {

// Diff of the words of `left` and `right` (words as core/text.h tokenises
// them, compared case-folded; shown as written). Runs of one kind are
// merged, words joined by one space. Deletions come before insertions
// within a changed run.
std::vector<DiffOp> WordDiff(std::string_view left, std::string_view right);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_WORD_DIFF_H_
