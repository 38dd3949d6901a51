#include "core/hash.h"

#include <xxhash.h>

#include <cstdio>

namespace claimdiff {

uint64_t Hash64(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

std::string Hash128Hex(std::string_view bytes) {
  XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  char buf[33];
  std::snprintf(buf, sizeof(buf), "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return std::string(buf, 32);
}

uint32_t ShardOf(std::string_view key, uint32_t shard_count) {
  if (shard_count == 0) return 0;
  return static_cast<uint32_t>(Hash64(key) % shard_count);
}

}  // namespace claimdiff
