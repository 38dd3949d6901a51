#include "compare/sorted_sets.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <set>
#include <vector>

namespace claimdiff::compare {
namespace {

std::vector<uint32_t> RandomSet(std::mt19937& rng, size_t n, uint32_t range) {
  std::set<uint32_t> s;
  while (s.size() < n) s.insert(static_cast<uint32_t>(rng() % range));
  return {s.begin(), s.end()};
}

size_t Expected(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out.size();
}

TEST(SortedSetsTest, BlockIntersectionCountsWhatTheMergeCounts) {
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    // Small ranges make long runs of shared values; sizes below and around
    // a block of four test the tail.
    const uint32_t range = 1 + rng() % 400;
    const size_t na = std::min<size_t>(rng() % 60, range);
    const size_t nb = std::min<size_t>(rng() % 60, range);
    const std::vector<uint32_t> a = RandomSet(rng, na, range);
    const std::vector<uint32_t> b = RandomSet(rng, nb, range);
    ASSERT_EQ(CommonCount(a, b), Expected(a, b)) << "round " << round;
    ASSERT_EQ(CommonCount(b, a), Expected(a, b)) << "round " << round;
  }
}

TEST(SortedSetsTest, EqualAndDisjointSets) {
  std::vector<uint32_t> a = {1, 5, 9, 13, 17, 21, 25, 29, 33};
  std::vector<uint32_t> b = {2, 6, 10, 14, 18, 22, 26, 30, 34};
  EXPECT_EQ(CommonCount(a, a), a.size());
  EXPECT_EQ(CommonCount(a, b), 0u);
  EXPECT_EQ(CommonCount(a, std::vector<uint32_t>{}), 0u);
  std::vector<uint32_t> wide = {0, 4294967295u};
  EXPECT_EQ(CommonCount(wide, std::vector<uint32_t>{4294967295u}), 1u);
}

}  // namespace
}  // namespace claimdiff::compare
