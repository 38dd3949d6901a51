// The fact units of a story and the candidate pairs among them: what the
// aligner clusters and what bench/stories_fit learns from. See
// unit_graph.cc for the blocking step.
//
// A UnitGraph points into the articles and StoryFeatures it was built from,
// which must outlive it. Not thread-safe (it caches what it computes).
#ifndef CLAIMDIFF_COMPARE_UNIT_GRAPH_H_
#define CLAIMDIFF_COMPARE_UNIT_GRAPH_H_

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "compare/match.h"
#include "compare/similarity.h"
#include "compare/story_pairs.h"
#include "core/model.h"

namespace claimdiff::compare {

// One fact unit: a whole claim, or a part of one (units.h).
struct UnitNode {
  size_t article = 0;
  size_t claim = 0;             // index into Article::claims
  const Claim* unit = nullptr;  // the whole claim, or its UnitClaim
  const ClaimFeatures* features = nullptr;
  uint32_t sentence = 0;  // index of the node of the whole claim
  bool part = false;      // a part of the claim, not the whole
};

class UnitGraph {
 public:
  // Nodes: for each article, each claim but captions, the whole claim then
  // its units. Candidates: the pairs of nodes of two outlets that share
  // enough rare vocabulary (unit_graph.cc), each once, low index first, in
  // increasing order.
  UnitGraph(const std::vector<Article>& articles, const StoryFeatures& features,
            const MatchOptions& options);
  UnitGraph(const UnitGraph&) = delete;  // holds pointers into its inputs
  UnitGraph& operator=(const UnitGraph&) = delete;

  const std::vector<UnitNode>& nodes() const { return nodes_; }
  const std::vector<std::pair<uint32_t, uint32_t>>& candidates() const { return candidates_; }

  // The story-model features and probability of any two nodes (of two
  // outlets); the probability is cached.
  StoryPairVector Features(uint32_t a, uint32_t b) const;
  double Probability(uint32_t a, uint32_t b);
  // The probability of a and b if it has been computed already.
  bool Known(uint32_t a, uint32_t b, double* p) const;

 private:
  // The index of candidate (a, b), a < b, or candidates_.size().
  size_t CandidateIndex(uint32_t a, uint32_t b) const;
  // The context of a and b, from the candidate's when they are one.
  UnitPairContext Context(uint32_t a, uint32_t b) const;
  // The most IDF mass node `i` shares with a whole claim of `article`.
  double BestShared(uint32_t i, size_t article) const;
  // `shared`, the mass `i` shares with a sentence of `article`, over
  // BestShared (0..1).
  double Rank(uint32_t i, size_t article, double shared) const;

  const StoryFeatures& features_;
  const MatchOptions& options_;
  std::vector<UnitNode> nodes_;
  std::vector<double> mass_;  // IdfMass of each node
  std::vector<std::pair<uint32_t, uint32_t>> candidates_;
  // Per candidate: its context (from the masses the blocking summed) and
  // its probability once asked (negative before).
  std::vector<UnitPairContext> contexts_;
  std::vector<double> candidate_probability_;
  // The first candidate of each node as the low one (n + 1 entries, the
  // last candidates_.size()): node a's candidates are those in between.
  std::vector<size_t> first_candidate_;
  // BestShared per node: (article, mass), by article.
  std::vector<std::vector<std::pair<uint32_t, double>>> best_;
  // Probabilities of pairs that are not candidates.
  std::unordered_map<uint64_t, double> probability_;
};

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_UNIT_GRAPH_H_
