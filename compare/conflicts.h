// The conflicting parts of two claims that state the same thing: numbers,
// names or titles, dates, negation or antonyms, sources, quote wording.
// Pure.
#ifndef CLAIMDIFF_COMPARE_CONFLICTS_H_
#define CLAIMDIFF_COMPARE_CONFLICTS_H_

#include <string_view>
#include <vector>

#include "compare/features.h"
#include "core/model.h"

namespace claimdiff::compare {

// How conflicts are judged. Sentence pairs (`claimdiff match`) take the
// defaults. Story alignment sets `story`: the two units were written by
// two outlets in their own words and put together by the story model, so
//   numbers   conflict only where they count the same thing: the same
//             unit, or a content word in common within four words of each
//             ("displacement of 2.3 million" / "displaced 2.6 million")
//   quotes    must share half their content words, and any change of the
//             speaker's words between two shared words is a rewording,
//             function words and words one side adds included ("and the
//             Boko Haram" / "and Boko Haram", "it is" / "it was")
//   sources   must both be named (no pronoun), and neither speaker may be
//             named anywhere in the other outlet's article (a spokesman
//             and the president he speaks for are one source)
struct ConflictOptions {
  bool story = false;
  // With `story`: the whole article texts of a and b, case-folded.
  std::string_view folded_article_a;
  std::string_view folded_article_b;
};

// Conflicts between claim `a` (left, index 0) and claim `b` (right, index
// 1), typed "number", "name", "date", "negation", "source" or "quote", in
// that order. Spans index each claim's article text (claim.span.start is
// added). Name variants that share a key are not conflicts.
std::vector<Conflict> FindConflicts(const Claim& a, const ClaimFeatures& fa, const Claim& b,
                                    const ClaimFeatures& fb,
                                    const ConflictOptions& options = ConflictOptions{});

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_CONFLICTS_H_
