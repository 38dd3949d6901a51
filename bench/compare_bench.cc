// Times `compare` (compare::CompareStory: wire groups, alignment, verdicts,
// conflicts, provenance) on a generated story: 10 outlets x 60 claims.
//
//   compare_bench [OUTLETS] [CLAIMS] [RUNS]
//
// The story is generated from a fixed seed: 60 base claims of 18-26 words
// drawn from a small newsroom vocabulary, each with a number and a name;
// every outlet carries about 85% of them, reworded (synonyms, dropped
// words, moved clauses, now and then another number), plus claims of its
// own. Claims are annotated by the parse stage before timing, as in the
// pipeline. Prints the median and minimum wall and CPU time over RUNS runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "compare/align.h"
#include "parse/parse.h"

namespace {

const std::vector<std::string> kNouns = {
    "harbour",   "bridge", "council",  "ferry",    "school",    "hospital", "police",
    "storm",     "river",  "market",   "budget",   "airport",   "union",    "court",
    "factory",   "road",   "village",  "tide",     "shelter",   "minister", "station",
    "reservoir", "pier",   "trawler",  "engineer", "inspector", "museum",   "library",
    "clinic",    "depot",  "terminal", "harvest",  "wind",      "flood",    "railway"};
const std::vector<std::string> kVerbs = {
    "closed",   "opened",  "inspected", "repaired", "funded",  "evacuated", "rebuilt",  "cleared",
    "reported", "delayed", "approved",  "extended", "damaged", "restored",  "monitored"};
const std::vector<std::string> kNames = {"Lindqvist", "Ekholm", "Borg", "Moller", "Dahl",
                                         "Sund",      "Fors",   "Berg", "Holm",   "Wik"};
const std::vector<std::pair<std::string, std::string>> kSynonyms = {
    {"closed", "shut"},       {"repaired", "fixed"}, {"damaged", "hit"},    {"cleared", "emptied"},
    {"delayed", "postponed"}, {"said", "stated"},    {"after", "following"}};

struct BaseClaim {
  std::vector<std::string> words;
};

BaseClaim MakeBase(std::mt19937& rng, size_t i) {
  auto pick = [&rng](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  BaseClaim b;
  b.words = {"The",
             pick(kNouns),
             "near",
             "the",
             pick(kNouns),
             "was",
             pick(kVerbs),
             "after",
             std::to_string(10 + rng() % 900),
             pick(kNouns) + "s",
             "were",
             pick(kVerbs),
             "on",
             "the",
             pick(kNouns),
             "road",
             "last",
             "week,",
             kNames[i % kNames.size()],
             "said."};
  size_t extra = rng() % 6;
  for (size_t k = 0; k < extra; ++k) {
    b.words.insert(b.words.end() - 2, {"and", "the", pick(kNouns)});
  }
  return b;
}

std::string Reword(const BaseClaim& b, std::mt19937& rng) {
  std::vector<std::string> w = b.words;
  for (std::string& word : w) {
    for (const auto& [from, to] : kSynonyms) {
      if (word == from && rng() % 2 == 0) word = to;
    }
  }
  // Drop an adjunct word now and then; change the number rarely.
  if (rng() % 3 == 0) w.erase(w.begin() + 2, w.begin() + 5);
  if (rng() % 10 == 0) {
    for (std::string& word : w) {
      if (!word.empty() && word[0] >= '0' && word[0] <= '9')
        word = std::to_string(std::stoi(word) + 7);
    }
  }
  std::string out;
  for (const std::string& word : w) out += (out.empty() ? "" : " ") + word;
  return out;
}

claimdiff::Story Generate(size_t outlets, size_t claims) {
  std::mt19937 rng(20260314);
  std::vector<BaseClaim> base;
  for (size_t i = 0; i < claims; ++i) base.push_back(MakeBase(rng, i));
  claimdiff::Story story;
  for (size_t o = 0; o < outlets; ++o) {
    claimdiff::Article a;
    a.outlet = "Outlet " + std::to_string(o + 1);
    a.published = "2026-03-14T0" + std::to_string(o % 10) + ":00:00Z";
    std::vector<std::string> sentences;
    for (size_t i = 0; i < claims; ++i) {
      if (rng() % 100 < 85) {
        sentences.push_back(Reword(base[i], rng));
      } else {
        sentences.push_back(Reword(MakeBase(rng, i + 7), rng));
      }
    }
    for (const std::string& s : sentences) {
      claimdiff::Claim c;
      c.id = "c" + std::to_string(a.claims.size() + 1);
      c.span = claimdiff::Span{a.text.size(), a.text.size() + s.size()};
      c.text = s;
      a.text += s + "\n\n";
      claimdiff::parse::AnnotateClaim(&c);
      a.claims.push_back(std::move(c));
    }
    story.articles.push_back(std::move(a));
  }
  return story;
}

}  // namespace

int main(int argc, char** argv) {
  size_t outlets = argc > 1 ? std::stoul(argv[1]) : 10;
  size_t claims = argc > 2 ? std::stoul(argv[2]) : 60;
  size_t runs = argc > 3 ? std::stoul(argv[3]) : 15;
  const claimdiff::Story story = Generate(outlets, claims);
  std::vector<double> ms;
  std::vector<double> cpu;
  size_t clusters = 0, differ = 0;
  for (size_t r = 0; r < runs; ++r) {
    claimdiff::Story s = story;
    std::clock_t c0 = std::clock();
    auto t0 = std::chrono::steady_clock::now();
    claimdiff::compare::CompareStory(&s, {});
    auto t1 = std::chrono::steady_clock::now();
    std::clock_t c1 = std::clock();
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    cpu.push_back(1000.0 * static_cast<double>(c1 - c0) / CLOCKS_PER_SEC);
    clusters = s.clusters.size();
    differ = static_cast<size_t>(std::count_if(
        s.clusters.begin(), s.clusters.end(),
        [](const claimdiff::Cluster& k) { return k.verdict == claimdiff::Verdict::kDiffer; }));
  }
  std::sort(ms.begin(), ms.end());
  std::sort(cpu.begin(), cpu.end());
  // CPU time is what the call costs; wall time also counts waiting for a
  // core on a busy machine.
  std::printf(
      "compare: %zu outlets x %zu claims -> %zu clusters (%zu differ); wall median "
      "%.1f ms (min %.1f), CPU median %.1f ms (min %.1f) over %zu runs\n",
      outlets, claims, clusters, differ, ms[ms.size() / 2], ms.front(), cpu[cpu.size() / 2],
      cpu.front(), runs);
  return 0;
}
