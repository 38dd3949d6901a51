// Alignment of claims across outlets into clusters, each with a verdict,
// its conflicts and its provenance. See align.cc for the method.
// Pure and deterministic: the same articles give the same clusters, in the
// same order, with the same ids.
#ifndef CLAIMDIFF_COMPARE_ALIGN_H_
#define CLAIMDIFF_COMPARE_ALIGN_H_

#include <vector>

#include "compare/match.h"
#include "compare/similarity.h"
#include "core/model.h"

namespace claimdiff::compare {

// Clusters the claims of `articles` (captions left out) by their fact
// units: at most one unit per outlet per cluster, and a claim may stand in
// several clusters (Member::unit says which part); members ordered by
// article; clusters ordered by their first member (article, claim, unit),
// with ids "k1", "k2", ...
// Verdicts: UNIQUE for one outlet, DIFFER when two members conflict, MATCH
// otherwise. Provenance is left empty (see provenance.h).
std::vector<Cluster> AlignClaims(const std::vector<Article>& articles, const MatchOptions& options);

// The same with features computed already (FeaturizeStory(articles)).
std::vector<Cluster> AlignClaims(const std::vector<Article>& articles,
                                 const StoryFeatures& features, const MatchOptions& options);

// Fills story->wire_groups, story->clusters (aligned, judged), the entity
// table story->entities (entities.h) and each
// cluster's provenance from story->articles.
void CompareStory(Story* story, const MatchOptions& options);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_ALIGN_H_
