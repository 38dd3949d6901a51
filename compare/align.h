// Alignment of claims across outlets into clusters, each with a verdict.
//
// The skeleton aligner is greedy and order-stable: articles are visited in
// input order and each claim joins the most similar existing cluster that
// has no claim of its article yet, if the similarity to that cluster's best
// member reaches MatchOptions::match_threshold; otherwise it opens a new
// cluster. A cluster with claims from two or more outlets is MATCH, one
// outlet only is UNIQUE. Captions are left out. Pure and deterministic.
#ifndef CLAIMDIFF_COMPARE_ALIGN_H_
#define CLAIMDIFF_COMPARE_ALIGN_H_

#include <vector>

#include "compare/match.h"
#include "core/model.h"

namespace claimdiff::compare {

// Clusters the claims of `articles`, ordered by first appearance in input
// order, with ids "k1", "k2", ...
std::vector<Cluster> AlignClaims(const std::vector<Article>& articles, const MatchOptions& options);

// Fills story->clusters from story->articles.
void CompareStory(Story* story, const MatchOptions& options);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_ALIGN_H_
