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

constexpr uint8_t kLayout = kHintBoilerplate | kHintLayout;

struct Word {
  std::string_view word;
  uint8_t bits;
};

// clang-format off
constexpr Word kWords[] = {
    {"comment", kHintComments}, {"comments", kHintComments}, {"disqus", kHintComments},
    {"respond", kHintComments}, {"replies", kHintComments}, {"reply", kHintComments},
    {"kommentare", kHintComments}, {"kommentar", kHintComments}, {"discussion", kHintComments},
    {"share", kHintBoilerplate}, {"sharing", kHintBoilerplate}, {"shares", kHintBoilerplate},
    {"social", kLayout}, {"socials", kLayout}, {"teilen", kHintBoilerplate},
    {"newsletter", kHintBoilerplate}, {"subscribe", kHintBoilerplate},
    {"subscription", kHintBoilerplate}, {"related", kHintBoilerplate},
    {"recommended", kHintBoilerplate}, {"recommendations", kHintBoilerplate},
    {"cookie", kHintBoilerplate}, {"cookies", kHintBoilerplate}, {"consent", kHintBoilerplate},
    {"gdpr", kHintBoilerplate}, {"ad", kLayout}, {"ads", kLayout},
    {"advert", kLayout}, {"advertisement", kLayout},
    {"adsense", kLayout}, {"werbung", kLayout}, {"anzeige", kLayout},
    {"sponsor", kLayout}, {"sponsored", kHintBoilerplate}, {"promo", kLayout},
    {"popup", kLayout}, {"modal", kLayout}, {"breadcrumb", kHintBoilerplate},
    {"breadcrumbs", kHintBoilerplate}, {"pagination", kLayout},
    {"pager", kLayout}, {"nav", kLayout}, {"navbar", kLayout},
    {"navigation", kLayout}, {"menu", kLayout}, {"sidebar", kLayout},
    {"footer", kLayout},
    {"masthead", kLayout}, {"toolbar", kLayout}, {"banner", kLayout},
    {"login", kLayout}, {"signup", kLayout}, {"tags", kHintBoilerplate},
    {"tagcloud", kHintBoilerplate}, {"taglist", kHintBoilerplate}, {"outbrain", kHintBoilerplate},
    {"taboola", kHintBoilerplate}, {"trending", kLayout}, {"popular", kLayout},
    {"mostread", kLayout}, {"skip", kLayout}, {"print", kLayout},
    {"rating", kHintBoilerplate}, {"shoutbox", kHintBoilerplate}, {"skyscraper", kLayout},
    {"caption", kHintCaption}, {"credit", kHintCaption}, {"credits", kHintCaption},
    {"figcaption", kHintCaption}, {"bildunterschrift", kHintCaption},
    {"lead", kHintLead}, {"intro", kHintLead}, {"excerpt", kHintLead},
    {"standfirst", kHintLead}, {"subtitle", kHintLead}, {"subheadline", kHintLead},
    {"chapo", kHintLead}, {"abstract", kHintLead}, {"summary", kHintLead},
    {"deck", kHintLead}, {"teaser", kHintLead}, {"hero", kHintLead},
    {"heading", kHintHeading}, {"subheading", kHintHeading}, {"subhead", kHintHeading},
    {"crosshead", kHintHeading}, {"crossheading", kHintHeading}, {"intertitle", kHintHeading},
    {"intertitre", kHintHeading}, {"zwischentitel", kHintHeading},
    {"zwischenueberschrift", kHintHeading}, {"h2", kHintHeading}, {"h3", kHintHeading},
    {"h4", kHintHeading},
    {"disclaimer", kHintBoilerplate}, {"teasers", kHintBoilerplate}, {"legend", kHintCaption},
    {"bio", kHintBoilerplate}, {"textwidget", kHintBoilerplate},
    {"widgetcontainer", kHintBoilerplate}, {"widgetarea", kHintBoilerplate},
    {"taglinks", kHintBoilerplate}, {"tagslinks", kHintBoilerplate},
    {"authorbox", kHintBoilerplate},
    {"saboxplugin", kHintBoilerplate}, {"ratings", kHintBoilerplate},
    {"postratings", kHintBoilerplate}, {"copyright", kHintBoilerplate},
    {"copyrights", kHintBoilerplate}, {"license", kHintBoilerplate},
    {"prefooter", kHintBoilerplate}, {"nextstory", kHintBoilerplate},
    {"toc", kHintBoilerplate}, {"dropdown", kLayout},
    {"postmetadata", kHintMeta}, {"metadata", kHintMeta},
    {"byline", kHintMeta}, {"author", kHintMeta}, {"date", kHintMeta}, {"dateline", kHintMeta},
    {"timestamp", kHintMeta}, {"meta", kHintMeta}, {"postmeta", kHintMeta},
    {"article", kHintPositive}, {"content", kHintPositive}, {"entry", kHintPositive},
    {"story", kHintPositive}, {"post", kHintPositive}, {"text", kHintPositive},
    {"body", kHintPositive},
};

constexpr Word kStems[] = {
    {"comment", kHintComments}, {"kommentar", kHintComments}, {"share", kHintBoilerplate},
    {"social", kLayout}, {"newsletter", kHintBoilerplate},
    {"related", kHintBoilerplate}, {"breadcrumb", kHintBoilerplate},
    {"advert", kLayout}, {"sidebar", kLayout}, {"articlebody", kHintPositive},
    {"authorbox", kHintBoilerplate}, {"authorbio", kHintBoilerplate},
    {"intro", kHintLead}, {"subtitle", kHintLead}, {"subheadline", kHintLead},
    {"subhead", kHintHeading}, {"crosshead", kHintHeading},
};
// clang-format on

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
  return bits;
}

// Lower-cases ASCII and the Latin-1 capitals of German and French text
// (two-byte UTF-8 sequences C3 80..C3 9E become C3 A0..C3 BE).
std::string Lower(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

// True when `text` starts with `prefix` followed by the end or a character
// that is not an ASCII letter ("anzeige" matches "Anzeige:" but not "Anzeigen").
bool StartsWithWord(std::string_view text, std::string_view prefix) {
  if (text.compare(0, prefix.size(), prefix) != 0) return false;
  if (text.size() == prefix.size()) return true;
  char c = text[prefix.size()];
  return !((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) ||
         !((prefix.back() >= 'a' && prefix.back() <= 'z'));
}

// clang-format off
constexpr std::string_view kLinePrefixes[] = {
    "read more", "read also", "see also", "related:", "related coverage", "more:",
    "lesen sie auch", "lesen sie mehr", "lesen sie hier", "mehr zum thema", "mehr dazu",
    "auch interessant", "weitere informationen", "weiterlesen", "das könnte", "dies könnte",
    "copyright", "\xC2\xA9", "(c)", "alle rechte vorbehalten", "all rights reserved",
    "share this", "share on", "teilen", "diesen artikel teilen", "artikel teilen", "follow us",
    "folgen sie uns", "sign up", "subscribe", "newsletter", "anzeige", "- anzeige",
    "advertisement", "werbung", "photo:", "foto:", "fotos:", "bild:", "credit:", "quelle:",
    "tags:", "schlagworte", "schlagwörter", "themen:", "kommentare", "comments",
    "leave a comment", "kommentar schreiben", "kommentieren", "click here", "klicken sie",
    "zum seitenanfang", "nach oben", "back to top", "à lire aussi", "lire aussi",
    "leer más", "lee también", "leggi anche", "drucken", "war der artikel",
    "was this article", "wie bewerten sie", "gefällt mir", "like this:", "loading...",
    "permalink", "permalien", "erstellt am", "veröffentlicht am", "posted on", "posted by",
    "zuletzt aktualisiert", "aktualisiert am", "stand:", "über den autor", "about the author",
    "bildquelle", "titelbild", "beitragsbild", "abbildung:", "(credit", "crédits photos",
    "credits:", "czytaj też", "czytaj także", "publikacja:", "opublikowano:", "quellenangaben",
    "originalartikel", "siehe auch", "want more?", "lade weitere", "load more", "mehr laden",
    "(noch keine bewertungen)", "rezept drucken", "eingestellt von", "nachfolgebeitrag",
    "vorgängerbeitrag", "vorschau auf", "suggested citation", "if you enjoyed",
    "audios et vidéos", "vidéos sur le sujet", "en savoir plus", "voir aussi",
};

constexpr std::string_view kSectionHeadings[] = {
    "related", "verwandte", "ähnliche", "das könnte", "dies könnte", "mehr zum thema",
    "mehr aus", "auch interessant", "weitere artikel", "weitere beiträge", "weitere news",
    "you may also like", "you might also like", "more from", "more stories", "read more",
    "lesen sie auch", "recommended", "empfehlungen", "comments", "kommentare", "leave a reply",
    "leave a comment", "schreibe einen kommentar", "hinterlasse einen kommentar",
    "à lire aussi", "sur le même sujet", "lire aussi", "über den autor", "about the author",
    "zum autor", "beitragsnavigation", "post navigation", "artikel kommentieren",
    "most read", "meistgelesen", "top stories", "trending",
};
// clang-format on

}  // namespace

bool IsBoilerplateLine(std::string_view paragraph) {
  if (paragraph.size() > 160) return false;
  std::string lower = Lower(paragraph);
  for (std::string_view prefix : kLinePrefixes) {
    if (StartsWithWord(lower, prefix)) return true;
  }
  return false;
}

bool IsSectionEndHeading(std::string_view heading) {
  if (heading.size() > 80) return false;
  std::string lower = Lower(heading);
  for (std::string_view prefix : kSectionHeadings) {
    if (StartsWithWord(lower, prefix)) return true;
  }
  return false;
}

// Words that, next to "author", name a box about the author rather than
// a byline ("author-bio", "entry-author-info", "author_section").
bool IsAuthorBoxWord(std::string_view w) {
  return w == "bio" || w == "box" || w == "info" || w == "description" || w == "section" ||
         w == "about" || w == "profile" || w == "details" || w == "block" || w == "card";
}

uint8_t ClassifyName(std::string_view value) {
  uint8_t bits = kHintNone;
  bool author = false, box = false;
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
      author = author || word == "author" || word == "autor";
      box = box || IsAuthorBoxWord(word);
      word.clear();
    }
  }
  if (author && box) bits |= kHintBoilerplate;
  return bits;
}

}  // namespace claimdiff::parse
