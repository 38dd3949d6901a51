#include "compare/match.h"

#include <algorithm>

#include "core/text.h"

namespace claimdiff::compare {

ClaimFeatures Featurize(std::string_view sentence) {
  ClaimFeatures f;
  for (Token& t : Tokenize(sentence)) {
    if (IsStopWord(t.norm)) continue;
    f.words.push_back(std::move(t.norm));
  }
  std::sort(f.words.begin(), f.words.end());
  f.words.erase(std::unique(f.words.begin(), f.words.end()), f.words.end());
  return f;
}

double Similarity(const ClaimFeatures& a, const ClaimFeatures& b) {
  if (a.words.empty() && b.words.empty()) return 0;
  size_t common = 0;
  auto i = a.words.begin();
  auto j = b.words.begin();
  while (i != a.words.end() && j != b.words.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.words.size() + b.words.size());
}

std::string_view PairVerdictName(PairVerdict verdict) {
  switch (verdict) {
    case PairVerdict::kMatch: return "match";
    case PairVerdict::kDiffer: return "differ";
    case PairVerdict::kUnrelated: return "unrelated";
  }
  return "unrelated";
}

PairResult MatchPair(std::string_view a, std::string_view b, const MatchOptions& options) {
  PairResult r;
  r.score = Similarity(Featurize(a), Featurize(b));
  r.verdict = r.score >= options.match_threshold ? PairVerdict::kMatch : PairVerdict::kUnrelated;
  return r;
}

}  // namespace claimdiff::compare
