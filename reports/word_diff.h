// Word-level diffs for reports: edited sentences between two runs, and the
// rendering of any DiffOp sequence (the comparer's quote diffs included) as
// <del>/<ins> markup.
//
// Thread-safety: pure functions.
#ifndef CLAIMDIFF_REPORTS_WORD_DIFF_H_
#define CLAIMDIFF_REPORTS_WORD_DIFF_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace claimdiff::reports {

// The shortest edit script turning `before` into `after`, word by word
// (a word is a run of non-space bytes). Adjacent ops of one kind are merged;
// an op's text is its words joined by single spaces, so joining the kSame
// and kDelete texts with spaces gives `before` with its spacing normalised.
std::vector<DiffOp> WordDiff(std::string_view before, std::string_view after);

// <span class="wd">same <del>deleted</del><ins>inserted</ins>...</span>,
// every text escaped.
std::string RenderWordDiffHtml(const std::vector<DiffOp>& ops);

// Share of words the two texts have in common (2 * same / (|a| + |b|)),
// 0..1; 1 when both are empty.
double WordSimilarity(const std::vector<DiffOp>& ops);

}  // namespace claimdiff::reports

#endif  // CLAIMDIFF_REPORTS_WORD_DIFF_H_
