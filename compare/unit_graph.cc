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
  mass_.resize(n);
  const std::vector<double>& mass = mass_;
  std::vector<uint32_t> sentences;
  for (uint32_t i = 0; i < n; ++i) {
    mass_[i] = IdfMass(*nodes_[i].features);
    if (!nodes_[i].part) sentences.push_back(i);
  }
  // Claim pairs: per sentence and other outlet, the sentences it shares the
  // most rare vocabulary with (a fact unit's rare words are its sentence's
  // too). Postings over sentences only, by their index in `sentences`
  // (which keeps node order), with their articles beside them: the arrays
  // the inner loop reads stay small.
  const size_t m = sentences.size();
  std::vector<uint32_t> article_of(m);
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  for (uint32_t o = 0; o < m; ++o) {
    article_of[o] = static_cast<uint32_t>(nodes_[sentences[o]].article);
    for (uint64_t k : nodes_[sentences[o]].features->content_keys) postings[k].push_back(o);
  }
  const size_t common_df = std::max<size_t>(2, m / 2);
  std::vector<double> shared(m, 0);
  std::vector<uint32_t> touched;
  std::vector<std::vector<uint32_t>> top(articles.size());
  std::vector<uint64_t> claim_pairs;
  for (uint32_t o = 0; o < m; ++o) {
    const uint32_t i = sentences[o];
    const ClaimFeatures& f = *nodes_[i].features;
    const uint32_t own = article_of[o];
    touched.clear();
    for (size_t k = 0; k < f.content_keys.size() && k < f.content_idf.size(); ++k) {
      const std::vector<uint32_t>& list = postings.find(f.content_keys[k])->second;
      if (list.size() > common_df) continue;
      const double w = f.content_idf[k];
      for (uint32_t j : list) {
        if (article_of[j] == own) continue;
        if (shared[j] == 0) touched.push_back(j);
        shared[j] += w;
      }
    }
    for (auto& t : top) t.clear();
    auto better = [&](uint32_t x, uint32_t y) {
      return shared[x] > shared[y] || (shared[x] == shared[y] && x < y);
    };
    for (uint32_t j : touched) {
      if (shared[j] < kMinClaimShare * std::min(mass[i], mass[sentences[j]])) continue;
      std::vector<uint32_t>& t = top[article_of[j]];
      if (!t.empty() && t.size() >= options.candidates_per_outlet && !better(j, t.back())) continue;
      t.insert(std::upper_bound(t.begin(), t.end(), j, better), j);
      if (t.size() > options.candidates_per_outlet) t.pop_back();
    }
    for (const auto& t : top) {
      for (uint32_t j : t) claim_pairs.push_back(PairKey(i, sentences[j]));
    }
    for (uint32_t j : touched) shared[j] = 0;
  }
  std::sort(claim_pairs.begin(), claim_pairs.end());
  claim_pairs.erase(std::unique(claim_pairs.begin(), claim_pairs.end()), claim_pairs.end());

  // Unit pairs of those claim pairs, and for each unit the most it shares
  // with a sentence of each other outlet. A claim pair's units come after
  // its low sentence and before the other, so each unit pair is low unit
  // first; what a pair's context needs (each unit against the other's
  // sentence, the two sentences against each other) is kept with it.
  struct Found {
    uint64_t key;
    double cover;       // shared mass / the smaller unit's mass
    double low_shares;  // what the low unit shares with the other's sentence
    double high_shares;
    double sentences;  // what the two sentences share
  };
  std::vector<Found> found;  // the kept pairs of all claim pairs
  std::vector<Found> local;  // those of one claim pair
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
  std::vector<double> x;
  for (uint64_t cp : claim_pairs) {
    const auto [s0, s1] = units_of(static_cast<uint32_t>(cp >> 32));
    const auto [t0, t1] = units_of(static_cast<uint32_t>(cp));
    const uint32_t art_s = static_cast<uint32_t>(nodes_[s0].article);
    const uint32_t art_t = static_cast<uint32_t>(nodes_[t0].article);
    const uint32_t width = t1 - t0;
    x.assign(static_cast<size_t>(s1 - s0) * width, 0);
    for (uint32_t u = s0; u < s1; ++u) {
      for (uint32_t v = t0; v < t1; ++v) {
        x[(u - s0) * width + (v - t0)] = SharedIdf(*nodes_[u].features, *nodes_[v].features);
      }
    }
    local.clear();
    for (uint32_t u = s0; u < s1; ++u) {
      for (uint32_t v = t0; v < t1; ++v) {
        const double shared = x[(u - s0) * width + (v - t0)];
        if (shared <= 0) continue;
        if (v == t0) note_best(u, art_t, shared);
        if (u == s0) note_best(v, art_s, shared);
        const double smaller = std::min(mass[u], mass[v]);
        if (smaller > 0 && shared >= kMinSharedShare * smaller) {
          local.push_back(
              Found{PairKey(u, v), shared / smaller, x[(u - s0) * width], x[v - t0], x[0]});
        }
      }
    }
    // Of the pairs between the units of two claims, the whole sentences and
    // the kPairsPerClaims best covered others are kept: more of them say
    // the same thing again and only cost time.
    const auto parts = std::stable_partition(local.begin(), local.end(),
                                             [cp](const Found& f) { return f.key == cp; });
    const auto end = parts + std::min<ptrdiff_t>(kPairsPerClaims, local.end() - parts);
    std::partial_sort(parts, end, local.end(), [](const Found& p, const Found& q) {
      return p.cover > q.cover || (p.cover == q.cover && p.key < q.key);
    });
    found.insert(found.end(), local.begin(), end);
  }
  for (uint32_t i = 0; i < n; ++i) {
    std::sort(best[i].begin(), best[i].end());
    best_.push_back(std::move(best[i]));
  }
  std::sort(found.begin(), found.end(),
            [](const Found& p, const Found& q) { return p.key < q.key; });
  for (const Found& f : found) {
    const uint32_t a = static_cast<uint32_t>(f.key >> 32), b = static_cast<uint32_t>(f.key);
    UnitPairContext context;
    context.rank_a = Rank(a, nodes_[b].article, f.low_shares);
    context.rank_b = Rank(b, nodes_[a].article, f.high_shares);
    // One side at least must find its best partner in the other's
    // sentence: a pair that neither side ranks first is a claim on the
    // same subject, which the best partners outrank.
    if (std::max(context.rank_a, context.rank_b) < kBestRank) continue;
    const double smaller = std::min(mass[nodes_[a].sentence], mass[nodes_[b].sentence]);
    context.sentence_cover = smaller > 0 ? std::min(1.0, f.sentences / smaller) : 0;
    context.sub_a = nodes_[a].part;
    context.sub_b = nodes_[b].part;
    candidates_.emplace_back(a, b);
    contexts_.push_back(context);
  }
  candidate_probability_.assign(candidates_.size(), -1);
  first_candidate_.assign(n + 1, candidates_.size());
  for (size_t c = candidates_.size(); c-- > 0;) first_candidate_[candidates_[c].first] = c;
  for (size_t i = n; i-- > 0;) {
    first_candidate_[i] = std::min(first_candidate_[i], first_candidate_[i + 1]);
  }
}

double UnitGraph::BestShared(uint32_t i, size_t article) const {
  const auto& list = best_[i];
  auto it =
      std::lower_bound(list.begin(), list.end(), article,
                       [](const std::pair<uint32_t, double>& e, size_t x) { return e.first < x; });
  return it == list.end() || it->first != article ? 0 : it->second;
}

double UnitGraph::Rank(uint32_t i, size_t article, double shared) const {
  const double best = BestShared(i, article);
  if (best <= 0) return 0.0;
  return std::min(1.0, shared / best);
}

size_t UnitGraph::CandidateIndex(uint32_t a, uint32_t b) const {
  const auto first = candidates_.begin() + static_cast<ptrdiff_t>(first_candidate_[a]);
  const auto last = candidates_.begin() + static_cast<ptrdiff_t>(first_candidate_[a + 1]);
  auto it = std::lower_bound(
      first, last, b,
      [](const std::pair<uint32_t, uint32_t>& c, uint32_t x) { return c.second < x; });
  return it != last && it->second == b ? static_cast<size_t>(it - candidates_.begin())
                                       : candidates_.size();
}

UnitPairContext UnitGraph::Context(uint32_t a, uint32_t b) const {
  if (a < b) {
    const size_t c = CandidateIndex(a, b);
    if (c < candidates_.size()) return contexts_[c];
  }
  const UnitNode& x = nodes_[a];
  const UnitNode& y = nodes_[b];
  UnitPairContext context;
  const ClaimFeatures& sentence_a = *nodes_[x.sentence].features;
  const ClaimFeatures& sentence_b = *nodes_[y.sentence].features;
  const double smaller = std::min(mass_[x.sentence], mass_[y.sentence]);
  context.sentence_cover =
      smaller > 0 ? std::min(1.0, SharedIdf(sentence_a, sentence_b) / smaller) : 0;
  context.sub_a = x.part;
  context.sub_b = y.part;
  context.rank_a = Rank(a, y.article, SharedIdf(*x.features, sentence_b));
  context.rank_b = Rank(b, x.article, SharedIdf(*y.features, sentence_a));
  return context;
}

StoryPairVector UnitGraph::Features(uint32_t a, uint32_t b) const {
  return StoryPairFeatures(*nodes_[a].features, *nodes_[b].features, Context(a, b), features_.stats,
                           options_.weights);
}

bool UnitGraph::Known(uint32_t a, uint32_t b, double* p) const {
  const size_t c = a < b ? CandidateIndex(a, b) : CandidateIndex(b, a);
  if (c < candidates_.size()) {
    *p = candidate_probability_[c];
    return *p >= 0;
  }
  auto it = probability_.find(PairKey(a, b));
  if (it == probability_.end()) return false;
  *p = it->second;
  return true;
}

double UnitGraph::Probability(uint32_t a, uint32_t b) {
  // A candidate is asked first low node first (align.cc); another pair in
  // the order it is first asked.
  if (a < b) {
    const size_t c = CandidateIndex(a, b);
    if (c < candidates_.size()) {
      double& p = candidate_probability_[c];
      if (p < 0) p = StoryProbability(Features(a, b), options_.story_weights);
      return p;
    }
  } else if (CandidateIndex(b, a) < candidates_.size()) {
    return Probability(b, a);
  }
  const uint64_t key = PairKey(a, b);
  auto it = probability_.find(key);
  if (it != probability_.end()) return it->second;
  const double p = StoryProbability(Features(a, b), options_.story_weights);
  probability_.emplace(key, p);
  return p;
}

}  // namespace claimdiff::compare
