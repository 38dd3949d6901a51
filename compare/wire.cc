// Wire-copy detection by word shingles (Broder, "On the resemblance and
// containment of documents", 1997). Each article's text becomes the set of
// 64-bit keys (XXH3-64 of the words, mixed in order) of its 5-word runs (case-folded words,
// punctuation dropped). Containment c(A in B) = |S(A) & S(B)| / |S(A)| tells how much of A is found
// verbatim in B; resemblance would hide a short copy inside a long original. Two articles are
// linked when either is contained in the other past WireOptions::min_containment with at least
// min_shared common shingles; linked articles form groups (union-find). Story-sized inputs are tens
// of articles, so all pairs are compared directly.
//
// Which copied from which: a copy usually credits its origin ("(Valley
// Wire)", "Reporting by ..."), so the member whose outlet name appears in
// every other member's text is the origin; failing that, the first
// published; failing that, the first given.
#include "compare/wire.h"

#include <algorithm>
#include <numeric>
#include <string>

#include "compare/mentions.h"
#include "core/hash.h"
#include "core/text.h"

namespace claimdiff::compare {

namespace {

// Shingle keys: each word hashed once, a run's key folds its words' keys
// in order (a multiply-xorshift mix), so no run is spelled out.
std::vector<uint64_t> Shingles(const std::vector<std::string_view>& words, size_t k) {
  std::vector<uint64_t> out;
  if (words.size() < k || k == 0) return out;
  std::vector<uint64_t> keys;
  keys.reserve(words.size());
  for (std::string_view w : words) keys.push_back(Hash64(w));
  out.reserve(words.size() - k + 1);
  for (size_t i = 0; i + k <= words.size(); ++i) {
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (size_t j = i; j < i + k; ++j) {
      h = (h ^ keys[j]) * 0xFF51AFD7ED558CCDULL;
      h ^= h >> 32;
    }
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t Common(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t n = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

size_t Find(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

bool Credits(const Article& copy, const Article& origin) {
  return MentionsOutlet(copy.text, origin.outlet);
}

}  // namespace

std::vector<WireGroup> FindWireGroups(const std::vector<Article>& articles,
                                      const WireOptions& options) {
  std::vector<std::vector<Token>> tokens(articles.size());
  std::vector<std::vector<std::string_view>> words(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    if (articles[i].error) continue;
    tokens[i] = Tokenize(articles[i].text);
    for (const Token& t : tokens[i]) words[i].push_back(t.norm);
  }
  return FindWireGroups(articles, words, options);
}

std::vector<WireGroup> FindWireGroups(const std::vector<Article>& articles,
                                      const std::vector<std::vector<std::string_view>>& words,
                                      const WireOptions& options) {
  const size_t n = articles.size();
  std::vector<std::vector<uint64_t>> sets(n);
  for (size_t i = 0; i < n && i < words.size(); ++i) {
    sets[i] = Shingles(words[i], options.shingle_words);
  }
  std::vector<size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  // containment[i][j]: share of i's shingles found in j.
  std::vector<std::vector<double>> containment(n, std::vector<double>(n, 0));
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      if (sets[i].empty() || sets[j].empty()) continue;
      size_t common = Common(sets[i], sets[j]);
      containment[i][j] = static_cast<double>(common) / static_cast<double>(sets[i].size());
      containment[j][i] = static_cast<double>(common) / static_cast<double>(sets[j].size());
      if (common >= options.min_shared &&
          std::max(containment[i][j], containment[j][i]) >= options.min_containment) {
        parent[Find(parent, i)] = Find(parent, j);
      }
    }
  }
  std::vector<std::vector<size_t>> members(n);
  for (size_t i = 0; i < n; ++i) members[Find(parent, i)].push_back(i);

  std::vector<WireGroup> groups;
  for (const std::vector<size_t>& m : members) {
    if (m.size() < 2) continue;
    // Origin: credited by all others, else first published, else first.
    size_t origin = m.front();
    bool credited = false;
    for (size_t cand : m) {
      bool all = std::all_of(m.begin(), m.end(), [&](size_t o) {
        return o == cand || Credits(articles[o], articles[cand]);
      });
      if (all) {
        origin = cand;
        credited = true;
        break;
      }
    }
    if (!credited) {
      for (size_t cand : m) {
        const auto& p = articles[cand].published;
        const auto& best = articles[origin].published;
        if (p && (!best || *p < *best)) origin = cand;
      }
    }
    WireGroup g;
    g.origin = origin;
    double total = 0;
    for (size_t o : m) {
      if (o == origin) continue;
      g.copies.push_back(o);
      total += containment[o][origin];
    }
    g.agency = credited ? articles[origin].outlet : "";
    g.overlap = total / static_cast<double>(g.copies.size());
    groups.push_back(std::move(g));
  }
  std::sort(groups.begin(), groups.end(),
            [](const WireGroup& x, const WireGroup& y) { return x.origin < y.origin; });
  return groups;
}

}  // namespace claimdiff::compare
