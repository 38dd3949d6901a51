// Conflict finding between two aligned claims.
//
// Each type looks only at parts that play the same role on both sides, so
// that a claim which merely adds a detail is not called a conflict:
//   number    same-role numbers whose intervals do not meet (roles.h),
//             unless both are the same digits in another notation; an age
//             after a name ("Mallard, 27,") is only compared with ages
//   name      a name on one side with no key partner on the other, where
//             the other side has an unpartnered name in the same slot (the
//             same word before or after it, or the same title); or the same
//             person under a different title ("title" in the detail)
//   date      two dates of the same kind (weekday, month-day, month, year)
//             that differ, neither with an equal partner, neither the day
//             of a statement ("said Tuesday")
//   negation  exactly one side negated, the negated word stated on the
//             other and not also stated plainly on the negating side
//             (in the cue's clause; "not only", "nothing but" and
//             "do-not-call" negate nothing), or a pair of antonyms ("rose" /
//             "fell") in a shared context where the other side lacks the
//             first word
//   source    both sides say who says it, no two of the speakers agree,
//             neither side's speaker (nor a name in its source phrase) is
//             named anywhere in the other, and both are names, or both
//             common-noun descriptions without a word in common
//   quote     both sides quote, and the longest quotes, aligned word by
//             word, have a run of different words on both sides between
//             two shared words (not a cut, an elision, another part of the
//             statement, or a spelling: "on-line" / "online", "we're" / "we
//             are", "Sept." / "September", "al-Qaeda" / "al-Qaida"); words
//             left out at an ellipsis or put in brackets by the outlet are
//             not the speaker's and show no rewording; the detail carries
//             the word diff
// The slot rules follow the "same role" idea of contradiction detection in
// de Marneffe, Rafferty and Manning, "Finding Contradictions in Text"
// (ACL 2008): numbers, dates and antonyms conflict only when aligned.
#include "compare/conflicts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "compare/mentions.h"
#include "compare/roles.h"
#include "compare/word_diff.h"
#include "core/hash.h"
#include "core/text.h"

namespace claimdiff::compare {

namespace {

Span Absolute(const Claim& c, Span s) { return Span{c.span.start + s.start, c.span.start + s.end}; }

std::string Slice(const Claim& c, Span s) {
  if (s.end > c.text.size() || s.start > s.end) return "";
  return c.text.substr(s.start, s.size());
}

Conflict Make(std::string type, const Claim& a, Span sa, const Claim& b, Span sb,
              std::string detail) {
  Conflict x;
  x.type = std::move(type);
  x.left = 0;
  x.right = 1;
  x.left_text = Slice(a, sa);
  x.right_text = Slice(b, sb);
  x.left_span = Absolute(a, sa);
  x.right_span = Absolute(b, sb);
  x.detail = std::move(detail);
  return x;
}

// Stem of the content word just before / after a span, "" if none.
// Function words are skipped: "a party in South Windsor" and "duty in
// Iraq" do not put two places in one slot through "in".
std::string NeighbourStem(const ClaimFeatures& f, Span s, bool before) {
  if (before) {
    for (size_t k = f.words.size(); k-- > 0;) {
      if (f.words[k].span.end <= s.start && f.words[k].content) return f.words[k].stem;
    }
  } else {
    for (const Word& w : f.words) {
      if (w.span.start >= s.end && w.content) return w.stem;
    }
  }
  return "";
}

// True when two name keys share a word: "Salafist Jihad" / "Djihad
// Salafist", "Communist Partys" / "Communist Party's", "Wall Street" /
// "WALL St" are spellings of one name, not two names.
bool ShareAWord(std::string_view x, std::string_view y) {
  size_t i = 0;
  while (i < x.size()) {
    size_t j = x.find(' ', i);
    if (j == std::string_view::npos) j = x.size();
    std::string_view w = x.substr(i, j - i);
    for (size_t p = 0; !w.empty() && (p = y.find(w, p)) != std::string_view::npos; ++p) {
      const bool left = p == 0 || y[p - 1] == ' ';
      const bool right = p + w.size() == y.size() || y[p + w.size()] == ' ';
      if (left && right) return true;
    }
    i = j + 1;
  }
  return false;
}

// Courtesy forms are no title: "Mr. Bankhead" and "GBI spokesman John
// Bankhead" are one person under one title.
bool IsHonorific(std::string_view role) {
  return role == "mr" || role == "mrs" || role == "ms" || role == "miss" || role == "dr" ||
         role == "sir" || role == "dame" || role == "prof" || role == "professor";
}

// True when two title words are one: equal, one an abbreviation of the
// other ("gen" / "general"), or one family ("spokesman" / "spokeswoman" /
// "spokesperson": six letters in common at the start).
bool SameTitleWord(std::string_view x, std::string_view y) {
  if (x == y) return true;
  if (x.size() > y.size()) std::swap(x, y);
  if (x.size() >= 3 && y.compare(0, x.size(), x) == 0) return true;
  return x.size() >= 6 && x.compare(0, 6, y.substr(0, 6)) == 0;
}

// True when two titles name one office: the words of one all found in the
// other ("governor" / "regional governor", "general" / "maj gen"), or one
// the initials of the other ("ceo" / "chief executive officer").
bool SameTitle(std::string_view x, std::string_view y) {
  auto words = [](std::string_view s) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
      size_t j = s.find_first_of(" -", i);
      if (j == std::string_view::npos) j = s.size();
      if (j > i) out.push_back(s.substr(i, j - i));
      i = j + 1;
    }
    return out;
  };
  const std::vector<std::string_view> wx = words(x), wy = words(y);
  auto within = [](const std::vector<std::string_view>& in,
                   const std::vector<std::string_view>& of) {
    for (std::string_view w : in) {
      if (std::none_of(of.begin(), of.end(),
                       [w](std::string_view o) { return SameTitleWord(w, o); })) {
        return false;
      }
    }
    return !in.empty();
  };
  auto initials = [](const std::vector<std::string_view>& ws) {
    std::string out;
    for (std::string_view w : ws) out.push_back(w[0]);
    return out;
  };
  return within(wx, wy) || within(wy, wx) ||
         (wx.size() == 1 && wy.size() > 1 && wx[0] == initials(wy)) ||
         (wy.size() == 1 && wx.size() > 1 && wy[0] == initials(wx));
}

bool HasPartner(const Entity& e, const std::vector<Entity>& others) {
  for (const Entity& o : others) {
    if (NamesAgree(e.canonical, o.canonical)) return true;
  }
  return false;
}

void NameConflicts(const Claim& a, const ClaimFeatures& fa, const Claim& b, const ClaimFeatures& fb,
                   std::vector<Conflict>* out) {
  // Titles of one person.
  for (const Entity& ea : fa.names) {
    for (const Entity& eb : fb.names) {
      if (!NamesAgree(ea.canonical, eb.canonical)) continue;
      // "governor" and "regional governor" are one title, shorter and longer.
      if (!ea.role.empty() && !eb.role.empty() && !IsHonorific(ea.role) && !IsHonorific(eb.role) &&
          !SameTitle(ea.role, eb.role)) {
        out->push_back(
            Make("name", a, ea.span, b, eb.span, "title: " + ea.role + " vs " + eb.role));
      }
    }
  }
  // Different names in one slot. Speakers are left to the source check.
  auto speaks = [](const ClaimFeatures& f, const Entity& e) {
    return std::find(f.speakers.begin(), f.speakers.end(), e.canonical) != f.speakers.end();
  };
  // A name joined to a word by a hyphen modifies it ("the New York-based
  // actor", "Texas-born"): it fills no slot of its own.
  auto modifier = [](const Claim& c, const Entity& e) {
    return e.span.end < c.text.size() && c.text[e.span.end] == '-';
  };
  for (const Entity& ea : fa.names) {
    if (HasPartner(ea, fb.names) || speaks(fa, ea) || modifier(a, ea)) continue;
    for (const Entity& eb : fb.names) {
      if (HasPartner(eb, fa.names) || speaks(fb, eb) || modifier(b, eb)) continue;
      if (ShareAWord(ea.canonical, eb.canonical)) continue;
      std::string pa = NeighbourStem(fa, ea.span, true);
      std::string pb = NeighbourStem(fb, eb.span, true);
      std::string na = NeighbourStem(fa, ea.span, false);
      std::string nb = NeighbourStem(fb, eb.span, false);
      // Only people: organisations and places have too many aliases
      // ("U.S." / "American", "SEC" / "Securities and Exchange Commission").
      bool same_slot = (!pa.empty() && pa == pb) || (!na.empty() && na == nb) ||
                       (!ea.role.empty() && ea.role == eb.role);
      if (same_slot && ea.type == "person" && eb.type == "person") {
        out->push_back(Make("name", a, ea.span, b, eb.span, "different name in the same place"));
        break;
      }
    }
  }
}

std::string_view DateKind(const std::string& canonical) {
  return std::string_view(canonical).substr(0, canonical.find(':'));
}

void DateConflicts(const Claim& a, const ClaimFeatures& fa, const Claim& b, const ClaimFeatures& fb,
                   std::vector<Conflict>* out) {
  // Days of statements ("officials said Tuesday") date the reporting, not
  // the events; outlets report on different days.
  auto event = [](const ClaimFeatures& f, size_t i) {
    return i >= f.reporting_dates.size() || !f.reporting_dates[i];
  };
  auto has_equal = [&event](const Entity& d, const ClaimFeatures& other) {
    for (size_t j = 0; j < other.dates.size(); ++j) {
      if (event(other, j) && other.dates[j].canonical == d.canonical) return true;
    }
    return false;
  };
  for (size_t i = 0; i < fa.dates.size(); ++i) {
    const Entity& da = fa.dates[i];
    if (!event(fa, i) || has_equal(da, fb)) continue;
    // A rival is a date of the same kind that has no equal partner itself:
    // "Saturday ... Sunday and Monday" against "today ... Sunday and
    // Monday" puts nothing against Saturday.
    const Entity* rival = nullptr;
    for (size_t j = 0; j < fb.dates.size() && rival == nullptr; ++j) {
      const Entity& db = fb.dates[j];
      if (event(fb, j) && DateKind(da.canonical) == DateKind(db.canonical) && !has_equal(db, fa)) {
        rival = &db;
      }
    }
    if (rival != nullptr) {
      out->push_back(Make("date", a, da.span, b, rival->span,
                          "different " + std::string(DateKind(da.canonical))));
    }
  }
}

bool HasKey(const ClaimFeatures& f, uint64_t key) {
  return std::binary_search(f.content_keys.begin(), f.content_keys.end(), key);
}

bool HasStem(const ClaimFeatures& f, uint64_t key, Span* where) {
  // Antonyms are content words: rule most claims out on the hashed stems.
  if (!HasKey(f, key)) return false;
  for (const Word& w : f.words) {
    if (w.key == key) {
      *where = w.span;
      return true;
    }
  }
  return false;
}

bool HasContentStem(const ClaimFeatures& f, const std::string& stem) {
  // Features made by hand may lack the keys.
  if (f.content_keys.size() != f.content_by_key.size()) {
    return std::find(f.content_by_key.begin(), f.content_by_key.end(), stem) !=
           f.content_by_key.end();
  }
  const uint64_t key = Hash64(stem);
  auto it = std::lower_bound(f.content_keys.begin(), f.content_keys.end(), key);
  for (; it != f.content_keys.end() && *it == key; ++it) {
    if (f.content_by_key[static_cast<size_t>(it - f.content_keys.begin())] == stem) return true;
  }
  return false;
}

// True when two words stand in one context: the same content word right
// before or right after them, numbers skipped ("fuel prices rose" / "fuel
// prices fell", "rose 31 cents" / "fell 38 cents"; not "the yen's rise
// against the dollar" / "ever-falling domestic rates").
bool SharedContext(const ClaimFeatures& fa, Span sa, const ClaimFeatures& fb, Span sb) {
  auto neighbour = [](const ClaimFeatures& f, Span s, bool before) -> uint64_t {
    auto usable = [](const Word& w) {
      return w.content && !w.folded.empty() && (w.folded[0] < '0' || w.folded[0] > '9');
    };
    if (before) {
      for (size_t k = f.words.size(); k-- > 0;) {
        if (f.words[k].span.end <= s.start && usable(f.words[k])) return f.words[k].key;
      }
    } else {
      for (const Word& w : f.words) {
        if (w.span.start >= s.end && usable(w)) return w.key;
      }
    }
    return 0;
  };
  const uint64_t pa = neighbour(fa, sa, true), pb = neighbour(fb, sb, true);
  const uint64_t na = neighbour(fa, sa, false), nb = neighbour(fb, sb, false);
  return (pa != 0 && pa == pb) || (na != 0 && na == nb);
}

void NegationConflicts(const Claim& a, const ClaimFeatures& fa, const Claim& b,
                       const ClaimFeatures& fb, std::vector<Conflict>* out) {
  // One side negates a word that the other side states without any
  // negation: "the bridge was not closed" / "the bridge was closed". A
  // negation of a word the other side does not use ("not surprisingly")
  // is a rewording, not a conflict.
  // Cues inside compounds ("no-confidence vote") negate no statement, but
  // the other side's negation of the same word ("a vote of no confidence")
  // is the same thing said another way.
  auto statements = [](const std::vector<Negated>& all) {
    std::vector<Negated> out;
    for (const Negated& n : all) {
      if (!n.compound) out.push_back(n);
    }
    return out;
  };
  auto negates = [](const std::vector<Negated>& all, const std::string& stem) {
    return std::any_of(all.begin(), all.end(),
                       [&stem](const Negated& n) { return n.stem == stem; });
  };
  const std::vector<Negated> na = statements(fa.negated);
  const std::vector<Negated> nb = statements(fb.negated);
  if (na.empty() != nb.empty()) {
    const std::vector<Negated>& neg = na.empty() ? nb : na;
    const ClaimFeatures& other = na.empty() ? fa : fb;
    const ClaimFeatures& negating = na.empty() ? fb : fa;
    // Times a stem is said on the negating side, and times it is negated
    // there: a side that also states the word plainly ("Unable to find a
    // home, a judge told them to find housing") may be matched on that
    // mention.
    auto said = [&negating](const std::string& stem) {
      return std::count_if(negating.words.begin(), negating.words.end(),
                           [&stem](const Word& w) { return w.stem == stem; });
    };
    auto denied = [&neg](const std::string& stem) {
      return std::count_if(neg.begin(), neg.end(),
                           [&stem](const Negated& x) { return x.stem == stem; });
    };
    for (const Negated& n : neg) {
      if (n.stem.empty() || !HasContentStem(other, n.stem)) continue;
      if (negates(other.negated, n.stem)) continue;
      if (said(n.stem) > denied(n.stem)) continue;
      Span sa = na.empty() ? Span{} : n.cue;
      Span sb = na.empty() ? n.cue : Span{};
      out->push_back(Make("negation", a, sa, b, sb, "one side negates \"" + n.stem + "\""));
      return;
    }
  }
  // Antonym stems present (Featurizer::Of): most claims have none.
  const uint64_t ma = fa.antonyms;
  const uint64_t mb = fb.antonyms;
  if (ma == 0 || mb == 0) return;
  const auto& keys = AntonymKeys();
  for (size_t p = 0; p < keys.size(); ++p) {
    for (size_t flip = 0; flip < 2; ++flip) {
      const uint64_t bx = uint64_t{1} << (2 * p + flip);
      const uint64_t by = uint64_t{1} << (2 * p + 1 - flip);
      if (!(ma & bx) || !(mb & by) || (mb & bx) || (ma & by)) continue;
      Span sa, sb;
      if (HasStem(fa, keys[p][flip], &sa) && HasStem(fb, keys[p][1 - flip], &sb) &&
          SharedContext(fa, sa, fb, sb)) {
        out->push_back(Make("negation", a, sa, b, sb, "antonyms"));
        return;
      }
    }
  }
}

// True when `short_form` ("SEC", "U.N.") is the initials of the
// capitalised words of `long_form`.
bool IsAcronymOf(std::string_view short_form, std::string_view long_form) {
  // Capitals only, or a short form with small letters between capitals
  // ("BofA" for "Bank of America").
  std::string letters;
  for (char c : short_form) {
    if (c == '.') continue;
    if (c >= 'a' && c <= 'z' && short_form.size() <= 5) continue;
    if (c < 'A' || c > 'Z') return false;
    letters.push_back(c);
  }
  if (letters.size() < 2) return false;
  std::string initials;
  bool start = true;
  for (char c : long_form) {
    if (c == ' ' || c == '-') {
      start = true;
    } else {
      if (start && c >= 'A' && c <= 'Z') initials.push_back(c);
      start = false;
    }
  }
  return initials == letters;
}

// True when a capitalised word of three letters or more in how `c` names
// its sources (its source phrases, its attributions' sources and resolved
// names) occurs as a whole word in `folded_article` (another outlet's
// article, case-folded).
bool SourceNamedIn(const Claim& c, const ClaimFeatures& f, std::string_view folded_article) {
  std::vector<std::string_view> phrases;
  for (const Span& s : f.source_spans) {
    if (s.end <= c.text.size())
      phrases.push_back(std::string_view(c.text).substr(s.start, s.size()));
  }
  for (const Attribution& a : c.attributions) {
    phrases.push_back(a.source.text);
    phrases.push_back(a.source.name);
  }
  for (std::string_view phrase : phrases) {
    for (const Token& t : Tokenize(phrase)) {
      if (t.norm.size() < 3 || t.start >= phrase.size()) continue;
      const unsigned char first = static_cast<unsigned char>(phrase[t.start]);
      if (!(first >= 'A' && first <= 'Z') && first < 0x80) continue;
      if (MentionsFolded(folded_article, t.norm)) return true;
    }
  }
  return false;
}

// True for a personal pronoun, contracted or not ("he", "He'd", "they").
bool IsPronoun(std::string_view text) {
  std::string w;
  for (char ch : text) {
    if (!std::isalpha(static_cast<unsigned char>(ch))) break;
    w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
  }
  return w == "he" || w == "she" || w == "they" || w == "it" || w == "we" || w == "i" || w == "you";
}

// How a speaker key of claim `c` is written: its attribution's resolved name
// or source text, else the key itself.
std::string SpeakerText(const Claim& c, const std::string& key) {
  for (const Attribution& a : c.attributions) {
    if (a.source.canonical != key) continue;
    return a.source.name.empty() ? a.source.text : a.source.name;
  }
  for (const Entity& e : c.entities) {
    if (e.canonical == key) return e.text;
  }
  return key;
}

void SourceConflicts(const Claim& a, const ClaimFeatures& fa, const Claim& b,
                     const ClaimFeatures& fb, const ConflictOptions& options,
                     std::vector<Conflict>* out) {
  if (fa.speakers.empty() || fb.speakers.empty()) return;
  if (options.story) {
    if (fa.source_kinds != kNamedSource || fb.source_kinds != kNamedSource) return;
    for (const std::string& k : fa.speakers) {
      if (IsPronoun(SpeakerText(a, k))) return;
    }
    for (const std::string& k : fb.speakers) {
      if (IsPronoun(SpeakerText(b, k))) return;
    }
  }
  for (const std::string& x : fa.speakers) {
    for (const std::string& y : fb.speakers) {
      if (NamesAgree(x, y)) return;
    }
  }
  // "SEC" and "Securities and Exchange Commission" are one body.
  for (const Entity& x : fa.names) {
    for (const Entity& y : fb.names) {
      if (IsAcronymOf(x.text, y.text) || IsAcronymOf(y.text, x.text)) return;
    }
  }
  // A description ("the central bank", "prosecutors", "the Connecticut
  // Democrat") may describe the other side's named source, and a
  // capitalised one has aliases ("the Fed" / "the Federal Open Market
  // Committee"): names conflict with names, and common-noun descriptions
  // with descriptions that share no word ("the harbour office" / "the city
  // engineers", not "state lawmakers" / "state legislators").
  if (fa.source_kinds != fb.source_kinds) return;
  if (fa.source_kinds != kNamedSource && fa.source_kinds != kCommonSource) return;
  if (fa.source_kinds == kCommonSource) {
    auto source_stems = [](const ClaimFeatures& f) {
      std::vector<uint64_t> keys;
      for (const Word& w : f.words) {
        for (const Span& s : f.source_spans) {
          if (w.content && w.span.start >= s.start && w.span.end <= s.end) keys.push_back(w.key);
        }
      }
      std::sort(keys.begin(), keys.end());
      return keys;
    };
    std::vector<uint64_t> ka = source_stems(fa);
    std::vector<uint64_t> kb = source_stems(fb);
    for (uint64_t k : ka) {
      if (std::binary_search(kb.begin(), kb.end(), k)) return;
    }
  }
  // The speakers must not be named anywhere in the other claim: "said
  // Tracey Powers, spokeswoman for the Fire Center" against "according to
  // the Fire Center's Tracey Powers" names one person, whichever of the
  // names the attribution took as the source; and a claim that names the
  // other's source elsewhere ("Mahmoud Abbas replied that ...") does not
  // give it to someone else.
  auto named_in = [](const ClaimFeatures& f, const std::string& key) {
    for (const Entity& e : f.names) {
      if (NamesAgree(key, e.canonical)) return true;
    }
    return false;
  };
  for (const std::string& x : fa.speakers) {
    if (named_in(fb, x)) return;
  }
  for (const std::string& y : fb.speakers) {
    if (named_in(fa, y)) return;
  }
  // Names inside one side's source phrase ("Hynix CEO E.J. Woo") that the
  // other side names anywhere ("Hynix Semiconductors").
  // Names sharing a word count here ("Hynix CEO E.J. Woo" / "Hynix
  // Semiconductors": the company and its chief speak as one).
  auto source_names_in = [](const ClaimFeatures& f, const ClaimFeatures& other) {
    for (const Entity& e : f.names) {
      for (const Span& s : f.source_spans) {
        if (e.span.start < s.start || e.span.end > s.end) continue;
        for (const Entity& o : other.names) {
          if (NamesAgree(e.canonical, o.canonical) || ShareAWord(e.canonical, o.canonical)) {
            return true;
          }
        }
      }
    }
    return false;
  };
  if (source_names_in(fa, fb) || source_names_in(fb, fa)) return;
  // The same letters ("Data- monitor" / "Datamonitor").
  auto letters = [](const Claim& c, const ClaimFeatures& f) {
    std::string out;
    for (const Span& s : f.source_spans) {
      for (size_t i = s.start; i < s.end && i < c.text.size(); ++i) {
        const unsigned char u = static_cast<unsigned char>(c.text[i]);
        if (std::isalnum(u)) out.push_back(static_cast<char>(std::tolower(u)));
      }
    }
    return out;
  };
  const std::string la = letters(a, fa);
  if (!la.empty() && la == letters(b, fb)) return;
  // In a story, a source that the other outlet names anywhere in its
  // article is one it knows of (a spokesman and the president he speaks
  // for): the costliest test, so the last.
  if (options.story && (SourceNamedIn(a, fa, options.folded_article_b) ||
                        SourceNamedIn(b, fb, options.folded_article_a))) {
    return;
  }
  // Point at the attributions' sources when there are any, else the names.
  auto source_span = [](const Claim& c, const ClaimFeatures& f) {
    if (!c.attributions.empty()) {
      Span s = c.attributions.front().source.span;
      if (s.start >= c.span.start && s.end <= c.span.end && !s.empty()) {
        return Span{s.start - c.span.start, s.end - c.span.start};
      }
    }
    for (const Entity& e : f.names) {
      if (std::find(f.speakers.begin(), f.speakers.end(), e.canonical) != f.speakers.end()) {
        return e.span;
      }
    }
    return Span{};
  };
  Conflict x = Make("source", a, source_span(a, fa), b, source_span(b, fb),
                    "attributed to different sources");
  if (x.left_text.empty()) x.left_text = SpeakerText(a, fa.speakers.front());
  if (x.right_text.empty()) x.right_text = SpeakerText(b, fb.speakers.front());
  out->push_back(std::move(x));
}

const Quote* Longest(const ClaimFeatures& f) {
  const Quote* best = nullptr;
  for (const Quote& q : f.quotes) {
    if (best == nullptr || q.words.size() > best->words.size()) best = &q;
  }
  return best;
}

// A word of a quote as the quote comparison sees it.
struct QuoteWord {
  std::string stem;     // stem, hyphens and apostrophes dropped
  std::string letters;  // folded form, letters and digits only, contractions spelled out
  Span span;            // in the claim's text
  bool content = false;
  // Inside brackets or parentheses within the quote: the quoting outlet's
  // words ("establish [his] innocence", "these (pension) payments"), not
  // the speaker's.
  bool editorial = false;
};

// Spelling key of a quote word, for comparing quotes only: numbers and
// ordinals as digits, irregular past forms as their verbs, and British
// spellings folded to American ones
// ("behaviour" / "behavior", "honour" / "honor", "organised" /
// "organized"): "our" -> "or" and "is(e|ed|es|ing|ation)" -> "iz..." in
// words of six letters or more, so "four" and "rise" stay as they are.
std::string SpellingKey(std::string w) {
  // Small numbers written out are the same words as their digits ("two
  // years" / "2 years", "Ten Most Wanted" / "10 Most Wanted").
  static constexpr std::array<std::string_view, 21> kNumbers = {
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (size_t n = 0; n < kNumbers.size(); ++n) {
    if (w == kNumbers[n]) return std::to_string(n);
  }
  // Ordinals are their numbers ("September the 11th" / "September 11").
  if (w.size() > 2 && w[0] >= '0' && w[0] <= '9') {
    std::string_view tail = std::string_view(w).substr(w.size() - 2);
    if (tail == "st" || tail == "nd" || tail == "rd" || tail == "th") w.resize(w.size() - 2);
    return w;
  }
  // Abbreviated months are their months ("Sept. 11" / "September 11").
  static constexpr std::array<std::array<std::string_view, 2>, 10> kMonths = {{
      {"jan", "january"},
      {"feb", "february"},
      {"aug", "august"},
      {"sep", "september"},
      {"sept", "september"},
      {"oct", "october"},
      {"nov", "november"},
      {"dec", "december"},
      {"apr", "april"},
      {"jun", "june"},
  }};
  for (const auto& [abbreviation, month] : kMonths) {
    if (w == abbreviation) return std::string(month);
  }
  // Past forms of common irregular verbs are their verbs, as the stemmer
  // makes regular ones ("we feel" / "we felt" is inflection, not wording).
  static constexpr std::array<std::array<std::string_view, 2>, 40> kPast = {{
      {"felt", "feel"},    {"said", "say"},      {"went", "go"},       {"got", "get"},
      {"made", "make"},    {"took", "take"},     {"gave", "give"},     {"came", "come"},
      {"knew", "know"},    {"thought", "think"}, {"told", "tell"},     {"found", "find"},
      {"kept", "keep"},    {"held", "hold"},     {"brought", "bring"}, {"began", "begin"},
      {"ran", "run"},      {"saw", "see"},       {"won", "win"},       {"lost", "lose"},
      {"paid", "pay"},     {"sent", "send"},     {"built", "build"},   {"spent", "spend"},
      {"stood", "stand"},  {"meant", "mean"},    {"heard", "hear"},    {"became", "become"},
      {"led", "lead"},     {"sold", "sell"},     {"wrote", "write"},   {"chose", "choose"},
      {"grew", "grow"},    {"drew", "draw"},     {"met", "meet"},      {"struck", "strike"},
      {"taught", "teach"}, {"sought", "seek"},   {"bought", "buy"},    {"fought", "fight"},
  }};
  for (const auto& [past, verb] : kPast) {
    if (w == past) return std::string(verb);
  }
  if (w.size() < 6) return w;
  size_t dgement = w.find("dgement");  // "judgement" / "judgment"
  if (dgement != std::string::npos) w.erase(dgement + 3, 1);
  size_t our = w.find("our", 2);
  if (our != std::string::npos) w.erase(our + 1, 1);
  for (std::string_view end : {"ise", "ised", "ises", "ising", "isation"}) {
    if (w.size() > end.size() + 2 && w.compare(w.size() - end.size(), end.size(), end) == 0) {
      w[w.size() - end.size() + 1] = 'z';
      break;
    }
  }
  return w;
}

// A contraction spelled out, on a folded word: "we're" -> "we are",
// "don't" -> "do not", "it's" -> "it is" (only after pronouns, where "'s"
// is "is": "Steve's" stays a possessive). Straight or curly apostrophes.
// Returns `folded` itself when it is no contraction.
std::string SpelledOut(std::string_view folded) {
  std::string w;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\xE2\x80\x99") == 0) {
      w.push_back('\'');
      i += 2;
    } else {
      w.push_back(folded[i]);
    }
  }
  auto ends = [&w](std::string_view tail) {
    return w.size() > tail.size() && w.compare(w.size() - tail.size(), tail.size(), tail) == 0;
  };
  auto head = [&w](size_t cut) { return w.substr(0, w.size() - cut); };
  if (w == "can't") return "can not";
  if (w == "won't") return "will not";
  if (w == "ain't") return "is not";
  if (ends("n't")) return head(3) + " not";
  if (ends("'re")) return head(3) + " are";
  if (ends("'ve")) return head(3) + " have";
  if (ends("'ll")) return head(3) + " will";
  if (ends("'m")) return head(2) + " am";
  if (ends("'d")) return head(2) + " would";
  if (ends("'s")) {
    static constexpr std::array<std::string_view, 9> kPronouns = {
        "it", "that", "there", "here", "what", "who", "he", "she", "where"};
    const std::string base = head(2);
    if (std::find(kPronouns.begin(), kPronouns.end(), base) != kPronouns.end()) {
      return base + " is";
    }
  }
  return std::string(folded);
}

// The words of quote `q` of claim `c`, stemmed: a quote that differs in
// inflection ("teams" / "team") is not reworded.
std::vector<QuoteWord> QuoteWords(const Claim& c, const ClaimFeatures& f, const Quote& q) {
  std::vector<QuoteWord> out;
  int depth = 0;  // of brackets and parentheses opened inside the quote
  size_t scanned = q.span.start;
  for (size_t k : q.words) {
    const Word& word = f.words[k];
    for (; scanned < word.span.start && scanned < c.text.size(); ++scanned) {
      const char ch = c.text[scanned];
      if (ch == '[' || ch == '(') ++depth;
      if ((ch == ']' || ch == ')') && depth > 0) --depth;
    }
    QuoteWord w;
    w.content = word.content;
    w.span = word.span;
    w.editorial = depth > 0;
    for (char ch : word.stem) {
      if (ch != '-' && ch != '\'') w.stem.push_back(ch);
    }
    const std::string spelled = SpelledOut(word.folded);
    size_t start = 0;
    while (start <= spelled.size()) {
      size_t end = spelled.find(' ', start);
      if (end == std::string::npos) end = spelled.size();
      std::string letters;
      for (size_t i = start; i < end; ++i) {
        const unsigned char u = static_cast<unsigned char>(spelled[i]);
        if (std::isalnum(u) || u >= 0x80) letters.push_back(spelled[i]);
      }
      w.letters += SpellingKey(std::move(letters));
      start = end + 1;
    }
    out.push_back(std::move(w));
  }
  return out;
}

// True when the text of `c` in [from, to) has an ellipsis ("...", ". . .",
// "…"): the quoting outlet left words out there.
bool HasEllipsis(const Claim& c, size_t from, size_t to) {
  if (to > c.text.size() || from >= to) return false;
  std::string_view t = std::string_view(c.text).substr(from, to - from);
  return t.find("..") != std::string_view::npos || t.find(". .") != std::string_view::npos ||
         t.find("\xE2\x80\xA6") != std::string_view::npos;
}

// True when two runs of quote words (one on each side, between two shared
// words) are a rewording: a content word on either side, unless both spell
// the same letters ("cyber assets" / "cyberassets", "on-line" / "online",
// "per cent" / "percent", "N.R.A." / "NRA"). Function words alone ("It's"
// / "It is") are not.
//
// At a quote's end, one side may also run on past the other's end ("8-10
// percent" / "8-10 per cent growth rate"): there the shorter spelling need
// only end (`tail`) or begin (a quote's head) the longer one.
enum class GapPlace { kHead, kInside, kTail };
bool Reworded(const std::vector<QuoteWord>& a, size_t a0, size_t a1,
              const std::vector<QuoteWord>& b, size_t b0, size_t b1, GapPlace place,
              bool every_word) {
  std::string x, y;
  bool content = false;
  // Spelled out on all the words ("on-line" / "online"), and on the
  // content words alone ("the 14th" / "14").
  std::string cx, cy;
  for (size_t i = a0; i < a1; ++i) {
    x += a[i].letters;
    if (a[i].content) cx += a[i].letters;
    content = content || a[i].content;
  }
  for (size_t j = b0; j < b1; ++j) {
    y += b[j].letters;
    if (b[j].content) cy += b[j].letters;
    content = content || b[j].content;
  }
  if (!content && !every_word) return false;
  if (!content) return x != y;
  auto differ = [place](std::string_view p, std::string_view q) {
    if (p == q) return false;
    if (p.size() > q.size()) std::swap(p, q);
    if (place == GapPlace::kTail) return q.substr(0, p.size()) != p;
    if (place == GapPlace::kHead) return q.substr(q.size() - p.size()) != p;
    return true;
  };
  return differ(x, y) && differ(cx, cy);
}

// One side of a quote comparison: the claim, its features, the quote and
// its words.
struct QuoteSide {
  const Claim& claim;
  const ClaimFeatures& f;
  const Quote& quote;
  const std::vector<QuoteWord>& words;
};

// True when words [w0, w1) of a quote side are not the speaker's words as
// they stand, so that they cannot show a rewording: an ellipsis among them
// or at their edges (the outlet left words out there: "Sanitation is poor
// ... there could be"), or brackets around all their content words ("[his]
// innocence" / "Steve's innocence").
bool Elided(const QuoteSide& s, size_t w0, size_t w1) {
  const size_t from = w0 > 0 ? s.words[w0 - 1].span.end : s.quote.span.start;
  const size_t to = w1 < s.words.size() ? s.words[w1].span.start : s.quote.span.end;
  if (HasEllipsis(s.claim, from, to)) return true;
  bool editorial = false;
  for (size_t k = w0; k < w1; ++k) {
    if (s.words[k].content && !s.words[k].editorial) return false;
    editorial = editorial || s.words[k].editorial;
  }
  return editorial;
}

// True when every content word of both runs lies in a name, and each of
// those names has a partner on the other side by the name keys: "al-Qaeda"
// / "al-Qaida" and "Sundwell" / "Sundwall" are spellings of one name.
bool SameNames(const QuoteSide& x, size_t x0, size_t x1, const QuoteSide& y, size_t y0, size_t y1) {
  auto names_of = [](const QuoteSide& s, size_t w0, size_t w1, std::vector<const Entity*>* out) {
    bool content = false;
    for (size_t k = w0; k < w1; ++k) {
      if (!s.words[k].content) continue;
      content = true;
      const Entity* in = nullptr;
      for (const Entity& e : s.f.names) {
        if (e.span.start <= s.words[k].span.start && s.words[k].span.end <= e.span.end) in = &e;
      }
      if (in == nullptr) return false;
      out->push_back(in);
    }
    return content;
  };
  std::vector<const Entity*> nx, ny;
  if (!names_of(x, x0, x1, &nx) || !names_of(y, y0, y1, &ny)) return false;
  auto partnered = [](const std::vector<const Entity*>& from,
                      const std::vector<const Entity*>& to) {
    return std::all_of(from.begin(), from.end(), [&to](const Entity* e) {
      return std::any_of(to.begin(), to.end(),
                         [e](const Entity* o) { return NamesAgree(e->canonical, o->canonical); });
    });
  };
  return partnered(nx, ny) && partnered(ny, nx);
}

// True when the runs [a0, a1) and [b0, b1), between the same two shared
// words, show the quote reworded (see Reworded), unless words were left
// out there or the runs are one name spelled two ways.
bool GapReworded(const QuoteSide& a, size_t a0, size_t a1, const QuoteSide& b, size_t b0, size_t b1,
                 GapPlace place, bool every_word) {
  if (!Reworded(a.words, a0, a1, b.words, b0, b1, place, every_word)) return false;
  if (Elided(a, a0, a1) || Elided(b, b0, b1)) return false;
  return !SameNames(a, a0, a1, b, b0, b1);
}

// Story alignment: words one side adds between two shared words of a quote,
// at most this many, are a rewording; more are another part of the
// statement, or a repeated word misaligned.
constexpr size_t kMostAddedWords = 2;

void QuoteConflicts(const Claim& a, const ClaimFeatures& fa, const Claim& b,
                    const ClaimFeatures& fb, bool story, std::vector<Conflict>* out) {
  const Quote* qa = Longest(fa);
  const Quote* qb = Longest(fb);
  if (qa == nullptr || qb == nullptr) return;
  const std::vector<QuoteWord> wa = QuoteWords(a, fa, *qa);
  const std::vector<QuoteWord> wb = QuoteWords(b, fb, *qb);
  const QuoteSide sa{a, fa, *qa, wa};
  const QuoteSide sb{b, fb, *qb, wb};
  const size_t m = wa.size(), n = wb.size();
  // Longest common subsequence of stems, with the table kept for the
  // alignment: the same quote shares most of its words.
  auto content_count = [](const std::vector<QuoteWord>& w) {
    return static_cast<size_t>(
        std::count_if(w.begin(), w.end(), [](const QuoteWord& x) { return x.content; }));
  };
  std::vector<std::vector<uint16_t>> l(m + 1, std::vector<uint16_t>(n + 1, 0));
  for (size_t i = m; i-- > 0;) {
    for (size_t j = n; j-- > 0;) {
      l[i][j] = wa[i].stem == wb[j].stem ? l[i + 1][j + 1] + 1 : std::max(l[i + 1][j], l[i][j + 1]);
    }
  }
  // Too little in common: two different quotes, not one reworded. Counted
  // on content words, so shared function words do not make one quote.
  size_t shared_content = 0;
  for (size_t i = 0, j = 0; i < m && j < n;) {
    if (wa[i].stem == wb[j].stem && l[i][j] == l[i + 1][j + 1] + 1) {
      shared_content += wa[i].content ? 1 : 0;
      ++i;
      ++j;
    } else if (l[i + 1][j] >= l[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  const double least_shared = story ? 0.5 : 0.3;
  if (shared_content == 0 ||
      static_cast<double>(shared_content) <
          least_shared * static_cast<double>(std::max(content_count(wa), content_count(wb)))) {
    return;
  }
  // Walk the alignment. Words only one side has are cuts, elisions ("real
  // problems ... and") or other parts of the same statement, quoted by one
  // side only (a quote that starts or ends elsewhere). What is left, a run
  // of words on both sides between two shared words (or a quote's ends), is
  // a rewording unless it is function words or spells the same letters.
  bool reworded = false;
  size_t i = 0, j = 0;
  size_t gap_i = 0, gap_j = 0;  // start of the current gap
  while (i < m && j < n && !reworded) {
    if (wa[i].stem == wb[j].stem && l[i][j] == l[i + 1][j + 1] + 1) {
      const bool inside = gap_i > 0 && gap_j > 0;
      reworded = i > gap_i && j > gap_j &&
                 GapReworded(sa, gap_i, i, sb, gap_j, j,
                             inside ? GapPlace::kInside : GapPlace::kHead, story);
      // Words one side adds between two shared words (story alignment).
      if (story && inside && !reworded && (i > gap_i) != (j > gap_j) &&
          (i - gap_i) + (j - gap_j) <= kMostAddedWords) {
        reworded = i > gap_i ? !Elided(sa, gap_i, i) && !Elided(sb, gap_j, j)
                             : !Elided(sb, gap_j, j) && !Elided(sa, gap_i, i);
      }
      ++i;
      ++j;
      gap_i = i;
      gap_j = j;
    } else if (l[i + 1][j] >= l[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  reworded = reworded || (m > gap_i && n > gap_j &&
                          GapReworded(sa, gap_i, m, sb, gap_j, n, GapPlace::kTail, story));
  if (!reworded) return;
  Conflict x = Make("quote", a, qa->span, b, qb->span, "the quoted words differ");
  x.word_diff = WordDiff(x.left_text, x.right_text);
  out->push_back(std::move(x));
}

// True when two numbers are the same digits in another notation, which
// the value reading can split apart: "1,2 million" (a decimal comma) /
// "1.2 million", "$54.9" / "$54.9-million" (a scale word dropped), and
// fractions the reader leaves apart ("5/16"). Leading zeros do not count.
bool SameDigits(std::string_view x, std::string_view y) {
  auto digits = [](std::string_view s) {
    std::string d;
    for (char c : s) {
      if (c >= '0' && c <= '9' && !(d.empty() && c == '0')) d.push_back(c);
    }
    return d;
  };
  const std::string dx = digits(x), dy = digits(y);
  return !dx.empty() && dx == dy;
}

}  // namespace

std::vector<Conflict> FindConflicts(const Claim& a, const ClaimFeatures& fa, const Claim& b,
                                    const ClaimFeatures& fb, const ConflictOptions& options) {
  std::vector<Conflict> out;
  NumberComparison nc = CompareNumbers(fa, fb, options.story);
  for (const auto& [i, j] : nc.conflicts) {
    if (SameDigits(fa.numbers[i].text, fb.numbers[j].text)) continue;
    out.push_back(
        Make("number", a, fa.numbers[i].span, b, fb.numbers[j].span, "incompatible values"));
  }
  NameConflicts(a, fa, b, fb, &out);
  DateConflicts(a, fa, b, fb, &out);
  NegationConflicts(a, fa, b, fb, &out);
  SourceConflicts(a, fa, b, fb, options, &out);
  QuoteConflicts(a, fa, b, fb, options.story, &out);
  return out;
}

}  // namespace claimdiff::compare
