#include "compare/align.h"

#include <algorithm>
#include <set>
#include <string>

namespace claimdiff::compare {

namespace {

struct Working {
  std::vector<Member> members;
  std::vector<const ClaimFeatures*> features;
};

}  // namespace

std::vector<Cluster> AlignClaims(const std::vector<Article>& articles,
                                 const MatchOptions& options) {
  // Features of every claim, computed once.
  std::vector<std::vector<ClaimFeatures>> features(articles.size());
  for (size_t a = 0; a < articles.size(); ++a) {
    for (const Claim& c : articles[a].claims) features[a].push_back(Featurize(c.text));
  }

  std::vector<Working> work;
  for (size_t a = 0; a < articles.size(); ++a) {
    for (size_t c = 0; c < articles[a].claims.size(); ++c) {
      if (articles[a].claims[c].kind == ClaimKind::kCaption) continue;
      const ClaimFeatures& f = features[a][c];
      size_t best = work.size();
      double best_score = options.match_threshold;
      for (size_t k = 0; k < work.size(); ++k) {
        bool has_article = std::any_of(work[k].members.begin(), work[k].members.end(),
                                       [a](const Member& m) { return m.article == a; });
        if (has_article) continue;
        double score = 0;
        for (const ClaimFeatures* g : work[k].features) score = std::max(score, Similarity(f, *g));
        if (score >= best_score && (best == work.size() || score > best_score)) {
          best = k;
          best_score = score;
        }
      }
      if (best == work.size()) work.emplace_back();
      work[best].members.push_back(Member{a, c});
      work[best].features.push_back(&f);
    }
  }

  std::vector<Cluster> clusters;
  clusters.reserve(work.size());
  for (Working& w : work) {
    Cluster cluster;
    cluster.members = std::move(w.members);
    std::set<size_t> outlets;
    for (const Member& m : cluster.members) outlets.insert(m.article);
    cluster.verdict = outlets.size() >= 2 ? Verdict::kMatch : Verdict::kUnique;
    double total = 0;
    size_t pairs = 0;
    for (size_t i = 0; i < w.features.size(); ++i) {
      for (size_t j = i + 1; j < w.features.size(); ++j) {
        total += Similarity(*w.features[i], *w.features[j]);
        ++pairs;
      }
    }
    cluster.score = pairs == 0 ? 1.0 : total / static_cast<double>(pairs);
    cluster.provenance.first_member = 0;  // earliest in input order
    cluster.provenance.unattributed = std::all_of(
        cluster.members.begin(), cluster.members.end(), [&articles](const Member& m) {
          return articles[m.article].claims[m.claim].attributions.empty();
        });
    for (const Member& m : cluster.members) {
      for (const Attribution& at : articles[m.article].claims[m.claim].attributions) {
        cluster.provenance.sources.push_back(at.source.canonical.empty() ? at.source.text
                                                                         : at.source.canonical);
      }
    }
    std::sort(cluster.provenance.sources.begin(), cluster.provenance.sources.end());
    cluster.provenance.sources.erase(
        std::unique(cluster.provenance.sources.begin(), cluster.provenance.sources.end()),
        cluster.provenance.sources.end());
    clusters.push_back(std::move(cluster));
  }
  for (size_t i = 0; i < clusters.size(); ++i) clusters[i].id = "k" + std::to_string(i + 1);
  return clusters;
}

void CompareStory(Story* story, const MatchOptions& options) {
  story->clusters = AlignClaims(story->articles, options);
}

}  // namespace claimdiff::compare
