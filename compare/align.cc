// Claim alignment.
//
// 1. Features. Every claim (captions aside) is featurized once; document
//    frequencies over all claims of the story weigh the words.
// 2. Candidates. An inverted index maps each content stem (keyed by its
//    XXH3-64) to the claims holding it. For each claim the IDF mass it
//    shares with claims of other outlets is accumulated from the postings
//    (stems in more than half the claims are skipped: they cannot tell
//    claims apart). A pair is a candidate when the shared mass is at least
//    a fifth of the smaller claim's mass and a tenth of the union's,
//    keeping the best per other article, and the runner-up only when it
//    shares at least half as much (a claim has at most one counterpart
//    per outlet, unless that outlet repeats itself). This is the blocking step of record linkage
//    (Christen, "Data Matching", 2012, ch. 4) and keeps the work
//    near-linear in the number of claims.
// 3. Edges. Candidates are scored with the pair model (similarity.h). A
//    pair is linked when P(same) >= match_threshold or the IDF overlap
//    >= related_threshold; its weight is the larger of the two.
// 4. Clustering. Edges are taken by falling weight (ties by claim order);
//    two clusters merge only when they share no outlet and every pair
//    across them is linked (complete linkage: a claim never joins a
//    cluster through one middle claim it does not itself resemble; see
//    Manning, Raghavan and Schuetze, "Introduction to Information
//    Retrieval", 17.2, on the chaining of single-link clustering).
// 5. Verdicts. Each pair of members of a cluster is checked for conflicts;
//    repeats of the same conflict (same type and texts) are reported once.
#include "compare/align.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "compare/conflicts.h"
#include "compare/provenance.h"
#include "compare/wire.h"
#include "core/hash.h"
#include "core/text.h"

namespace claimdiff::compare {

namespace {

// Candidate pairs kept per claim and other article (blocking).
constexpr size_t kCandidatesPerArticle = 2;
// A runner-up candidate is kept when it shares at least this share of the
// best candidate's IDF mass.
constexpr double kRunnerUpShare = 0.5;

struct Node {
  size_t article;
  size_t claim;
};

struct Edge {
  double weight;
  uint32_t a;
  uint32_t b;
};

std::string ConflictKey(const Conflict& c) {
  std::string l = FoldCase(c.left_text);
  std::string r = FoldCase(c.right_text);
  if (r < l) std::swap(l, r);
  return c.type + "\x1f" + l + "\x1f" + r + "\x1f" + c.detail;
}

}  // namespace

std::vector<Cluster> AlignClaims(const std::vector<Article>& articles,
                                 const MatchOptions& options) {
  return AlignClaims(articles, FeaturizeStory(articles), options);
}

std::vector<Cluster> AlignClaims(const std::vector<Article>& articles,
                                 const StoryFeatures& story_features, const MatchOptions& options) {
  std::vector<Node> nodes;
  std::vector<const ClaimFeatures*> fp;
  const TermStats& stats = story_features.stats;
  for (size_t a = 0; a < articles.size(); ++a) {
    for (size_t c = 0; c < articles[a].claims.size(); ++c) {
      if (articles[a].claims[c].kind == ClaimKind::kCaption) continue;
      nodes.push_back(Node{a, c});
      fp.push_back(&story_features.claims[a][c]);
    }
  }
  auto features = [&fp](size_t i) -> const ClaimFeatures& { return *fp[i]; };
  const size_t n = nodes.size();
  auto claim_of = [&](uint32_t i) -> const Claim& {
    return articles[nodes[i].article].claims[nodes[i].claim];
  };

  // Inverted index over content stems.
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  std::vector<double> mass(n, 0);
  for (uint32_t i = 0; i < n; ++i) {
    for (size_t k = 0; k < features(i).content_keys.size(); ++k) {
      postings[features(i).content_keys[k]].push_back(i);
      mass[i] += features(i).content_idf[k];
    }
  }
  const size_t common_df = std::max<size_t>(2, n / 2);

  // Scored pairs, looked up by (low, high) index.
  // (Looked up only, never iterated: its order does not reach the output.)
  std::unordered_map<uint64_t, PairResult> scored;
  scored.reserve(16 * n);
  auto score = [&](uint32_t i, uint32_t j) -> const PairResult& {
    if (j < i) std::swap(i, j);
    const uint64_t key = (static_cast<uint64_t>(i) << 32) | j;
    auto it = scored.find(key);
    if (it != scored.end()) return it->second;
    PairResult r;
    PairVector v = PairFeatures(features(i), features(j), stats);
    r.score = MatchProbability(v, options.weights);
    r.relatedness = Relatedness(v);
    return scored.emplace(key, r).first->second;
  };
  auto linked = [&](const PairResult& r) {
    return r.score >= options.match_threshold || r.relatedness >= options.related_threshold;
  };

  std::vector<Edge> edges;
  std::vector<double> shared(n, 0);
  std::vector<std::vector<uint32_t>> best(articles.size());
  std::vector<uint32_t> touched;
  std::vector<uint32_t> article_of(n);
  for (uint32_t i = 0; i < n; ++i) article_of[i] = static_cast<uint32_t>(nodes[i].article);
  for (uint32_t i = 0; i < n; ++i) {
    touched.clear();
    for (size_t k = 0; k < features(i).content_keys.size(); ++k) {
      const std::vector<uint32_t>& list = postings.find(features(i).content_keys[k])->second;
      if (list.size() > common_df) continue;
      double w = features(i).content_idf[k];
      // Postings are in increasing claim order: start after i.
      for (auto it = std::upper_bound(list.begin(), list.end(), i); it != list.end(); ++it) {
        const uint32_t j = *it;
        if (article_of[j] == article_of[i]) continue;
        if (shared[j] == 0) touched.push_back(j);
        shared[j] += w;
      }
    }
    // Keep the best few candidates per other article (most shared mass,
    // ties by index): a claim has one counterpart per outlet at most, so a
    // handful covers it and near-duplicates of common phrasing are cut.
    for (auto& b : best) b.clear();
    for (uint32_t j : touched) {
      double smaller = std::min(mass[i], mass[j]);
      // Gate: too little rare vocabulary in common to be one claim.
      if (smaller <= 0 || shared[j] < 0.2 * smaller ||
          shared[j] < 0.1 * (mass[i] + mass[j] - shared[j])) {
        continue;
      }
      std::vector<uint32_t>& top = best[nodes[j].article];
      auto better = [&](uint32_t x, uint32_t y) {
        return shared[x] > shared[y] || (shared[x] == shared[y] && x < y);
      };
      top.insert(std::upper_bound(top.begin(), top.end(), j, better), j);
      if (top.size() > kCandidatesPerArticle) top.pop_back();
    }
    for (std::vector<uint32_t>& top : best) {
      // The runner-up is scored only when it shares nearly as much as the
      // best: an outlet that repeats a claim. Otherwise it is a claim on
      // the same subject, which the best candidate outranks.
      if (top.size() > 1 && shared[top[1]] < kRunnerUpShare * shared[top[0]]) top.resize(1);
      for (uint32_t j : top) {
        const PairResult& r = score(i, j);
        if (linked(r)) edges.push_back(Edge{std::max(r.score, r.relatedness), i, j});
      }
    }
    for (uint32_t j : touched) shared[j] = 0;
  }
  std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
    return std::tie(y.weight, x.a, x.b) < std::tie(x.weight, y.a, y.b);
  });

  // Complete-linkage merging under the one-claim-per-outlet rule.
  std::vector<uint32_t> cluster_of(n);
  std::iota(cluster_of.begin(), cluster_of.end(), 0);
  std::vector<std::vector<uint32_t>> groups(n);
  for (uint32_t i = 0; i < n; ++i) groups[i] = {i};
  // Outlets of each cluster as a bit set (stories of up to 64 outlets),
  // so that most refused merges are refused without looking at pairs.
  const bool use_masks = articles.size() <= 64;
  std::vector<uint64_t> outlets(n, 0);
  if (use_masks) {
    for (uint32_t i = 0; i < n; ++i) outlets[i] = uint64_t{1} << nodes[i].article;
  }
  for (const Edge& e : edges) {
    uint32_t ca = cluster_of[e.a];
    uint32_t cb = cluster_of[e.b];
    if (ca == cb) continue;
    if (use_masks && (outlets[ca] & outlets[cb]) != 0) continue;
    bool ok = true;
    for (uint32_t x : groups[ca]) {
      for (uint32_t y : groups[cb]) {
        if (nodes[x].article == nodes[y].article || !linked(score(x, y))) {
          ok = false;
          break;
        }
      }
      if (!ok) break;
    }
    if (!ok) continue;
    uint32_t keep = std::min(ca, cb);
    uint32_t gone = std::max(ca, cb);
    outlets[keep] |= outlets[gone];
    for (uint32_t y : groups[gone]) {
      cluster_of[y] = keep;
      groups[keep].push_back(y);
    }
    groups[gone].clear();
  }

  std::vector<Cluster> clusters;
  for (std::vector<uint32_t>& g : groups) {
    if (g.empty()) continue;
    std::sort(g.begin(), g.end(), [&](uint32_t x, uint32_t y) {
      return std::tie(nodes[x].article, nodes[x].claim) <
             std::tie(nodes[y].article, nodes[y].claim);
    });
    Cluster k;
    for (uint32_t x : g) k.members.push_back(Member{nodes[x].article, nodes[x].claim});
    if (g.size() == 1) {
      k.verdict = Verdict::kUnique;
      k.score = 1;
    } else {
      double total = 0;
      size_t pairs = 0;
      std::set<std::string> seen;
      for (size_t i = 0; i < g.size(); ++i) {
        for (size_t j = i + 1; j < g.size(); ++j) {
          total += score(g[i], g[j]).score;
          ++pairs;
          for (Conflict& c :
               FindConflicts(claim_of(g[i]), features(g[i]), claim_of(g[j]), features(g[j]))) {
            if (!seen.insert(ConflictKey(c)).second) continue;
            c.left = i;
            c.right = j;
            k.conflicts.push_back(std::move(c));
          }
        }
      }
      k.score = total / static_cast<double>(pairs);
      k.verdict = k.conflicts.empty() ? Verdict::kMatch : Verdict::kDiffer;
    }
    clusters.push_back(std::move(k));
  }
  std::sort(clusters.begin(), clusters.end(), [](const Cluster& x, const Cluster& y) {
    return std::tie(x.members[0].article, x.members[0].claim) <
           std::tie(y.members[0].article, y.members[0].claim);
  });
  for (size_t i = 0; i < clusters.size(); ++i) clusters[i].id = "k" + std::to_string(i + 1);
  return clusters;
}

void CompareStory(Story* story, const MatchOptions& options) {
  StoryFeatures features = FeaturizeStory(story->articles);
  // Wire copy is judged on the words of the claims (the article body, as
  // segmented), case-folded.
  std::vector<std::vector<std::string_view>> words(story->articles.size());
  for (size_t a = 0; a < story->articles.size(); ++a) {
    if (story->articles[a].error) continue;
    for (const ClaimFeatures& f : features.claims[a]) {
      for (const Word& w : f.words) words[a].push_back(w.folded);
    }
  }
  story->wire_groups = FindWireGroups(story->articles, words, WireOptions{});
  story->clusters = AlignClaims(story->articles, features, options);
  for (Cluster& k : story->clusters) {
    k.provenance = TraceProvenance(*story, k, &features);
  }
}

}  // namespace claimdiff::compare
