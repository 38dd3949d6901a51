// Content hashing with xxHash: XXH3-64 for keys (indexes, shards, shingles)
// and XXH3-128 for the identity of a version of a page or an article text.
//
// Thread-safety: pure functions.
#ifndef CLAIMDIFF_CORE_HASH_H_
#define CLAIMDIFF_CORE_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace claimdiff {

// XXH3-64 of `bytes` (seed 0).
uint64_t Hash64(std::string_view bytes);

// XXH3-128 of `bytes` as 32 lowercase hex digits, high half first.
std::string Hash128Hex(std::string_view bytes);

// Which of `shard_count` shards a key (a story id) belongs to: Hash64 % N.
uint32_t ShardOf(std::string_view key, uint32_t shard_count);

}  // namespace claimdiff

#endif  // CLAIMDIFF_CORE_HASH_H_
