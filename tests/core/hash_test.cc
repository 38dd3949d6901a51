#include "core/hash.h"

#include <gtest/gtest.h>

namespace claimdiff {
namespace {

TEST(HashTest, Hash128HexIsThirtyTwoLowercaseHexDigits) {
  std::string h = Hash128Hex("hello");
  ASSERT_EQ(h.size(), 32u);
  for (char c : h) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << h;
}

TEST(HashTest, EqualBytesHashEqualAndDifferentBytesDiffer) {
  EXPECT_EQ(Hash128Hex("same text"), Hash128Hex("same text"));
  EXPECT_NE(Hash128Hex("same text"), Hash128Hex("same text."));
  EXPECT_EQ(Hash64("abc"), Hash64("abc"));
  EXPECT_NE(Hash64("abc"), Hash64("abd"));
}

TEST(HashTest, ShardsCoverEveryKeyExactlyOnce) {
  const uint32_t n = 4;
  std::vector<int> counts(n, 0);
  for (int i = 0; i < 400; ++i) {
    uint32_t shard = ShardOf("story-" + std::to_string(i), n);
    ASSERT_LT(shard, n);
    ++counts[shard];
  }
  for (int c : counts) EXPECT_GT(c, 50);  // roughly even
  EXPECT_EQ(ShardOf("anything", 1), 0u);
}

}  // namespace
}  // namespace claimdiff
