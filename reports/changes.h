// "Changed since the last run": what a story's outlets added, dropped and
// edited between the previous run's story and this run's. Edited sentences
// (stealth edits) come with a word diff. A pure function of two Story
// values; the caller decides which run is "previous".
//
// Thread-safety: pure functions.
#ifndef CLAIMDIFF_REPORTS_CHANGES_H_
#define CLAIMDIFF_REPORTS_CHANGES_H_

#include <string>
#include <vector>

#include "core/model.h"

namespace claimdiff::reports {

struct ChangeOptions {
  // A dropped and a new sentence of one outlet whose word similarity (see
  // WordSimilarity) is at least this are one edited sentence, not two claims.
  double edit_similarity = 0.5;
  // Above this many dropped x new pairs in one outlet, edits are not searched
  // (every change is reported as a new or dropped claim).
  size_t max_pairs = 40000;
};

// A claim present in one run and not in the other.
struct ClaimChange {
  std::string outlet;
  std::string url;
  std::string text;
};

// A sentence whose wording changed between the runs.
struct EditedSentence {
  std::string outlet;
  std::string url;
  std::string before;
  std::string after;
  std::vector<DiffOp> diff;  // before -> after, word by word
};

struct StoryChanges {
  bool has_previous = false;                 // false: nothing to compare with (first run)
  std::vector<std::string> new_outlets;      // outlets only this run has
  std::vector<std::string> dropped_outlets;  // outlets only the previous run had
  std::vector<ClaimChange> new_claims;
  std::vector<ClaimChange> dropped_claims;
  std::vector<EditedSentence> edited;

  bool empty() const {
    return new_outlets.empty() && dropped_outlets.empty() && new_claims.empty() &&
           dropped_claims.empty() && edited.empty();
  }
};

// Articles are paired by URL (else outlet name, else input); claims by their
// exact text, captions left out. Output follows the current story's article
// and claim order (the previous story's for what was dropped).
StoryChanges ComputeChanges(const Story& previous, const Story& current,
                            const ChangeOptions& options = {});

// The report section for `changes` (escaped), "" when there is no previous run.
std::string RenderChangesHtml(const StoryChanges& changes);

}  // namespace claimdiff::reports

#endif  // CLAIMDIFF_REPORTS_CHANGES_H_
