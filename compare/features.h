// A claim reduced to what the comparer looks at: stemmed words, word
// n-grams, numbers, names, dates, quotes, negations, speakers. Computed once
// per claim, then compared many times.
//
// Featurizer owns a Snowball stemmer (libstemmer), which is not safe for
// concurrent use: one Featurizer per thread. ClaimFeatures are plain values.
#ifndef CLAIMDIFF_COMPARE_FEATURES_H_
#define CLAIMDIFF_COMPARE_FEATURES_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model.h"
#include "core/text.h"

struct sb_stemmer;

namespace claimdiff::compare {

struct Word {
  std::string folded;              // case-folded surface form
  std::string stem;                // Snowball English stem of `folded`
  uint64_t key = 0;                // XXH3-64 of `stem`, for fast sequence comparisons
  Span span;                       // in the claim's text (not the article)
  bool content = false;            // not a stop word, not punctuation
  bool negation = false;           // IsNegation(folded)
  bool implicit_negation = false;  // a verb that negates what follows ("refused to")
};

// A quoted passage of a claim, with its words.
struct Quote {
  Span span;                  // in the claim's text, without the quotation marks
  std::vector<size_t> words;  // indexes into ClaimFeatures::words
};

// A negation cue and the content word it governs: "not closed" -> cue
// "not", stem "close"; "" when no content word follows within three words.
struct Negated {
  Span cue;               // in the claim's text
  std::string stem;       // Snowball stem of the governed word, "" if none
  bool compound = false;  // inside a hyphenated compound ("no-confidence vote")
};

// Where each distinct key occurs in a sequence of at most 64 keys: an
// open-addressing table (a power of two of slots, at most half full, linear
// probing on the key's low bits, which XXH3 makes uniform) from key to a
// mask whose bit j is set when the sequence holds the key at position j. A
// slot with mask 0 is free. The match vectors of bit-parallel alignment
// (similarity.h), looked up once per word of the other sequence.
struct KeyPositions {
  std::vector<uint64_t> keys;
  std::vector<uint64_t> masks;
  // Mask of `key`, 0 when the sequence does not hold it.
  uint64_t Find(uint64_t key) const {
    if (keys.empty()) return 0;
    const size_t last = keys.size() - 1;
    for (size_t i = key & last;; i = (i + 1) & last) {
      if (masks[i] == 0) return 0;
      if (keys[i] == key) return masks[i];
    }
  }
};
// Positions of `seq`; empty when it is longer than 64.
KeyPositions PositionsOf(const std::vector<uint64_t>& seq);

struct ClaimFeatures {
  std::vector<Word> words;          // every word, in order
  std::vector<uint64_t> word_keys;  // Word::key of `words`, in order
  KeyPositions word_positions;      // PositionsOf(word_keys)
  // Sorted unique 32-bit hashes of the stem bigrams and trigrams and of the
  // content-stem bigrams (for Dice only: two claims' n-grams meet by chance
  // about once in ten million pairs, and they merge four at a time).
  std::vector<uint32_t> bigrams;
  std::vector<uint32_t> trigrams;
  std::vector<uint32_t> content_bigrams;
  std::vector<uint32_t> chars;         // sorted unique character trigrams of content words
  std::vector<uint64_t> content_keys;  // XXH3-64 of the content stems, sorted
  // The same for the content stems of what is said: inside the
  // attributions' content spans ("the bridge will reopen" of "The bridge
  // will reopen, the mayor said"), all of `content_keys` when the claim
  // has no attribution with content.
  std::vector<uint64_t> said_keys;
  std::vector<std::string> content_by_key;  // the stems in `content_keys` order
  std::vector<double> content_idf;          // IDF in `content_keys` order (TermStats::Weigh)
  std::vector<Quantity> numbers;            // spans relative to the claim text
  std::vector<std::string> number_units;    // NumberUnit (roles.h) of each of `numbers`
  std::vector<std::vector<std::pair<uint64_t, double>>> number_contexts;  // NumberContext (roles.h)
  // The currency sign written before each of `numbers` ("$", "£", "C$",
  // "A$"), "" when none.
  std::vector<std::string> number_currencies;
  std::vector<Entity> names;  // not dates; spans relative to the claim text
  std::vector<Entity> dates;  // spans relative to the claim text
  // Per date: the day a statement was made ("officials said Tuesday",
  // "reported Monday that"), not a date of the events told.
  std::vector<bool> reporting_dates;
  std::vector<Quote> quotes;
  std::vector<uint64_t> quoted_keys;  // sorted unique keys of the content words in `quotes`
  int negations = 0;                  // "not", "n't", "never", "no", ...
  std::vector<Negated> negated;       // explicit and implicit ("refused to") negations
  uint64_t antonyms = 0;              // AntonymMask (roles.h) of the content stems
  std::vector<std::string> speakers;  // canonical keys of who is said to say it
  // Where the claim names who says it: the attributions' source spans (all
  // of them, named or not) and the stand-in speakers' names; relative to
  // the claim text. A source conflict needs names outside these spans.
  std::vector<Span> source_spans;
  // How the claim's sources are written, a bit per kind seen (SourceKind).
  uint8_t source_kinds = 0;
  // WordNet synsets (compare/synonyms.h) of each content stem, the ids of
  // all the word forms that have that stem (a form's ids are sorted; a stem
  // of several forms may list an id twice), in `content_keys` order: stem
  // k's are content_synsets[content_synset_start[k],
  // content_synset_start[k + 1]). Empty when made outside a Featurizer.
  std::vector<uint32_t> content_synsets;
  std::vector<uint32_t> content_synset_start;  // content_keys.size() + 1 entries
  // A Bloom filter of content_synsets (bit SynsetFilterBit(id) set for
  // each): rules most ids out of pair scoring's search at once.
  std::array<uint64_t, 16> synset_filter{};
};

// The bit of synset `id` in ClaimFeatures::synset_filter (Fibonacci hashing).
inline uint32_t SynsetFilterBit(uint32_t id) { return (id * 0x9E3779B1u) >> 22; }

// How a source is written, for source conflicts (conflicts.cc).
enum SourceKind : uint8_t {
  kNamedSource = 1,   // a name: "Jonas Ekholm", "Lindqvist", "Ivan Petrov"
  kAliasSource = 2,   // a capitalised description or an anonymous source,
                      // which has aliases: "the Fed", "the Connecticut
                      // Democrat", "officials"
  kCommonSource = 4,  // a common-noun description: "the harbour office",
                      // "prosecutors", "state lawmakers"
};

// Owns the stemmer and a cache of what it has said about each word form
// (stems repeat across the claims of a story and of a pair file); not
// copyable (the C handle is not shareable).
class Featurizer {
 public:
  Featurizer();
  ~Featurizer();
  Featurizer(const Featurizer&) = delete;
  Featurizer& operator=(const Featurizer&) = delete;

  // Features of `claim` (its text, numbers, entities and attributions).
  ClaimFeatures Of(const Claim& claim);
  // The same, from the words of claim.text tokenised already (Tokenize):
  // a story tokenises each sentence once for the sentence, its unit spans
  // and its units.
  ClaimFeatures Of(const Claim& claim, std::vector<Token> tokens);

  std::string Stem(std::string_view folded);

 private:
  struct Closer {
    void operator()(sb_stemmer* s) const;
  };
  // What the featurizer knows about one folded word form.
  struct Lexeme {
    std::string stem;
    uint64_t key = 0;                // Hash64(stem)
    bool content = false;            // not a stop word
    bool negation = false;           // IsNegation
    bool implicit_negation = false;  // "refused", "failed", "declined", "unable"
    uint64_t antonyms = 0;           // AntonymMask bits of the stem (roles.h)
    std::vector<uint32_t> synsets;   // SynsetIds (synonyms.h), content words only
  };
  const Lexeme& Lookup(const std::string& folded);
  // Fills f's synonym fields (ClaimFeatures::content_synsets and what goes
  // with it) from word_synsets_ and word_stems_.
  void AddSynsets(ClaimFeatures* f);

  // Word forms kept in the cache at most; it is emptied when full (between
  // claims), so memory stays bounded on long inputs.
  static constexpr size_t kLexiconLimit = 1 << 16;

  std::unique_ptr<sb_stemmer, Closer> stemmer_;
  std::unordered_map<std::string, Lexeme> lexicon_;
  // Scratch of Of, kept to spare allocations: per word of the claim, its
  // synsets (the lexicon's, null for no content word) and its index in
  // content_keys; per stem, the last list seen.
  std::vector<const std::vector<uint32_t>*> word_synsets_;
  std::vector<uint32_t> word_stems_;
  std::vector<const std::vector<uint32_t>*> stem_last_;
};

// Quoted passages of `text` (spans without the marks): “...” or "..."
// pairs. A text that begins inside a quote (its first straight quotation
// mark closes: a word before it, a space or the end after it) has its
// opening part taken as quoted; an unclosed quote runs to the end.
std::vector<Span> QuoteSpans(std::string_view text);

// Whether positions of an article text lie inside a quotation opened
// earlier in their paragraph (an odd number of straight marks, or more “
// than ” since the last line break): a sentence of a quote that runs over
// several sentences ("“It was heartbreaking. Beyond one of ..."). Asked
// in increasing positions, the text is scanned once; a position before the
// last one asked rescans its line. Holds a view of the text.
class QuoteScanner {
 public:
  explicit QuoteScanner(std::string_view text) : text_(text) {}
  bool InsideAt(size_t pos);

 private:
  std::string_view text_;
  size_t at_ = 0;     // scanned up to here
  int straight_ = 0;  // straight marks since the line break
  int curly_ = 0;     // “ minus ” since the line break
};

// Marks the opening part of the claim (up to its first closing mark, else
// all of it) as quoted in `f`, unless `f` has a quote there already; for a
// claim that QuoteScanner says starts inside a quotation.
void AddOpeningQuote(std::string_view claim_text, ClaimFeatures* f);

// Fills f->quoted_keys from f->quotes.
void SetQuotedKeys(ClaimFeatures* f);

// True for negation words ("not", "no", "never", "n't", "none", ...).
bool IsNegation(std::string_view folded);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_FEATURES_H_
