#include "parse/tokens.h"

#include <algorithm>

namespace claimdiff::parse {

namespace {

// Multi-byte punctuation the rules care about (UTF-8).
constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // ”
constexpr std::string_view kLowDouble = "\xE2\x80\x9E";    // „
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";   // ‘
constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // ’ (also the apostrophe)
constexpr std::string_view kLeftGuillemet = "\xC2\xAB";    // «
constexpr std::string_view kRightGuillemet = "\xC2\xBB";   // »
constexpr std::string_view kEmDash = "\xE2\x80\x94";
constexpr std::string_view kEnDash = "\xE2\x80\x93";
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
constexpr std::string_view kNbsp = "\xC2\xA0";

bool AsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool At(std::string_view text, size_t i, std::string_view what) {
  // The first byte decides most calls without a comparison of the rest.
  return i < text.size() && text[i] == what[0] && text.substr(i, what.size()) == what;
}

// Length of the punctuation mark at i that is not part of a word, or 0.
size_t PunctLength(std::string_view text, size_t i) {
  unsigned char lead = static_cast<unsigned char>(text[i]);
  if (lead != 0xE2 && lead != 0xC2) return 0;
  for (std::string_view p : {kLeftDouble, kRightDouble, kLowDouble, kLeftSingle, kRightSingle,
                             kLeftGuillemet, kRightGuillemet, kEmDash, kEnDash, kEllipsis, kNbsp}) {
    if (At(text, i, p)) return p.size();
  }
  return 0;
}

size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

// True when byte i starts a word character: ASCII letter/digit or a
// non-ASCII character that is not one of the punctuation marks above.
bool WordStart(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return AsciiAlnum(c);
  return PunctLength(text, i) == 0 && c >= 0xC0;
}

}  // namespace

std::vector<Tok> TokenizeSpan(std::string_view text, Span span) {
  std::vector<Tok> out;
  size_t i = span.start;
  const size_t end = std::min(span.end, text.size());
  // About one token per four bytes of English news text: reserving spares
  // the moves of regrowth (a Tok's short string is copied on each move).
  out.reserve(i < end ? (end - i) / 4 + 1 : 0);
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || At(text, i, kNbsp)) {
      i += c < 0x80 ? 1 : kNbsp.size();
      continue;
    }
    Tok t;
    t.start = i;
    if (WordStart(text, i)) {
      size_t j = i;
      while (j < end) {
        if (WordStart(text, j)) {
          // Clamped: a truncated sequence at the end must not run past it.
          j = std::min(end, j + Utf8Length(static_cast<unsigned char>(text[j])));
          continue;
        }
        // Inner apostrophes, hyphens, periods and ampersands: "Russia’s",
        // "U.S.", "anti-war", "AT&T".
        size_t mark = At(text, j, kRightSingle) ? kRightSingle.size()
                      : (text[j] == '\'' || text[j] == '-' || text[j] == '.' || text[j] == '&' ||
                         text[j] == '/')
                          ? 1
                          : 0;
        // A thousands separator: "1,100" is one word.
        if (text[j] == ',' && j > i && text[j - 1] >= '0' && text[j - 1] <= '9' && j + 1 < end &&
            text[j + 1] >= '0' && text[j + 1] <= '9') {
          mark = 1;
        }
        // A period joins only short segments ("U.S.", "a.m.") and decimals,
        // not two words whose space is missing ("said.Trump").
        if (mark == 1 && text[j] == '.') {
          size_t segment = j - i;
          size_t last_dot = text.substr(i, j - i).rfind('.');
          if (last_dot != std::string_view::npos) segment = j - i - last_dot - 1;
          bool digits = j > i && text[j - 1] >= '0' && text[j - 1] <= '9' && j + 1 < end &&
                        text[j + 1] >= '0' && text[j + 1] <= '9';
          if (segment > 2 && !digits) break;
        }
        if (mark > 0 && j + mark < end && WordStart(text, j + mark)) {
          j += mark;
          continue;
        }
        break;
      }
      // A plural possessive keeps its apostrophe: "veterans' families".
      if (j < end && j > i && text[j - 1] == 's' &&
          (text[j] == '\'' || At(text, j, kRightSingle)) && (j + 1 >= end || text[j + 1] == ' ')) {
        j += text[j] == '\'' ? 1 : kRightSingle.size();
      }
      // Abbreviations keep their final period: "U.S.", "Mr.", "Sen.".
      if (j < end && text[j] == '.') {
        std::string_view word = text.substr(i, j - i);
        bool inner_period = word.find('.') != std::string_view::npos;
        bool title = word == "Mr" || word == "Mrs" || word == "Ms" || word == "Dr" ||
                     word == "Sen" || word == "Rep" || word == "Gov" || word == "Gen" ||
                     word == "Lt" || word == "Col" || word == "Jr" || word == "Sr" || word == "St";
        // A period after "U.S" also ends the sentence; the stop is then lost,
        // which the rules tolerate (they never need the final stop).
        // A middle initial before a name: "Jock A. Finlayson".
        bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z' && j + 2 < end &&
                       text[j + 1] == ' ' && text[j + 2] >= 'A' && text[j + 2] <= 'Z';
        if (inner_period || title || initial) {
          ++j;
        }
      }
      t.kind = Tok::Kind::kWord;
      t.end = j;
      t.capitalised = (c >= 'A' && c <= 'Z') || c >= 0xC0;
      t.lower.reserve(j - i);
      for (size_t k = i; k < j;) {
        if (At(text, k, kRightSingle)) {
          t.lower.push_back('\'');
          k += kRightSingle.size();
          continue;
        }
        char ch = text[k];
        t.lower.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
        ++k;
      }
      i = j;
      out.push_back(std::move(t));
      continue;
    }
    size_t len = PunctLength(text, i);
    if (len == 0) len = std::min(end - i, Utf8Length(c));
    // Two apostrophes stand for a straight double quotation mark ('').
    if (c == '\'' && i + 1 < end && text[i + 1] == '\'') len = 2;
    std::string_view mark = text.substr(i, len);
    if (mark == "''") mark = "\"";
    if (mark == kLeftDouble || mark == kLowDouble || mark == kLeftGuillemet) {
      t.kind = Tok::Kind::kOpenQuote;
    } else if (mark == kRightDouble || mark == kRightGuillemet) {
      t.kind = Tok::Kind::kCloseQuote;
    } else if (mark == "\"") {
      // Opens after white space (or at the start) when text follows; a mark
      // with space on both sides closes ("coalitions, '' said").
      char before = i > 0 ? text[i - 1] : ' ';
      char after = i + len < text.size() ? text[i + len] : ' ';
      bool space_before = before == ' ' || before == '\n' || before == '\t' || before == '(' ||
                          before == '[' || i == span.start || (i >= 2 && At(text, i - 2, kNbsp));
      bool space_after = after == ' ' || after == '\n' || after == '\t' || after == ',' ||
                         after == '.' || i + len >= end;
      bool opens = space_before && !space_after;
      t.kind = opens ? Tok::Kind::kOpenQuote : Tok::Kind::kCloseQuote;
    } else if (mark == ",") {
      t.kind = Tok::Kind::kComma;
    } else if (mark == ":") {
      t.kind = Tok::Kind::kColon;
    } else if (mark == ";") {
      t.kind = Tok::Kind::kSemicolon;
    } else if (mark == kEmDash || mark == kEnDash || mark == "-") {
      t.kind = Tok::Kind::kDash;
    } else if (mark == "." || mark == "!" || mark == "?" || mark == kEllipsis) {
      t.kind = Tok::Kind::kStop;
    }
    t.end = i + len;
    i += len;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace claimdiff::parse
