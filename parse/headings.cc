#include "parse/headings.h"

#include <cctype>
#include <string>

#include "parse/cues.h"

namespace claimdiff::parse {

namespace {

// Finite forms that make a line a clause: be, have, do, the modals (not
// "may": in a heading it is the month), and frequent verbs whose past or
// third-person form is irregular or not built by the cue lexicon.
bool IsFiniteVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "is",    "are",    "am",    "was",     "were",    "be",      "been",    "being",   "has",
      "have",  "had",    "do",    "does",    "did",     "will",    "would",   "can",     "could",
      "shall", "should", "might", "must",    "went",    "goes",    "came",    "comes",   "took",
      "takes", "gave",   "gives", "made",    "makes",   "left",    "found",   "saw",     "sees",
      "knew",  "knows",  "got",   "gets",    "became",  "becomes", "began",   "begins",  "fell",
      "falls", "held",   "holds", "kept",    "keeps",   "met",     "meets",   "paid",    "pays",
      "ran",   "runs",   "sent",  "sends",   "sat",     "stood",   "stands",  "thought", "thinks",
      "won",   "wins",   "lost",  "loses",   "brought", "brings",  "bought",  "built",   "felt",
      "feels", "fought", "led",   "leads",   "meant",   "means",   "rose",    "rises",   "spoke",
      "wrote", "drove",  "broke", "chose",   "flew",    "grew",    "hid",     "sought",  "struck",
      "threw", "woke",   "seems", "remains", "wants",   "needs",   "happens", "happened"};
  for (std::string_view v : kVerbs) {
    if (w == v) return true;
  }
  return false;
}

// Words in "-ed" that are not past forms.
bool IsEdNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {"hundred", "speed",  "greed",   "creed",
                                                "breed",   "seed",   "sacred",  "naked",
                                                "wicked",  "hatred", "kindred", "shed"};
  for (std::string_view n : kNouns) {
    if (w == n) return true;
  }
  return false;
}

bool IsSubjectPronoun(std::string_view w) {
  return w == "i" || w == "we" || w == "they" || w == "he" || w == "she" || w == "you";
}

// "it's", "they're", "we've", "i'm": a pronoun with a verb attached.
bool IsPronounContraction(std::string_view w) {
  size_t apostrophe = w.find('\'');
  if (apostrophe == std::string_view::npos || apostrophe == 0) return false;
  std::string_view head = w.substr(0, apostrophe);
  return IsSubjectPronoun(head) || head == "it" || head == "that" || head == "there" ||
         head == "what" || head == "who";
}

bool IsVerb(std::string_view w) {
  if (IsFiniteVerb(w) || IsPronounContraction(w)) return true;
  if (w.size() > 3 && w.substr(w.size() - 3) == "n't") return true;
  if (w.size() >= 5 && w.substr(w.size() - 2) == "ed" && !IsEdNoun(w)) return true;
  CueWord cue = LookupCue(w);
  return cue.strength == CueStrength::kStrong && !cue.participle && !cue.after_subject;
}

// The words of a line, lower-cased ASCII with curly apostrophes as "'";
// other UTF-8 bytes are kept as letters.
std::vector<std::string> Words(std::string_view line) {
  std::vector<std::string> words;
  std::string word;
  auto end_word = [&] {
    while (!word.empty() && word.back() == '\'') word.pop_back();
    while (!word.empty() && word.front() == '\'') word.erase(0, 1);
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (size_t i = 0; i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c < 0x80) {
      if (std::isalnum(c) || c == '\'') {
        word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      } else {
        end_word();
      }
      ++i;
      continue;
    }
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    std::string_view ch = line.substr(i, n);
    i += n;
    if (ch == "\xE2\x80\x99") {
      word.push_back('\'');  // right single quote: an apostrophe
    } else if ((ch.size() == 3 && c == 0xE2 &&
                (static_cast<unsigned char>(ch[1]) & 0xFE) == 0x80) ||
               ch == "\xC2\xAB" || ch == "\xC2\xBB" || ch == "\xC2\xA0") {
      end_word();  // general punctuation (quotes, dashes), guillemets, no-break space
    } else {
      word.append(ch);  // a letter of another script
    }
  }
  end_word();
  return words;
}

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

}  // namespace

bool EndsASentence(std::string_view line) {
  size_t end = line.size();
  while (end > 0) {
    unsigned char c = static_cast<unsigned char>(line[end - 1]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '"' || c == '\'' || c == ')' || c == ']' ||
        c == '-') {
      --end;
    } else if (end >= 3 && static_cast<unsigned char>(line[end - 3]) == 0xE2 &&
               static_cast<unsigned char>(line[end - 2]) == 0x80) {
      end -= 3;  // closing quotes and dashes of U+2010..U+203F
    } else if (end >= 2 && line.compare(end - 2, 2, "\xC2\xBB") == 0) {
      end -= 2;
    } else {
      break;
    }
  }
  if (end == 0) return false;
  char c = line[end - 1];
  return c == '.' || c == '!' || c == '?';
}

bool ReadsAsHeading(std::string_view line) {
  if (line.size() > kMaxHeadingBytes || EndsASentence(line)) return false;
  std::vector<std::string> words = Words(line);
  if (words.empty() || words.size() > kMaxHeadingWords) return false;
  if (words.size() > 1 && IsSubjectPronoun(words[0])) return false;
  for (const std::string& w : words) {
    if (IsVerb(w)) return false;
  }
  return true;
}

bool ReadsAsMarkedHeading(std::string_view text) {
  return !EndsASentence(text) || Words(text).size() <= kMaxHeadingWords;
}

std::vector<Span> FindTextHeadings(std::string_view text) {
  struct Paragraph {
    Span span;
    size_t lines = 0;
  };
  std::vector<Paragraph> paragraphs;
  bool open = false;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (IsBlank(line)) {
      open = false;
    } else {
      if (!open) paragraphs.push_back(Paragraph{Span{start, end}, 0});
      open = true;
      paragraphs.back().span.end = end;
      ++paragraphs.back().lines;
    }
    start = end + 1;
  }
  std::vector<Span> headings;
  for (size_t i = 1; i + 1 < paragraphs.size(); ++i) {
    if (paragraphs[i].lines != 1) continue;
    Span s = paragraphs[i].span;
    while (s.start < s.end && std::isspace(static_cast<unsigned char>(text[s.start]))) ++s.start;
    while (s.end > s.start && std::isspace(static_cast<unsigned char>(text[s.end - 1]))) --s.end;
    if (ReadsAsHeading(text.substr(s.start, s.size()))) headings.push_back(s);
  }
  return headings;
}

}  // namespace claimdiff::parse
