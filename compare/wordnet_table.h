// The WordNet synonym table compiled into the compare library: generated
// at build time by compare/wordnet_gen from Debian's wordnet-base package
// (see compare/CMakeLists.txt), so `claimdiff` reads no data files at run
// time. Read through compare/synonyms.h; this layout is its business.
#ifndef CLAIMDIFF_COMPARE_WORDNET_TABLE_H_
#define CLAIMDIFF_COMPARE_WORDNET_TABLE_H_

#include <cstdint>
#include <string_view>

namespace claimdiff::compare::wordnet {

// Parts of speech, in the order of the synset id ranges.
enum Pos : uint32_t { kNoun = 0, kVerb = 1, kAdjective = 2, kAdverb = 3 };

struct Table {
  // Lemmas, sorted: lemma i is lemma_text[lemma_start[i], lemma_start[i + 1]);
  // its synset ids, increasing, are synsets[synset_start[i], synset_start[i + 1]).
  std::string_view lemma_text;
  const uint32_t* lemma_start;
  const uint32_t* synset_start;
  const uint32_t* synsets;
  uint32_t lemmas;
  // Irregular forms (WordNet's *.exc), sorted: form i is
  // form_text[form_start[i], form_start[i + 1]); its lemmas are
  // targets[target_start[i], target_start[i + 1]), each lemma * 4 + Pos.
  std::string_view form_text;
  const uint32_t* form_start;
  const uint32_t* target_start;
  const uint32_t* targets;
  uint32_t forms;
  // Synsets of part of speech p have ids in [pos_begin[p], pos_begin[p + 1]).
  uint32_t pos_begin[5];
};

extern const Table kTable;

}  // namespace claimdiff::compare::wordnet

#endif  // CLAIMDIFF_COMPARE_WORDNET_TABLE_H_
