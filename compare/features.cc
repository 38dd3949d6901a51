// Claim features. Words come from core/text.h's ICU tokeniser and are
// stemmed with the Snowball English stemmer (Porter 2, via libstemmer), so
// "evacuated"/"evacuation" and "leave"/"leaves" meet. Numbers and entities
// come from the parse stage (Claim::numbers, Claim::entities) and are made
// relative to the claim text here. Speakers are the canonical sources of
// the claim's attributions; when the claim has none, a name right before or
// after a speech verb ("Lindqvist said", "said Lindqvist", "according to
// Lindqvist") stands in, so `match` on bare sentences can still see who
// says what.
#include "compare/features.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "compare/roles.h"
#include "compare/synonyms.h"
#include "core/hash.h"
#include "core/text.h"

namespace claimdiff::compare {

namespace {

// The currency sign right before a number, with the letters that qualify
// a dollar ("C$16.93", "US$5"): "$", "£", "€", "¥", "C$"; "" when none.
std::string CurrencyBefore(std::string_view text, const Quantity& q) {
  if (q.span.start > text.size()) return "";
  std::string_view before = text.substr(0, q.span.start);
  // Quantities may start at their sign ("$3.01").
  std::string_view own = text.substr(q.span.start, std::min<size_t>(3, text.size() - q.span.start));
  for (std::string_view sign : {"\xc2\xa3", "\xe2\x82\xac", "\xc2\xa5"}) {  // £ € ¥
    if (before.ends_with(sign) || own.starts_with(sign)) return std::string(sign);
  }
  size_t dollar = std::string_view::npos;
  if (before.ends_with("$")) dollar = before.size() - 1;
  if (own.starts_with("$")) dollar = q.span.start;
  if (dollar == std::string_view::npos) return "";
  size_t start = dollar;
  while (start > 0 && start + 3 > dollar && text[start - 1] >= 'A' && text[start - 1] <= 'Z') {
    --start;
  }
  return std::string(text.substr(start, dollar + 1 - start));
}

// True when `q` is a person's age set off by commas after a name:
// "Chante Mallard, 27, is charged", "Sandy Mitchell, 44, from Glasgow".
bool IsAgeAfterName(std::string_view text, const Quantity& q, const std::vector<Entity>& names) {
  if (q.bound != Quantity::Bound::kExact || q.value < 1 || q.value > 120 ||
      q.value != static_cast<int>(q.value) || q.span.start < 2 || q.span.end >= text.size() ||
      text.substr(q.span.start - 2, 2) != ", " || text[q.span.end] != ',') {
    return false;
  }
  return std::any_of(names.begin(), names.end(),
                     [&q](const Entity& e) { return e.span.end + 2 == q.span.start; });
}

// Verbs that may come before their speaker ("said Lindqvist"); "told" and
// "reported" name the listener or the outlet when they come first.
bool IsInvertedSpeechVerb(std::string_view w) {
  return w == "said" || w == "says" || w == "added" || w == "stated" || w == "wrote" ||
         w == "announced" || w == "insisted" || w == "warned" || w == "explained" || w == "noted" ||
         w == "argued" || w == "claimed";
}

bool IsSpeechVerb(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kVerbs = {
      "said",    "says",     "say",    "told",      "stated", "added",  "wrote",   "announced",
      "claimed", "insisted", "argued", "explained", "noted",  "warned", "tweeted", "reported"};
  return std::find(kVerbs.begin(), kVerbs.end(), w) != kVerbs.end();
}

bool IsOpenQuote(std::string_view text, size_t i, size_t* len) {
  if (text.compare(i, 3, "\xE2\x80\x9C") == 0) {  // “
    *len = 3;
    return true;
  }
  if (text[i] == '"') {
    *len = 1;
    return true;
  }
  return false;
}

}  // namespace

std::vector<Span> QuoteSpans(std::string_view text) {
  std::vector<Span> out;
  size_t i = 0;
  size_t first = text.find('"');
  size_t curly_open = text.find("\xE2\x80\x9C");
  const size_t curly_close = text.find("\xE2\x80\x9D");
  if (first != std::string_view::npos && first > 0 &&
      (curly_open == std::string_view::npos || curly_open > first) && text[first - 1] != ' ' &&
      text[first - 1] != '(' && (first + 1 >= text.size() || text[first + 1] == ' ')) {
    out.push_back(Span{0, first});
    i = first + 1;
  } else if (curly_close != std::string_view::npos && curly_close > 0 &&
             (curly_open == std::string_view::npos || curly_open > curly_close) &&
             (first == std::string_view::npos || first > curly_close)) {
    // The same with curly marks: a closing ” before any opening “.
    out.push_back(Span{0, curly_close});
    i = curly_close + 3;
  }
  while (i < text.size()) {
    // Jump to the next byte that may start a quotation mark.
    while (i < text.size() && text[i] != '"' && text[i] != '\xE2') ++i;
    if (i >= text.size()) break;
    size_t len = 0;
    if (!IsOpenQuote(text, i, &len)) {
      ++i;
      continue;
    }
    size_t start = i + len;
    size_t close = std::string_view::npos;
    size_t close_len = len;
    if (len == 3) {
      close = text.find("\xE2\x80\x9D", start);  // ”
    } else {
      // A straight quote may close with two apostrophes, the typewriter
      // convention of some wire copy ("... per cent'' growth").
      close = text.find('"', start);
      size_t doubled = text.find("''", start);
      if (doubled < close) {
        close = doubled;
        close_len = 2;
      }
    }
    if (close == std::string_view::npos) {
      // An unclosed quote runs to the end (a paragraph-spanning quote).
      out.push_back(Span{start, text.size()});
      break;
    }
    out.push_back(Span{start, close});
    i = close + close_len;
  }
  return out;
}

namespace {

// Combines two 64-bit keys into one (the 128-to-64 fold of a
// multiply; see "MurmurHash3"/"xxHash" finalisers).
uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t h = a ^ (b + 0x9E3779B97F4A7C15ULL + (a << 6) + (a >> 2));
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  return h;
}

template <typename T>
void SortUnique(std::vector<T>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// N-gram keys of the words (bigrams, trigrams) and of the content words
// in a row (content bigrams), sorted and unique: they combine the stems'
// keys, so no string is built.
void AddNgrams(ClaimFeatures* f) {
  const std::vector<Word>& words = f->words;
  const size_t n = words.size();
  f->bigrams.resize(n > 1 ? n - 1 : 0);
  f->trigrams.resize(n > 2 ? n - 2 : 0);
  auto high = [](uint64_t h) { return static_cast<uint32_t>(h >> 32); };
  for (size_t i = 0; i + 1 < n; ++i) {
    const uint64_t bi = Mix(words[i].key, words[i + 1].key);
    f->bigrams[i] = high(bi);
    if (i + 2 < n) f->trigrams[i] = high(Mix(bi, words[i + 2].key));
  }
  f->content_bigrams.reserve(n);
  uint64_t last = 0;
  bool have = false;
  for (const Word& w : words) {
    if (!w.content) continue;
    if (have) f->content_bigrams.push_back(high(Mix(last, w.key)));
    last = w.key;
    have = true;
  }
  SortUnique(&f->content_bigrams);
  SortUnique(&f->bigrams);
  SortUnique(&f->trigrams);
}

// Character trigrams of the content words, each padded with spaces,
// sorted and unique: they catch spellings and word forms the stemmer
// leaves apart.
void AddCharTrigrams(ClaimFeatures* f) {
  size_t total = 0;
  for (const Word& w : f->words) total += w.content ? w.folded.size() : 0;
  f->chars.resize(total + 2 * f->words.size());
  size_t out = 0;
  for (const Word& w : f->words) {
    if (!w.content) continue;
    const std::string& t = w.folded;
    const size_t n = t.size() + 2;  // as if padded with a space each side
    auto at = [&t, n](size_t k) -> uint32_t {
      return k == 0 || k == n - 1 ? ' ' : static_cast<unsigned char>(t[k - 1]);
    };
    for (size_t i = 0; i + 3 <= n; ++i)
      f->chars[out++] = (at(i) * 257 + at(i + 1)) * 257 + at(i + 2);
  }
  f->chars.resize(out);
  SortUnique(&f->chars);
}

// True when `e` stands in the clause after an inverted speech verb:
// "said Davis adviser Roger Salazar" names both Davis and Roger Salazar
// (one of them is the speaker; both are kept so that either agrees).
bool InvertedSpeaker(const ClaimFeatures& f, const std::string& text, const Entity& e) {
  for (size_t k = f.words.size(); k-- > 0;) {
    const Word& w = f.words[k];
    if (w.span.end > e.span.start) continue;
    // Stop at clause punctuation between the word and the name.
    std::string_view gap(text.data() + w.span.end, e.span.start - w.span.end);
    if (gap.find_first_of(",;:.!?") != std::string_view::npos) return false;
    if (IsInvertedSpeechVerb(w.folded)) {
      // The name must close the clause ("said Roger Salazar." / "said
      // Gerry Kiely, a ..."), not start a new one ("said EU ministers were").
      size_t end = e.span.end;
      while (end < text.size() && text[end] == ' ') ++end;
      return end >= text.size() ||
             std::string_view(",;:.!?\"").find(text[end]) != std::string_view::npos ||
             text.compare(end, 3, "\xE2\x80\x9D") == 0;
    }
    if (e.span.start - w.span.end > 60) return false;
  }
  return false;
}

// Words that negate what follows ("refused to recuse" = "would not
// recuse", "their failure to get", "without identifying"), by stem.
bool IsImplicitNegation(std::string_view stem) {
  return stem == "refus" || stem == "fail" || stem == "failur" || stem == "declin" ||
         stem == "unabl" || stem == "deni" || stem == "without" || stem == "lack" ||
         stem == "reject";
}

// Negations with the content word each governs: the first content word
// within three words after the cue.
// Not a negation of what follows: "not only", "nothing but", "no
// sooner".
bool NegatesNothing(const ClaimFeatures& f, size_t k) {
  if (k + 1 >= f.words.size()) return false;
  const Word& next = f.words[k + 1];
  return next.folded == "only" || next.folded == "but" || next.folded == "sooner";
}

// A cue inside a hyphenated compound ("the do-not-call registry", "a
// no-confidence vote") names a thing; it negates no statement.
bool InCompound(const ClaimFeatures& f, std::string_view text, size_t k) {
  const size_t end = f.words[k].span.end;
  const size_t start = f.words[k].span.start;
  return (end < text.size() && text[end] == '-') || (start > 0 && text[start - 1] == '-');
}

std::vector<Negated> FindNegations(const ClaimFeatures& f, std::string_view text) {
  std::vector<Negated> out;
  for (size_t k = 0; k < f.words.size(); ++k) {
    if (!f.words[k].negation && !f.words[k].implicit_negation) continue;
    if (NegatesNothing(f, k)) continue;
    Negated n{f.words[k].span, "", InCompound(f, text, k)};
    for (size_t j = k + 1; j < f.words.size() && j <= k + 3; ++j) {
      // The governed word is in the cue's clause: "That wasn't all: by
      // 2010" negates nothing of 2010.
      const size_t from = f.words[j - 1].span.end;
      const size_t to = f.words[j].span.start;
      if (to > from &&
          text.substr(from, to - from).find_first_of(",;:.!?()") != std::string_view::npos) {
        break;
      }
      if (f.words[j].content && !f.words[j].negation) {
        n.stem = f.words[j].stem;
        break;
      }
    }
    out.push_back(std::move(n));
  }
  return out;
}

// True when the date at `s` dates a statement: a speech verb right before
// it ("said Tuesday", "warned on Wednesday") or right after it ("Lefforge
// said Sunday" is before; "on Monday said" after).
bool IsReportingDate(const ClaimFeatures& f, Span s) {
  size_t before = f.words.size(), after = f.words.size();
  for (size_t k = 0; k < f.words.size(); ++k) {
    if (f.words[k].span.end <= s.start) before = k;
    if (f.words[k].span.start >= s.end && after == f.words.size()) after = k;
  }
  if (before < f.words.size() && f.words[before].folded == "on" && before > 0) --before;
  return (before < f.words.size() && IsSpeechVerb(f.words[before].folded)) ||
         (after < f.words.size() && IsSpeechVerb(f.words[after].folded));
}

}  // namespace

void Featurizer::Closer::operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }

Featurizer::Featurizer() : stemmer_(sb_stemmer_new("english", nullptr)) {}

Featurizer::~Featurizer() = default;

std::string Featurizer::Stem(std::string_view folded) {
  if (!stemmer_) return std::string(folded);
  const sb_symbol* s =
      sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(folded.data()),
                      static_cast<int>(folded.size()));
  if (s == nullptr) return std::string(folded);
  return std::string(reinterpret_cast<const char*>(s),
                     static_cast<size_t>(sb_stemmer_length(stemmer_.get())));
}

bool IsNegation(std::string_view w) {
  // Clause negations only: "without" negates a phrase, not the claim.
  static constexpr std::array<std::string_view, 24> kBare = {
      "not",    "no",    "never", "none",    "nobody",  "nothing",  "neither", "nor",
      "cannot", "dont",  "didnt", "doesnt",  "isnt",    "wasnt",    "arent",   "werent",
      "havent", "hasnt", "hadnt", "wouldnt", "couldnt", "shouldnt", "mustnt",  "neednt"};
  if (std::find(kBare.begin(), kBare.end(), w) != kBare.end()) return true;
  return w == "n't" || (w.size() > 3 && w.substr(w.size() - 3) == "n't");
}

const Featurizer::Lexeme& Featurizer::Lookup(const std::string& folded) {
  auto it = lexicon_.find(folded);
  if (it != lexicon_.end()) return it->second;
  Lexeme x;
  x.stem = Stem(folded);
  x.key = Hash64(x.stem);
  x.content = !IsStopWord(folded);
  x.negation = IsNegation(folded);
  x.implicit_negation = IsImplicitNegation(x.stem);
  x.antonyms = AntonymMask({x.key});
  // Synonyms of words only: numbers are compared as numbers (roles.h).
  if (x.content && std::any_of(folded.begin(), folded.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
      })) {
    x.synsets = SynsetIds(folded);
  }
  return lexicon_.emplace(folded, std::move(x)).first->second;
}

// The lists laid out by stem: a count, a prefix sum, a fill from the back
// (no sorting, no allocation beyond the two results). A form repeated in the
// claim counts once; another form of the same stem may repeat ids, which
// does no harm.
void Featurizer::AddSynsets(ClaimFeatures* f) {
  const size_t n = f->content_keys.size();
  std::vector<const std::vector<uint32_t>*>& lists = word_synsets_;
  stem_last_.assign(n, nullptr);
  std::vector<uint32_t>& start = f->content_synset_start;
  start.assign(n + 1, 0);
  for (size_t i = 0; i < lists.size(); ++i) {
    const uint32_t k = word_stems_[i];
    if (lists[i] == nullptr || lists[i]->empty() || k >= n || stem_last_[k] == lists[i]) {
      lists[i] = nullptr;
      continue;
    }
    stem_last_[k] = lists[i];
    start[k + 1] += static_cast<uint32_t>(lists[i]->size());
  }
  for (size_t k = 0; k < n; ++k) start[k + 1] += start[k];
  std::vector<uint32_t>& ids = f->content_synsets;
  ids.resize(start[n]);
  // start[k + 1] is the end of stem k; filled backwards it becomes the
  // beginning, and a rotation puts the offsets in place.
  for (size_t i = lists.size(); i-- > 0;) {
    if (lists[i] == nullptr) continue;
    const uint32_t k = word_stems_[i];
    for (auto id = lists[i]->rbegin(); id != lists[i]->rend(); ++id) {
      ids[--start[k + 1]] = *id;
      const uint32_t bit = SynsetFilterBit(*id);
      f->synset_filter[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
  }
  std::rotate(start.begin(), start.begin() + 1, start.end());
  start[n] = static_cast<uint32_t>(ids.size());
}

KeyPositions PositionsOf(const std::vector<uint64_t>& seq) {
  KeyPositions p;
  if (seq.size() > 64) return p;
  size_t slots = 8;
  while (slots < 2 * seq.size()) slots *= 2;
  p.keys.assign(slots, 0);
  p.masks.assign(slots, 0);
  const size_t last = slots - 1;
  for (size_t j = 0; j < seq.size(); ++j) {
    size_t i = seq[j] & last;
    while (p.masks[i] != 0 && p.keys[i] != seq[j]) i = (i + 1) & last;
    p.keys[i] = seq[j];
    p.masks[i] |= uint64_t{1} << j;
  }
  return p;
}

bool QuoteScanner::InsideAt(size_t pos) {
  pos = std::min(pos, text_.size());
  if (pos < at_) {
    // Back to the start of pos's line.
    const size_t line = pos == 0 ? std::string_view::npos : text_.rfind('\n', pos - 1);
    at_ = line == std::string_view::npos ? 0 : line + 1;
    straight_ = curly_ = 0;
  }
  for (; at_ < pos; ++at_) {
    const char c = text_[at_];
    if (c == '\n') {
      straight_ = curly_ = 0;
    } else if (c == '"') {
      ++straight_;
    } else if (c == '\xE2' && text_.compare(at_, 3, "\xE2\x80\x9C") == 0) {
      ++curly_;
    } else if (c == '\xE2' && text_.compare(at_, 3, "\xE2\x80\x9D") == 0) {
      --curly_;
    }
  }
  return straight_ % 2 == 1 || curly_ > 0;
}

void AddOpeningQuote(std::string_view text, ClaimFeatures* f) {
  if (!f->quotes.empty() && f->quotes.front().span.start == 0) return;
  size_t end = text.size();
  for (std::string_view mark : {std::string_view("\""), std::string_view("\xE2\x80\x9D")}) {
    end = std::min(end, text.find(mark) == std::string_view::npos ? text.size() : text.find(mark));
  }
  // A mark that opens a quote of its own before any closing one leaves the
  // opening part as it is.
  const size_t opening = text.find("\xE2\x80\x9C");
  if (opening != std::string_view::npos && opening < end) return;
  if (!f->quotes.empty() && f->quotes.front().span.start < end) return;
  Quote q;
  q.span = Span{0, end};
  for (size_t i = 0; i < f->words.size(); ++i) {
    if (f->words[i].span.end <= end) q.words.push_back(i);
  }
  if (!q.words.empty()) f->quotes.insert(f->quotes.begin(), std::move(q));
  SetQuotedKeys(f);
}

void SetQuotedKeys(ClaimFeatures* f) {
  f->quoted_keys.clear();
  for (const Quote& q : f->quotes) {
    for (size_t w : q.words) {
      if (f->words[w].content) f->quoted_keys.push_back(f->words[w].key);
    }
  }
  SortUnique(&f->quoted_keys);
}

ClaimFeatures Featurizer::Of(const Claim& claim) { return Of(claim, Tokenize(claim.text)); }

ClaimFeatures Featurizer::Of(const Claim& claim, std::vector<Token> tokens) {
  // Emptied between claims only, so that entries stay put within one.
  if (lexicon_.size() >= kLexiconLimit) lexicon_.clear();
  ClaimFeatures f;
  const std::string& text = claim.text;
  f.words.reserve(tokens.size());
  f.word_keys.reserve(tokens.size());
  word_synsets_.clear();
  word_stems_.assign(tokens.size(), UINT32_MAX);
  for (Token& t : tokens) {
    Word& w = f.words.emplace_back();
    w.span = Span{t.start, t.end};
    w.folded = std::move(t.norm);
    // Possessives: "Lindqvist's" -> "lindqvist".
    const size_t size = w.folded.size();
    if (size > 2 && w.folded[size - 2] == '\'' && w.folded[size - 1] == 's') {
      w.folded.resize(size - 2);
    }
    const Lexeme& x = Lookup(w.folded);
    word_synsets_.push_back(x.content ? &x.synsets : nullptr);
    w.stem = x.stem;
    w.key = x.key;
    w.content = x.content;
    w.negation = x.negation;
    w.implicit_negation = x.implicit_negation;
    if (w.content) f.antonyms |= x.antonyms;
    if (x.negation) ++f.negations;
    f.word_keys.push_back(w.key);
  }
  f.word_positions = PositionsOf(f.word_keys);
  f.negated = FindNegations(f, text);
  {
    // Stems and their keys, sorted both ways (by stem for lookups by
    // string, by key for the merges of pair scoring).
    struct Keyed {
      uint64_t key;
      const std::string* stem;
      uint32_t word;  // index in f.words
    };
    std::vector<Keyed> keyed;
    keyed.reserve(f.words.size());
    for (size_t i = 0; i < f.words.size(); ++i) {
      const Word& w = f.words[i];
      if (w.content) keyed.push_back(Keyed{w.key, &w.stem, static_cast<uint32_t>(i)});
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& x, const Keyed& y) {
      return x.key < y.key || (x.key == y.key && *x.stem < *y.stem);
    });
    // Runs of one stem: its index in content_keys, for each of its words.
    f.content_keys.reserve(keyed.size());
    f.content_by_key.reserve(keyed.size());
    for (size_t i = 0; i < keyed.size(); ++i) {
      if (i == 0 || *keyed[i].stem != *keyed[i - 1].stem) {
        f.content_keys.push_back(keyed[i].key);
        f.content_by_key.push_back(*keyed[i].stem);
      }
      word_stems_[keyed[i].word] = static_cast<uint32_t>(f.content_keys.size() - 1);
    }
  }
  AddSynsets(&f);
  AddNgrams(&f);
  AddCharTrigrams(&f);

  const size_t base = claim.span.start;
  auto relative = [base, &text](Span s) {
    if (s.start >= base && s.end >= s.start && s.end - base <= text.size()) {
      return Span{s.start - base, s.end - base};
    }
    return s;  // already relative (claims built outside an article)
  };
  for (Quantity q : claim.numbers) {
    q.span = relative(q.span);
    f.numbers.push_back(std::move(q));
  }
  for (const Attribution& a : claim.attributions) {
    const Span said = relative(a.content);
    if (said.empty() || said.end > text.size()) continue;
    for (const Word& w : f.words) {
      if (w.content && w.span.start >= said.start && w.span.end <= said.end) {
        f.said_keys.push_back(w.key);
      }
    }
  }
  if (f.said_keys.empty()) {
    f.said_keys = f.content_keys;
  } else {
    SortUnique(&f.said_keys);
  }
  for (size_t i = 0; i < f.numbers.size(); ++i) {
    f.number_units.push_back(NumberUnit(f, i));
    f.number_contexts.push_back(NumberContext(f, i));
  }
  for (Entity e : claim.entities) {
    e.span = relative(e.span);
    (e.type == "date" ? f.dates : f.names).push_back(std::move(e));
  }
  for (size_t i = 0; i < f.numbers.size(); ++i) {
    if (IsAgeAfterName(text, f.numbers[i], f.names)) f.number_units[i] = std::string(kAgeUnit);
    f.number_currencies.push_back(CurrencyBefore(text, f.numbers[i]));
  }
  for (const Entity& d : f.dates) f.reporting_dates.push_back(IsReportingDate(f, d.span));
  for (const Span& qs : QuoteSpans(text)) {
    Quote q;
    q.span = qs;
    for (size_t i = 0; i < f.words.size(); ++i) {
      if (f.words[i].span.start >= qs.start && f.words[i].span.end <= qs.end) q.words.push_back(i);
    }
    if (!q.words.empty()) f.quotes.push_back(std::move(q));
  }
  SetQuotedKeys(&f);

  for (const Attribution& a : claim.attributions) {
    // Only named sources can disagree: an unresolved pronoun ("he"), an
    // anonymous source ("officials") or a person known only by a role ("the
    // spokesperson") could be anyone, so they are no speaker to compare.
    // Bodies keep their key even in lower case ("the harbour office").
    const Span source = relative(a.source.span);
    if (!source.empty() && source.end <= text.size()) f.source_spans.push_back(source);
    if (a.source_type == SourceType::kAnonymous || a.source.canonical.empty()) {
      f.source_kinds |= kAliasSource;
      continue;
    }
    const std::string& shown = a.source.name.empty() ? a.source.text : a.source.name;
    // A date ("on Thursday said", "by a zookeeper early Thursday") or a
    // lone letter (the "O" of a ticker "BEAS.O") taken for the source is a
    // misreading: no source.
    bool misread = std::count_if(shown.begin(), shown.end(), [](char c) {
                     return std::isalpha(static_cast<unsigned char>(c)) != 0;
                   }) < 2;
    for (const Entity& d : claim.entities) {
      if (d.type == "date" && !d.text.empty() && shown.find(d.text) != std::string::npos) {
        misread = true;
      }
    }
    if (misread) continue;
    // A name: a capital letter past the first one ("Jonas Ekholm"), or a
    // name found inside the source phrase ("Woo", "Microsoft"). A capital
    // that only starts a sentence ("Some state lawmakers") is no name.
    bool proper = std::any_of(shown.begin() + 1, shown.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
    });
    for (const Entity& e : claim.entities) {
      Span es = relative(e.span);
      if (e.type != "date" && es.start >= source.start && es.end <= source.end) proper = true;
    }
    // "the Fed", "the Connecticut Democrat", "the ATF": a definite
    // description, capitalised or not, unless a person's name is inside
    // ("the Very Rev. Peter Karanja"). Capitals right after "the" make no
    // person's name, whatever the name finder says: English puts no
    // article before one ("the Connecticut Democrat").
    const bool definite = a.source.text.size() > 4 && (a.source.text.compare(0, 4, "the ") == 0 ||
                                                       a.source.text.compare(0, 4, "The ") == 0);
    bool person_inside = false;
    for (const Entity& e : claim.entities) {
      Span es = relative(e.span);
      if (e.type == "person" && es.start > source.start + 4 && es.end <= source.end) {
        person_inside = true;
      }
    }
    // A document ("the study", "the report") is named many ways.
    f.source_kinds |= a.source_type == SourceType::kDocument ? kAliasSource
                      : !proper                              ? kCommonSource
                      : definite && !person_inside           ? kAliasSource
                                                             : kNamedSource;
    if (proper || a.source_type != SourceType::kPerson) f.speakers.push_back(a.source.canonical);
  }
  if (claim.attributions.empty()) {
    // Stand-in: a name next to a speech verb, outside any quote.
    auto inside_quote = [&f](const Span& s) {
      for (const Quote& q : f.quotes) {
        if (s.start >= q.span.start && s.end <= q.span.end) return true;
      }
      return false;
    };
    for (const Entity& e : f.names) {
      if (inside_quote(e.span)) continue;
      // Words right before and after the name.
      size_t before = f.words.size();
      size_t after = f.words.size();
      for (size_t i = 0; i < f.words.size(); ++i) {
        if (f.words[i].span.end <= e.span.start) before = i;
        if (f.words[i].span.start >= e.span.end && after == f.words.size()) after = i;
      }
      bool adjacent_verb = after < f.words.size() && IsSpeechVerb(f.words[after].folded) &&
                           std::string_view(text)
                                   .substr(e.span.end, f.words[after].span.start - e.span.end)
                                   .find_first_not_of(' ') == std::string_view::npos;
      bool speaker = adjacent_verb || InvertedSpeaker(f, text, e) ||
                     (before >= 1 && before < f.words.size() && f.words[before].folded == "to" &&
                      f.words[before - 1].folded == "according");
      if (speaker) {
        f.source_kinds |= kNamedSource;
        f.speakers.push_back(e.canonical);
        f.source_spans.push_back(e.span);
      }
    }
  }
  SortUnique(&f.speakers);
  return f;
}

}  // namespace claimdiff::compare
