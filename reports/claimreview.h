// A ClaimReview-shaped JSON-LD export (https://schema.org/ClaimReview) of a
// story's clusters, so fact-checkers can carry claims into their own tools:
// one ClaimReview per cluster with `claimReviewed` (the sentence of its
// first appearance), `itemReviewed` (a Claim with its `author`s, every
// `appearance` and the `firstAppearance`), and a `reviewBody` saying what
// the outlets agree or differ on. There is no `reviewRating`: claimdiff
// compares outlets, it does not rate truth; the fact-checker adds that.
//
// Thread-safety: pure functions.
#ifndef CLAIMDIFF_REPORTS_CLAIMREVIEW_H_
#define CLAIMDIFF_REPORTS_CLAIMREVIEW_H_

#include <string>

#include "core/json.h"
#include "core/model.h"

namespace claimdiff::reports {

// {"@context": "https://schema.org", "@graph": [ClaimReview...]} in the
// clusters' order. Only http(s) URLs are emitted.
Json ClaimReviewJsonLd(const Story& story);

// The file name written beside a story's HTML: "<id>.claimreview.jsonld".
std::string ClaimReviewFileName(const std::string& story_id);

}  // namespace claimdiff::reports

#endif  // CLAIMDIFF_REPORTS_CLAIMREVIEW_H_
