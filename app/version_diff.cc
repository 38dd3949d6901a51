// Sentence diff of two versions of an article.
//
// Both texts are split into sentences (parse::SplitSentences). Sentences
// present in both (as a multiset: a repeated sentence counts as often as it
// occurs) are unchanged. Of the rest, every removed x added pair is scored
// by word similarity (2 * shared words / all words, from a shortest word
// edit script, Myers 1986, as reports::WordDiff computes it); pairs are
// taken best first, each sentence at most once, while the score stays at or
// above the bar: a greedy maximum-weight matching, which is what a reader
// expects ("this sentence became that one") and is stable under reordering.
// What is left unpaired is plainly added or removed.
#include "app/version_diff.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "parse/sentences.h"
#include "reports/word_diff.h"

namespace claimdiff::app {

namespace {

std::vector<std::string> SentencesOf(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : parse::SplitSentences(text)) out.push_back(text.substr(s.start, s.size()));
  return out;
}

// The sentences of `from` not matched by an equal sentence of `other`,
// in order, counting repeats.
std::vector<std::string> Minus(const std::vector<std::string>& from,
                               const std::vector<std::string>& other) {
  std::map<std::string, int> left;
  for (const std::string& s : other) ++left[s];
  std::vector<std::string> out;
  for (const std::string& s : from) {
    auto it = left.find(s);
    if (it != left.end() && it->second > 0) {
      --it->second;
    } else {
      out.push_back(s);
    }
  }
  return out;
}

}  // namespace

VersionDiff DiffVersions(const std::string& before, const std::string& after,
                         const VersionDiffOptions& options) {
  std::vector<std::string> old_sentences = SentencesOf(before);
  std::vector<std::string> new_sentences = SentencesOf(after);
  std::vector<std::string> removed = Minus(old_sentences, new_sentences);
  std::vector<std::string> added = Minus(new_sentences, old_sentences);

  struct Candidate {
    double score;
    size_t r, a;
    std::vector<DiffOp> diff;
  };
  std::vector<Candidate> candidates;
  if (removed.size() * added.size() <= options.max_pairs) {
    for (size_t r = 0; r < removed.size(); ++r) {
      for (size_t a = 0; a < added.size(); ++a) {
        std::vector<DiffOp> diff = reports::WordDiff(removed[r], added[a]);
        double score = reports::WordSimilarity(diff);
        if (score >= options.edit_similarity) candidates.push_back({score, r, a, std::move(diff)});
      }
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return std::tie(y.score, x.a, x.r) < std::tie(x.score, y.a, y.r);
  });
  std::vector<bool> removed_used(removed.size()), added_used(added.size());
  std::vector<std::pair<size_t, SentenceEdit>> edits;
  for (Candidate& c : candidates) {
    if (removed_used[c.r] || added_used[c.a]) continue;
    removed_used[c.r] = added_used[c.a] = true;
    edits.push_back({c.a, SentenceEdit{removed[c.r], added[c.a], std::move(c.diff)}});
  }
  std::sort(edits.begin(), edits.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });

  VersionDiff out;
  for (size_t r = 0; r < removed.size(); ++r) {
    if (!removed_used[r]) out.removed.push_back(removed[r]);
  }
  for (size_t a = 0; a < added.size(); ++a) {
    if (!added_used[a]) out.added.push_back(added[a]);
  }
  for (auto& [index, edit] : edits) out.edited.push_back(std::move(edit));
  return out;
}

std::string WordDiffText(const std::vector<DiffOp>& ops) {
  std::string out;
  for (const DiffOp& op : ops) {
    if (!out.empty()) out += ' ';
    switch (op.kind) {
      case DiffOp::Kind::kSame:
        out += op.text;
        break;
      case DiffOp::Kind::kDelete:
        out += "[-" + op.text + "-]";
        break;
      case DiffOp::Kind::kInsert:
        out += "{+" + op.text + "+}";
        break;
    }
  }
  return out;
}

}  // namespace claimdiff::app
