// Writes the report of a synthetic story for bench/report: N outlets and M
// claim clusters (a deterministic mix of MATCH, DIFFER with conflicts and
// word diffs, and UNIQUE; cited sources with roles and via chains; wire
// groups), every sentence about 25 words long.
//
//   report_bench_story OUT.html [OUTLETS=10] [CLAIMS=300] [mixed|full]
//
// "mixed": each cluster is stated by a random subset of the outlets (1 for
// UNIQUE, 2..N otherwise); "full": every outlet states every non-UNIQUE
// claim (the heaviest page: N x CLAIMS sentences).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

#include "reports/html.h"

namespace {

constexpr const char* kWords[] = {
    "officials", "said",      "the",       "harbour",  "district",  "was",       "evacuated",
    "after",     "storm",     "water",     "rose",     "metres",    "overnight", "residents",
    "were",      "moved",     "to",        "shelters", "in",        "two",       "schools",
    "police",    "reported",  "that",      "several",  "roads",     "remained",  "closed",
    "while",     "engineers", "inspected", "bridge",   "according", "regional",  "office",
    "forecast",  "more",      "rain",      "on",       "sunday",    "mayor",     "called",
    "response",  "slow"};

std::string Sentence(std::mt19937& rng, size_t words) {
  std::uniform_int_distribution<size_t> pick(0, std::size(kWords) - 1);
  std::string s;
  for (size_t i = 0; i < words; ++i) {
    if (i) s += ' ';
    s += kWords[pick(rng)];
  }
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s + ".";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace claimdiff;
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s OUT.html [OUTLETS] [CLAIMS] [mixed|full]\n", argv[0]);
    return 2;
  }
  size_t outlets = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 10;
  size_t claims = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 300;
  bool full = argc > 4 && std::string(argv[4]) == "full";
  std::mt19937 rng(20261125);
  Story s;
  s.id = "bench-story";
  s.title = "A synthetic story for the report benchmark";
  for (size_t o = 0; o < outlets; ++o) {
    Article a;
    a.outlet = "Outlet " + std::to_string(o + 1);
    a.url = "https://outlet" + std::to_string(o + 1) + ".example/news/story-" + std::to_string(o);
    a.title = "Storm floods the harbour district";
    a.published = "2026-11-24T0" + std::to_string(o % 10) + ":00:00Z";
    a.content_hash = "00112233445566778899aabbccddeeff";
    s.articles.push_back(a);
  }
  std::uniform_real_distribution<double> unit(0, 1);
  for (size_t k = 0; k < claims; ++k) {
    Cluster c;
    c.id = "k" + std::to_string(k + 1);
    double r = unit(rng);
    c.verdict = r < 0.4 ? Verdict::kMatch : r < 0.7 ? Verdict::kDiffer : Verdict::kUnique;
    std::vector<size_t> who;
    if (c.verdict == Verdict::kUnique) {
      who.push_back(rng() % outlets);
    } else {
      for (size_t o = 0; o < outlets; ++o) {
        if (full || unit(rng) < 0.5) who.push_back(o);
      }
      while (who.size() < 2) who.push_back((who.empty() ? 0 : who.back() + 1) % outlets);
    }
    std::string base = Sentence(rng, 25);
    for (size_t i = 0; i < who.size(); ++i) {
      Article& a = s.articles[who[i]];
      std::string text =
          c.verdict == Verdict::kDiffer && i % 2 ? Sentence(rng, 3) + " " + base : base;
      Claim claim;
      claim.id = "c" + std::to_string(a.claims.size() + 1);
      claim.span = {a.text.size(), a.text.size() + text.size()};
      claim.text = text;
      a.text += text + " ";
      a.claims.push_back(claim);
      c.members.push_back({who[i], a.claims.size() - 1});
      if (k % 2 == 0) {
        c.provenance.cited.push_back(
            {i, "Person " + std::to_string(k % 40), "person " + std::to_string(k % 40),
             "spokesperson", SourceType::kPerson,
             k % 6 == 0 ? std::vector<std::string>{"Agency " + std::to_string(k % 3)}
                        : std::vector<std::string>{}});
      }
    }
    if (c.verdict == Verdict::kDiffer) {
      const Claim& left = s.articles[c.members[0].article].claims[c.members[0].claim];
      const Claim& right = s.articles[c.members[1].article].claims[c.members[1].claim];
      Conflict x;
      x.type = "quote";
      x.left = 0;
      x.right = 1;
      x.left_text = left.text.substr(0, 20);
      x.right_text = right.text.substr(0, 20);
      x.word_diff = {{DiffOp::Kind::kDelete, x.left_text},
                     {DiffOp::Kind::kInsert, x.right_text},
                     {DiffOp::Kind::kSame, "the rest of the quote"}};
      c.conflicts.push_back(x);
    }
    c.provenance.unattributed = k % 2 == 1;
    c.provenance.first_member = 0;
    s.clusters.push_back(c);
  }
  s.wire_groups.push_back({0, {1, 2}, "Agency 0", 0.9});
  std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
  out << reports::RenderStoryHtml(s);
  if (!out) {
    std::fprintf(stderr, "%s: cannot write\n", argv[1]);
    return 1;
  }
  size_t members = 0;
  for (const Cluster& c : s.clusters) members += c.members.size();
  std::printf("%zu outlets, %zu clusters, %zu sentences\n", outlets, claims, members);
  return 0;
}
