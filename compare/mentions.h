// Whether a text names an outlet, as whole words and case-folded. Used for
// outlet-cites-outlet links and for wire copies that credit their origin.
// Pure.
#ifndef CLAIMDIFF_COMPARE_MENTIONS_H_
#define CLAIMDIFF_COMPARE_MENTIONS_H_

#include <string>
#include <string_view>

namespace claimdiff::compare {

// True when `outlet` (three bytes or more) occurs in `text` as whole
// words, ignoring case: "Valley Wire" in "(VALLEY WIRE) -", not "Wire" in
// "Wireless".
bool MentionsOutlet(std::string_view text, std::string_view outlet);

// The same on texts already case-folded (FoldCase), for callers that test
// one text against many outlets.
bool MentionsFolded(std::string_view folded_text, std::string_view folded_outlet);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_MENTIONS_H_
