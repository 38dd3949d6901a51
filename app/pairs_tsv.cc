#include "app/pairs_tsv.h"

namespace claimdiff::app {

StatusOr<std::vector<SentencePair>> ParseSentencePairs(std::string_view content,
                                                       size_t max_pairs) {
  std::vector<SentencePair> pairs;
  size_t line_no = 0;
  while (!content.empty()) {
    ++line_no;
    size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content.remove_prefix(nl == std::string_view::npos ? content.size() : nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos || line.find('\t', t2 + 1) != std::string_view::npos) {
      return Status::InvalidArgument("line " + std::to_string(line_no) +
                                     ": expected ID<TAB>SENTENCE1<TAB>SENTENCE2");
    }
    if (pairs.size() == max_pairs) {
      return Status::InvalidArgument("line " + std::to_string(line_no) + ": more than " +
                                     std::to_string(max_pairs) + " pairs");
    }
    pairs.push_back({std::string(line.substr(0, t1)), std::string(line.substr(t1 + 1, t2 - t1 - 1)),
                     std::string(line.substr(t2 + 1))});
  }
  return pairs;
}

}  // namespace claimdiff::app
