// Proper-name mentions and their canonical keys.
//
// CanonicalName() gives a person or organisation name a key that survives
// the usual transliteration variants of news copy, so "Lior Haiat" and
// "Lior Hayat", "Abu Marzouk" / "Marzook" / "Marzuk", "Abu Khamid" /
// "Abu Hamid" and "Ali Bagheri Kani" / "Baghiri" / "Bhageri" meet, and drops
// titles and roles ("Deputy Foreign Minister", "spokesperson", "Mr").
// ExtractEntities() finds capitalised name runs in a sentence, with their
// spans, keys, the title words written before them, and a rough type.
//
// Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_NAMES_H_
#define CLAIMDIFF_PARSE_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/text.h"

namespace claimdiff::parse {

// A consonant skeleton per name word (diacritics removed, digraphs such as
// kh/gh/ph/bh reduced, inner vowels and h dropped, doubles collapsed),
// joined by spaces, titles and particles ("al", "abu", "bin") dropped.
// "" when nothing but titles remains.
std::string CanonicalName(std::string_view name);

// One key per name word, as CanonicalName joins them.
std::vector<std::string> NameKeys(std::string_view name);

// True for title or role words ("minister", "spokesperson", "governor").
bool IsTitleWord(std::string_view folded);

// Capitalised name runs of `sentence` (not the sentence-initial word alone
// when it is a common word). Entity::type is "person", "organisation" or
// "name"; Entity::text is the name as written, without titles.
std::vector<Entity> ExtractEntities(std::string_view sentence);

// The same, given `toks` == Tokenize(sentence).
std::vector<Entity> ExtractEntities(std::string_view sentence, const std::vector<Token>& toks);

// The title words written just before `entity` in `sentence`, folded and
// space-joined ("deputy foreign minister"), "" if none.
std::string TitleBefore(std::string_view sentence, const Entity& entity);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_NAMES_H_
