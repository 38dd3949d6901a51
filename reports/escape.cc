// Escaping, the link whitelist and text-fragment links.
//
// Text fragments (https://wicg.github.io/scroll-to-text-fragment/): the
// browser scrolls to and highlights the first occurrence of the text after
// "#:~:text=". The directive matches whole words of the rendered page text,
// so we cut the sentence at word boundaries; with more than kMaxWords words
// we send "textStart,textEnd" (the first and last kEdgeWords words), which
// matches the same passage with a much shorter link. '-', ',' and '&' are
// syntax inside the directive and are percent-encoded like everything else
// that is not unreserved.
#include "reports/escape.h"

#include <cctype>
#include <vector>

namespace claimdiff::reports {

namespace {

constexpr size_t kMaxWords = 10;
constexpr size_t kEdgeWords = 4;

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::string JoinWords(const std::vector<std::string_view>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\0':
        out += "\xEF\xBF\xBD";
        break;
      default:
        out += c;
    }
  }
  return out;
}

bool IsSafeLink(std::string_view url) {
  for (char c : url) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return false;
  }
  std::string prefix;
  for (char c : url.substr(0, 8)) {
    prefix += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  bool http = prefix.rfind("http://", 0) == 0 && url.size() > 7;
  bool https = prefix.rfind("https://", 0) == 0 && url.size() > 8;
  return http || https;
}

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size() * 3 / 2);
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '.' || c == '_' || c == '~') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string TextFragmentLink(std::string_view url, std::string_view sentence) {
  if (!IsSafeLink(url)) return "";
  std::string base(url.substr(0, url.find('#')));
  std::vector<std::string_view> words = Words(sentence);
  if (words.empty()) return base;
  std::string directive;
  if (words.size() > kMaxWords) {
    directive = PercentEncode(JoinWords(words, 0, kEdgeWords)) + "," +
                PercentEncode(JoinWords(words, words.size() - kEdgeWords, words.size()));
  } else {
    directive = PercentEncode(JoinWords(words, 0, words.size()));
  }
  return base + "#:~:text=" + directive;
}

}  // namespace claimdiff::reports
