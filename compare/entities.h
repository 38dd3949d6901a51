// The story's table of who: one entry per person or organisation across
// all outlets ("Moussa Abu Marzouk" / "Abu Marzouk" / "Marzook"), with
// every mention. See entities.cc for the rules. Pure.
#ifndef CLAIMDIFF_COMPARE_ENTITIES_H_
#define CLAIMDIFF_COMPARE_ENTITIES_H_

#include <vector>

#include "core/model.h"

namespace claimdiff::compare {

// The people and organisations named in the claims of `articles` (captions
// left out), one entry each, sorted by key.
std::vector<StoryEntity> BuildEntityTable(const std::vector<Article>& articles);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_ENTITIES_H_
