// Sorted-set intersection in blocks of four (Schlegel, Willhalm and
// Lehner, "Fast sorted-set intersection using SIMD instructions", ADMS
// 2011). A block of four elements of `a` is compared for equality with the
// four rotations of a block of `b`, which finds every equal pair between the
// two blocks in four vector compares; then the block whose last element is
// the smaller moves on (both when the last elements are equal). Each equal
// pair of elements meets in exactly one step, since neither array repeats a
// value, and none is skipped: a block moves on only when all its elements
// are below what the other array still holds past its current block. The
// elements left when either side has fewer than four go through the plain
// merge. On character trigram sets this is about three times the merge.
#include "compare/sorted_sets.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimdiff::compare {

#if defined(__SSE2__)
namespace {
// Set bits of a 4-bit lane mask (no popcount instruction is assumed).
constexpr uint8_t kBitsIn[16] = {0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4};
}  // namespace
#endif

size_t CommonCount(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t n = 0, i = 0, j = 0;
  const size_t na = a.size(), nb = b.size();
  const uint32_t* x = a.data();
  const uint32_t* y = b.data();
#if defined(__SSE2__)
  while (i + 4 <= na && j + 4 <= nb) {
    const __m128i va = _mm_loadu_si128(reinterpret_cast<const __m128i*>(x + i));
    const __m128i vb = _mm_loadu_si128(reinterpret_cast<const __m128i*>(y + j));
    __m128i eq = _mm_cmpeq_epi32(va, vb);
    eq = _mm_or_si128(eq, _mm_cmpeq_epi32(va, _mm_shuffle_epi32(vb, _MM_SHUFFLE(0, 3, 2, 1))));
    eq = _mm_or_si128(eq, _mm_cmpeq_epi32(va, _mm_shuffle_epi32(vb, _MM_SHUFFLE(1, 0, 3, 2))));
    eq = _mm_or_si128(eq, _mm_cmpeq_epi32(va, _mm_shuffle_epi32(vb, _MM_SHUFFLE(2, 1, 0, 3))));
    n += kBitsIn[_mm_movemask_ps(_mm_castsi128_ps(eq))];
    const uint32_t last_a = x[i + 3], last_b = y[j + 3];
    i += last_a <= last_b ? 4 : 0;
    j += last_b <= last_a ? 4 : 0;
  }
#endif
  while (i < na && j < nb) {
    const uint32_t p = x[i], q = y[j];
    n += p == q;
    i += p <= q;
    j += q <= p;
  }
  return n;
}

}  // namespace claimdiff::compare
