// Class/id vocabulary. The lists follow the unlikely/likely candidate
// patterns of Arc90 Readability (Mozilla Readability.js, REGEXPS
// unlikelyCandidates, positive, negative) and the boilerplate classes
// trafilatura removes (trafilatura/xpaths.py), extended with the German
// words common on German news sites. Whole words are matched; the stems
// in kStems also match as prefixes of a word ("sharebar", "commentlist").
#include "parse/boilerplate.h"

#include <array>
#include <string>

namespace claimdiff::parse {

namespace {

struct Word {
  std::string_view word;
  uint8_t bits;
};

constexpr Word kWords[] = {
    {"comment", kHintComments}, {"comments", kHintComments}, {"disqus", kHintComments},
    {"respond", kHintComments}, {"replies", kHintComments}, {"reply", kHintComments},
    {"kommentare", kHintComments}, {"kommentar", kHintComments}, {"discussion", kHintComments},
    {"share", kHintBoilerplate}, {"sharing", kHintBoilerplate}, {"shares", kHintBoilerplate},
    {"social", kHintBoilerplate}, {"socials", kHintBoilerplate}, {"teilen", kHintBoilerplate},
    {"newsletter", kHintBoilerplate}, {"subscribe", kHintBoilerplate},
    {"subscription", kHintBoilerplate}, {"related", kHintBoilerplate},
    {"recommended", kHintBoilerplate}, {"recommendations", kHintBoilerplate},
    {"cookie", kHintBoilerplate}, {"cookies", kHintBoilerplate}, {"consent", kHintBoilerplate},
    {"gdpr", kHintBoilerplate}, {"ad", kHintBoilerplate}, {"ads", kHintBoilerplate},
    {"advert", kHintBoilerplate}, {"advertisement", kHintBoilerplate},
    {"adsense", kHintBoilerplate}, {"werbung", kHintBoilerplate}, {"anzeige", kHintBoilerplate},
    {"sponsor", kHintBoilerplate}, {"sponsored", kHintBoilerplate}, {"promo", kHintBoilerplate},
    {"popup", kHintBoilerplate}, {"modal", kHintBoilerplate}, {"breadcrumb", kHintBoilerplate},
    {"breadcrumbs", kHintBoilerplate}, {"pagination", kHintBoilerplate},
    {"pager", kHintBoilerplate}, {"nav", kHintBoilerplate}, {"navbar", kHintBoilerplate},
    {"navigation", kHintBoilerplate}, {"menu", kHintBoilerplate}, {"sidebar", kHintBoilerplate},
    {"widget", kHintBoilerplate}, {"widgets", kHintBoilerplate}, {"footer", kHintBoilerplate},
    {"masthead", kHintBoilerplate}, {"toolbar", kHintBoilerplate}, {"banner", kHintBoilerplate},
    {"login", kHintBoilerplate}, {"signup", kHintBoilerplate}, {"tags", kHintBoilerplate},
    {"tagcloud", kHintBoilerplate}, {"taglist", kHintBoilerplate}, {"outbrain", kHintBoilerplate},
    {"taboola", kHintBoilerplate}, {"trending", kHintBoilerplate}, {"popular", kHintBoilerplate},
    {"mostread", kHintBoilerplate}, {"skip", kHintBoilerplate}, {"print", kHintBoilerplate},
    {"rating", kHintBoilerplate}, {"shoutbox", kHintBoilerplate}, {"skyscraper", kHintBoilerplate},
    {"caption", kHintCaption}, {"credit", kHintCaption}, {"credits", kHintCaption},
    {"figcaption", kHintCaption}, {"bildunterschrift", kHintCaption},
    {"byline", kHintMeta}, {"author", kHintMeta}, {"date", kHintMeta}, {"dateline", kHintMeta},
    {"timestamp", kHintMeta}, {"meta", kHintMeta}, {"postmeta", kHintMeta},
    {"article", kHintPositive}, {"content", kHintPositive}, {"entry", kHintPositive},
    {"story", kHintPositive}, {"post", kHintPositive}, {"text", kHintPositive},
    {"body", kHintPositive},
};

constexpr Word kStems[] = {
    {"comment", kHintComments}, {"kommentar", kHintComments}, {"share", kHintBoilerplate},
    {"social", kHintBoilerplate}, {"newsletter", kHintBoilerplate},
    {"related", kHintBoilerplate}, {"breadcrumb", kHintBoilerplate},
    {"advert", kHintBoilerplate}, {"sidebar", kHintBoilerplate}, {"articlebody", kHintPositive},
};

uint8_t ClassifyWord(std::string_view w) {
  uint8_t bits = kHintNone;
  for (const Word& word : kWords) {
    if (w == word.word) bits |= word.bits;
  }
  if (w.size() > 5) {
    for (const Word& stem : kStems) {
      if (w.compare(0, stem.word.size(), stem.word) == 0) bits |= stem.bits;
    }
  }
  if (w == "hidden" || w == "hide" || w == "invisible") bits |= kHintHidden;
  return bits;
}

}  // namespace

uint8_t ClassifyName(std::string_view value) {
  uint8_t bits = kHintNone;
  std::string word;
  for (size_t i = 0; i <= value.size(); ++i) {
    char c = i < value.size() ? value[i] : ' ';
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c + 32);
      alnum = true;
    }
    if (alnum) {
      word.push_back(c);
    } else if (!word.empty()) {
      if (word.size() <= 40) bits |= ClassifyWord(word);
      word.clear();
    }
  }
  return bits;
}

}  // namespace claimdiff::parse
