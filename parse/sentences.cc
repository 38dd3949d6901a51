#include "parse/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <memory>

namespace claimdiff::parse {

namespace {

// Building a break iterator costs far more than using one: one per thread.
// The filtered wrapper adds ICU's list of English abbreviations.
icu::BreakIterator* SentenceBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = []() {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale en("en_US");
    std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(en, status));
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

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> out;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find("\n\n", begin);
    if (end == std::string_view::npos) end = text.size();
    SplitParagraph(text, begin, end, &out);
    begin = end + 2;
  }
  return out;
}

}  // namespace claimdiff::parse
