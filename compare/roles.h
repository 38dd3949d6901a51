// Which parts of two aligned claims play the same role, and whether they
// agree: numbers (by the word they count), names (by transliteration key).
// Shared by the similarity features and the conflict finder. Pure.
#ifndef CLAIMDIFF_COMPARE_ROLES_H_
#define CLAIMDIFF_COMPARE_ROLES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compare/features.h"

namespace claimdiff::compare {

// The role of number `i` of `f`: the stem of the first content word after
// it, within three words ("1,200 residents" -> "resid"), "%" for
// percentages; "" when nothing follows.
std::string NumberUnit(const ClaimFeatures& f, size_t i);
// The content stems (keys) that say what number `i` of `f` counts, each
// with its distance in words from the number, nearest first per key and
// sorted by key (roles.cc). The featurizer keeps them per number
// (ClaimFeatures::number_contexts).
using NumberContextKeys = std::vector<std::pair<uint64_t, double>>;
NumberContextKeys NumberContext(const ClaimFeatures& f, size_t i);
// The unit of a person's age given after the name ("Mallard, 27,"), which
// the featurizer sets in place of NumberUnit's word.
inline constexpr std::string_view kAgeUnit = "<age>";

struct NumberComparison {
  // Index pairs (into a.numbers, b.numbers) of same-role incompatible numbers.
  std::vector<std::pair<size_t, size_t>> conflicts;
  size_t unmatched = 0;  // numbers on either side with no compatible partner
};

// Numbers are compared where their units agree, or, when each side states
// exactly one number, between those two; with `by_context`, instead of the
// latter, where a content word stands within four words of both (the same
// thing counted: "displacement of 2.3 million" / "displaced 2.6 million").
// A range is two quantities (low kAtLeast, high kAtMost) and is matched as
// such.
NumberComparison CompareNumbers(const ClaimFeatures& a, const ClaimFeatures& b,
                                bool by_context = false);

// True when number i of a and number j of b count the same thing: the same
// unit, or a content word in common within four words of each.
bool SameQuantity(const ClaimFeatures& a, size_t i, const ClaimFeatures& b, size_t j);

// True when two name keys (parse::CanonicalName) name the same person or
// body: equal, the words of the shorter all among the longer's ("lndkvst"
// and "mrt lndkvst"), or the same last word, generational suffixes aside
// ("hl gmn" and "hrld v gmn jr").
bool NamesAgree(std::string_view key_a, std::string_view key_b);

// True when two quantities admit a common value (claimdiff::Compatible),
// or when a whole number may be a fraction rounded ("5" / "4.9").
bool QuantitiesCompatible(const Quantity& a, const Quantity& b);

// Antonym pairs, as Snowball stems ("rose" / "fell", "approv" / "reject"),
// and their keys (Hash64), in the same order. At most 32 pairs.
const std::vector<std::array<std::string_view, 2>>& AntonymStems();
const std::vector<std::array<uint64_t, 2>>& AntonymKeys();

// Which antonym stems `content_keys` (sorted) holds: bit 2p for the first
// stem of pair p, bit 2p + 1 for the second.
uint64_t AntonymMask(const std::vector<uint64_t>& content_keys);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_ROLES_H_
