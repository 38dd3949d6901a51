// The conflicting parts of two claims that state the same thing: numbers,
// names or titles, dates, negation or antonyms, sources, quote wording.
// Pure.
#ifndef CLAIMDIFF_COMPARE_CONFLICTS_H_
#define CLAIMDIFF_COMPARE_CONFLICTS_H_

#include <vector>

#include "compare/features.h"
#include "core/model.h"

namespace claimdiff::compare {

// Conflicts between claim `a` (left, index 0) and claim `b` (right, index
// 1), typed "number", "name", "date", "negation", "source" or "quote", in
// that order. Spans index each claim's article text (claim.span.start is
// added). Name variants that share a key are not conflicts.
std::vector<Conflict> FindConflicts(const Claim& a, const ClaimFeatures& fa, const Claim& b,
                                    const ClaimFeatures& fb);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_CONFLICTS_H_
