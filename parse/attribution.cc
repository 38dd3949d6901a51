// Attribution rules
// =================
//
// The rules follow the shapes in which English news attributes content, as
// catalogued by PolNeAR's annotation guidelines (Newell, Margolin and Ruths,
// LREC 2018) and by quote extractors such as Pareti's (2015) cue-anchored
// approach: find a cue, then look for the source and the content around it.
//
//   SOURCE [modifiers] CUE [that] CONTENT      Smith also said that ...
//   SOURCE CUE RECIPIENT [that] CONTENT        Smith told reporters that ...
//   CONTENT, SOURCE CUE [tail]                 "...," the minister said.
//   CONTENT, CUE SOURCE                        "...," said the minister.
//   SOURCE, APPOSITIVE, CUE CONTENT            Smith, a former general, said ...
//   according to SOURCE, CONTENT               (and CONTENT, according to SOURCE)
//   CONTENT was CUE by SOURCE                  ... was later backed by Peskov.
//   ..., CUE-ing CONTENT                       ..., adding that ... (same source)
//   SUBJECT is expected to VP                  (no source: an expectation)
//   Asked whether CONTENT, ...                 (no source, or "asked by X")
//
// A cue is a verb from the lexicon in parse/cues.h, in any inflection, outside
// quotation marks (a capitalised one only in a headline: "United States" holds
// no cue). Strong cues (say, tell, announce) stand alone. Weak ones (stances,
// beliefs, intentions, findings: back, call, want, refuse, show) count before
// "that", a colon or a quotation, after a quotation, in a passive with "by",
// or when a person, a group, a role or a document holds them ("Smith endorsed
// Jones", "a poll shows ..."). A passive without "by" ("are believed to be")
// is a hedge, not an attribution; "I think" and "we believe" are speech
// inside speech and are left out. The source is the noun phrase found by
// walking away from the cue over words until a clause break (punctuation,
// conjunction, auxiliary, relative pronoun, another cue); auxiliaries and
// "-ly" adverbs next to the cue are skipped, appositions and parenthesised
// affiliations ("Jo Hart (D-Ore.)") kept with their head. A coordinated cue
// ("toured the plant and said") takes the sentence's subject; a participle
// after a comma ("..., adding") takes the source before it.
//
// Sibling contents ("Smith said A, while Jones said B") end where the next
// attribution begins.
//
// Nesting: when one attribution's content holds another's cue ("The Times
// reported that ..., according to officials"), the inner content is clipped
// to the outer content, and an outer outlet becomes the inner one's `via`.
// A cue inside what a person or a document says, after its own cue ("Smith
// said she wants ...", "the poll found 40 percent said ..."), is part of
// that content and no attribution of its own: PolNeAR's annotators mark
// such inner cues only about one time in seven.
#include "parse/attribution.h"

#include <algorithm>
#include <optional>
#include <string>

#include "parse/cues.h"
#include "parse/tokens.h"

namespace claimdiff::parse {

namespace {

using Kind = Tok::Kind;

constexpr size_t kMaxSourceWords = 12;     // longer "noun phrases" are clauses
constexpr size_t kMaxInvertedTail = 14;    // words after a post-quote cue
constexpr size_t kMaxApposition = 16;      // words between the commas of "X, ..., said"
constexpr size_t kMaxLongApposition = 28;  // the same before a cue with its content after

// A source phrase as a token range [first, last].
struct Range {
  size_t first = 0;
  size_t last = 0;
};

struct Candidate {
  size_t cue_first = 0;
  size_t cue_last = 0;
  std::optional<Range> source;
  Span content;
  bool reporting = false;
};

class Sentence {
 public:
  // `toks` are the tokens of text[span]; they must outlive the Sentence.
  Sentence(std::string_view text, Span span, const std::vector<Tok>& toks)
      : text_(text), span_(span), toks_(toks) {
    in_quote_.resize(toks_.size(), false);
    bool open = false;
    for (size_t i = 0; i < toks_.size(); ++i) {
      if (toks_[i].kind == Kind::kOpenQuote) {
        open = true;
      } else if (toks_[i].kind == Kind::kCloseQuote) {
        if (!open) {
          // A closing mark with no opening one: the sentence continues a
          // quotation, so everything before it was quoted.
          std::fill(in_quote_.begin(), in_quote_.begin() + static_cast<long>(i), true);
        }
        open = false;
      } else {
        in_quote_[i] = open;
      }
    }
    size_t words = 0, capitals = 0;
    for (const Tok& t : toks_) {
      if (!t.IsWord() || t.lower.size() < 4) continue;
      ++words;
      capitals += t.capitalised;
    }
    title_case_ = words >= 3 && capitals * 10 >= words * 8;
  }

  std::vector<Attribution> Extract();
  std::optional<Range> Subject() const;

 private:
  const Tok& At(size_t i) const { return toks_[i]; }
  bool IsWordAt(size_t i, std::string_view w) const {
    return i < toks_.size() && toks_[i].IsWord() && toks_[i].lower == w;
  }
  size_t ContentEnd() const;
  std::optional<Range> WalkLeft(size_t end) const;
  std::optional<Range> WalkRight(size_t begin) const;
  bool PlausibleSource(const Range& r) const;
  // A clause break at token i: a lower-case function word, or a capitalised
  // one that opens the sentence or follows punctuation ("But", not "Per").
  bool Breaks(size_t i) const {
    if (!IsPhraseBreaker(toks_[i].lower)) return false;
    return !toks_[i].capitalised || i == 0 || !toks_[i - 1].IsWord();
  }
  bool AdverbialTail(size_t i, const CueWord& cue) const;
  bool QuotedBefore(size_t j) const;
  // The last token of a phrasal cue starting at i ("pointed out", "took aim
  // at", "made it clear"), or i when there is none.
  size_t PhrasalCueEnd(size_t i) const;
  // The start of "managed to", "went on to", "tried to" before the verb at
  // i (past adverbs), or i when there is none.
  size_t SkipCatenative(size_t i) const;
  // True when a subject stands right before the verb at i, past adverbs:
  // "they", "who", a modal ("would support"), or a plural noun ("voters").
  bool AfterSubject(size_t i) const;
  bool OpensWithApposedSubject(size_t comma) const;
  bool ApposedAfterQuote(size_t comma) const;
  bool OnlyQuotationBefore(size_t first) const;
  // An "and" joining two names ("Trump and Sanders said") or a one-word
  // conjunct opening the phrase ("current and former officials said").
  bool CoordinatedSource(size_t k) const;
  // True when the phrase names a document anywhere ("a poll released last
  // week", "early results of exit polls").
  bool Document(const Range& r) const {
    std::string folded;
    for (size_t k = r.first; k <= r.last; ++k) {
      if (!toks_[k].IsWord()) continue;
      if (!folded.empty()) folded += ' ';
      folded += toks_[k].lower;
    }
    return GuessSourceType(folded) == SourceType::kDocument;
  }
  bool QuoteLed(size_t j) const;
  std::optional<Range> Apposition(size_t comma) const;
  std::optional<Candidate> Colon() const;
  void CutSiblings();
  std::optional<Candidate> AccordingTo(size_t i) const;
  std::optional<Candidate> Passive(size_t i) const;
  std::optional<Candidate> Expected(size_t i) const;
  std::optional<Candidate> Asked(size_t i) const;
  std::optional<Candidate> Adjectival(size_t i) const;
  std::optional<Candidate> AfterContent(size_t i, const CueWord& cue) const;
  std::optional<Candidate> BeforeContent(size_t i, const CueWord& cue) const;
  size_t SkipToContent(size_t i, const CueWord& cue) const;
  Attribution Build(const Candidate& c) const;
  void AddVia(std::vector<Attribution>* out) const;

  std::string_view text_;
  Span span_;
  const std::vector<Tok>& toks_;
  std::vector<bool> in_quote_;
  std::vector<Candidate> found_;
  bool belief_ = false;      // the cue being looked at is a belief verb
  size_t cue_first_ = 0;     // first token of the cue being looked at
  bool title_case_ = false;  // a headline: capitalised cues count
};

// An auxiliary or adverb that may stand between source and cue, including
// any "-ly" adverb ("barely mentioned", "regularly tells").
bool IsModifier(const Tok& t) {
  if (!t.IsWord()) return false;
  if (IsCueModifier(t.lower)) return true;
  return !t.capitalised && t.lower.size() > 4 && t.lower.ends_with("ly") && t.lower != "only";
}

bool IsBeliefVerb(std::string_view w) {
  for (std::string_view b :
       {"think", "thinks", "thought", "believe", "believes", "believed", "know",
        "knew",  "feel",   "felt",    "hope",    "want",     "guess",    "suppose",
        "doubt", "wonder", "fear",    "worry",   "expect",   "wish"}) {
    if (w == b) return true;
  }
  return false;
}

bool IsAuxiliary(std::string_view w) {
  // constexpr: the lengths are known at compile time, not measured per call.
  static constexpr std::string_view kAuxiliaries[] = {
      "would", "will",  "is",     "was",   "were",  "are",    "has",    "had",
      "have",  "could", "should", "can",   "may",   "might",  "must",   "did",
      "does",  "do",    "won't",  "can't", "isn't", "wasn't", "didn't", "doesn't"};
  for (std::string_view a : kAuxiliaries) {
    if (w == a) return true;
  }
  return false;
}

// Words that may follow a post-quote cue without starting content:
// "..., he said in a statement", "..., she said Tuesday".
bool IsAdverbialStart(const Tok& t) {
  if (!t.capitalised && t.lower.size() > 4 && t.lower.ends_with("ly")) return true;
  if (t.capitalised) {
    static constexpr std::string_view kDays[] = {"monday",   "tuesday", "wednesday", "thursday",
                                                 "friday",   "saturday", "sunday"};
    for (std::string_view d : kDays) {
      if (t.lower == d) return true;
    }
  }
  static constexpr std::string_view kAdverbials[] = {
      "in",        "on",         "at",      "during", "last",      "this",    "yesterday",
      "today",     "tonight",    "earlier", "later",  "after",     "before",  "when",
      "while",     "as",         "of",      "about",  "to",        "from",    "recently",
      "afterward", "again",      "then",    "also",   "via",       "through", "with",
      "without",   "over",       "outside", "inside", "late",      "early",   "shortly",
      "told",      "previously", "last",    "once",   "following", "ahead",   "near",
      "for",       "by",         "under"};
  for (std::string_view a : kAdverbials) {
    if (t.lower == a) return true;
  }
  return false;
}

// "Clinton's decline", "the senators' call": a possessive name, not a
// contraction ("he's", "it's", "that's").
bool IsPossessive(std::string_view w) {
  if (w.ends_with("s'")) return w.size() > 2;
  if (!w.ends_with("'s") || w.size() < 3) return false;
  for (std::string_view c : {"he's", "she's", "it's", "that's", "who's", "there's", "what's",
                             "here's", "where's", "let's"}) {
    if (w == c) return false;
  }
  return true;
}

bool IsPreposition(std::string_view w) {
  for (std::string_view p : {"of", "in", "on", "for", "with", "from", "at", "among", "into",
                             "toward", "towards", "without", "against", "between", "per"}) {
    if (w == p) return true;
  }
  return false;
}

bool IsNumber(std::string_view w) {
  return !w.empty() && w.find_first_not_of("0123456789,.%") == std::string_view::npos;
}

// Words that open a participle clause whose doer is the clause's subject:
// "by saying", "after calling", "without naming".
bool IsParticipleOpener(std::string_view w) {
  for (std::string_view p : {"by", "after", "before", "while", "without", "when", "since"}) {
    if (w == p) return true;
  }
  return false;
}

bool IsQuantifierPronoun(std::string_view w) {
  for (std::string_view q :
       {"another", "some", "many", "most", "few", "both", "several", "others", "one", "all"}) {
    if (w == q) return true;
  }
  return false;
}

// True when the head of a source phrase names who can hold a stance: a
// named person or a personal pronoun ("who" included), a group or a named
// organisation, a role ("the senator", "voters", "supporters") or a
// document ("a new poll shows").
bool Holder(const Tok& h) {
  SourceType type = GuessSourceType(h.lower);
  bool person = (h.capitalised && type == SourceType::kPerson) || h.lower == "he" ||
                h.lower == "she" || h.lower == "they" || h.lower == "who";
  bool group =
      type == SourceType::kAnonymous || (h.capitalised && type == SourceType::kOrganisation);
  bool role = IsRoleWord(h.lower) || (h.lower.size() > 4 && h.lower.ends_with("ers")) ||
              h.lower.ends_with("ists") || h.lower.ends_with("ans");
  return person || group || role || type == SourceType::kDocument;
}

// Words that open an intro phrase or a subordinate clause before the main
// clause: "In an interview, ...", "As prices rose, ...".
bool IsIntroWord(std::string_view w) {
  for (std::string_view p :
       {"as",    "in",    "after",  "when",   "while",   "even",      "although",  "though",
        "if",    "since", "before", "during", "on",      "at",        "with",      "despite",
        "for",   "amid",  "unlike", "like",   "because", "following", "speaking",  "asked",
        "until", "once",  "upon",   "from",   "by",      "without",   "throughout"}) {
    if (w == p) return true;
  }
  return false;
}

// A lower-case noun head ("the mogul", "the agency"). Enough of a holder
// for an intention with an infinitive ("the mogul declined to ..."): those
// verbs take agents, so the noun is one.
bool NounHead(const Tok& h) {
  return !h.capitalised && h.lower.size() > 3 && !IsPhraseBreaker(h.lower) &&
         !IsCueModifier(h.lower) && !h.lower.ends_with("ing") && !h.lower.ends_with("ed");
}

// Cue verbs whose object follows them ("criticized the plan"), so that
// "..., criticized the mayor" is no inverted "..., said the mayor".
bool TakesObject(std::string_view w) {
  static constexpr std::string_view kStems[] = {
      "accus",   "critici", "describ", "blam",    "dismiss",  "prais",   "slam",    "blast",
      "attack",  "highlig", "underli", "undersc", "voic",     "express", "quot",    "cit",
      "condemn", "applaud", "chid",    "decr",    "question", "mention", "reveal",  "disclos",
      "propos",  "demand",  "promis",  "pledg",   "vow",      "den",     "confirm", "recommend"};
  for (std::string_view stem : kStems) {
    if (w.starts_with(stem)) return true;
  }
  return false;
}

bool IsBeVerb(std::string_view w) {
  for (std::string_view b :
       {"is",      "are",      "was",      "were",    "be",     "been",   "being",
        "remains", "remained", "remain",   "became",  "become", "'s",     "'re",
        "seems",   "seemed",   "appeared", "appears", "isn't",  "wasn't", "aren't",
        "weren't", "sounded",  "looked",   "felt"}) {
    if (w == b) return true;
  }
  return false;
}

// Adjectives of stance, belief or feeling that take a content: "skeptical
// of", "confident that", "eager to".
bool IsStanceAdjective(std::string_view w) {
  for (std::string_view a :
       {"skeptical",  "sceptical",   "confident",    "eager",       "aware",         "unaware",
        "wary",       "reluctant",   "critical",     "supportive",  "vocal",         "adamant",
        "optimistic", "pessimistic", "hopeful",      "certain",     "sure",          "worried",
        "concerned",  "unhappy",     "glad",         "keen",        "proud",         "afraid",
        "fearful",    "dismissive",  "insistent",    "doubtful",    "convinced",     "careful",
        "determined", "cautious",    "enthusiastic", "comfortable", "uncomfortable", "nervous",
        "angry",      "upset",       "furious",      "happy",       "pleased"}) {
    if (w == a) return true;
  }
  return false;
}

bool IsNounPhraseConnector(std::string_view w) {
  return w == "of" || w == "for" || w == "from" || w == "at" || w == "with" || w == "'s";
}

// End offset of the content at the end of the sentence: before the final
// stop, keeping a closing quotation mark.
size_t Sentence::ContentEnd() const {
  size_t n = toks_.size();
  while (n > 0 && (toks_[n - 1].kind == Kind::kStop || toks_[n - 1].kind == Kind::kComma)) --n;
  return n == 0 ? span_.start : toks_[n - 1].end;
}

bool Sentence::AfterSubject(size_t i) const {
  size_t j = i;
  while (j > 0 && IsModifier(toks_[j - 1]) && !IsAuxiliary(toks_[j - 1].lower)) --j;
  if (j == 0 || !toks_[j - 1].IsWord()) return false;
  const std::string& w = toks_[j - 1].lower;
  if (w == "they" || w == "we" || w == "i" || w == "you" || w == "who") return true;
  if (IsAuxiliary(w) || w == "don't") return true;
  return !toks_[j - 1].capitalised && w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") &&
         !w.ends_with("'s") && !IsPhraseBreaker(w);
}

size_t Sentence::SkipCatenative(size_t i) const {
  if (i < 2 || toks_[i - 1].lower != "to") return i;
  size_t j = i - 2;
  if ((toks_[j].lower == "on") && j > 0) --j;  // "went on to say"
  for (std::string_view c :
       {"managed", "manages", "tried", "tries", "began", "begins", "started", "starts", "went",
        "goes", "go", "used", "continued", "continues", "moved", "rushed"}) {
    if (toks_[j].lower != c) continue;
    if ((c == "went" || c == "goes" || c == "go") && toks_[j + 1].lower != "on") return i;
    while (j > 0 && IsModifier(toks_[j - 1])) --j;
    return j;
  }
  return i;
}

size_t Sentence::PhrasalCueEnd(size_t i) const {
  size_t best = i;
  // Every particle list starts with a short word: most tokens stop here.
  if (i + 1 >= toks_.size() || !toks_[i + 1].IsWord() || toks_[i + 1].lower.size() > 7) {
    return best;
  }
  const std::vector<std::vector<std::string>>* tails = PhrasalParticles(toks_[i].lower);
  if (tails == nullptr) return best;
  for (const std::vector<std::string>& parts : *tails) {
    size_t k = i + 1;
    bool match = true;
    for (const std::string& part : parts) {
      if (k >= toks_.size() || !toks_[k].IsWord() || toks_[k].lower != part) {
        match = false;
        break;
      }
      ++k;
    }
    if (match && k - 1 > best) best = k - 1;
  }
  return best;
}

// An "and" joining two names ("Trump and Sanders said") or a one-word
// conjunct opening the phrase ("current and former officials said").
bool Sentence::CoordinatedSource(size_t k) const {
  if (toks_[k].lower != "and" || k == 0 || k + 1 >= toks_.size()) return false;
  const Tok& left = toks_[k - 1];
  const Tok& right = toks_[k + 1];
  if (!left.IsWord() || !right.IsWord() || in_quote_[k - 1]) return false;
  if (left.capitalised && right.capitalised && !IsPhraseBreaker(left.lower)) return true;
  bool opens = k == 1 || !toks_[k - 2].IsWord();
  return opens && !left.capitalised && !right.capitalised && !IsPhraseBreaker(left.lower) &&
         !IsAuxiliary(left.lower) && LookupCue(left.lower).strength == CueStrength::kNone;
}

// Walks left from token `end` (inclusive) over a noun phrase.
std::optional<Range> Sentence::WalkLeft(size_t end) const {
  size_t last = end;
  if (toks_[end].kind == Kind::kOther && text_[toks_[end].start] == ')') {
    // "Rep. Jane Roe (R-Fla.)": the parenthesis belongs to the phrase.
    size_t m = end;
    while (m > 0 && !(toks_[m].kind == Kind::kOther && text_[toks_[m].start] == '(')) --m;
    if (m == 0 || end - m > 8 || !toks_[m - 1].IsWord()) return std::nullopt;
    end = m - 1;
  }
  size_t i = end + 1;
  size_t words = 0;
  while (i > 0) {
    const Tok& t = toks_[i - 1];
    if (!t.IsWord() || in_quote_[i - 1]) break;
    if (i - 1 != end && CoordinatedSource(i - 1)) {
      --i;
      continue;
    }
    if (i - 1 != end && (Breaks(i - 1) || IsAuxiliary(t.lower) ||
                         LookupCue(t.lower).strength == CueStrength::kStrong)) {
      break;
    }
    // "X, who said ...", "the paper, which reported ...", "he's claiming".
    if (i - 1 == end &&
        (t.lower == "who" || t.lower == "which" || t.lower == "who's" || t.lower == "he's" ||
         t.lower == "she's" || t.lower == "they're" || t.lower == "it's")) {
      return Range{end, end};
    }
    if (i - 1 == end && IsPhraseBreaker(t.lower) && !IsSourcePronoun(t.lower)) return std::nullopt;
    if (++words > kMaxSourceWords) {
      // Too long for a noun phrase: keep the name right before the cue
      // ("In a meeting with the editorial board of the Post Trump said").
      size_t k = end + 1;
      while (k > 0 && toks_[k - 1].IsWord() && toks_[k - 1].capitalised && end + 1 - k < 4) --k;
      if (k > end) return std::nullopt;
      return Range{k, last};
    }
    --i;
  }
  if (i > end) return std::nullopt;
  // A phrase does not open with a connector ("of the party").
  while (i <= end && IsNounPhraseConnector(toks_[i].lower)) ++i;
  if (i > end) return std::nullopt;
  return Range{i, last};
}

// Walks right from token `begin` over a noun phrase, to a comma or the end.
std::optional<Range> Sentence::WalkRight(size_t begin) const {
  size_t i = begin;
  while (i < toks_.size() && toks_[i].IsWord() && !in_quote_[i]) {
    if (i != begin && (Breaks(i) || IsAuxiliary(toks_[i].lower) ||
                       LookupCue(toks_[i].lower).strength == CueStrength::kStrong)) {
      break;
    }
    if (i - begin >= kMaxSourceWords) return std::nullopt;
    ++i;
  }
  if (i == begin) return std::nullopt;
  if (toks_[begin].lower == "that" || toks_[begin].lower == "to") return std::nullopt;
  return Range{begin, i - 1};
}

// "should she say", "let it continue": a base form after a singular pronoun
// is an infinitive or a question, not the pronoun's statement.
bool SingularBeforeBase(const Tok& head, const CueWord& cue) {
  if (!cue.base_form) return false;
  return head.lower == "he" || head.lower == "she" || head.lower == "it";
}

bool Sentence::PlausibleSource(const Range& r) const {
  size_t last = r.last;
  if (!toks_[last].IsWord()) {
    // The head stands before a parenthesis: "Jo Hart (D-Ore.)".
    while (last > r.first &&
           !(toks_[last].kind == Kind::kOther && text_[toks_[last].start] == '(')) {
      --last;
    }
    if (last == r.first) return false;
    --last;
  }
  const Tok& head = toks_[last];
  // "Another said", "Some say", "Many believe": a quantifier alone stands
  // for people.
  if (r.first == last && IsQuantifierPronoun(head.lower)) return true;
  if (IsDeterminer(head.lower) || IsCueModifier(head.lower)) return false;
  // "I think", "we believe": speech inside speech, whose marks were lost.
  if ((head.lower == "i" || head.lower == "we" || head.lower == "you") && belief_) return false;
  if (IsSourcePronoun(head.lower) || head.lower == "who" || head.lower == "which" ||
      head.lower.ends_with("'s") || head.lower.ends_with("'re")) {
    return r.first == last;
  }
  if (head.lower == "there" || head.lower == "this" || head.lower == "that") return false;
  // Numbers and dates are not sources ("on Tuesday said" is caught upstream).
  bool letters = false;
  for (char ch : head.lower) letters = letters || (ch >= 'a' && ch <= 'z');
  if (!letters) return false;  // "21", "2016": no source
  return true;
}

// "according to SOURCE, CONTENT" and "CONTENT, according to SOURCE".
std::optional<Candidate> Sentence::AccordingTo(size_t i) const {
  if (!IsWordAt(i, "according") || !IsWordAt(i + 1, "to")) return std::nullopt;
  std::optional<Range> src = WalkRight(i + 2);
  if (!src) return std::nullopt;
  Candidate c{i, i + 1, src, {}, true};
  // Content before the cue when there is more than a short lead-in.
  size_t before = i;
  while (before > 0 && !toks_[before - 1].IsWord() && !toks_[before - 1].IsQuote()) --before;
  // "...: According to polls, CONTENT": a colon or semicolon opens a new
  // clause, so the content follows.
  bool clause_start =
      i > 0 && (toks_[i - 1].kind == Kind::kColon || toks_[i - 1].kind == Kind::kSemicolon);
  if (before >= 3 && !clause_start) {
    c.content = Span{span_.start, toks_[before - 1].end};
  } else {
    size_t after = src->last + 1;
    while (after < toks_.size() && toks_[after].kind == Kind::kComma) ++after;
    if (after >= toks_.size()) return std::nullopt;
    c.content = Span{toks_[after].start, ContentEnd()};
  }
  if (c.content.empty()) return std::nullopt;
  return c;
}

// "SOURCE is [adverb] ADJECTIVE that|of|about|to|with CONTENT": a stance
// held as a state ("Ruiz is skeptical of the plan", "voters are eager to
// ..."), when a person, group, role or document holds it.
std::optional<Candidate> Sentence::Adjectival(size_t i) const {
  if (i + 2 >= toks_.size()) return std::nullopt;
  const std::string& next = toks_[i + 1].lower;
  if (next != "that" && next != "of" && next != "about" && next != "to" && next != "with") {
    return std::nullopt;
  }
  if (!IsStanceAdjective(toks_[i].lower)) return std::nullopt;
  size_t j = i;
  while (j > 0 && toks_[j - 1].IsWord() && !IsBeVerb(toks_[j - 1].lower) &&
         IsModifier(toks_[j - 1])) {
    --j;
  }
  if (j == 0 || !IsBeVerb(toks_[j - 1].lower)) return std::nullopt;
  --j;
  while (j > 0 && IsModifier(toks_[j - 1])) --j;
  if (j == 0) return std::nullopt;
  std::optional<Range> src = WalkLeft(j - 1);
  if (!src || !PlausibleSource(*src) || (!Holder(toks_[src->last]) && !Document(*src))) {
    return std::nullopt;
  }
  size_t k = next == "to" ? i + 1 : i + 2;  // "eager to win" keeps its "to"
  if (k >= toks_.size() || !toks_[k].IsWord()) return std::nullopt;
  Candidate c{i, i, src, Span{toks_[k].start, ContentEnd()}, false};
  if (c.content.empty()) return std::nullopt;
  return c;
}

// "CONTENT was (later) CUE by SOURCE".
std::optional<Candidate> Sentence::Passive(size_t i) const {
  if (!IsWordAt(i + 1, "by")) return std::nullopt;
  size_t j = i;
  while (j > 0 && toks_[j - 1].IsWord() && IsCueModifier(toks_[j - 1].lower) &&
         toks_[j - 1].lower != "is" && toks_[j - 1].lower != "was" &&
         toks_[j - 1].lower != "were" && toks_[j - 1].lower != "are" &&
         toks_[j - 1].lower != "been") {
    --j;
  }
  if (j == 0 || !toks_[j - 1].IsWord()) return std::nullopt;
  const std::string& be = toks_[j - 1].lower;
  if (be != "is" && be != "was" && be != "were" && be != "are" && be != "been" && be != "be") {
    return std::nullopt;
  }
  std::optional<Range> src = WalkRight(i + 2);
  if (!src) return std::nullopt;
  if (toks_[i].lower == "asked") {
    // "Hart was asked by a reporter whether ...": the question follows the
    // asker; the one asked is no content.
    size_t k = src->last + 1;
    while (k < toks_.size() && toks_[k].kind == Kind::kComma) ++k;
    if (k + 1 >= toks_.size() || !toks_[k].IsWord()) return std::nullopt;
    const std::string& w = toks_[k].lower;
    if (w == "about") ++k;
    if (w != "about" && w != "whether" && w != "if" && w != "what" && w != "why" && w != "how" &&
        w != "who" && w != "which" && w != "to") {
      return std::nullopt;
    }
    return Candidate{i, i, src, Span{toks_[k].start, ContentEnd()}, false};
  }
  size_t subject_end = j - 1;
  while (subject_end > 0 && IsCueModifier(toks_[subject_end - 1].lower)) --subject_end;
  if (subject_end == 0) return std::nullopt;
  return Candidate{i, i, src, Span{span_.start, toks_[subject_end - 1].end}, false};
}

// "SUBJECT is (widely) expected to VP": an expectation held by nobody
// named, which PolNeAR annotates as a source-less attribution of the
// subject's infinitive. Only "expected": "likely", "set to", "poised to"
// and "scheduled to" are plain modality or a timetable, seldom annotated.
std::optional<Candidate> Sentence::Expected(size_t i) const {
  if (toks_[i].lower != "expected" || !IsWordAt(i + 1, "to") || i + 2 >= toks_.size() ||
      !toks_[i + 2].IsWord()) {
    return std::nullopt;
  }
  size_t j = i;
  while (j > 0 && IsModifier(toks_[j - 1]) && !IsAuxiliary(toks_[j - 1].lower)) --j;
  if (j == 0 || !toks_[j - 1].IsWord()) return std::nullopt;
  const std::string& be = toks_[j - 1].lower;
  if (be != "is" && be != "are" && be != "was" && be != "were" && be != "be" && be != "been") {
    return std::nullopt;
  }
  size_t be_at = j - 1;
  while (be_at > 0 && toks_[be_at - 1].IsWord() && IsAuxiliary(toks_[be_at - 1].lower)) --be_at;
  // The content runs from the subject ("The House", "she") to the end.
  size_t start = i + 1;
  if (be_at > 0) {
    std::optional<Range> subject = WalkLeft(be_at - 1);
    if (subject && PlausibleSource(*subject)) start = subject->first;
  }
  Candidate c{j - 1, i, std::nullopt, Span{toks_[start].start, ContentEnd()}, false};
  if (c.content.empty()) return std::nullopt;
  return c;
}

// "Asked (by SOURCE) whether|if|what|about CONTENT, ...", "..., when asked
// who ...": the question put to the clause's speaker, whose asker is
// mostly unnamed. The question runs to the next comma outside a quotation,
// or to the end of a quotation that a word follows.
std::optional<Candidate> Sentence::Asked(size_t i) const {
  if (toks_[i].lower != "asked") return std::nullopt;
  size_t b = i;
  if (b > 0 && (toks_[b - 1].lower == "when" || toks_[b - 1].lower == "after")) --b;
  if (b > 0 && toks_[b - 1].kind != Kind::kComma && toks_[b - 1].kind != Kind::kOpenQuote) {
    return std::nullopt;
  }
  std::optional<Range> src;
  size_t k = i + 1;
  if (IsWordAt(k, "by")) {
    src = WalkRight(k + 1);
    if (!src) return std::nullopt;
    k = src->last + 1;
  }
  // Up to a few words of setting ("on Fox News", "specifically").
  size_t start = toks_.size();
  for (size_t m = k; m < toks_.size() && m < k + 6; ++m) {
    if (!toks_[m].IsWord()) break;
    const std::string& w = toks_[m].lower;
    if (w == "whether" || w == "if" || w == "what" || w == "who" || w == "which" ||
        w == "how" || w == "why" || w == "where" || w == "to") {
      start = m;
      break;
    }
    if (w == "about") {
      start = m + 1;
      break;
    }
  }
  if (start + 1 >= toks_.size() || !toks_[start].IsWord()) return std::nullopt;
  size_t end = start;
  for (size_t m = start; m < toks_.size(); ++m) {
    if (toks_[m].kind == Kind::kComma && !in_quote_[m]) break;
    if (toks_[m].kind == Kind::kStop && !in_quote_[m]) break;
    end = m;
    if (toks_[m].kind == Kind::kCloseQuote && m + 1 < toks_.size() && toks_[m + 1].IsWord()) {
      break;
    }
  }
  while (end > start && !toks_[end].IsWord() && !toks_[end].IsQuote()) --end;
  Candidate c{i, i, src, Span{toks_[start].start, toks_[end].end}, false};
  if (c.content.empty()) return std::nullopt;
  return c;
}

// True when a quotation mark stands before the source that ends right
// before token `j` (the cue, past its modifiers).
bool Sentence::QuotedBefore(size_t j) const {
  if (j == 0) return false;
  std::optional<Range> src = WalkLeft(j - 1);
  size_t end = src ? src->first : j;
  for (size_t k = 0; k < end; ++k) {
    if (toks_[k].IsQuote()) return true;
  }
  return false;
}

// True when token `first` (>= 2) follows a closing quotation mark, maybe
// with a comma between, and every word before it is inside a quotation.
bool Sentence::OnlyQuotationBefore(size_t first) const {
  size_t b = first - 1;
  if (toks_[b].kind == Kind::kComma) --b;
  if (toks_[b].kind != Kind::kCloseQuote) return false;
  size_t words = 0;
  for (size_t k = 0; k < b; ++k) {
    if (!toks_[k].IsWord()) continue;
    if (!in_quote_[k]) return false;
    ++words;
  }
  return words > 0;
}

// True when the words before the source that ends right before token `j`
// are all inside one quotation that closes there: “...,” he said.
bool Sentence::QuoteLed(size_t j) const {
  if (j == 0) return false;
  std::optional<Range> src = WalkLeft(j - 1);
  if (!src || src->first < 2 || !PlausibleSource(*src)) return false;
  return OnlyQuotationBefore(src->first);
}

// True when the sentence opens with a name and up to three appositions
// that end at token `comma`: "Jo Hart, 57, a retired teacher," said.
bool Sentence::OpensWithApposedSubject(size_t comma) const {
  for (int hops = 0; hops < 3; ++hops) {
    if (toks_[comma].kind != Kind::kComma) return false;
    size_t m = comma;
    while (m > 0 && toks_[m - 1].IsWord() && !in_quote_[m - 1]) --m;
    if (m < 2 || m == comma || toks_[m - 1].kind != Kind::kComma || comma - m > kMaxApposition) {
      return false;
    }
    std::optional<Range> head = WalkLeft(m - 2);
    if (head && head->first == 0 && head->last == m - 2 && PlausibleSource(*head) &&
        (toks_[head->last].capitalised || Holder(toks_[head->last]))) {
      return true;
    }
    comma = m - 1;
  }
  return false;
}

// True when the apposed source ending at token `comma` follows a quotation
// that holds every word before it.
bool Sentence::ApposedAfterQuote(size_t comma) const {
  std::optional<Range> src = Apposition(comma);
  if (!src || src->first < 2) return false;
  return OnlyQuotationBefore(src->first);
}

// "CONTENT, SOURCE CUE" and "CONTENT, CUE SOURCE": the cue follows a comma,
// a closing quotation mark or a dash, with only a short tail after it.
std::optional<Candidate> Sentence::AfterContent(size_t i, const CueWord& cue) const {
  size_t j = i;
  while (j > 0 && IsModifier(toks_[j - 1])) --j;
  bool inverted =
      j > 0 && (toks_[j - 1].kind == Kind::kComma || toks_[j - 1].kind == Kind::kCloseQuote ||
                toks_[j - 1].kind == Kind::kDash);
  // A quotation opening the sentence and closing right before "SOURCE CUE"
  // is the content, whatever follows the cue ("...," he told CNN when
  // asked ...), unless the cue takes a content of its own ("that", ":").
  // So with an apposition: "...," Jo Hart, 57, told a voter passing by.
  bool apposed_quote = inverted && ApposedAfterQuote(j - 1);
  bool quote_led = (apposed_quote || (!inverted && QuoteLed(j))) && i + 1 < toks_.size() &&
                   toks_[i + 1].lower != "that" && toks_[i + 1].kind != Kind::kColon;
  // "Jo Hart, a former general, said ...": the sentence opens with the
  // source and its apposition, so the content follows the cue.
  if (inverted && !quote_led && OpensWithApposedSubject(j - 1)) return std::nullopt;
  // The tail after the cue is short and holds no content of its own.
  // Only words up to the next comma count: ", adding that ..." is another
  // attribution, ", a former general" an apposition.
  size_t tail = 0;
  bool adverbial = i + 1 < toks_.size() && IsAdverbialStart(toks_[i + 1]);
  for (size_t k = i + 1; k < toks_.size() && !quote_led; ++k) {
    if (toks_[k].kind == Kind::kComma || toks_[k].kind == Kind::kDash) {
      // Smith said at a rally, “...”: the quotation after the cue is
      // its content, unless the content before is quoted too.
      if (!inverted && k + 1 < toks_.size() && toks_[k + 1].kind == Kind::kOpenQuote &&
          !QuotedBefore(j)) {
        return std::nullopt;
      }
      break;
    }
    if ((toks_[k].IsQuote() && !adverbial) || toks_[k].lower == "that" ||
        toks_[k].kind == Kind::kColon) {
      return std::nullopt;
    }
    if (toks_[k].IsWord()) ++tail;
  }
  if (tail > kMaxInvertedTail && !adverbial) return std::nullopt;
  if (!inverted && !quote_led && !AdverbialTail(i, cue)) return std::nullopt;
  Candidate c{i, i, std::nullopt, {}, cue.reporting};
  size_t boundary;
  if (inverted) {
    // Inverted: "..., said the minister".
    boundary = j - 1;
    std::optional<Range> src = WalkRight(i + 1);
    // "..., X told reporters": after a "tell" verb stands its recipient,
    // unless a quotation comes before and a name or role after ("“Why?”
    // asked Bennett").
    bool recipient_ok = !cue.takes_recipient ||
                        (src &&
                         (toks_[j - 1].kind == Kind::kCloseQuote ||
                          (j > 1 && toks_[j - 2].kind == Kind::kCloseQuote)) &&
                         (toks_[src->last].capitalised || IsRoleWord(toks_[src->last].lower)));
    bool ok = !quote_led && recipient_ok && !cue.participle && !TakesObject(toks_[i].lower) &&
              src && PlausibleSource(*src) && !IsAdverbialStart(toks_[src->first]) &&
              // The source runs to the end, a comma or an adverbial: not a clause.
              !(src->last + 1 < toks_.size() && toks_[src->last + 1].IsWord() &&
                !IsAdverbialStart(toks_[src->last + 1]));
    if (!ok) {
      // "...," the press secretary, Josh Earnest, said on Tuesday.
      std::optional<Range> appositive = Apposition(j - 1);
      if (!appositive) return std::nullopt;
      src = appositive;
      boundary = src->first - 1;
    }
    c.source = src;
  } else {
    if (j == 0) return std::nullopt;
    std::optional<Range> src = WalkLeft(j - 1);
    if (!src || src->first == 0 || !PlausibleSource(*src)) return std::nullopt;
    // "X, who has pushed for ...": a relative clause's content follows it.
    const std::string& head = toks_[src->last].lower;
    if (head == "who" || head == "which" || head == "who's") return std::nullopt;
    if (j == i && SingularBeforeBase(toks_[src->last], cue)) return std::nullopt;
    const Tok& before = toks_[src->first - 1];
    if (before.IsWord()) return std::nullopt;
    boundary = src->first - 1;
    c.source = src;
  }
  const Tok& b = toks_[boundary];
  if (b.kind != Kind::kComma && b.kind != Kind::kCloseQuote && b.kind != Kind::kDash) {
    return std::nullopt;
  }
  if (boundary == 0) return std::nullopt;
  size_t end = b.kind == Kind::kCloseQuote ? b.end : toks_[boundary - 1].end;
  if (b.kind != Kind::kCloseQuote && toks_[boundary - 1].kind == Kind::kCloseQuote) {
    end = toks_[boundary - 1].end;
  }
  bool quoted = false;
  size_t words = 0;
  for (size_t k = 0; k < boundary; ++k) {
    quoted = quoted || toks_[k].IsQuote();
    words += toks_[k].IsWord();
  }
  // A weak cue after unquoted content only with a document: "..., polls show."
  if (cue.strength == CueStrength::kWeak && !quoted && !(c.source && Document(*c.source))) {
    return std::nullopt;
  }
  if (!quoted && words < 3) return std::nullopt;  // "Then, Smith said."
  // "In a later vote, he warned of ...", "As prices rose, Hart pledged to
  // ...": one intro phrase or subordinate clause is no content.
  if (!quoted && IsIntroWord(toks_[0].lower)) {
    bool clauses = false;
    for (size_t k = 1; k + 1 < boundary; ++k) {
      clauses = clauses || toks_[k].kind == Kind::kComma || toks_[k].kind == Kind::kSemicolon;
    }
    if (!clauses) return std::nullopt;
  }
  c.content = Span{span_.start, end};
  if (c.content.size() < 3) return std::nullopt;
  return c;
}

// The noun phrase opening the sentence ("The Arizona Republican", "She"),
// before its first lower-case word; leading "But", "And", "So" skipped.
std::optional<Range> Sentence::Subject() const {
  size_t k = 0;
  while (k < toks_.size() && toks_[k].IsWord() &&
         (toks_[k].lower == "but" || toks_[k].lower == "and" || toks_[k].lower == "so" ||
          toks_[k].lower == "then" || toks_[k].lower == "still")) {
    ++k;
  }
  size_t first = k;
  while (k < toks_.size() && toks_[k].IsWord() && k - first < 6 &&
         (toks_[k].capitalised || IsDeterminer(toks_[k].lower) ||
          IsNounPhraseConnector(toks_[k].lower))) {
    ++k;
  }
  // "The senator toured ...": after a determiner, up to two lower-case
  // words, stopping at a past tense.
  size_t extra = 0;
  while (k > first && IsDeterminer(toks_[k - 1].lower) && k < toks_.size() && extra < 2 &&
         toks_[k].IsWord() && !toks_[k].capitalised && !toks_[k].lower.ends_with("ed") &&
         !IsPhraseBreaker(toks_[k].lower) && !IsAuxiliary(toks_[k].lower) &&
         LookupCue(toks_[k].lower).strength == CueStrength::kNone) {
    ++k;
    ++extra;
  }
  if (k == first || k >= toks_.size() || !toks_[k].IsWord() || toks_[k].capitalised) {
    return std::nullopt;
  }
  Range r{first, k - 1};
  if (!PlausibleSource(r)) return std::nullopt;
  return r;
}

// "HEAD, APPOSITION," ending at the comma token `comma`: the range from the
// head to the apposition, when a comma or quotation mark stands before it.
std::optional<Range> Sentence::Apposition(size_t comma) const {
  if (comma < 2 || toks_[comma].kind != Kind::kComma) return std::nullopt;
  size_t m = comma;
  while (m > 0 && (toks_[m - 1].IsWord() || toks_[m - 1].kind == Kind::kStop) &&
         !in_quote_[m - 1]) {
    --m;
  }
  if (m == 0 || m == comma || comma - m > kMaxApposition || toks_[m - 1].kind != Kind::kComma ||
      m < 2) {
    return std::nullopt;
  }
  std::optional<Range> head = WalkLeft(m - 2);
  if (!head || head->first == 0 || !PlausibleSource(*head)) return std::nullopt;
  Kind before = toks_[head->first - 1].kind;
  if (before != Kind::kComma && before != Kind::kCloseQuote && before != Kind::kDash) {
    return std::nullopt;
  }
  return Range{head->first, comma - 1};
}

// "Smith: CONTENT", the shape of headlines and transcripts: a short name
// opening the sentence, then a colon.
std::optional<Candidate> Sentence::Colon() const {
  size_t k = 0;
  while (k < toks_.size() && k < 6 && toks_[k].IsWord() &&
         (toks_[k].capitalised || IsNounPhraseConnector(toks_[k].lower))) {
    ++k;
  }
  if (k == 0 || k >= toks_.size() || toks_[k].kind != Kind::kColon || k + 1 >= toks_.size()) {
    return std::nullopt;
  }
  if (IsPhraseBreaker(toks_[0].lower) || IsCueModifier(toks_[0].lower)) return std::nullopt;
  // Labels, not speakers: "Update:", "Editor's note:", "Watch:".
  static constexpr std::string_view kLabels[] = {
      "update",     "note",      "editor's",   "breaking",      "watch",      "video",
      "photos",     "photo",     "correction", "related",       "read",       "more",
      "source",     "sources",   "credit",     "caption",       "listen",     "analysis",
      "opinion",    "exclusive", "live",       "poll",          "chart",      "graphic",
      "q",          "a",         "question",   "answer",        "transcript", "summary",
      "background", "context",   "disclosure", "clarification", "latest"};
  const std::string& label = toks_[k - 1].lower;
  for (std::string_view l : kLabels) {
    if (label == l) return std::nullopt;
  }
  if (k > 4) return std::nullopt;
  // A one-word label in capitals or a participle ("BOOM:", "Revealed:")
  // names no speaker.
  if (k == 1) {
    std::string_view word = text_.substr(toks_[0].start, toks_[0].end - toks_[0].start);
    bool caps = word.size() > 3 &&
                word.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
    if (caps || toks_[0].lower.ends_with("ed")) return std::nullopt;
  }
  // What follows says something: a few words, not a tally ("Clinton: 547").
  size_t words = 0;
  for (size_t m = k + 1; m < toks_.size(); ++m) {
    if (!toks_[m].IsWord()) continue;
    for (char ch : toks_[m].lower) {
      if (ch >= 'a' && ch <= 'z') {
        ++words;
        break;
      }
    }
  }
  if (words < 2) return std::nullopt;
  Candidate c{k, k, Range{0, k - 1}, Span{toks_[k + 1].start, ContentEnd()}, false};
  if (c.content.empty()) return std::nullopt;
  return c;
}

// True when what follows the cue at i is empty, punctuation, a recipient of
// a "tell" verb, or an adverbial: no content of its own.
bool Sentence::AdverbialTail(size_t i, const CueWord& cue) const {
  size_t k = i + 1;
  while (k < toks_.size() && toks_[k].kind == Kind::kStop) ++k;
  if (k >= toks_.size() || !toks_[k].IsWord()) return true;
  if (IsAdverbialStart(toks_[k])) return true;
  if (cue.takes_recipient) {
    for (size_t m = k; m < toks_.size(); ++m) {
      if (IsAuxiliary(toks_[m].lower)) return false;
    }
    return true;
  }
  return false;
}

// "Smith said A, while Jones said B" and "Smith said A, adding B": the first
// content ends before the second attribution begins.
void Sentence::CutSiblings() {
  for (size_t b = 1; b < found_.size(); ++b) {
    Candidate& second = found_[b];
    if (toks_[second.cue_first].lower == "according") continue;  // nested, not a sibling
    size_t before_cue = second.cue_first;
    while (before_cue > 0 && IsModifier(toks_[before_cue - 1])) --before_cue;
    // The second attribution begins at its own source when that stands
    // right before its cue, else (a shared source) at the cue.
    size_t start = before_cue;
    if (second.source && second.source->last + 1 == before_cue) start = second.source->first;
    if (before_cue > 1 &&
        (toks_[before_cue - 1].lower == "and" || toks_[before_cue - 1].lower == "but")) {
      // "X criticized A and said B", "X said A, but lamented B": A ends
      // before the conjunction.
      size_t cut_at = before_cue - 1;
      if (toks_[cut_at - 1].kind == Kind::kComma && cut_at > 1) --cut_at;
      for (size_t a = 0; a < b; ++a) {
        Candidate& first = found_[a];
        if (first.cue_first < cut_at && first.content.start < toks_[cut_at].start &&
            first.content.end > toks_[cut_at].start) {
          first.content.end = toks_[cut_at - 1].end;
        }
      }
      continue;
    }
    size_t comma = start;
    if (comma > 0 && toks_[comma - 1].IsWord() && IsPhraseBreaker(toks_[comma - 1].lower)) {
      --comma;
    }
    if (comma < 2) continue;
    size_t cut;
    if (toks_[comma - 1].kind == Kind::kComma) {
      cut = toks_[comma - 2].end;
    } else if (toks_[comma - 1].kind == Kind::kCloseQuote &&
               toks_[comma - 2].kind == Kind::kComma) {
      cut = toks_[comma - 1].end;  // '..., "New York values," stating ...': keep the quotation
    } else {
      continue;
    }
    for (size_t a = 0; a < b; ++a) {
      Candidate& first = found_[a];
      if (first.content.start < toks_[comma - 1].start && first.content.end > cut &&
          first.cue_first < comma) {
        first.content.end = cut;
      }
    }
  }
}

// First token of the content after the cue at i: past a recipient ("told
// reporters"), a "that", a colon or a comma.
size_t Sentence::SkipToContent(size_t i, const CueWord& cue) const {
  size_t k = i + 1;
  // "that" within a few words ("said on Tuesday that", "told reporters that").
  size_t limit = cue.takes_recipient ? 10 : 6;
  for (size_t m = k; m < toks_.size() && m < k + limit; ++m) {
    if (toks_[m].IsQuote() || toks_[m].kind == Kind::kStop) break;
    if (toks_[m].lower == "that" && m + 1 < toks_.size() &&
        (toks_[m + 1].IsWord() || toks_[m + 1].kind == Kind::kOpenQuote)) {
      return m + 1;
    }
    if (toks_[m].kind == Kind::kColon) return m + 1;
    // "said at a rally, “...”": an adverbial, then the quotation.
    if (toks_[m].kind == Kind::kComma && m + 1 < toks_.size() &&
        toks_[m + 1].kind == Kind::kOpenQuote) {
      return m + 1;
    }
    if (toks_[m].kind == Kind::kComma && !cue.takes_recipient) break;
  }
  while (k < toks_.size() && (toks_[k].kind == Kind::kComma || toks_[k].kind == Kind::kColon ||
                              toks_[k].kind == Kind::kDash)) {
    ++k;
  }
  return k;
}

// "SOURCE [modifiers] CUE CONTENT".
std::optional<Candidate> Sentence::BeforeContent(size_t i, const CueWord& cue) const {
  size_t k = SkipToContent(i, cue);
  if (k >= toks_.size()) return std::nullopt;
  bool weak_unmarked = false;
  if (cue.strength == CueStrength::kWeak) {
    bool marked = (k > 0 && (toks_[k - 1].lower == "that" || toks_[k - 1].kind == Kind::kColon)) ||
                  toks_[k].kind == Kind::kOpenQuote;
    weak_unmarked = !marked;
  }
  if (toks_[i].lower.starts_with("refer") && toks_[k].lower == "to" && k + 1 < toks_.size()) {
    ++k;  // "referring to the vote": the vote is the content
    weak_unmarked = false;
  }
  bool infinitive = toks_[k].lower == "to" && TakesInfinitive(toks_[i].lower);
  if ((toks_[k].lower == "to" && !infinitive) || toks_[k].lower == "by") return std::nullopt;
  // "spoke at a rally", "spoke Monday": speaking holds a content only with
  // its topic ("spoke about", "spoke of") or a marked one.
  bool speak = toks_[i].lower.starts_with("spok") || toks_[i].lower.starts_with("speak");
  if (speak && weak_unmarked && toks_[k].lower != "about" && toks_[k].lower != "of") {
    return std::nullopt;
  }
  // "spoke about the vote", "worried about costs": the topic is the content.
  if ((toks_[k].lower == "about" || (speak && toks_[k].lower == "of")) && k + 1 < toks_.size() &&
      toks_[k + 1].IsWord()) {
    ++k;
  }
  // "said in a statement", "responded on Twitter", "testified before the
  // panel": a short place or occasion after the cue is no content.
  {
    const std::string& w = toks_[k].lower;
    if (w == "in" || w == "on" || w == "at" || w == "from" || w == "before" || w == "during") {
      size_t words = 0;
      bool clause = false;
      for (size_t m = k; m < toks_.size(); ++m) {
        words += toks_[m].IsWord();
        clause = clause || toks_[m].IsQuote() || toks_[m].kind == Kind::kComma ||
                 toks_[m].kind == Kind::kColon;
      }
      if (words <= 6 && !clause) return std::nullopt;
    }
  }
  size_t first = std::min(cue_first_, i);  // a phrasal cue starts before i
  Candidate c{first, i, std::nullopt, Span{toks_[k].start, ContentEnd()}, cue.reporting};
  if (c.content.empty()) return std::nullopt;
  size_t j = SkipCatenative(first);
  while (j > 0 && IsModifier(toks_[j - 1])) --j;
  // A comma, or a closing mark right after one ("...values,\" stating").
  bool after_comma =
      j > 0 &&
      (toks_[j - 1].kind == Kind::kComma ||
       (j > 1 && toks_[j - 1].kind == Kind::kCloseQuote && toks_[j - 2].kind == Kind::kComma));
  if (after_comma && cue.participle) {
    // "..., adding that ...", "..., calling it a sham": the source of the
    // cue before, else the sentence's subject ("Smith spoke in Ohio, saying ...").
    if (!found_.empty() && found_.back().source) {
      c.source = found_.back().source;
      return c;
    }
    std::optional<Range> subject = Subject();
    if (!subject || subject->last + 1 >= j - 1) return std::nullopt;
    c.source = subject;
    return c;
  }
  if (j == 0) return std::nullopt;
  if (toks_[j - 1].lower == "and" && cue.participle && j > 1 && !found_.empty() &&
      found_.back().source && toks_[found_.back().cue_first].lower.ends_with("ing")) {
    // "..., casting him as a fraud and questioning his judgment": the
    // source of the participle before.
    c.source = found_.back().source;
    return c;
  }
  if (cue.participle && IsParticipleOpener(toks_[j - 1].lower)) {
    // "he hinted at it by mentioning ...", "after saying ...": the source of
    // the attribution before, else the sentence's subject.
    if (!found_.empty() && found_.back().source) {
      c.source = found_.back().source;
      return c;
    }
    std::optional<Range> subject = Subject();
    if (!subject || subject->last + 1 >= j - 1) return std::nullopt;
    c.source = subject;
    return c;
  }
  if ((toks_[j - 1].lower == "and" || toks_[j - 1].lower == "but") && !cue.participle) {
    // "Reid caucused on Saturday and says he voted", "Hart praised the
    // plan but lamented that ...": the clause's subject, or the source of
    // the cue before it in the same clause ("..., who has known him for
    // years and called him ...").
    std::optional<Range> subject = Subject();
    if (!found_.empty() && found_.back().source && found_.back().cue_last + 1 < j - 1) {
      bool comma = false;
      for (size_t m = found_.back().cue_last + 1; m + 1 < j; ++m) {
        comma = comma || toks_[m].kind == Kind::kComma;
      }
      if (!comma) subject = found_.back().source;
    }
    if (!subject || subject->last + 1 >= j - 1) return std::nullopt;
    if (weak_unmarked && !Holder(toks_[subject->last])) return std::nullopt;
    c.source = subject;
    return c;
  }
  size_t head = j - 1;
  // "Smith, a former general, said", "Ann Lee, 21, a student, said", "Many
  // speakers - including X - said": skip appositions to the head.
  std::optional<Range> src;
  for (int hops = 0; hops < 4; ++hops) {
    if (toks_[head].kind != Kind::kComma && toks_[head].kind != Kind::kDash) break;
    Kind mark = toks_[head].kind;
    size_t m = head;
    size_t words = 0;
    // Over words, quoted titles, parentheses and symbols ("Cushman &
    // Wakefield", "co-author of \"Going Viral\"").
    while (m > 0 &&
           (toks_[m - 1].IsWord() || toks_[m - 1].IsQuote() || toks_[m - 1].kind == Kind::kOther ||
            in_quote_[m - 1] || (mark == Kind::kDash && toks_[m - 1].kind == Kind::kComma))) {
      words += toks_[m - 1].IsWord();
      --m;
    }
    if (m < 2 || toks_[m - 1].kind != mark || words > kMaxLongApposition) return std::nullopt;
    head = m - 2;
    src = WalkLeft(head);
    if (src && PlausibleSource(*src) &&
        (src->first == 0 || toks_[src->first - 1].kind != Kind::kComma ||
         toks_[src->last].capitalised)) {
      break;
    }
    // An age between commas ("Jo Hart, 27, a student, said"): the name
    // stands before it.
    if (src && src->first == src->last && IsNumber(toks_[src->first].lower) && src->first >= 2 &&
        toks_[src->first - 1].kind == mark) {
      head = src->first - 2;
    }
  }
  src = WalkLeft(head);
  if (!src || !PlausibleSource(*src)) return std::nullopt;
  if (head + 1 == i && SingularBeforeBase(toks_[src->last], cue)) return std::nullopt;
  // A stance verb without "that" ("Smith endorsed Jones") counts when a
  // person, a group, a role or a document holds it; so does a participle
  // mid-clause ("with Smith saying ...", "protesters chanting ...", not
  // "the man saying ...").
  if (weak_unmarked && !Holder(toks_[src->last]) && !Document(*src) &&
      !(infinitive && NounHead(toks_[src->last]))) {
    return std::nullopt;
  }
  if (cue.participle && !IsSourcePronoun(toks_[src->last].lower) && src->first > 0 &&
      !Holder(toks_[src->last]) && !Document(*src)) {
    return std::nullopt;
  }
  if (cue.participle && toks_[src->last].capitalised) {
    // "... with Ana Ruiz saying": the name before the participle.
    size_t first = src->last;
    while (first > src->first && toks_[first - 1].capitalised) --first;
    src->first = first;
  }
  c.source = src;
  return c;
}

Attribution Sentence::Build(const Candidate& c) const {
  Attribution a;
  a.cue.span = Span{toks_[c.cue_first].start, toks_[c.cue_last].end};
  a.cue.text = std::string(text_.substr(a.cue.span.start, a.cue.span.size()));
  a.content = c.content;
  if (c.source) {
    a.source.span = Span{toks_[c.source->first].start, toks_[c.source->last].end};
    // "Russia's" as a source is Russia.
    a.source.text = std::string(text_.substr(a.source.span.start, a.source.span.size()));
    std::string folded;
    for (size_t i = c.source->first; i <= c.source->last; ++i) {
      if (!folded.empty()) folded += ' ';
      folded += toks_[i].lower;
    }
    a.source_type = GuessSourceType(folded);
  }
  return a;
}

// "in (his|an) interview (to|with) OUTLET", "told OUTLET", "speaking to
// OUTLET": the outlet a source spoke through.
void Sentence::AddVia(std::vector<Attribution>* out) const {
  std::vector<Via> vias;
  for (size_t i = 0; i + 1 < toks_.size(); ++i) {
    bool interview =
        toks_[i].lower == "interview" && (IsWordAt(i + 1, "to") || IsWordAt(i + 1, "with"));
    if (!interview) continue;
    size_t k = i + 2;
    while (k < toks_.size() && toks_[k].IsWord() && toks_[k].lower == "the") ++k;
    size_t first = k;
    while (k < toks_.size() && toks_[k].IsWord() && toks_[k].capitalised) ++k;
    if (k == first) continue;
    Via v;
    v.span = Span{toks_[first].start, toks_[k - 1].end};
    v.outlet = std::string(text_.substr(v.span.start, v.span.size()));
    vias.push_back(std::move(v));
  }
  for (Attribution& a : *out) {
    if (a.source.text.empty() || a.source_type == SourceType::kOutlet) continue;
    for (const Via& v : vias) a.via.push_back(v);
  }
  // Nesting: an outer attribution whose content holds this one's cue. When
  // each holds the other's cue, the first cue is the outer one.
  auto holds = [](const Attribution& outer, const Attribution& inner) {
    return outer.content.start <= inner.cue.span.start && inner.cue.span.end <= outer.content.end;
  };
  // "according to" frames the whole clause, so it is the outer one of a
  // pair that holds each other, unless the other is an outlet's or a
  // document's report ("The Times reported that ..., according to ...").
  auto lower_first = [](std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
  };
  std::vector<std::pair<size_t, size_t>> nested;  // (outer, inner)
  for (size_t o = 0; o < out->size(); ++o) {
    for (size_t n = 0; n < out->size(); ++n) {
      if (o == n || !holds((*out)[o], (*out)[n])) continue;
      if (holds((*out)[n], (*out)[o])) {
        bool o_according = lower_first((*out)[o].cue.text).starts_with("according");
        bool n_according = lower_first((*out)[n].cue.text).starts_with("according");
        bool report = (*out)[o].source_type == SourceType::kOutlet ||
                      (*out)[o].source_type == SourceType::kDocument ||
                      LookupCue(lower_first((*out)[o].cue.text)).reporting;
        if (n_according && !o_according && !report) {
          // The inner one's content stops before ", according to".
          Attribution& inner = (*out)[o];
          size_t cut = (*out)[n].cue.span.start;
          while (cut > inner.content.start && (text_[cut - 1] == ' ' || text_[cut - 1] == ',')) {
            --cut;
          }
          if (cut > inner.content.start) inner.content.end = std::min(inner.content.end, cut);
          continue;
        }
        bool n_report = (*out)[n].source_type == SourceType::kOutlet ||
                        (*out)[n].source_type == SourceType::kDocument ||
                        LookupCue(lower_first((*out)[n].cue.text)).reporting;
        if (!(o_according && !n_report) && (*out)[n].cue.span.start < (*out)[o].cue.span.start) {
          continue;
        }
      }
      nested.emplace_back(o, n);
    }
  }
  for (auto [o, n] : nested) {
    const Attribution& outer = (*out)[o];
    Attribution& inner = (*out)[n];
    bool outlet = outer.source_type == SourceType::kOutlet && !outer.source.text.empty();
    bool same_source = !inner.source.text.empty() &&
                       inner.source.span.start == outer.source.span.start &&
                       inner.source.span.end == outer.source.span.end;
    if (!outlet && !same_source && outer.cue.span.start < inner.cue.span.start) {
      // "Smith said she wants ...", "Smith told reporters Jones called":
      // a cue inside what a person said is part of that content, the
      // speaker's account, not a second attribution of its own. An
      // outlet's report keeps its inner sources, which it passes on as
      // `via`, and so does a participle of the same source ("hinted at it
      // by mentioning ...").
      inner.content = Span{inner.content.start, inner.content.start};
      continue;
    }
    inner.content.start = std::max(inner.content.start, outer.content.start);
    inner.content.end = std::min(inner.content.end, outer.content.end);
    if (outlet) inner.via.push_back(Via{outer.source.text, outer.source.span});
  }
}

std::vector<Attribution> Sentence::Extract() {
  if (std::optional<Candidate> c = Colon()) found_.push_back(*c);
  for (size_t i = 0; i < toks_.size(); ++i) {
    if (!toks_[i].IsWord() || in_quote_[i]) continue;
    if (std::optional<Candidate> c = AccordingTo(i)) {
      found_.push_back(*c);
      ++i;
      continue;
    }
    cue_first_ = i;
    if (std::optional<Candidate> c = Asked(i)) {
      found_.push_back(*c);
      continue;
    }
    if (std::optional<Candidate> c = Expected(i)) {
      found_.push_back(*c);
      continue;
    }
    if (std::optional<Candidate> c = Adjectival(i)) {
      found_.push_back(*c);
      continue;
    }
    if (size_t last = PhrasalCueEnd(i);
        last > i && !toks_[i].capitalised && i > 0 && !IsDeterminer(toks_[i - 1].lower)) {
      // "pointed out that ...", "took aim at ...": a verb and its particles.
      CueWord phrasal{CueStrength::kWeak, false, toks_[i].lower.ends_with("ing"), false, false};
      if (std::optional<Candidate> c = BeforeContent(last, phrasal)) found_.push_back(*c);
      i = last;
      continue;
    }
    CueWord cue = LookupCue(toks_[i].lower);
    if (cue.strength == CueStrength::kNone) continue;
    // "United States", "Post": a capitalised word inside a sentence is a name.
    if (toks_[i].capitalised && i > 0 && toks_[i - 1].kind != Kind::kOpenQuote && !title_case_) {
      continue;
    }
    belief_ = IsBeliefVerb(toks_[i].lower);
    // "the report", "a call": a noun, not a verb.
    if (i > 0 && toks_[i - 1].IsWord() &&
        (toks_[i - 1].lower == "the" || toks_[i - 1].lower == "a" || toks_[i - 1].lower == "an" ||
         toks_[i - 1].lower == "his" || toks_[i - 1].lower == "her" ||
         toks_[i - 1].lower == "their" || toks_[i - 1].lower == "its" ||
         (toks_[i - 1].lower == "to" && SkipCatenative(i) == i) ||
         IsPossessive(toks_[i - 1].lower))) {
      continue;
    }
    if (cue.after_subject && !AfterSubject(i)) continue;
    // "reports show", "polls say": a plural noun before its own verb.
    if (!cue.participle && toks_[i].lower.ends_with("s") && i + 1 < toks_.size() &&
        toks_[i + 1].IsWord() && !toks_[i + 1].capitalised &&
        (LookupCue(toks_[i + 1].lower).strength != CueStrength::kNone ||
         IsAuxiliary(toks_[i + 1].lower))) {
      continue;
    }
    // "of pledged delegates", "1,200 pledged delegates": a finite verb
    // follows neither a preposition nor a number ("by saying" may).
    if (i > 0 && !cue.participle && toks_[i - 1].IsWord() &&
        (IsPreposition(toks_[i - 1].lower) || IsNumber(toks_[i - 1].lower))) {
      continue;
    }
    if (std::optional<Candidate> c = Passive(i)) {
      found_.push_back(*c);
      continue;
    }
    if (i > 0 && toks_[i - 1].IsWord() && !cue.participle &&
        (toks_[i - 1].lower == "is" || toks_[i - 1].lower == "are" || toks_[i - 1].lower == "was" ||
         toks_[i - 1].lower == "were" || toks_[i - 1].lower == "been" ||
         toks_[i - 1].lower == "be" || toks_[i - 1].lower == "isn't" ||
         toks_[i - 1].lower == "aren't" || toks_[i - 1].lower == "wasn't" ||
         toks_[i - 1].lower == "weren't")) {
      continue;  // passive without an agent: a hedge at most
    }
    std::optional<Candidate> c = AfterContent(i, cue);
    if (!c) c = BeforeContent(i, cue);
    if (c) found_.push_back(*c);
  }
  CutSiblings();
  std::vector<Attribution> out;
  out.reserve(found_.size());
  for (const Candidate& c : found_) out.push_back(Build(c));
  AddVia(&out);
  // Clipping and cutting can leave a content empty: such an attribution
  // says nothing.
  std::erase_if(out, [](const Attribution& a) { return a.content.empty(); });
  return out;
}

bool IsOpen(std::string_view s) {
  return s.starts_with("\"") || s.starts_with("\xE2\x80\x9C") || s.starts_with("\xC2\xAB") ||
         s.starts_with("\xE2\x80\x9E") || s.starts_with("''");
}

bool IsClose(std::string_view s) {
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ' ')) s.remove_suffix(1);
  return s.ends_with("\"") || s.ends_with("\xE2\x80\x9D") || s.ends_with("\xC2\xBB") ||
         s.ends_with("''");
}

}  // namespace

std::vector<Attribution> FindAttributions(std::string_view text, Span sentence) {
  std::vector<Tok> toks = TokenizeSpan(text, sentence);
  return FindAttributions(text, sentence, toks);
}

std::vector<Attribution> FindAttributions(std::string_view text, Span sentence,
                                          const std::vector<Tok>& toks) {
  return Sentence(text, sentence, toks).Extract();
}

bool IsWhollyQuoted(std::string_view text, Span content) {
  std::string_view s = text.substr(content.start, content.size());
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ' ')) s.remove_suffix(1);
  if (!IsOpen(s) || !IsClose(s)) return false;
  // The first closing mark is the last one: one quotation, not two.
  std::vector<Tok> toks = TokenizeSpan(s, Span{0, s.size()});
  for (size_t i = 1; i < toks.size(); ++i) {
    if (toks[i].kind == Kind::kCloseQuote)
      return i + 1 == toks.size() || (i + 2 == toks.size() && !toks[i + 1].IsWord());
  }
  return false;
}

bool HasQuote(std::string_view text, Span span) {
  std::string_view s = text.substr(span.start, span.size());
  return s.find('"') != std::string_view::npos || s.find("''") != std::string_view::npos ||
         s.find("\xE2\x80\x9C") != std::string_view::npos ||
         s.find("\xE2\x80\x9D") != std::string_view::npos ||
         s.find("\xC2\xAB") != std::string_view::npos;
}

}  // namespace claimdiff::parse
