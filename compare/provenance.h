// Provenance of a cluster: who each member attributes the claim to, which
// outlets cite which, where the claim appeared first, and whether it is
// wire copy. Pure.
#ifndef CLAIMDIFF_COMPARE_PROVENANCE_H_
#define CLAIMDIFF_COMPARE_PROVENANCE_H_

#include "compare/similarity.h"
#include "core/model.h"

namespace claimdiff::compare {

// Provenance of `cluster`, a cluster of `story` (story.wire_groups must be
// filled already). See provenance.cc for the rules.
// `features`, when given, are FeaturizeStory(story.articles); without
// them the members that need it are featurized here.
Provenance TraceProvenance(const Story& story, const Cluster& cluster,
                           const StoryFeatures* features = nullptr);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_PROVENANCE_H_
