#include "parse/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <memory>

#include "parse/cues.h"
#include "parse/tokens.h"

namespace claimdiff::parse {

namespace {

// Building a break iterator costs far more than using one: one per thread.
// The filtered wrapper adds ICU's list of English abbreviations.
icu::BreakIterator* SentenceBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = []() {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale en("en_US");
    std::unique_ptr<icu::BreakIterator> base(
        icu::BreakIterator::createSentenceInstance(en, status));
    if (U_FAILURE(status)) return std::unique_ptr<icu::BreakIterator>();
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(en, status));
    if (U_FAILURE(status) || !builder) return base;
    icu::BreakIterator* filtered = builder->wrapIteratorWithFilter(base.release(), status);
    if (U_FAILURE(status)) return std::unique_ptr<icu::BreakIterator>();
    return std::unique_ptr<icu::BreakIterator>(filtered);
  }();
  return breaker.get();
}

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

void AddTrimmed(std::string_view text, size_t start, size_t end, std::vector<Span>* out) {
  while (start < end && IsSpace(text[start])) ++start;
  while (end > start && IsSpace(text[end - 1])) --end;
  if (end > start) out->push_back(Span{start, end});
}

// Splits one paragraph (no "\n\n" inside) and appends its sentences.
void SplitParagraph(std::string_view text, size_t begin, size_t end, std::vector<Span>* out) {
  icu::BreakIterator* breaker = SentenceBreaker();
  if (breaker == nullptr) {
    AddTrimmed(text, begin, end, out);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> utext(
      utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &status));
  if (U_FAILURE(status)) {
    AddTrimmed(text, begin, end, out);
    return;
  }
  breaker->setText(utext.get(), status);
  if (U_FAILURE(status)) {
    AddTrimmed(text, begin, end, out);
    return;
  }
  int32_t start = breaker->first();
  for (int32_t stop = breaker->next(); stop != icu::BreakIterator::DONE;
       start = stop, stop = breaker->next()) {
    AddTrimmed(text, begin + static_cast<size_t>(start), begin + static_cast<size_t>(stop), out);
  }
  breaker->setText(icu::UnicodeString());
}

constexpr size_t kMaxTagWords = 8;  // "the harbour master of Molde said in a statement"
constexpr size_t kMaxJoined = 12;   // a longer "quotation" is an unbalanced mark

// Net quotation depth change over text[span], never below zero: +1 for an
// opening mark, -1 for a closing one. Also reports whether a closing mark met
// an open quotation from before the span.
struct QuoteBalance {
  int open_at_end = 0;
  bool closes_earlier = false;
};

QuoteBalance Balance(std::string_view text, Span span) {
  QuoteBalance b;
  for (size_t i = span.start; i < span.end; ++i) {
    unsigned char lead = static_cast<unsigned char>(text[i]);
    if (lead != '"' && lead != '\'' && lead != 0xE2 && lead != 0xC2) continue;
    if (lead == '\'' && (i + 1 >= span.end || text[i + 1] != '\'')) continue;
    bool opening = false, closing = false;
    if (text.compare(i, 3, "\xE2\x80\x9C") == 0 || text.compare(i, 2, "\xC2\xAB") == 0) {
      opening = true;
    } else if (text.compare(i, 3, "\xE2\x80\x9D") == 0 || text.compare(i, 2, "\xC2\xBB") == 0) {
      closing = true;
    } else if (text[i] == '"' || text[i] == '\'') {  // '' is a straight mark
      char before = i > span.start ? text[i - 1] : ' ';
      opening = IsSpace(before) || before == '(' || before == '[';
      closing = !opening;
    }
    if (text[i] == '\'') ++i;  // the second apostrophe
    if (opening) ++b.open_at_end;
    if (closing) {
      if (b.open_at_end > 0)
        --b.open_at_end;
      else
        b.closes_earlier = true;
    }
  }
  return b;
}

bool SameParagraph(std::string_view text, Span a, Span b) {
  return text.substr(a.end, b.start - a.end).find("\n\n") == std::string_view::npos;
}

bool EndsWithClosingQuote(std::string_view text, Span span) {
  std::string_view s = text.substr(span.start, span.size());
  return s.ends_with("\xE2\x80\x9D") || s.ends_with("\"") || s.ends_with("\xC2\xBB") ||
         s.ends_with("''");
}

// A sentence of at most kMaxTagWords words holding a cue verb and no
// quotation: "Trump said.", "said the 46-year-old."; or one opening with a
// lower-case cue verb.
bool IsSpeakerTag(std::string_view text, Span span) {
  std::vector<Tok> toks = TokenizeSpan(text, span);
  // "said Jo Hart, a pilot from Molde, who ...": a lower-case cue opening a
  // piece continues the one before, however long its tail.
  if (!toks.empty() && toks[0].IsWord() && !toks[0].capitalised &&
      LookupCue(toks[0].lower).strength == CueStrength::kStrong) {
    return true;
  }
  size_t words = 0;
  bool cue = false;
  for (const Tok& t : toks) {
    if (t.IsQuote()) return false;
    if (!t.IsWord()) continue;
    ++words;
    cue = cue || LookupCue(t.lower).strength == CueStrength::kStrong;
  }
  return cue && words <= kMaxTagWords;
}

}  // namespace

bool EndsInsideQuote(std::string_view text, Span span) {
  return Balance(text, span).open_at_end > 0;
}

bool StartsWithQuote(std::string_view text, Span span) {
  std::string_view s = text.substr(span.start, span.size());
  return s.starts_with("\"") || s.starts_with("\xE2\x80\x9C") || s.starts_with("\xC2\xAB") ||
         s.starts_with("\xE2\x80\x9E") || s.starts_with("''");
}

std::vector<Span> JoinQuotedSentences(std::string_view text, const std::vector<Span>& sentences) {
  std::vector<Span> out;
  size_t i = 0;
  while (i < sentences.size()) {
    Span joined = sentences[i];
    if (EndsInsideQuote(text, joined)) {
      // Look for the sentence that closes the quotation in this paragraph.
      for (size_t j = i + 1; j < sentences.size() && j - i < kMaxJoined; ++j) {
        if (!SameParagraph(text, sentences[j - 1], sentences[j])) break;
        QuoteBalance b = Balance(text, sentences[j]);
        if (b.closes_earlier) {
          joined.end = sentences[j].end;
          i = j;
          break;
        }
        if (b.open_at_end > 0) break;  // a new quotation opens: marks are unbalanced
      }
    }
    // A quotation closed with its stop, then a short sentence naming its
    // speaker: "... home.” Trump said." is one claim.
    if (i + 1 < sentences.size() && EndsWithClosingQuote(text, joined) &&
        SameParagraph(text, joined, sentences[i + 1]) && IsSpeakerTag(text, sentences[i + 1])) {
      joined.end = sentences[i + 1].end;
      ++i;
    }
    out.push_back(joined);
    ++i;
  }
  return out;
}

namespace {

// True when text[span] ends with a title that ICU's list lacks ("Gov.",
// "Sen."): the next piece continues the sentence.
bool EndsWithTitle(std::string_view text, Span span) {
  std::string_view s = text.substr(span.start, span.size());
  for (std::string_view t :
       {" Gov.", " Sen.", " Rep.", " Gen.", " Lt.", " Col.", " Sgt.", " Capt.", " Adm.", " Gov",
        " Mr.", " Mrs.", " Ms.", " Dr.", " Prof.", " Rev.", " St.", " Sens.", " Reps."}) {
    if (s.ends_with(t) || s == t.substr(1)) return true;
  }
  return false;
}

// True when text[span] ends with a middle initial after a capitalised word
// ("Michael C.", "George W.") or with "No." and text[next] goes on with a
// name or a number: "Michael C. Cernech", "the No. 2 Republican".
bool EndsWithInitial(std::string_view text, Span span, Span next) {
  std::string_view s = text.substr(span.start, span.size());
  std::string_view n = text.substr(next.start, next.size());
  if (n.empty()) return false;
  bool upper_next = n[0] >= 'A' && n[0] <= 'Z';
  bool digit_next = n[0] >= '0' && n[0] <= '9';
  if (s.ends_with(" No.") || s == "No.") return digit_next;
  if (!upper_next || s.size() < 5) return false;
  size_t k = s.size();
  if (s[k - 1] != '.' || s[k - 2] < 'A' || s[k - 2] > 'Z' || s[k - 3] != ' ') return false;
  // The word before the initial is capitalised: "C." after "Michael".
  size_t word_end = k - 3;
  size_t word_start = s.rfind(' ', word_end - 1);
  word_start = word_start == std::string_view::npos ? 0 : word_start + 1;
  return word_start < word_end && s[word_start] >= 'A' && s[word_start] <= 'Z' &&
         s[word_end - 1] != '.';
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> pieces;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find("\n\n", begin);
    if (end == std::string_view::npos) end = text.size();
    SplitParagraph(text, begin, end, &pieces);
    begin = end + 2;
  }
  std::vector<Span> out;
  for (const Span& piece : pieces) {
    if (!out.empty() &&
        (EndsWithTitle(text, out.back()) || EndsWithInitial(text, out.back(), piece)) &&
        SameParagraph(text, out.back(), piece)) {
      out.back().end = piece.end;
    } else {
      out.push_back(piece);
    }
  }
  return out;
}

}  // namespace claimdiff::parse
