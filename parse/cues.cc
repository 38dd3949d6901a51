#include "parse/cues.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimdiff::parse {

namespace {

// Regular inflections of an English verb: "state" -> states, stated, stating;
// "deny" -> denies, denied, denying; "admit" -> admitted, admitting (doubled
// consonant given by the caller with a trailing '+').
std::vector<std::string> Inflect(std::string base) {
  bool doubled = !base.empty() && base.back() == '+';
  if (doubled) base.pop_back();
  std::vector<std::string> out = {base};
  char last = base.back();
  bool vowel_before_y = base.size() > 1 && std::string_view("aeiou").find(base[base.size() - 2]) !=
                                               std::string_view::npos;
  if (last == 'y' && !vowel_before_y) {
    std::string stem = base.substr(0, base.size() - 1);
    out.push_back(stem + "ies");
    out.push_back(stem + "ied");
    out.push_back(base + "ing");
  } else if (last == 'e') {
    out.push_back(base + "s");
    out.push_back(base + "d");
    out.push_back(base.substr(0, base.size() - 1) + "ing");
  } else {
    bool sibilant =
        last == 's' || last == 'x' || last == 'z' || base.ends_with("sh") || base.ends_with("ch");
    out.push_back(base + (sibilant ? "es" : "s"));
    std::string stem = doubled ? base + last : base;
    out.push_back(stem + "ed");
    out.push_back(stem + "ing");
  }
  return out;
}

// Verbs whose base and "-s" forms are more often nouns in news ("the
// state", "his comments", "a tweet"): only their "-ed" and "-ing" forms cue.
bool NounLike(const std::vector<std::string>& forms, const std::string& form) {
  static constexpr std::string_view kNouns[] = {
      "state",   "report", "comment",   "remark",  "note",    "tweet",   "demand",   "question",
      "attack",  "blast",  "slam",      "post",    "call",    "quote",   "estimate", "voice",
      "echo",    "signal", "hint",      "support", "back",    "praise",  "charge",   "point",
      "concern", "claim",  "promise",   "pledge",  "vow",     "view",    "fear",     "hope",
      "doubt",   "worry",  "highlight", "blame",   "reply",   "counter", "stress",   "find",
      "joke",    "boast",  "complaint", "welcome", "express", "name",    "list",     "vote",
      "thank",   "plan",   "challenge", "approve", "fault",   "insult",  "rail",     "mock",
      "discuss"};
  if (forms.size() < 3) return false;
  bool noun = false;
  for (std::string_view n : kNouns) noun = noun || forms[0] == n;
  if (!noun) return false;
  // Keep "claims", "reports", "warns", "insists" ...: third person verbs
  // that are rarely plural nouns after a subject.
  static constexpr std::string_view kVerbish[] = {
      "claims",  "reports",   "warns", "insists", "suggests", "announces",
      "admits",  "maintains", "asks",  "finds",   "shows",    "responds",
      "replies", "cites",     "fears", "hopes",   "notes",    "reveals"};
  if (form == forms[0]) return true;
  for (std::string_view v : kVerbish) {
    if (form == v) return false;
  }
  return form == forms[1];
}

struct CueTable {
  std::unordered_map<std::string, CueWord> words;

  void Add(const std::vector<std::string>& forms, CueStrength strength, bool recipient,
           bool reporting) {
    for (const std::string& form : forms) {
      if (NounLike(forms, form)) continue;
      CueWord w{strength, recipient, form.ends_with("ing"), reporting, form == forms[0]};
      auto [it, inserted] = words.emplace(form, w);
      if (!inserted && strength == CueStrength::kStrong) it->second = w;
    }
  }
};

const CueTable& Cues() {
  static const CueTable table = [] {
    CueTable t;
    // Speech and statement verbs, regular.
    for (const char* v :
         {"add",        "state",     "announce",  "note",        "claim",     "argue",
          "explain",    "insist",    "declare",   "acknowledge", "admit+",    "confirm",
          "deny",       "suggest",   "tweet",     "reply",       "respond",   "recall",
          "conclude",   "comment",   "remark",    "observe",     "predict",   "promise",
          "pledge",     "vow",       "accuse",    "criticize",   "criticise", "describe",
          "testify",    "assert",    "contend",   "allege",      "reveal",    "disclose",
          "emphasize",  "emphasise", "stress",    "complain",    "concede",   "mention",
          "boast",      "joke",      "quip",      "agree",       "disagree",  "caution",
          "estimate",   "propose",   "demand",    "dismiss",     "blame",     "lament",
          "recount",    "reiterate", "clarify",   "proclaim",    "affirm",    "shout",
          "yell",       "muse",      "speculate", "retort",      "counter",   "acknowledge",
          "repeat",     "recommend", "scoff",     "complain",    "believe",   "doubt",
          "suspect",    "worry",     "fear",      "wonder",      "exclaim",   "insist",
          "maintain",   "indicate",  "hint",      "signal",      "cite",      "question",
          "announce",   "opine",     "chide",     "decry",       "condemn",   "applaud",
          "praise",     "slam",      "blast",     "attack",      "highlight", "underline",
          "underscore", "voice",     "express",   "quote"}) {
      t.Add(Inflect(v), CueStrength::kStrong, false, false);
    }
    // Verbs that take a recipient before the content: "told reporters that".
    for (const char* v : {"warn", "urge", "assure", "inform", "remind", "advise", "ask", "brief",
                          "reassure", "caution"}) {
      t.Add(Inflect(v), CueStrength::kStrong, true, false);
    }
    t.Add({"tell", "tells", "told", "telling"}, CueStrength::kStrong, true, false);
    t.Add({"say", "says", "said", "saying"}, CueStrength::kStrong, false, false);
    t.Add({"think", "thinks", "thought", "thinking"}, CueStrength::kStrong, false, false);
    t.Add({"write", "writes", "wrote", "writing", "written"}, CueStrength::kStrong, false, true);
    t.Add({"report", "reports", "reported", "reporting"}, CueStrength::kStrong, false, true);
    t.Add({"speak", "speaks", "spoke"}, CueStrength::kWeak, false, false);
    // Beliefs, findings and stances: cues only with "that", a quote or "by".
    for (const char* v :
         {"call",   "continue",  "post",      "charge",  "expect",  "hope",     "want",
          "back",   "support",   "endorse",   "welcome", "echo",    "feel",     "learn",
          "point",  "recognize", "recognise", "assume",  "imply",   "conclude", "accept",
          "reject", "oppose",    "defend",    "tout",    "consider"}) {
      t.Add(Inflect(v), CueStrength::kWeak, false, false);
    }
    // Intentions: "refused to", "plans to" (an infinitive is their content).
    for (const char* v :
         {"refuse", "decline", "plan+", "seek", "intend", "threaten", "seem", "appear", "vow",
          "pledge", "promise", "aim", "prefer+", "agree", "want", "hope", "expect"}) {
      t.Add(Inflect(v), CueStrength::kWeak, false, false);
    }
    t.Add({"sought"}, CueStrength::kWeak, false, false);
    // Stances towards people and plans: "mocked", "thanked", "denounced".
    for (const char* v :
         {"mock",      "thank",     "denounce",  "discuss",
          "ridicule",  "recommend", "approve",     "celebrate", "embrace",
          "challenge", "fault",     "insult",    "deride",      "lambaste",  "congratulate",
          "rail",      "criticize", "criticise", "praise",      "dismiss",   "accuse",
          "blame",     "mention",   "describe",    "defend",    "attack",
          "slam",      "blast",     "pledge",    "question",    "support",   "back",
          "endorse",   "refer+",    "indicate",  "demonstrate", "confirm",   "suggest",
          "link",      "chastise",  "rip",       "prefer+"}) {
      t.Add(Inflect(v), CueStrength::kWeak, false, false);
    }
    t.Add({"know", "knows", "knew", "known"}, CueStrength::kWeak, false, false);
    t.Add({"find", "finds", "found", "finding"}, CueStrength::kWeak, false, true);
    t.Add({"show", "shows", "showed", "shown", "showing"}, CueStrength::kWeak, false, true);
    t.Add({"see", "sees", "saw"}, CueStrength::kWeak, false, false);
    t.Add({"hear", "hears", "heard"}, CueStrength::kWeak, false, false);
    return t;
  }();
  return table;
}

using WordSet = std::unordered_set<std::string_view>;

}  // namespace

CueWord LookupCue(std::string_view word) {
  const auto& words = Cues().words;
  auto it = words.find(std::string(word));
  return it == words.end() ? CueWord{} : it->second;
}

bool TakesInfinitive(std::string_view word) {
  static const std::unordered_set<std::string> kWords = [] {
    std::unordered_set<std::string> out;
    for (const char* v : {"refuse", "decline", "plan+",  "seek",    "intend", "threaten", "seem",
                          "appear", "vow",     "pledge", "promise", "aim",    "prefer+",  "agree",
                          "want",   "hope",    "expect", "urge",    "ask",    "call"}) {
      for (std::string& f : Inflect(v)) out.insert(std::move(f));
    }
    out.insert("sought");
    return out;
  }();
  return kWords.count(std::string(word)) > 0;
}

bool IsCueModifier(std::string_view word) {
  static const WordSet kWords = {
      "has",         "have",         "had",       "is",         "was",          "were",
      "are",         "will",         "would",     "also",       "later",        "previously",
      "earlier",     "then",         "again",     "once",       "just",         "already",
      "reportedly",  "repeatedly",   "recently",  "publicly",   "privately",    "did",
      "does",        "do",           "not",       "never",      "often",        "frequently",
      "first",       "has",          "could",     "may",        "might",        "can",
      "should",      "told",         "further",   "initially",  "subsequently", "long",
      "always",      "still",        "even",      "separately", "openly",       "flatly",
      "explicitly",  "specifically", "allegedly", "apparently", "personally",   "quickly",
      "immediately", "bluntly",      "simply",    "been",       "being",        "finally",
      "officially",  "formally",     "clearly",   "only"};
  return kWords.count(word) > 0;
}

bool IsPhraseBreaker(std::string_view word) {
  static const WordSet kWords = {
      "and",     "but",    "or",       "nor",     "that",    "which", "who",  "whom",  "whose",
      "because", "while",  "when",     "whereas", "where",   "if",    "as",   "after", "before",
      "since",   "though", "although", "so",      "than",    "in",    "to",   "by",    "into",
      "about",   "during", "until",    "unless",  "whether", "what",  "how",  "why",   "there",
      "here",    "this",   "these",    "those",   "then",    "yet",   "not",  "is",    "are",
      "was",     "were",   "be",       "been",    "being",   "on",    "over", "under", "against",
      "between", "like",   "despite",  "without", "over",    "per",   "via",  "it's",  "he's",
      "she's",   "also",   "just",     "even",    "now",     "today"};
  return kWords.count(word) > 0;
}

bool IsDeterminer(std::string_view word) {
  static const WordSet kWords = {
      "the",  "a",     "an",     "his",  "her",     "their",   "its",      "our",
      "my",   "your",  "some",   "many", "several", "other",   "another",  "one",
      "two",  "three", "four",   "five", "most",    "few",     "all",      "both",
      "each", "any",   "senior", "top",  "former",  "unnamed", "anonymous"};
  return kWords.count(word) > 0;
}

bool IsRoleWord(std::string_view word) {
  static const WordSet kWords = {"minister",
                                 "president",
                                 "envoy",
                                 "secretary",
                                 "spokesperson",
                                 "spokesman",
                                 "spokeswoman",
                                 "senator",
                                 "sen.",
                                 "rep.",
                                 "gov.",
                                 "ambassador",
                                 "director",
                                 "chief",
                                 "chairman",
                                 "chairwoman",
                                 "chair",
                                 "governor",
                                 "mayor",
                                 "general",
                                 "gen.",
                                 "commander",
                                 "leader",
                                 "member",
                                 "representative",
                                 "official",
                                 "adviser",
                                 "advisor",
                                 "aide",
                                 "ceo",
                                 "head",
                                 "premier",
                                 "deputy",
                                 "candidate",
                                 "nominee",
                                 "judge",
                                 "attorney",
                                 "manager",
                                 "analyst",
                                 "professor",
                                 "economist",
                                 "correspondent",
                                 "editor",
                                 "founder",
                                 "officer",
                                 "chancellor",
                                 "king",
                                 "queen",
                                 "prince",
                                 "mr.",
                                 "mrs.",
                                 "ms.",
                                 "dr.",
                                 "mr",
                                 "mrs",
                                 "ms",
                                 "dr",
                                 "prof.",
                                 "sheikh",
                                 "pope",
                                 "cardinal",
                                 "strategist",
                                 "pollster",
                                 "lawmaker",
                                 "congressman",
                                 "congresswoman",
                                 "delegate",
                                 "negotiator",
                                 "councillor",
                                 "councilor",
                                 "commissioner",
                                 "justice",
                                 "sheriff",
                                 "lieutenant",
                                 "colonel",
                                 "captain",
                                 "sergeant",
                                 "coach",
                                 "chairperson",
                                 "superintendent",
                                 "president-elect",
                                 "host",
                                 "anchor",
                                 "researcher",
                                 "scientist",
                                 "expert",
                                 "lawyer",
                                 "activist"};
  return kWords.count(word) > 0;
}

bool IsSourcePronoun(std::string_view word) {
  static const WordSet kWords = {"he", "she", "they", "it", "we", "i", "you"};
  return kWords.count(word) > 0;
}

SourceType GuessSourceType(std::string_view s) {
  // The words of `s` once, possessive endings dropped ("ministry's").
  std::vector<std::string_view> words;
  for (size_t i = 0; i < s.size();) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view w = s.substr(i, j - i);
    if (w.ends_with("'s")) w.remove_suffix(2);
    if (w.ends_with("'")) w.remove_suffix(1);
    if (!w.empty()) words.push_back(w);
    i = j + 1;
  }
  // One-word entries compare with the words; phrases are searched in `s`
  // at word boundaries.
  auto has = [&](std::initializer_list<std::string_view> entries) {
    for (std::string_view e : entries) {
      if (e.find(' ') == std::string_view::npos) {
        for (std::string_view w : words) {
          if (w == e) return true;
        }
        continue;
      }
      for (size_t at = s.find(e); at != std::string_view::npos; at = s.find(e, at + 1)) {
        bool left = at == 0 || s[at - 1] == ' ';
        size_t end = at + e.size();
        bool right = end == s.size() || s[end] == ' ' || s[end] == '\'';
        if (left && right) return true;
      }
    }
    return false;
  };
  if (has({"unnamed", "anonymous", "source", "sources", "insider", "insiders", "people familiar",
           "person familiar", "officials", "aides", "diplomats", "a senior official", "an official",
           "one official", "observers", "critics", "experts", "analysts"})) {
    return SourceType::kAnonymous;
  }
  if (has({"poll",     "polls",      "survey",     "report",   "study",   "statement",
           "document", "documents",  "data",       "analysis", "memo",    "letter",
           "filing",   "complaint",  "indictment", "records",  "figures", "census",
           "research", "resolution", "emails",     "email",    "ruling",  "transcript",
           "findings", "estimates",  "review",     "audit",    "tweet",   "video"})) {
    return SourceType::kDocument;
  }
  if (has({"times",
           "post",
           "news",
           "journal",
           "reuters",
           "ap",
           "associated press",
           "agency",
           "newspaper",
           "outlet",
           "magazine",
           "tv",
           "cnn",
           "bbc",
           "msnbc",
           "fox",
           "nbc",
           "abc",
           "cbs",
           "bloomberg",
           "politico",
           "axios",
           "tass",
           "ria",
           "interfax",
           "tribune",
           "herald",
           "guardian",
           "telegraph",
           "gazette",
           "daily",
           "afp",
           "al jazeera",
           "npr",
           "breitbart",
           "the hill",
           "channel",
           "radio",
           "broadcaster",
           "wire",
           "vox",
           "slate",
           "huffington",
           "buzzfeed"})) {
    return SourceType::kOutlet;
  }
  if (has({"ministry",    "department",   "government",   "council",
           "committee",   "party",        "campaign",     "kremlin",
           "white house", "office",       "commission",   "administration",
           "group",       "union",        "court",        "police",
           "army",        "military",     "company",      "university",
           "institute",   "foundation",   "association",  "hamas",
           "nato",        "un",           "fbi",          "cia",
           "pentagon",    "congress",     "senate",       "house",
           "embassy",     "organization", "organisation", "board",
           "authority",   "agency",       "bureau",       "delegation",
           "coalition",   "firm",         "bank",         "state",
           "democrats",   "republicans",  "gop",          "team",
           "service",     "forces",       "cabinet"})) {
    return SourceType::kOrganisation;
  }
  return SourceType::kPerson;
}

bool HasHedge(std::string_view folded) {
  static constexpr std::string_view kHedges[] = {
      "reportedly",      "allegedly",   "believed to",      "thought to",        "said to be",
      "appears to",      "apparently",  "reported to",      "rumoured",          "rumored",
      "purportedly",     "supposedly",  "is understood to", "are understood to", "is expected to",
      "are expected to", "unconfirmed", "unverified"};
  for (std::string_view h : kHedges) {
    if (folded.find(h) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace claimdiff::parse
