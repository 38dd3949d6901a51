// Speaker resolution
// ==================
//
// A small, deterministic form of the entity tracking that quote attribution
// systems use (e.g. O'Keefe et al., "A Sequence Labelling Approach to Quote
// Attribution", EMNLP 2012, whose baselines resolve speakers to the most
// recent compatible mention):
//
//   - A source phrase splits into a role and a name: the name is the run of
//     capitalised words at its end, after the last title word ("the Israeli
//     Foreign Ministry spokesperson | Lior Haiat"); the role is what precedes.
//   - Observe() registers people named with two or more words, with a role
//     written before them ("Iran's Deputy Foreign Minister Ali Bagheri Kani")
//     or as an apposition ("Russia's Special Envoy for the Middle East,
//     Mikhail Bogdanov").
//   - "he"/"she" resolve to the last person quoted, else the last person
//     named; "it"/"they" to the last organisation or outlet quoted; "the
//     spokesperson" to the last person whose role holds that word; a single
//     capitalised word to the person with that surname.
#include "parse/speakers.h"

#include "parse/cues.h"
#include "parse/names.h"
#include "parse/tokens.h"

namespace claimdiff::parse {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string StripPossessive(std::string w) {
  if (w.ends_with("'s"))
    w.resize(w.size() - 2);
  else if (w.ends_with("'"))
    w.pop_back();
  return w;
}

// A role or name written as text: the span from token a to token b.
std::string Slice(std::string_view text, const std::vector<Tok>& toks, size_t a, size_t b) {
  return std::string(text.substr(toks[a].start, toks[b].end - toks[a].start));
}

// Splits tokens [first, last] into (role range, name range): the name is the
// trailing run of capitalised non-title words. Returns the index where the
// name starts (last + 1 when there is no name).
size_t NameStart(const std::vector<Tok>& toks, size_t first, size_t last) {
  size_t k = last + 1;
  while (k > first) {
    const Tok& t = toks[k - 1];
    if (!t.IsWord() || !t.capitalised || IsRoleWord(t.lower) || IsDeterminer(t.lower)) break;
    // A possessive ends a name only at the end: "Russia's envoy".
    if (k - 1 != last && t.lower.ends_with("'s")) break;
    --k;
  }
  return k;
}

bool IsBe(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

}  // namespace

std::string SourceKey(std::string_view name) {
  // The shared name key (transliteration variants and titles folded), so a
  // source and the same person named in another claim get one key.
  std::string_view rest = name;
  for (std::string_view article : {"the ", "The ", "a ", "A ", "an ", "An "}) {
    if (rest.substr(0, article.size()) == article) {
      rest.remove_prefix(article.size());
      break;
    }
  }
  std::string canonical = CanonicalName(rest);
  if (!canonical.empty()) return canonical;
  // Nothing but role words ("the spokesperson"): key on the role itself.
  std::vector<Tok> toks = TokenizeSpan(name, Span{0, name.size()});
  std::string key;
  for (const Tok& t : toks) {
    if (!t.IsWord() || IsDeterminer(t.lower)) continue;
    if (IsRoleWord(t.lower) && toks.size() > 1) continue;
    std::string w = StripPossessive(t.lower);
    if (w.empty()) continue;
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

size_t SpeakerTable::Remember(const std::string& name, const std::string& role) {
  std::string last =
      Lower(name.substr(name.rfind(' ') == std::string::npos ? 0 : name.rfind(' ') + 1));
  for (size_t i = 0; i < people_.size(); ++i) {
    if (people_[i].name == name) {
      if (!role.empty()) people_[i].role = role;
      return i;
    }
  }
  people_.push_back(Person{name, role, StripPossessive(last)});
  return people_.size() - 1;
}

std::optional<size_t> SpeakerTable::FindBySurname(std::string_view lower_surname) const {
  for (size_t i = people_.size(); i > 0; --i) {
    if (people_[i - 1].last == lower_surname &&
        people_[i - 1].name.find(' ') != std::string::npos) {
      return i - 1;
    }
  }
  return std::nullopt;
}

void SpeakerTable::Observe(std::string_view text, Span sentence) {
  Observe(text, sentence, TokenizeSpan(text, sentence));
}

void SpeakerTable::Observe(std::string_view text, Span sentence, const std::vector<Tok>& toks) {
  size_t i = 0;
  while (i < toks.size()) {
    if (!toks[i].IsWord() || !toks[i].capitalised) {
      ++i;
      continue;
    }
    size_t run_end = i;
    while (run_end + 1 < toks.size() && toks[run_end + 1].IsWord() &&
           toks[run_end + 1].capitalised) {
      ++run_end;
    }
    size_t name_start = NameStart(toks, i, run_end);
    if (name_start < run_end &&
        GuessSourceType(Lower(Slice(text, toks, name_start, run_end))) == SourceType::kPerson) {
      std::string name = StripPossessive(Slice(text, toks, name_start, run_end));
      if (name.ends_with("\xE2\x80\x99s")) name.resize(name.size() - 4);
      std::string role;
      if (name_start > i) {
        role = Slice(text, toks, i, name_start - 1);
      } else if (i >= 2 && toks[i - 1].kind == Tok::Kind::kComma) {
        // Apposition: "Russia's Special Envoy for the Middle East, Mikhail Bogdanov".
        size_t k = i - 1;
        bool titled = false;
        while (k > 0 && toks[k - 1].IsWord() &&
               (toks[k - 1].capitalised || toks[k - 1].lower == "for" ||
                toks[k - 1].lower == "of" || toks[k - 1].lower == "the")) {
          titled = titled || IsRoleWord(toks[k - 1].lower);
          --k;
        }
        while (k < i - 1 && (toks[k].lower == "the" || toks[k].lower == "of")) ++k;
        if (titled && k < i - 1) role = Slice(text, toks, k, i - 2);
      }
      last_mention_ = Remember(name, role);
    }
    i = run_end + 1;
  }
}

void SpeakerTable::Resolve(std::string_view text, Attribution* a) {
  Source& s = a->source;
  if (s.text.empty()) return;
  std::vector<Tok> toks = TokenizeSpan(text, s.span);
  if (toks.empty()) return;
  size_t first = 0, last = toks.size() - 1;
  while (first < last && IsBe(toks[first].lower)) ++first;

  auto take = [&](size_t person) {
    s.name = people_[person].name;
    s.role = people_[person].role;
    s.canonical = SourceKey(s.name);
    a->source_type = SourceType::kPerson;
    last_speaker_ = person;
  };

  // Pronouns.
  // "he's claiming", "they're saying": the pronoun without its verb.
  std::string pronoun = StripPossessive(toks[0].lower);
  if (pronoun.ends_with("'re")) pronoun.resize(pronoun.size() - 3);
  if (toks.size() == 1 && (IsSourcePronoun(pronoun) || pronoun == "who" || pronoun == "which")) {
    const std::string& p = pronoun;
    if (p == "he" || p == "she") {
      std::optional<size_t> who = last_speaker_ ? last_speaker_ : last_mention_;
      if (who)
        take(*who);
      else
        a->source_type = SourceType::kPerson;
    } else if ((p == "it" || p == "they") && last_group_) {
      s.name = last_group_->name;
      s.role = last_group_->role;
      s.canonical = last_group_->canonical;
      a->source_type = *last_group_type_;
    }
    return;
  }

  size_t name_start = NameStart(toks, first, last);
  std::string role;
  if (name_start > first) {
    role = Slice(text, toks, first, name_start - 1);
    while (!role.empty() && (role.back() == ',' || role.back() == ' ')) role.pop_back();
  }

  if (name_start <= last) {
    std::string name = Slice(text, toks, name_start, last);
    std::string folded_name = Lower(name);
    SourceType type = GuessSourceType(folded_name);
    bool titled = false;
    for (size_t k = first; k < name_start; ++k) titled = titled || IsRoleWord(toks[k].lower);
    if (type == SourceType::kPerson || titled) {
      if (name_start == last) {
        // A bare surname ("Bogdanov"), or a single name met for the first time.
        std::string surname = StripPossessive(toks[last].lower);
        if (std::optional<size_t> known = FindBySurname(surname)) {
          if (!role.empty()) people_[*known].role = role;
          take(*known);
          return;
        }
        if (GuessSourceType(Lower(Slice(text, toks, first, last))) != SourceType::kPerson) {
          type = GuessSourceType(Lower(Slice(text, toks, first, last)));
        } else {
          take(Remember(name, role));
          return;
        }
      } else {
        take(Remember(name, role));
        return;
      }
    }
    // An organisation, outlet or document with a proper name.
    s.name = Slice(text, toks, first, last);
    s.canonical = SourceKey(s.name);
    a->source_type = GuessSourceType(Lower(s.text));
    if (a->source_type == SourceType::kPerson) a->source_type = type;
    last_group_ = s;
    last_group_type_ = a->source_type;
    return;
  }

  // No name: "the spokesperson", "the minister", "officials", "a source".
  const std::string& head = toks[last].lower;
  bool definite = toks[0].lower == "the";
  if (definite && IsRoleWord(head)) {
    for (size_t i = people_.size(); i > 0; --i) {
      if (Lower(people_[i - 1].role).find(head) != std::string::npos) {
        take(i - 1);
        return;
      }
    }
  }
  s.name = Slice(text, toks, first, last);
  s.canonical = SourceKey(s.name);
  a->source_type = GuessSourceType(Lower(s.text));
  if (a->source_type != SourceType::kPerson) {
    last_group_ = s;
    last_group_type_ = a->source_type;
  }
}

}  // namespace claimdiff::parse
