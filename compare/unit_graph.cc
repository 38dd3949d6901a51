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
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  std::vector<double> mass(n, 0);
  size_t sentences = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const ClaimFeatures& f = *nodes_[i].features;
    sentences += !nodes_[i].part;
    for (size_t k = 0; k < f.content_keys.size(); ++k) {
      postings[f.content_keys[k]].push_back(i);
      if (k < f.content_idf.size()) mass[i] += f.content_idf[k];
    }
  }
  const size_t common_df = std::max<size_t>(4, sentences);  // units repeat words of their sentence

  std::vector<double> shared(n, 0);
  std::vector<uint32_t> touched;
  std::vector<std::vector<uint32_t>> top(articles.size());
  std::vector<uint64_t> keys;
  for (uint32_t i = 0; i < n; ++i) {
    const ClaimFeatures& f = *nodes_[i].features;
    touched.clear();
    for (size_t k = 0; k < f.content_keys.size() && k < f.content_idf.size(); ++k) {
      const std::vector<uint32_t>& list = postings.find(f.content_keys[k])->second;
      if (list.size() > common_df) continue;
      const double w = f.content_idf[k];
      for (uint32_t j : list) {
        if (nodes_[j].article == nodes_[i].article) continue;
        if (shared[j] == 0) touched.push_back(j);
        shared[j] += w;
      }
    }
    for (auto& t : top) t.clear();
    for (uint32_t j : touched) {
      const size_t art = nodes_[j].article;
      if (!nodes_[j].part) {
        double& b = best_[(static_cast<uint64_t>(i) << 32) | art];
        b = std::max(b, shared[j]);
      }
      const double smaller = std::min(mass[i], mass[j]);
      if (smaller <= 0 || shared[j] < kMinSharedShare * smaller) continue;
      std::vector<uint32_t>& t = top[art];
      auto better = [&](uint32_t x, uint32_t y) {
        return shared[x] > shared[y] || (shared[x] == shared[y] && x < y);
      };
      t.insert(std::upper_bound(t.begin(), t.end(), j, better), j);
      if (t.size() > options.candidates_per_outlet) t.pop_back();
    }
    for (const auto& t : top) {
      for (uint32_t j : t) keys.push_back(PairKey(i, j));
    }
    for (uint32_t j : touched) shared[j] = 0;
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  candidates_.reserve(keys.size());
  for (uint64_t k : keys) {
    candidates_.emplace_back(static_cast<uint32_t>(k >> 32), static_cast<uint32_t>(k));
  }
}

double UnitGraph::BestShared(uint32_t i, size_t article) const {
  auto it = best_.find((static_cast<uint64_t>(i) << 32) | article);
  return it == best_.end() ? 0 : it->second;
}

StoryPairVector UnitGraph::Features(uint32_t a, uint32_t b) const {
  const UnitNode& x = nodes_[a];
  const UnitNode& y = nodes_[b];
  UnitPairContext context;
  context.sentence_a = nodes_[x.sentence].features;
  context.sentence_b = nodes_[y.sentence].features;
  context.sub_a = x.part;
  context.sub_b = y.part;
  auto rank = [this](uint32_t i, const UnitNode& other) {
    const double best = BestShared(i, other.article);
    if (best <= 0) return 0.0;
    return std::min(1.0, SharedIdf(*nodes_[i].features, *nodes_[other.sentence].features) / best);
  };
  context.rank_a = rank(a, y);
  context.rank_b = rank(b, x);
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
