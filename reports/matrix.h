// The claim matrix: one row group (tbody) per claim cluster, one column per
// outlet, each cell the outlet's sentence(s) coloured by the verdict, with
// conflicting parts marked and a link to the passage on the original page.
// Under each row, the cluster's conflicts (with word diffs of quotes) and
// its provenance. The filter bar above the table drives the page script.
//
// Thread-safety: pure functions.
#ifndef CLAIMDIFF_REPORTS_MATRIX_H_
#define CLAIMDIFF_REPORTS_MATRIX_H_

#include <string>
#include <utility>
#include <vector>

#include "core/model.h"

namespace claimdiff::reports {

// Byte ranges [start, end) of `member`'s claim text to mark as conflicting,
// sorted and merged. Spans outside the claim are ignored; a conflict without
// a usable span is located by its text.
std::vector<std::pair<size_t, size_t>> ConflictRanges(const Story& story, const Cluster& cluster,
                                                      size_t member);

// The claim's text with the ranges marked as MarkRanges does, and the
// aligned unit (a span of the article, empty for the whole claim) wrapped
// in <span class="unit">.
std::string MarkUnit(const Claim& claim, Span unit,
                     const std::vector<std::pair<size_t, size_t>>& ranges);

// `text` escaped, with [start, end) ranges wrapped in <mark>.
std::string MarkRanges(std::string_view text, const std::vector<std::pair<size_t, size_t>>& ranges);

// The filter bar and the matrix table. DIFFER clusters come first, then the
// others in the comparer's order.
std::string RenderMatrixHtml(const Story& story);

}  // namespace claimdiff::reports

#endif  // CLAIMDIFF_REPORTS_MATRIX_H_
