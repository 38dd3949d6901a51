// Synonym lookup: morphy, then the compiled synset table.
//
// WordNet's morphy (Miller 1995; the wndb(5WN) and morphy(7WN) manual
// pages) maps a word form to its lemmas for each part of speech: the form
// itself when WordNet has it as a lemma of that part of speech; then an
// irregular form's lemmas from that part of speech's exception list
// ("rose" -> "rise", "mice" -> "mouse"), or else the forms left by the
// detachment rules (nouns "-ies" -> "-y", "-ches" -> "-ch", ...; verbs
// "-ing" -> "", "-ing" -> "-e", ...; adjectives "-er", "-est") that WordNet
// has as lemmas of that part of speech.
// The synsets of a lemma are taken only in the part of speech in which
// morphy found it, so the verb rule "-ed" -> "" does not make "need" the
// noun "ne" (neon). A rule needs at least two letters left of the suffix.
#include "compare/synonyms.h"

#include <algorithm>
#include <array>
#include <string>

#include "compare/wordnet_table.h"

namespace claimdiff::compare {

namespace {

using wordnet::kTable;

struct Rule {
  std::string_view suffix;
  std::string_view ending;
};

// The detachment rules of morphy(7WN), by part of speech.
constexpr std::array<Rule, 8> kNounRules = {{{"s", ""},
                                             {"ses", "s"},
                                             {"xes", "x"},
                                             {"zes", "z"},
                                             {"ches", "ch"},
                                             {"shes", "sh"},
                                             {"men", "man"},
                                             {"ies", "y"}}};
constexpr std::array<Rule, 8> kVerbRules = {{{"s", ""},
                                             {"ies", "y"},
                                             {"es", "e"},
                                             {"es", ""},
                                             {"ed", "e"},
                                             {"ed", ""},
                                             {"ing", "e"},
                                             {"ing", ""}}};
constexpr std::array<Rule, 4> kAdjectiveRules = {
    {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};

std::string_view Slice(std::string_view text, const uint32_t* start, uint32_t i) {
  return text.substr(start[i], start[i + 1] - start[i]);
}

// Index of `s` in a sorted string table, or `count` when absent.
uint32_t Find(std::string_view text, const uint32_t* start, uint32_t count, std::string_view s) {
  uint32_t lo = 0, hi = count;
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    if (Slice(text, start, mid) < s) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < count && Slice(text, start, lo) == s ? lo : count;
}

uint32_t FindLemma(std::string_view s) {
  return Find(kTable.lemma_text, kTable.lemma_start, kTable.lemmas, s);
}

// Synset ids of lemma `l` of part of speech `pos` (an id range).
std::pair<const uint32_t*, const uint32_t*> SynsetsOf(uint32_t l, uint32_t pos) {
  const uint32_t* b = kTable.synsets + kTable.synset_start[l];
  const uint32_t* e = kTable.synsets + kTable.synset_start[l + 1];
  const uint32_t* from = std::lower_bound(b, e, kTable.pos_begin[pos]);
  const uint32_t* to = std::lower_bound(from, e, kTable.pos_begin[pos + 1]);
  return {from, to};
}

// Calls found(lemma, pos) for each lemma morphy finds for `folded` in each
// part of speech where that lemma has synsets.
template <typename F>
void Morphy(std::string_view folded, F found) {
  if (folded.empty()) return;
  auto consider = [&found](uint32_t l, uint32_t pos) {
    auto [from, to] = SynsetsOf(l, pos);
    if (from != to) found(l, pos);
  };
  const uint32_t form = Find(kTable.form_text, kTable.form_start, kTable.forms, folded);
  std::array<bool, 4> irregular{};
  if (form < kTable.forms) {
    for (uint32_t k = kTable.target_start[form]; k < kTable.target_start[form + 1]; ++k) {
      const uint32_t pos = kTable.targets[k] % 4;
      irregular[pos] = true;
      consider(kTable.targets[k] / 4, pos);
    }
  }
  const uint32_t self = FindLemma(folded);
  std::string candidate;
  auto apply = [&](uint32_t pos, const auto& rules) {
    if (self < kTable.lemmas) consider(self, pos);
    if (irregular[pos]) return;
    for (const Rule& r : rules) {
      if (folded.size() < r.suffix.size() + 2 ||
          folded.substr(folded.size() - r.suffix.size()) != r.suffix) {
        continue;
      }
      candidate.assign(folded.substr(0, folded.size() - r.suffix.size()));
      candidate += r.ending;
      const uint32_t l = FindLemma(candidate);
      if (l < kTable.lemmas) consider(l, pos);
    }
  };
  apply(wordnet::kNoun, kNounRules);
  apply(wordnet::kVerb, kVerbRules);
  apply(wordnet::kAdjective, kAdjectiveRules);
  apply(wordnet::kAdverb, std::array<Rule, 0>{});
}

}  // namespace

std::vector<uint32_t> SynsetIds(std::string_view folded) {
  std::vector<uint32_t> out;
  Morphy(folded, [&out](uint32_t l, uint32_t pos) {
    auto [from, to] = SynsetsOf(l, pos);
    out.insert(out.end(), from, to);
  });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string_view> SynonymLemmas(std::string_view folded) {
  std::vector<std::string_view> out;
  Morphy(folded, [&out](uint32_t l, uint32_t) {
    out.push_back(Slice(kTable.lemma_text, kTable.lemma_start, l));
  });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace claimdiff::compare
