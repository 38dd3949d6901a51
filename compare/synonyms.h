// Synonyms from WordNet (Miller 1995): the synsets a word form may belong
// to, over all its senses and parts of speech. Two words are synonyms in
// some sense when their synset lists intersect. The table is compiled in
// (compare/wordnet_table.h); lookups are pure and safe from any thread.
#ifndef CLAIMDIFF_COMPARE_SYNONYMS_H_
#define CLAIMDIFF_COMPARE_SYNONYMS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimdiff::compare {

// Synset ids of a case-folded word form, sorted and unique: those of every
// lemma WordNet's morphy finds for it ("rose" -> "rose", "rise"; "children"
// -> "child"). Only synsets shared by at least two single-word lemmas are
// kept, since no other can make two different words synonyms; empty for
// words WordNet does not know or that share no synset.
std::vector<uint32_t> SynsetIds(std::string_view folded);

// The lemmas morphy finds for `folded` among those of the table, sorted
// and unique (for tests and debugging).
std::vector<std::string_view> SynonymLemmas(std::string_view folded);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_SYNONYMS_H_
