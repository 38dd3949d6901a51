// Changes between two runs of a story.
//
// For each outlet present in both runs, the claims of the previous version
// and of the current one are compared as multisets of exact sentence texts.
// What is left on both sides is then paired greedily into edits: every
// (dropped, new) pair is scored with WordSimilarity of their word diff, and
// pairs at or above ChangeOptions::edit_similarity are taken best first
// (ties broken by position, so the output is deterministic). Whatever stays
// unpaired is a dropped or a new claim.
#include "reports/changes.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "reports/escape.h"
#include "reports/word_diff.h"

namespace claimdiff::reports {

namespace {

std::string ArticleKey(const Article& a) {
  if (!a.url.empty()) return "u:" + a.url;
  if (!a.outlet.empty()) return "o:" + a.outlet;
  return "i:" + a.input;
}

std::string OutletName(const Article& a) { return a.outlet.empty() ? a.input : a.outlet; }

std::vector<const Claim*> ClaimsOf(const Article& a) {
  std::vector<const Claim*> out;
  for (const Claim& c : a.claims) {
    if (c.kind != ClaimKind::kCaption) out.push_back(&c);
  }
  return out;
}

void CompareArticles(const Article& before, const Article& after, const ChangeOptions& options,
                     StoryChanges* changes) {
  std::vector<const Claim*> old_claims = ClaimsOf(before);
  std::vector<const Claim*> new_claims = ClaimsOf(after);
  // Multiset difference on exact text.
  std::map<std::string, int> count;
  for (const Claim* c : old_claims) ++count[c->text];
  std::vector<const Claim*> added;
  for (const Claim* c : new_claims) {
    auto it = count.find(c->text);
    if (it != count.end() && it->second > 0) {
      --it->second;
    } else {
      added.push_back(c);
    }
  }
  std::vector<const Claim*> dropped;
  for (const Claim* c : old_claims) {
    auto it = count.find(c->text);
    if (it != count.end() && it->second > 0) {
      --it->second;
      dropped.push_back(c);
    }
  }
  // Pair dropped and added sentences into edits, best first.
  struct Candidate {
    double similarity;
    size_t d, a;
    std::vector<DiffOp> diff;
  };
  std::vector<Candidate> candidates;
  if (dropped.size() * added.size() <= options.max_pairs) {
    for (size_t d = 0; d < dropped.size(); ++d) {
      for (size_t a = 0; a < added.size(); ++a) {
        std::vector<DiffOp> diff = WordDiff(dropped[d]->text, added[a]->text);
        double s = WordSimilarity(diff);
        if (s >= options.edit_similarity) candidates.push_back({s, d, a, std::move(diff)});
      }
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& x, const Candidate& y) {
                     if (x.similarity != y.similarity) return x.similarity > y.similarity;
                     return std::tie(x.a, x.d) < std::tie(y.a, y.d);
                   });
  std::vector<bool> d_used(dropped.size()), a_used(added.size());
  std::vector<std::pair<size_t, EditedSentence>> edits;  // keyed by position in `after`
  for (Candidate& c : candidates) {
    if (d_used[c.d] || a_used[c.a]) continue;
    d_used[c.d] = a_used[c.a] = true;
    edits.push_back({c.a, EditedSentence{OutletName(after), after.url, dropped[c.d]->text,
                                         added[c.a]->text, std::move(c.diff)}});
  }
  std::sort(edits.begin(), edits.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  for (auto& [pos, e] : edits) changes->edited.push_back(std::move(e));
  for (size_t a = 0; a < added.size(); ++a) {
    if (!a_used[a]) changes->new_claims.push_back({OutletName(after), after.url, added[a]->text});
  }
  for (size_t d = 0; d < dropped.size(); ++d) {
    if (!d_used[d]) {
      changes->dropped_claims.push_back({OutletName(before), before.url, dropped[d]->text});
    }
  }
}

void AppendClaimList(std::string* out, const char* heading, const char* css,
                     const std::vector<ClaimChange>& claims) {
  if (claims.empty()) return;
  *out += "<h3>" + std::string(heading) + " (" + std::to_string(claims.size()) +
          ")</h3>\n<ul class=\"" + css + "\">\n";
  for (const ClaimChange& c : claims) {
    *out += "<li><span class=\"outlet\">" + EscapeHtml(c.outlet) + "</span> " + EscapeHtml(c.text) +
            "</li>\n";
  }
  *out += "</ul>\n";
}

}  // namespace

StoryChanges ComputeChanges(const Story& previous, const Story& current,
                            const ChangeOptions& options) {
  StoryChanges changes;
  changes.has_previous = true;
  std::map<std::string, const Article*> before;
  for (const Article& a : previous.articles) before.emplace(ArticleKey(a), &a);
  std::map<std::string, bool> seen;
  for (const Article& a : current.articles) {
    std::string key = ArticleKey(a);
    seen[key] = true;
    auto it = before.find(key);
    if (it == before.end()) {
      changes.new_outlets.push_back(OutletName(a));
      continue;
    }
    CompareArticles(*it->second, a, options, &changes);
  }
  for (const Article& a : previous.articles) {
    if (!seen.count(ArticleKey(a))) changes.dropped_outlets.push_back(OutletName(a));
  }
  return changes;
}

std::string RenderChangesHtml(const StoryChanges& changes) {
  if (!changes.has_previous) return "";
  std::string out = "<section id=\"changes\">\n<h2>Changed since the last run</h2>\n";
  if (changes.empty()) {
    out += "<p class=\"muted\">No outlet changed its text since the last run.</p>\n</section>\n";
    return out;
  }
  auto names = [](const std::vector<std::string>& list) {
    std::string s;
    for (const std::string& n : list) s += (s.empty() ? "" : ", ") + EscapeHtml(n);
    return s;
  };
  if (!changes.new_outlets.empty()) {
    out += "<p>New outlets: " + names(changes.new_outlets) + "</p>\n";
  }
  if (!changes.dropped_outlets.empty()) {
    out += "<p>Outlets no longer in the story: " + names(changes.dropped_outlets) + "</p>\n";
  }
  if (!changes.edited.empty()) {
    out += "<h3>Edited sentences (" + std::to_string(changes.edited.size()) +
           ")</h3>\n<ul class=\"edited\">\n";
    for (const EditedSentence& e : changes.edited) {
      out += "<li><span class=\"outlet\">" + EscapeHtml(e.outlet) + "</span> " +
             RenderWordDiffHtml(e.diff) + "</li>\n";
    }
    out += "</ul>\n";
  }
  AppendClaimList(&out, "New claims", "added", changes.new_claims);
  AppendClaimList(&out, "Dropped claims", "dropped", changes.dropped_claims);
  out += "</section>\n";
  return out;
}

}  // namespace claimdiff::reports
