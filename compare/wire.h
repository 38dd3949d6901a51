// Wire copy: articles that share long verbatim runs are one origin
// republished, and count as one source. Pure.
#ifndef CLAIMDIFF_COMPARE_WIRE_H_
#define CLAIMDIFF_COMPARE_WIRE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace claimdiff::compare {

struct WireOptions {
  // Words per shingle (a run of this many words, case-folded).
  size_t shingle_words = 5;
  // Share (0..1) of the copy's shingles that must occur in the origin.
  double min_containment = 0.5;
  // Shingles the two texts must share, at least (8 shingles of 5 words is
  // one verbatim run of 12 words or more), so short texts do not group on
  // a stock phrase.
  size_t min_shared = 8;
};

// Groups of articles linked by verbatim reuse, each with its origin (the
// article the others credit, else the first published, else the first
// given) and its copies (sorted). Groups are ordered by origin.
std::vector<WireGroup> FindWireGroups(const std::vector<Article>& articles,
                                      const WireOptions& options);

// The same with each article's words given (case-folded, in order), so a
// caller that has tokenised the text already need not do it again.
std::vector<WireGroup> FindWireGroups(const std::vector<Article>& articles,
                                      const std::vector<std::vector<std::string_view>>& words,
                                      const WireOptions& options);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_WIRE_H_
