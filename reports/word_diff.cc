// Word diffs with dtl (Debian libdtl-dev), which implements Wu, Manber,
// Myers and Miller, "An O(NP) Sequence Comparison Algorithm" (1990): the
// shortest edit script between two word sequences in O((N+M)P) time, P the
// number of deletions. Sentences are short, so it is fast; for very long
// texts (more than kMaxWords words on a side) we skip the search and report
// the whole of `before` deleted and `after` inserted, which is still a
// correct (if coarse) script.
#include "reports/word_diff.h"

#include <cctype>
#include <dtl/dtl.hpp>

#include "reports/escape.h"

namespace claimdiff::reports {

namespace {

constexpr size_t kMaxWords = 5000;

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) words.emplace_back(text.substr(start, i - start));
  }
  return words;
}

void Append(std::vector<DiffOp>* ops, DiffOp::Kind kind, const std::string& word) {
  if (!ops->empty() && ops->back().kind == kind) {
    ops->back().text += ' ';
    ops->back().text += word;
  } else {
    ops->push_back(DiffOp{kind, word});
  }
}

size_t CountWords(const std::string& text) { return text.empty() ? 0 : SplitWords(text).size(); }

}  // namespace

std::vector<DiffOp> WordDiff(std::string_view before, std::string_view after) {
  std::vector<std::string> a = SplitWords(before);
  std::vector<std::string> b = SplitWords(after);
  std::vector<DiffOp> ops;
  if (a.size() > kMaxWords || b.size() > kMaxWords) {
    for (const std::string& w : a) Append(&ops, DiffOp::Kind::kDelete, w);
    for (const std::string& w : b) Append(&ops, DiffOp::Kind::kInsert, w);
    return ops;
  }
  dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
  diff.compose();
  for (const auto& [word, info] : diff.getSes().getSequence()) {
    switch (info.type) {
      case dtl::SES_COMMON:
        Append(&ops, DiffOp::Kind::kSame, word);
        break;
      case dtl::SES_DELETE:
        Append(&ops, DiffOp::Kind::kDelete, word);
        break;
      case dtl::SES_ADD:
        Append(&ops, DiffOp::Kind::kInsert, word);
        break;
    }
  }
  return ops;
}

std::string RenderWordDiffHtml(const std::vector<DiffOp>& ops) {
  std::string out = "<span class=\"wd\">";
  bool first = true;
  for (const DiffOp& op : ops) {
    if (!first) out += ' ';
    first = false;
    switch (op.kind) {
      case DiffOp::Kind::kSame:
        out += EscapeHtml(op.text);
        break;
      case DiffOp::Kind::kDelete:
        out += "<del>" + EscapeHtml(op.text) + "</del>";
        break;
      case DiffOp::Kind::kInsert:
        out += "<ins>" + EscapeHtml(op.text) + "</ins>";
        break;
    }
  }
  out += "</span>";
  return out;
}

double WordSimilarity(const std::vector<DiffOp>& ops) {
  size_t same = 0, left = 0, right = 0;
  for (const DiffOp& op : ops) {
    size_t n = CountWords(op.text);
    if (op.kind == DiffOp::Kind::kSame) {
      same += n;
      left += n;
      right += n;
    } else if (op.kind == DiffOp::Kind::kDelete) {
      left += n;
    } else {
      right += n;
    }
  }
  if (left + right == 0) return 1.0;
  return 2.0 * static_cast<double>(same) / static_cast<double>(left + right);
}

}  // namespace claimdiff::reports
