// Name keys and name mentions.
//
// The key is a consonant skeleton in the spirit of Soundex and the
// "consonant skeleton" matching used for Arabic and Russian names in
// transliteration (see e.g. Christen, "A Comparison of Personal Name
// Matching", 2006): transliterations of one name mostly differ in vowels
// (Marzouk/Marzuk, Haiat/Hayat), in h-digraphs (Khamid/Hamid, Bhageri/
// Bagheri) and in doubled letters, and mostly agree on the consonant frame.
// Steps per word: strip diacritics (NFD, drop marks), lowercase ASCII,
// reduce digraphs (kh->h, gh->g, bh->b, ph->f, th->t, sh->s, ck->k, q->k,
// c before a/o/u->k, z->s, w->v... only where variants really alternate),
// keep the first letter (a vowel becomes 'a'), drop later vowels, y and h,
// collapse doubles. Different names can share a key; the comparer uses keys
// only between claims already aligned, where that risk is small.
#include "parse/names.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>

#include "core/text.h"
#include "parse/cues.h"

namespace claimdiff::parse {

namespace {

// Words dropped from a name key beyond the role nouns of parse/cues.h:
// abbreviated ranks and modifiers of titles ("foreign", "prime", "former").
// Sorted: binary-searched.
constexpr std::array<std::string_view, 36> kNameOnlyTitles = {
    "adm",     "admiral", "assistant", "bishop",  "brig",     "col", "coroner", "doctor",
    "dr",      "emir",    "executive", "foreign", "former",   "gen", "gov",     "interior",
    "lord",    "lt",      "madam",     "maj",     "major",    "mr",  "mrs",     "ms",
    "pastor",  "prime",   "princess",  "prof",    "regional", "rep", "sen",     "sir",
    "speaker", "special", "treasurer", "vice",
};

// Name particles that transliterations add or drop.
bool IsParticle(std::string_view w) {
  return w == "al" || w == "el" || w == "abu" || w == "abou" || w == "bin" || w == "ibn" ||
         w == "ben" || w == "de" || w == "van" || w == "von" || w == "der" || w == "da" ||
         w == "di" || w == "du" || w == "la" || w == "le";
}

bool IsOrgWord(std::string_view w) {
  static constexpr std::array<std::string_view, 26> kOrg = {
      "agency", "army",         "association",  "authority", "bank",       "board",
      "bureau", "company",      "council",      "court",     "department", "force",
      "group",  "guard",        "inc",          "institute", "ministry",   "news",
      "office", "organisation", "organization", "party",     "police",     "service",
      "times",  "university"};
  return std::find(kOrg.begin(), kOrg.end(), w) != kOrg.end();
}

// Words that make a capitalised run a place: "Gulf of Aden", "Union
// Township", "Parvin State Park", "Mount Whitney".
bool IsPlaceWord(std::string_view w) {
  static constexpr std::array<std::string_view, 30> kPlace = {
      "area",   "avenue",    "bay",  "beach",  "canyon",   "cape",      "city",     "coast",
      "county", "district",  "gulf", "harbor", "harbour",  "island",    "islands",  "lake",
      "mount",  "mountains", "mt",   "ocean",  "park",     "peninsula", "province", "region",
      "river",  "road",      "sea",  "street", "township", "valley"};
  return std::find(kPlace.begin(), kPlace.end(), w) != kPlace.end();
}

// First words of many place names: "New York", "San Diego", "Los Angeles",
// "Fort Worth", "Hong Kong" does not need one.
bool IsPlacePrefix(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kPrefix = {
      "east",  "el",   "fort", "la",    "las",   "los", "new",
      "north", "port", "san",  "santa", "south", "west"};
  return std::find(kPrefix.begin(), kPrefix.end(), w) != kPrefix.end();
}

// NFD, drop combining marks, lowercase: "Bagherí" -> "bagheri".
std::string AsciiFold(std::string_view word) {
  // ASCII needs no ICU: NFD leaves it alone and it has no marks.
  if (std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; })) {
    std::string out;
    for (char c : word) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString d = U_SUCCESS(status) ? nfd->normalize(u, status) : u;
  if (U_FAILURE(status)) d = u;
  std::string out;
  for (int32_t i = 0; i < d.length(); ++i) {
    UChar32 c = d.char32At(i);
    if (c > 0xFFFF) ++i;
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    c = u_tolower(c);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(static_cast<char>(c));
    } else {
      // Keep non-Latin letters as UTF-8 so non-Latin names still get keys.
      icu::UnicodeString one(c);
      one.toUTF8String(out);
    }
  }
  return out;
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

std::string Skeleton(const std::string& w) {
  // Digraphs first.
  std::string s;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    char n = i + 1 < w.size() ? w[i + 1] : '\0';
    if ((c == 'k' || c == 'g' || c == 'b' || c == 't' || c == 's' || c == 'd' || c == 'z') &&
        n == 'h') {
      s.push_back(c == 'k' ? 'h' : c == 'z' ? 's' : c);
      ++i;
    } else if (c == 'p' && n == 'h') {
      s.push_back('f');
      ++i;
    } else if (c == 'c' && n == 'k') {
      s.push_back('k');
      ++i;
    } else if (c == 'q') {
      s.push_back('k');
    } else if (c == 'c' && (n == 'a' || n == 'o' || n == 'u' || n == 'h' || n == '\0')) {
      s.push_back('k');
    } else if (c == 'z') {
      s.push_back('s');
    } else if (c == 'w') {
      s.push_back('v');
    } else if (c == 'j') {
      s.push_back('j');
    } else {
      s.push_back(c);
    }
  }
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (i == 0) {
      out.push_back(IsVowel(c) ? 'a' : c);
      continue;
    }
    if (IsVowel(c) || c == 'h') continue;
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

bool IsUpperInitial(std::string_view word) {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Non-ASCII: ask ICU.
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(std::min<size_t>(word.size(), 4))));
  return u.length() > 0 && u_isupper(u.char32At(0));
}

}  // namespace

bool IsTitleWord(std::string_view folded) {
  return parse::IsRoleWord(folded) ||
         std::binary_search(kNameOnlyTitles.begin(), kNameOnlyTitles.end(), folded);
}

namespace {

// ExtractEntities takes a name's keys and the title before it from the
// tokens of its sentence instead of tokenising the name and the text before
// it again (a large share of the stage's time). The result is the same:
// a name starts and ends on word boundaries of the sentence, and ICU's word
// rules look past a boundary only across a mark between two letters or two
// digits ("don't", "U.S", "3.5"; UAX #29 WB6-7, WB11-12), which a boundary
// with the sentence's next word cannot cut. Checked on every word boundary
// of the attribution development texts.

// Keys of the name words toks[begin, end).
std::vector<std::string> KeysOf(const std::vector<Token>& toks, size_t begin, size_t end) {
  std::vector<std::string> keys;
  for (size_t k = begin; k < end; ++k) {
    const Token& t = toks[k];
    if (IsTitleWord(t.norm) || IsParticle(t.norm)) continue;
    std::string w = t.norm;
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
    std::string ascii = AsciiFold(w);
    if (ascii.empty()) continue;
    std::string sk = Skeleton(ascii);
    if (!sk.empty()) keys.push_back(sk);
  }
  return keys;
}

std::string JoinKeys(const std::vector<std::string>& keys) {
  std::string out;
  for (const std::string& k : keys) {
    if (!out.empty()) out.push_back(' ');
    out += k;
  }
  return out;
}

// The title words written just before toks[first].
std::string TitleBeforeToken(const std::vector<Token>& toks, size_t first) {
  std::vector<std::string_view> words;
  for (size_t k = first; k-- > 0;) {
    if (IsTitleWord(toks[k].norm) ||
        (!words.empty() && (toks[k].norm == "of" || toks[k].norm == "the"))) {
      words.push_back(toks[k].norm);
    } else {
      break;
    }
  }
  while (!words.empty() && (words.back() == "of" || words.back() == "the")) words.pop_back();
  std::string out;
  for (size_t k = words.size(); k-- > 0;) {
    if (!out.empty()) out.push_back(' ');
    out += words[k];
  }
  return out;
}

}  // namespace

std::vector<std::string> NameKeys(std::string_view name) {
  const std::vector<Token> toks = Tokenize(name);
  return KeysOf(toks, 0, toks.size());
}

std::string CanonicalName(std::string_view name) { return JoinKeys(NameKeys(name)); }

std::vector<Entity> ExtractEntities(std::string_view sentence) {
  return ExtractEntities(sentence, Tokenize(sentence));
}

std::vector<Entity> ExtractEntities(std::string_view sentence, const std::vector<Token>& toks) {
  std::vector<Entity> out;
  // The first word of the sentence (after an opening quote) is capitalised
  // anyway.
  size_t i = 0;
  while (i < toks.size()) {
    std::string_view raw = sentence.substr(toks[i].start, toks[i].end - toks[i].start);
    bool cap = IsUpperInitial(raw) && !(raw[0] >= '0' && raw[0] <= '9');
    if (!cap || IsTitleWord(toks[i].norm)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    // Extend over capitalised words and inner particles ("Abu Marzouk",
    // "bin Salman", "Ministry of Foreign Affairs").
    while (j < toks.size()) {
      // Stop at punctuation other than a space between words.
      std::string_view gap = sentence.substr(toks[j - 1].end, toks[j].start - toks[j - 1].end);
      // A middle initial: "Harold W. Gehman".
      bool initial = gap == ". " && toks[j - 1].end - toks[j - 1].start == 1 && j - 1 > i;
      if (gap != " " && !initial) break;
      std::string_view w = sentence.substr(toks[j].start, toks[j].end - toks[j].start);
      if (IsUpperInitial(w)) {
        ++j;
      } else if ((IsParticle(toks[j].norm) || toks[j].norm == "of" || toks[j].norm == "and") &&
                 j + 1 < toks.size() &&
                 IsUpperInitial(
                     sentence.substr(toks[j + 1].start, toks[j + 1].end - toks[j + 1].start))) {
        j += 2;
      } else {
        break;
      }
    }
    bool sentence_initial =
        toks[i].start == 0 ||
        sentence.substr(0, toks[i].start).find_first_not_of(" \"'\xE2\x80\x9C(") ==
            std::string_view::npos;
    if (sentence_initial && j == i + 1 && IsStopWord(toks[i].norm)) {
      i = j;
      continue;
    }
    // Trim titles written with capitals inside the run ("Governor
    // Lindqvist") and a leading article ("The SEC").
    size_t first = i;
    while (first < j && (IsTitleWord(toks[first].norm) || IsStopWord(toks[first].norm))) ++first;
    if (first == j) {
      i = j;
      continue;
    }
    Entity e;
    e.span = Span{toks[first].start, toks[j - 1].end};
    e.text = std::string(sentence.substr(e.span.start, e.span.size()));
    e.canonical = JoinKeys(KeysOf(toks, first, j));  // CanonicalName(e.text)
    bool org = false;
    bool place = j - first >= 2 && IsPlacePrefix(toks[first].norm);
    for (size_t k = first; k < j; ++k) {
      org = org || IsOrgWord(toks[k].norm);
      place = place || IsPlaceWord(toks[k].norm);
    }
    e.role = TitleBeforeToken(toks, first);  // TitleBefore(sentence, e)
    e.type = org                                   ? "organisation"
             : place && e.role.empty()             ? "place"
             : (j - first >= 2 || !e.role.empty()) ? "person"
                                                   : "name";
    if (!e.canonical.empty()) out.push_back(std::move(e));
    i = j;
  }
  return out;
}

std::string TitleBefore(std::string_view sentence, const Entity& entity) {
  const std::vector<Token> toks = Tokenize(sentence.substr(0, entity.span.start));
  return TitleBeforeToken(toks, toks.size());
}

}  // namespace claimdiff::parse
