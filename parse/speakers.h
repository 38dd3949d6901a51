// Speaker resolution inside one article: "he", "she", "the spokesperson" or
// a bare surname ("Bogdanov") resolve to the full name and role introduced
// earlier ("Russia's Special Envoy for the Middle East, Mikhail Bogdanov").
//
// A SpeakerTable is fed the article's sentences in order (Observe) and fills
// each attribution's Source::name, role, canonical and source_type (Resolve).
// Not thread-safe; one table per article.
#ifndef CLAIMDIFF_PARSE_SPEAKERS_H_
#define CLAIMDIFF_PARSE_SPEAKERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "parse/tokens.h"

namespace claimdiff::parse {

// The comparison key of a source's name: lower case, titles, roles,
// determiners and possessive endings dropped ("the Israeli Foreign Ministry
// spokesperson Lior Haiat" -> "lior haiat" once split; "Mr. Peskov" ->
// "peskov"). One place, so a shared name normaliser can take over.
std::string SourceKey(std::string_view name);

class SpeakerTable {
 public:
  // Registers the people named in text[sentence] ("Iran's Deputy Foreign
  // Minister Ali Bagheri Kani", "the envoy, Mikhail Bogdanov").
  void Observe(std::string_view text, Span sentence);
  // The same with the sentence's tokens (TokenizeSpan(text, sentence)).
  void Observe(std::string_view text, Span sentence, const std::vector<Tok>& toks);

  // Fills a->source.name, role, canonical and source_type, resolving
  // pronouns, role nouns and surnames against what came before.
  void Resolve(std::string_view text, Attribution* a);

 private:
  struct Person {
    std::string name;
    std::string role;
    std::string last;  // lower-cased surname
  };

  // Adds or updates a person; returns its index.
  size_t Remember(const std::string& name, const std::string& role);
  std::optional<size_t> FindBySurname(std::string_view lower_surname) const;

  std::vector<Person> people_;
  std::optional<size_t> last_speaker_;  // last person resolved as a source
  std::optional<size_t> last_mention_;  // last person observed
  std::optional<Source> last_group_;    // last non-person source, for "it", "they"
  std::optional<SourceType> last_group_type_;
};

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_SPEAKERS_H_
