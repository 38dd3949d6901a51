#include "core/text.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>

namespace claimdiff {

bool IsValidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  size_t i = 0;
  while (i < bytes.size()) {
    if (s[i] < 0x80) {  // ASCII fast path
      ++i;
      continue;
    }
    int32_t len = static_cast<int32_t>(std::min<size_t>(bytes.size() - i, 4));
    int32_t j = 0;
    UChar32 c;
    U8_NEXT(s + i, j, len, c);
    if (c < 0) return false;
    i += static_cast<size_t>(j);
  }
  return true;
}

std::string RepairUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  size_t i = 0;
  while (i < bytes.size()) {
    int32_t len = static_cast<int32_t>(std::min<size_t>(bytes.size() - i, 4));
    int32_t j = 0;
    UChar32 c;
    U8_NEXT(s + i, j, len, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
    } else {
      out.append(bytes.data() + i, j);
    }
    i += static_cast<size_t>(j);
  }
  return out;
}

std::string FoldCase(std::string_view utf8) {
  // ASCII folds to ASCII lowercase under NFKC_Casefold; skip ICU for it
  // (tokenisation folds every word, so this is the hot path).
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return (c & 0x80) == 0; })) {
    std::string out(utf8);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString folded = nfkc_cf->normalize(src, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

namespace {

bool IsSpaceAt(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *len = 1;
    return true;
  }
  if (c < 0x80) return false;
  int32_t j = 0;
  UChar32 cp;
  int32_t n = static_cast<int32_t>(std::min<size_t>(s.size() - i, 4));
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data() + i), j, n, cp);
  if (cp >= 0 && (u_isUWhiteSpace(cp) || cp == 0x00A0 || cp == 0x200B)) {
    *len = static_cast<size_t>(j);
    return true;
  }
  return false;
}

}  // namespace

std::string CollapseWhitespace(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < utf8.size()) {
    size_t len = 0;
    if (IsSpaceAt(utf8, i, &len)) {
      pending_space = !out.empty();
      i += len;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += utf8[i];
    ++i;
  }
  return out;
}

std::string_view TrimAscii(std::string_view s) {
  auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

namespace {

// ICU break iterators are expensive to build (RE2 says the same of its
// objects); keep one per thread and reset its text per call.
icu::BreakIterator* WordBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) b.reset();
    return b;
  }();
  return breaker.get();
}

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

}  // namespace

namespace {

// Word-break classes of ASCII characters, as Unicode's word-break
// properties (UAX #29) and ICU's root rules give them.
enum class Ascii : uint8_t { kOther, kLetter, kDigit, kUnderscore, kPeriod, kQuote, kMidNum };

Ascii ClassOf(char c) {
  // ICU's root rules count '@' as a letter ("name@example.org" is one word).
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return Ascii::kLetter;
  if (c >= '0' && c <= '9') return Ascii::kDigit;
  if (c == '_') return Ascii::kUnderscore;  // ExtendNumLet
  if (c == '.') return Ascii::kPeriod;      // MidNumLet
  if (c == '\'') return Ascii::kQuote;      // Single_Quote
  if (c == ',' || c == ';') return Ascii::kMidNum;
  return Ascii::kOther;  // ICU's rules take ':' out of MidLetter
}

// ICU's word segmentation restricted to ASCII: letters, digits and
// underscores join (WB5, WB8-WB10, WB13a/b); a period or apostrophe
// between two letters (WB6/7), and a comma, semicolon, period or
// apostrophe between two digits (WB11/12), stay inside the word. A
// segment is a word when it holds a letter or a digit, or is a run of two
// or more underscores (a lone one is not), as ICU's rule statuses say.
std::vector<Token> TokenizeAscii(std::string_view s) {
  std::vector<Token> tokens;
  tokens.reserve(s.size() / 5 + 1);
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    Ascii c = ClassOf(s[i]);
    if (c != Ascii::kLetter && c != Ascii::kDigit && c != Ascii::kUnderscore) {
      ++i;
      continue;
    }
    const size_t start = i;
    bool word = false;
    while (i < n) {
      c = ClassOf(s[i]);
      if (c == Ascii::kLetter || c == Ascii::kDigit || c == Ascii::kUnderscore) {
        word = word || c != Ascii::kUnderscore || i > start;
        ++i;
        continue;
      }
      if (i + 1 < n && i > start) {
        const Ascii before = ClassOf(s[i - 1]);
        const Ascii after = ClassOf(s[i + 1]);
        const bool letters = before == Ascii::kLetter && after == Ascii::kLetter &&
                             (c == Ascii::kPeriod || c == Ascii::kQuote);
        const bool digits = before == Ascii::kDigit && after == Ascii::kDigit &&
                            (c == Ascii::kPeriod || c == Ascii::kQuote || c == Ascii::kMidNum);
        if (letters || digits) {
          i += 2;
          continue;
        }
      }
      break;
    }
    if (!word) continue;
    Token token;
    token.start = start;
    token.end = i;
    token.norm.assign(s.substr(start, i - start));
    for (char& ch : token.norm) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view utf8) {
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return (c & 0x80) == 0; })) {
    return TokenizeAscii(utf8);
  }
  return TokenizeWithIcu(utf8);
}

std::vector<Token> TokenizeWithIcu(std::string_view utf8) {
  std::vector<Token> tokens;
  icu::BreakIterator* breaker = WordBreaker();
  if (breaker == nullptr || utf8.empty()) return tokens;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> text(
      utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
  if (U_FAILURE(status)) return tokens;
  breaker->setText(text.get(), status);
  if (U_FAILURE(status)) return tokens;
  int32_t start = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker->next()) {
    if (breaker->getRuleStatus() == UBRK_WORD_NONE) continue;
    Token token;
    token.start = static_cast<size_t>(start);
    token.end = static_cast<size_t>(end);
    token.norm = FoldCase(utf8.substr(token.start, token.end - token.start));
    // Curly apostrophes fold to straight ones so "Israel’s" == "Israel's".
    size_t pos;
    while ((pos = token.norm.find("\xE2\x80\x99")) != std::string::npos) {
      token.norm.replace(pos, 3, "'");
    }
    tokens.push_back(std::move(token));
  }
  // Detach the iterator from the UText before it is closed.
  breaker->setText(icu::UnicodeString());
  return tokens;
}

bool IsStopWord(std::string_view w) {
  static constexpr std::array<std::string_view, 96> kStop = {
      "a",     "about", "after", "all",    "also",  "an",   "and",   "any",   "are",   "as",
      "at",    "be",    "been",  "before", "but",   "by",   "can",   "could", "did",   "do",
      "does",  "for",   "from",  "had",    "has",   "have", "he",    "her",   "here",  "him",
      "his",   "how",   "i",     "if",     "in",    "into", "is",    "it",    "it's",  "its",
      "may",   "me",    "more",  "most",   "my",    "no",   "not",   "now",   "of",    "on",
      "one",   "or",    "other", "our",    "out",   "over", "said",  "says",  "she",   "should",
      "so",    "some",  "such",  "than",   "that",  "the",  "their", "them",  "then",  "there",
      "these", "they",  "this",  "those",  "to",    "told", "up",    "was",   "we",    "were",
      "what",  "when",  "where", "which",  "while", "who",  "will",  "with",  "would", "you",
      "your",  "'s",    "s",     "just",   "very",  "being"};
  // Each word packed into one integer, its length in the low byte and its
  // bytes above: a probe is a binary search over integers, and a word
  // longer than any stop word is settled at once.
  constexpr size_t kLongest = 7;
  static_assert([] {
    for (std::string_view x : kStop) {
      if (x.empty() || x.size() > kLongest) return false;
    }
    return true;
  }());
  auto pack = [](std::string_view x) {
    uint64_t v = x.size();
    for (size_t i = 0; i < x.size(); ++i) {
      v |= uint64_t{static_cast<unsigned char>(x[i])} << (8 * (i + 1));
    }
    return v;
  };
  static const auto packed = [&pack] {
    std::array<uint64_t, kStop.size()> p{};
    for (size_t i = 0; i < kStop.size(); ++i) p[i] = pack(kStop[i]);
    std::sort(p.begin(), p.end());
    return p;
  }();
  if (w.empty() || w.size() > kLongest) return false;
  return std::binary_search(packed.begin(), packed.end(), pack(w));
}

}  // namespace claimdiff
