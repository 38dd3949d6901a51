// Lexicons for attribution: cue verbs with their inflections, the small
// words that may stand between a source and its cue, titles and roles,
// pronouns, hedges, and the words that tell a source's type.
//
// Every lookup takes a lower-cased ASCII word (curly apostrophes already
// mapped to "'") and is pure and thread-safe: the tables are built once and
// never change.
#ifndef CLAIMDIFF_PARSE_CUES_H_
#define CLAIMDIFF_PARSE_CUES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace claimdiff::parse {

enum class CueStrength {
  kNone,    // not a cue
  kStrong,  // a speech or report verb: "said", "announced", "told"
  kWeak,    // a cue only with "that", a quote or a passive "by": "backed", "called"
};

struct CueWord {
  CueStrength strength = CueStrength::kNone;
  bool takes_recipient = false;  // "told X that ...", "warned X that ..."
  bool participle = false;       // "-ing" form: "adding", "saying"
  bool reporting = false;        // "reported", "wrote": a report rather than speech
  bool base_form = false;        // "say", "continue": not after "he", "she", "Smith"
  bool after_subject = false;    // "support", "hope": more often nouns, so cues only
                                 // after "they", "who", a modal or a plural subject
};

// True for verbs whose content may be an infinitive: "wants to", "refused to".
bool TakesInfinitive(std::string_view word);

// Looks `word` up among the cue verbs, generating regular inflections
// ("says", "said", "saying") from the base forms.
CueWord LookupCue(std::string_view word);

// The particle sequences that make a phrasal cue with the verb form `word`
// ("pointed" -> {"out"}, {"to"}; "made" -> {"clear"}, {"it", "clear"}), or
// nullptr when the form opens none.
const std::vector<std::vector<std::string>>* PhrasalParticles(std::string_view word);

// Auxiliaries and adverbs that may stand between a source and its cue:
// "has", "also", "later", "previously", "not".
bool IsCueModifier(std::string_view word);

// Function words that end a noun phrase when walking away from a cue:
// conjunctions, relative pronouns, clause-opening prepositions.
bool IsPhraseBreaker(std::string_view word);

// Determiners and possessives that may open a noun phrase.
bool IsDeterminer(std::string_view word);

// Titles and roles: "minister", "spokesperson", "senator", "envoy".
bool IsRoleWord(std::string_view word);

// Personal pronouns that can be a source: "he", "she", "they", "it", "we", "i".
bool IsSourcePronoun(std::string_view word);

// The type a source's words suggest, when it is not a resolved person.
SourceType GuessSourceType(std::string_view folded_source);

// True when the folded text carries a hedge ("reportedly", "allegedly", ...).
bool HasHedge(std::string_view folded);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_CUES_H_
