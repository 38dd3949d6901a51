// The input of `claimdiff match`: any bytes are either rejected with a line
// number or split into pairs, and every pair is judged (parse stage, pair
// model, conflicts) without a crash; scores stay probabilities.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <utility>
#include <vector>

#include "app/pairs_tsv.h"
#include "compare/match.h"
#include "parse/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  claimdiff::StatusOr<std::vector<claimdiff::app::SentencePair>> pairs =
      claimdiff::app::ParseSentencePairs(content, /*max_pairs=*/64);
  if (!pairs.ok()) {
    if (pairs.status().message().rfind("line ", 0) != 0) std::abort();
    return 0;
  }
  std::vector<std::pair<claimdiff::Claim, claimdiff::Claim>> claims;
  for (const claimdiff::app::SentencePair& p : *pairs) {
    claims.emplace_back(claimdiff::parse::ClaimFromSentence(p.a),
                        claimdiff::parse::ClaimFromSentence(p.b));
  }
  std::vector<claimdiff::compare::PairResult> results =
      claimdiff::compare::MatchClaimPairs(claims, {});
  if (results.size() != claims.size()) std::abort();
  for (const claimdiff::compare::PairResult& r : results) {
    if (!(r.score >= 0 && r.score <= 1)) std::abort();
  }
  return 0;
}
