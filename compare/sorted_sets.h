// How many elements two sorted, duplicate-free arrays share: the merges
// that pair scoring runs for every candidate pair (stems, n-grams,
// character trigrams). Pure.
#ifndef CLAIMDIFF_COMPARE_SORTED_SETS_H_
#define CLAIMDIFF_COMPARE_SORTED_SETS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace claimdiff::compare {

// Branch-free merge: the compare outcome is unpredictable, so the loop
// advances by arithmetic instead of by jumps.
template <typename T>
size_t CommonCount(const std::vector<T>& a, const std::vector<T>& b) {
  size_t n = 0, i = 0, j = 0;
  const size_t na = a.size(), nb = b.size();
  while (i < na && j < nb) {
    const T x = a[i];
    const T y = b[j];
    n += x == y;
    i += x <= y;
    j += y <= x;
  }
  return n;
}

// The same for 32-bit elements (character trigrams, a hundred or more per
// sentence), four against four at a time where the machine has SSE2.
size_t CommonCount(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

}  // namespace claimdiff::compare

#endif  // CLAIMDIFF_COMPARE_SORTED_SETS_H_
