// Word diff by longest common subsequence (the classic dynamic programme,
// as in Hunt and McIlroy's diff; quotes are short, so O(n*m) is fine). Ties
// are broken the same way every time, so the output is deterministic.
#include "compare/word_diff.h"

#include <string>

#include "core/text.h"

namespace claimdiff::compare {

namespace {

void Push(std::vector<DiffOp>* ops, DiffOp::Kind kind, std::string_view word) {
  if (!ops->empty() && ops->back().kind == kind) {
    ops->back().text.push_back(' ');
    ops->back().text.append(word);
    return;
  }
  ops->push_back(DiffOp{kind, std::string(word)});
}

}  // namespace

std::vector<DiffOp> WordDiff(std::string_view left, std::string_view right) {
  std::vector<Token> a = Tokenize(left);
  std::vector<Token> b = Tokenize(right);
  const size_t n = a.size();
  const size_t m = b.size();
  // lcs[i][j]: LCS length of a[i..] and b[j..].
  std::vector<std::vector<size_t>> lcs(n + 1, std::vector<size_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] =
          a[i].norm == b[j].norm ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  auto word = [](std::string_view text, const Token& t) {
    return text.substr(t.start, t.end - t.start);
  };
  std::vector<DiffOp> ops;
  size_t i = 0, j = 0;
  // Collect a changed run as deletions then insertions.
  std::string del, ins;
  auto flush = [&]() {
    if (!del.empty()) ops.push_back(DiffOp{DiffOp::Kind::kDelete, del});
    if (!ins.empty()) ops.push_back(DiffOp{DiffOp::Kind::kInsert, ins});
    del.clear();
    ins.clear();
  };
  auto append = [](std::string* s, std::string_view w) {
    if (!s->empty()) s->push_back(' ');
    s->append(w);
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i].norm == b[j].norm) {
      flush();
      Push(&ops, DiffOp::Kind::kSame, word(left, a[i]));
      ++i;
      ++j;
    } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
      append(&del, word(left, a[i++]));
    } else {
      append(&ins, word(right, b[j++]));
    }
  }
  flush();
  return ops;
}

}  // namespace claimdiff::compare
