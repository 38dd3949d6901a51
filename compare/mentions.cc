// Outlet mentions: case-folded substring search with word boundaries on
// both sides (ASCII letters and digits count as word characters; a
// multi-byte character next to the match also blocks it).
#include "compare/mentions.h"

#include <cctype>

#include "core/text.h"

namespace claimdiff::compare {

namespace {

bool WordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80;
}

}  // namespace

bool MentionsOutlet(std::string_view text, std::string_view outlet) {
  if (outlet.size() < 3) return false;
  return MentionsFolded(FoldCase(text), FoldCase(outlet));
}

bool MentionsFolded(std::string_view t, std::string_view o) {
  if (o.size() < 3) return false;
  size_t pos = t.find(o);
  while (pos != std::string::npos) {
    size_t end = pos + o.size();
    bool left = pos == 0 || !WordByte(t[pos - 1]);
    bool right = end >= t.size() || !WordByte(t[end]);
    if (left && right) return true;
    pos = t.find(o, pos + 1);
  }
  return false;
}

}  // namespace claimdiff::compare
