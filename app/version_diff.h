// What changed between two stored versions of one article: sentences added,
// removed and edited. An edited sentence is a removed and an added sentence
// that are alike (word similarity at or above a bar), shown with a word
// diff. Used by `claimdiff history`.
//
// Thread-safety: pure functions.
#ifndef CLAIMDIFF_APP_VERSION_DIFF_H_
#define CLAIMDIFF_APP_VERSION_DIFF_H_

#include <string>
#include <vector>

#include "core/model.h"

namespace claimdiff::app {

struct VersionDiffOptions {
  // A removed and an added sentence at least this alike (0..1, shared words
  // over all words, see reports::WordSimilarity) are one edited sentence.
  double edit_similarity = 0.5;
  // Above this many removed x added pairs, edits are not searched.
  size_t max_pairs = 40000;
};

struct SentenceEdit {
  std::string before;
  std::string after;
  std::vector<DiffOp> diff;  // before -> after, word by word
};

struct VersionDiff {
  std::vector<std::string> added;    // in the newer version's order
  std::vector<std::string> removed;  // in the older version's order
  std::vector<SentenceEdit> edited;  // in the newer version's order
};

VersionDiff DiffVersions(const std::string& before, const std::string& after,
                         const VersionDiffOptions& options = {});

// "same [-deleted-]{+inserted+} same", as `git diff --word-diff` prints it.
std::string WordDiffText(const std::vector<DiffOp>& ops);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_VERSION_DIFF_H_
