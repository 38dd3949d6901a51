// Blocking over fact units.
//
// An inverted index maps each content stem (by its XXH3-64 key) to the
// units holding it. For each unit the IDF mass it shares with every unit of
// the other outlets is summed from the postings (stems in more than half the
// claims are skipped: they tell nothing apart). Per other outlet the few
// units sharing the most are candidates, if they share at least a fifth of
// the smaller unit's mass; the most the unit shares with a whole sentence
// of that outlet is kept for the best-partner features of the story model.
// This is the blocking step of record linkage (Christen, "Data Matching",
// 2012, ch. 4): the work stays near-linear in the number of units, and only
// candidates and the pairs the clustering asks about are scored.
#include "compare/unit_graph.h"

#include <algorithm>

namespace claimdiff::compare {

namespace {

// A candidate shares at least this share of the smaller unit's IDF mass.
constexpr double kMinSharedShare = 0.2;
// Claim pairs considered: per sentence and other outlet, the
// MatchOptions::candidates_per_outlet sentences sharing the most IDF mass
// with it, if at least this share of the smaller.
constexpr double kMinClaimShare = 0.1;
// Candidate pairs of parts kept between two claims, besides the sentences.
constexpr size_t kPairsPerClaims = 2;
// The best-partner ratio (UnitPairContext) one side of a candidate reaches.
constexpr double kBestRank = 0.999;

uint64_t PairKey(uint32_t a, uint32_t b) {
  if (b < a) std::swap(a, b);
  return (static_cast<uint64_t>(a) << 32) | b;
}

}  // namespace

UnitGraph::UnitGraph(const std::vector<Article>& articles, const StoryFeatures& features,
                     const MatchOptions& options)
    : features_(features), options_(options) {
  for (size_t a = 0; a < articles.size(); ++a) {
    for (size_t c = 0; c < articles[a].claims.size(); ++c) {
      const Claim& claim = articles[a].claims[c];
      if (claim.kind == ClaimKind::kCaption) continue;
      const uint32_t sentence = static_cast<uint32_t>(nodes_.size());
      nodes_.push_back(UnitNode{a, c, &claim, &features.claims[a][c], sentence, false});
      for (const UnitFeatures& u : features.units[a][c]) {
        nodes_.push_back(UnitNode{a, c, &u.claim, &u.features, sentence, true});
      }
    }
  }
  const size_t n = nodes_.size();
  std::vector<double> mass(n, 0);
  std::vector<uint32_t> sentences;
  for (uint32_t i = 0; i < n; ++i) {
    mass[i] = IdfMass(*nodes_[i].features);
    if (!nodes_[i].part) sentences.push_back(i);
  }
  // Claim pairs: per sentence and other outlet, the sentences it shares the
  // most rare vocabulary with (a fact unit's rare words are its sentence's
  // too). Postings over sentences only.
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  for (uint32_t s : sentences) {
    for (uint64_t k : nodes_[s].features->content_keys) postings[k].push_back(s);
  }
  const size_t common_df = std::max<size_t>(2, sentences.size() / 2);
  std::vector<double> shared(n, 0);
  std::vector<uint32_t> touched;
  std::vector<std::vector<uint32_t>> top(articles.size());
  std::vector<uint64_t> claim_pairs;
  for (uint32_t i : sentences) {
    const ClaimFeatures& f = *nodes_[i].features;
    const size_t own = nodes_[i].article;
    touched.clear();
    for (size_t k = 0; k < f.content_keys.size() && k < f.content_idf.size(); ++k) {
      const std::vector<uint32_t>& list = postings.find(f.content_keys[k])->second;
      if (list.size() > common_df) continue;
      const double w = f.content_idf[k];
      for (uint32_t j : list) {
        if (nodes_[j].article == own) continue;
        if (shared[j] == 0) touched.push_back(j);
        shared[j] += w;
      }
    }
    for (auto& t : top) t.clear();
    for (uint32_t j : touched) {
      if (shared[j] < kMinClaimShare * std::min(mass[i], mass[j])) continue;
      std::vector<uint32_t>& t = top[nodes_[j].article];
      auto better = [&](uint32_t x, uint32_t y) {
        return shared[x] > shared[y] || (shared[x] == shared[y] && x < y);
      };
      t.insert(std::upper_bound(t.begin(), t.end(), j, better), j);
      if (t.size() > options.candidates_per_outlet) t.pop_back();
    }
    for (const auto& t : top) {
      for (uint32_t j : t) claim_pairs.push_back(PairKey(i, j));
    }
    for (uint32_t j : touched) shared[j] = 0;
  }
  std::sort(claim_pairs.begin(), claim_pairs.end());
  claim_pairs.erase(std::unique(claim_pairs.begin(), claim_pairs.end()), claim_pairs.end());

  // Unit pairs of those claim pairs, and for each unit the most it shares
  // with a sentence of each other outlet.
  struct Found {
    uint64_t key;
    double cover;  // shared mass / the smaller unit's mass
  };
  std::vector<Found> found;
  std::vector<std::vector<std::pair<uint32_t, double>>> best(n);
  auto note_best = [&best](uint32_t i, uint32_t article, double x) {
    for (auto& [a, v] : best[i]) {
      if (a == article) {
        v = std::max(v, x);
        return;
      }
    }
    best[i].emplace_back(article, x);
  };
  auto units_of = [this, n](uint32_t s) {
    uint32_t end = s + 1;
    while (end < n && nodes_[end].sentence == s) ++end;
    return std::pair<uint32_t, uint32_t>(s, end);
  };
  for (uint64_t cp : claim_pairs) {
    const auto [s0, s1] = units_of(static_cast<uint32_t>(cp >> 32));
    const auto [t0, t1] = units_of(static_cast<uint32_t>(cp));
    const uint32_t art_s = static_cast<uint32_t>(nodes_[s0].article);
    const uint32_t art_t = static_cast<uint32_t>(nodes_[t0].article);
    for (uint32_t u = s0; u < s1; ++u) {
      for (uint32_t v = t0; v < t1; ++v) {
        const double x = SharedIdf(*nodes_[u].features, *nodes_[v].features);
        if (x <= 0) continue;
        if (v == t0) note_best(u, art_t, x);
        if (u == s0) note_best(v, art_s, x);
        const double smaller = std::min(mass[u], mass[v]);
        if (smaller > 0 && x >= kMinSharedShare * smaller) found.push_back(Found{PairKey(u, v), x / smaller});
      }
    }
  }
  for (uint32_t i = 0; i < n; ++i) {
    std::sort(best[i].begin(), best[i].end());
    best_.push_back(std::move(best[i]));
  }
  // Of the pairs between the units of two claims, the whole sentences and
  // the kPairsPerClaims best covered others are kept: more of them say the
  // same thing again and only cost time.
  auto claims_key = [this](uint64_t k) {
    return PairKey(nodes_[k >> 32].sentence, nodes_[static_cast<uint32_t>(k)].sentence);
  };
  std::sort(found.begin(), found.end(), [&](const Found& x, const Found& y) {
    const uint64_t cx = claims_key(x.key), cy = claims_key(y.key);
    if (cx != cy) return cx < cy;
    if (x.key == cx || y.key == cy) return x.key == cx && y.key != cy;
    return x.cover > y.cover || (x.cover == y.cover && x.key < y.key);
  });
  std::vector<uint64_t> keys;
  for (size_t i = 0, kept = 0; i < found.size(); ++i) {
    if (i > 0 && found[i].key == found[i - 1].key) continue;
    if (i == 0 || claims_key(found[i].key) != claims_key(found[i - 1].key)) kept = 0;
    const bool whole = found[i].key == claims_key(found[i].key);
    if (!whole && kept >= kPairsPerClaims) continue;
    if (!whole) ++kept;
    keys.push_back(found[i].key);
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  candidates_.reserve(keys.size());
  for (uint64_t k : keys) {
    const uint32_t a = static_cast<uint32_t>(k >> 32), b = static_cast<uint32_t>(k);
    // One side at least must find its best partner in the other's
    // sentence: a pair that neither side ranks first is a claim on the
    // same subject, which the best partners outrank.
    if (std::max(Rank(a, nodes_[b]), Rank(b, nodes_[a])) < kBestRank) continue;
    candidates_.emplace_back(a, b);
  }
}

double UnitGraph::BestShared(uint32_t i, size_t article) const {
  const auto& list = best_[i];
  auto it = std::lower_bound(list.begin(), list.end(), article,
                             [](const std::pair<uint32_t, double>& e, size_t x) { return e.first < x; });
  return it == list.end() || it->first != article ? 0 : it->second;
}

double UnitGraph::Rank(uint32_t i, const UnitNode& other) const {
  const double best = BestShared(i, other.article);
  if (best <= 0) return 0.0;
  return std::min(1.0, SharedIdf(*nodes_[i].features, *nodes_[other.sentence].features) / best);
}

StoryPairVector UnitGraph::Features(uint32_t a, uint32_t b) const {
  const UnitNode& x = nodes_[a];
  const UnitNode& y = nodes_[b];
  UnitPairContext context;
  context.sentence_a = nodes_[x.sentence].features;
  context.sentence_b = nodes_[y.sentence].features;
  context.sub_a = x.part;
  context.sub_b = y.part;
  context.rank_a = Rank(a, y);
  context.rank_b = Rank(b, x);
  return StoryPairFeatures(*x.features, *y.features, context, features_.stats, options_.weights);
}

double UnitGraph::Probability(uint32_t a, uint32_t b) {
  const uint64_t key = PairKey(a, b);
  auto it = probability_.find(key);
  if (it != probability_.end()) return it->second;
  const double p = StoryProbability(Features(a, b), options_.story_weights);
  probability_.emplace(key, p);
  return p;
}

}  // namespace claimdiff::compare
