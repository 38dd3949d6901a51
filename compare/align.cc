// Claim alignment over fact units.
//
// 1. Features. Every claim (captions aside) is featurized once, and so is
//    each of its fact units (units.h: clauses, quotes, what an attribution
//    says); document frequencies over the claims weigh the words.
// 2. Candidates. The unit graph (unit_graph.cc) pairs sentences that share
//    rare vocabulary, then their units: the blocking step of record
//    linkage (Christen, "Data Matching", 2012, ch. 4).
// 3. Edges. Candidates are scored with the story model (story_pairs.h); a
//    pair with P(same fact) >= story_threshold is an edge.
// 4. Clustering. Edges are taken by falling P (ties by node order); two
//    clusters merge when they share no outlet, the mean P over all pairs
//    across them is at least story_threshold, and no pair falls below
//    story_min_link (average linkage with a floor: a unit never joins a
//    cluster through one middle unit it does not itself resemble, the
//    chaining of single-link clustering; Manning, Raghavan and Schuetze,
//    "Introduction to Information Retrieval", 17.2-17.3). A sentence's
//    units may stand in different clusters, so one sentence can align with
//    two sentences of another outlet.
// 5. Clusters of units become clusters of claims, each member naming the
//    unit that was aligned; a cluster whose claims all stand in a larger
//    one is dropped, and claims in no cluster are UNIQUE.
// 6. Verdicts. Each pair of members the model is sure of (P >=
//    story_threshold) is checked for conflicts on the aligned units, as a
//    story judges them (ConflictOptions::story); repeats of the same
//    conflict (same type and texts) are reported once.
#include "compare/align.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "compare/conflicts.h"
#include "compare/entities.h"
#include "compare/provenance.h"
#include "compare/unit_graph.h"
#include "compare/wire.h"
#include "core/hash.h"
#include "core/text.h"

namespace claimdiff::compare {

namespace {

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
  UnitGraph graph(articles, story_features, options);
  const std::vector<UnitNode>& nodes = graph.nodes();
  const size_t n = nodes.size();

  std::vector<Edge> edges;
  for (const auto& [a, b] : graph.candidates()) {
    const double p = graph.Probability(a, b);
    if (p >= options.story_threshold) edges.push_back(Edge{p, a, b});
  }
  std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
    return std::tie(y.weight, x.a, x.b) < std::tie(x.weight, y.a, y.b);
  });

  // Average-linkage merging under the one-unit-per-outlet rule, with a
  // floor on every pair.
  std::vector<uint32_t> cluster_of(n);
  std::iota(cluster_of.begin(), cluster_of.end(), 0);
  std::vector<std::vector<uint32_t>> groups(n);
  for (uint32_t i = 0; i < n; ++i) groups[i] = {i};
  std::vector<double> weight(n, 0);  // sum of the pair probabilities inside
  // The outlets of each cluster as a bit set (stories of up to 64 outlets):
  // most refused merges are refused without looking at pairs.
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
    // Refused before any pair is scored when two units share an outlet or
    // a pair scored already is below the floor.
    bool ok = true;
    for (uint32_t x : groups[ca]) {
      for (uint32_t y : groups[cb]) {
        double known = 0;
        if (nodes[x].article == nodes[y].article ||
            (graph.Known(x, y, &known) && known < options.story_min_link)) {
          ok = false;
          break;
        }
      }
      if (!ok) break;
    }
    if (!ok) continue;
    double total = 0;
    for (uint32_t x : groups[ca]) {
      for (uint32_t y : groups[cb]) {
        const double p = graph.Probability(x, y);
        if (p < options.story_min_link) {
          ok = false;
          break;
        }
        total += p;
      }
      if (!ok) break;
    }
    if (!ok) continue;
    const double cross = static_cast<double>(groups[ca].size() * groups[cb].size());
    if (total / cross < options.story_threshold) continue;
    uint32_t keep = std::min(ca, cb);
    uint32_t gone = std::max(ca, cb);
    for (uint32_t y : groups[gone]) {
      cluster_of[y] = keep;
      groups[keep].push_back(y);
    }
    weight[keep] += weight[gone] + total;
    outlets[keep] |= outlets[gone];
    groups[gone].clear();
  }

  // Clusters of two or more units become clusters of claims; one whose
  // claims all stand in a larger (or equal, earlier) cluster adds nothing
  // and is dropped. Claims left in none are UNIQUE.
  struct Group {
    std::vector<uint32_t> members;  // node indexes, by article
    double mean = 0;
  };
  std::vector<Group> multi;
  for (uint32_t g = 0; g < n; ++g) {
    if (groups[g].size() < 2) continue;
    Group x;
    x.members = groups[g];
    std::sort(x.members.begin(), x.members.end(), [&](uint32_t p, uint32_t q) {
      return std::tie(nodes[p].article, nodes[p].claim, p) <
             std::tie(nodes[q].article, nodes[q].claim, q);
    });
    const double pairs = static_cast<double>(x.members.size() * (x.members.size() - 1) / 2);
    x.mean = weight[g] / pairs;
    multi.push_back(std::move(x));
  }
  std::stable_sort(multi.begin(), multi.end(), [](const Group& x, const Group& y) {
    return x.members.size() > y.members.size() ||
           (x.members.size() == y.members.size() && x.mean > y.mean);
  });
  auto claims_of = [&nodes](const Group& g) {
    std::vector<std::pair<size_t, size_t>> out;
    for (uint32_t x : g.members) out.emplace_back(nodes[x].article, nodes[x].claim);
    return out;  // sorted: members are by article, one per article
  };
  std::vector<Group> kept;
  std::vector<std::vector<std::pair<size_t, size_t>>> kept_claims;
  for (Group& g : multi) {
    std::vector<std::pair<size_t, size_t>> mine = claims_of(g);
    bool subsumed = false;
    for (const auto& other : kept_claims) {
      if (std::includes(other.begin(), other.end(), mine.begin(), mine.end())) {
        subsumed = true;
        break;
      }
    }
    if (subsumed) continue;
    kept_claims.push_back(std::move(mine));
    kept.push_back(std::move(g));
  }

  std::vector<std::string> folded(articles.size());
  for (size_t a = 0; a < articles.size(); ++a) folded[a] = FoldCase(articles[a].text);
  std::vector<Cluster> clusters;
  std::set<std::pair<size_t, size_t>> covered;
  for (const Group& g : kept) {
    Cluster k;
    for (uint32_t x : g.members) {
      Member m{nodes[x].article, nodes[x].claim};
      if (nodes[x].part) m.unit = nodes[x].unit->span;
      k.members.push_back(m);
      covered.emplace(nodes[x].article, nodes[x].claim);
    }
    std::set<std::string> seen;
    for (size_t i = 0; i < g.members.size(); ++i) {
      for (size_t j = i + 1; j < g.members.size(); ++j) {
        // Conflicts are named only between members the model is sure of.
        if (graph.Probability(g.members[i], g.members[j]) < options.story_threshold) continue;
        const UnitNode& x = nodes[g.members[i]];
        const UnitNode& y = nodes[g.members[j]];
        ConflictOptions story;
        story.story = true;
        story.folded_article_a = folded[x.article];
        story.folded_article_b = folded[y.article];
        for (Conflict& c : FindConflicts(*x.unit, *x.features, *y.unit, *y.features, story)) {
          if (!seen.insert(ConflictKey(c)).second) continue;
          c.left = i;
          c.right = j;
          k.conflicts.push_back(std::move(c));
        }
      }
    }
    k.score = g.mean;
    k.verdict = k.conflicts.empty() ? Verdict::kMatch : Verdict::kDiffer;
    clusters.push_back(std::move(k));
  }
  for (const UnitNode& x : nodes) {
    if (x.part || covered.count({x.article, x.claim}) != 0) continue;
    Cluster k;
    k.members.push_back(Member{x.article, x.claim});
    k.verdict = Verdict::kUnique;
    k.score = 1;
    clusters.push_back(std::move(k));
  }
  std::stable_sort(clusters.begin(), clusters.end(), [](const Cluster& x, const Cluster& y) {
    return std::tie(x.members[0].article, x.members[0].claim, x.members[0].unit.start) <
           std::tie(y.members[0].article, y.members[0].claim, y.members[0].unit.start);
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
  story->entities = BuildEntityTable(story->articles);
  for (Cluster& k : story->clusters) {
    k.provenance = TraceProvenance(*story, k, &features);
  }
}

}  // namespace claimdiff::compare
