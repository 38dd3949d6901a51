// The claim matrix and its filter bar.
//
// Each cluster is one <tbody class="cluster"> holding two rows: the
// sentences (one cell per outlet) and the drill-down. The page script
// filters on the tbody's data attributes (verdict, outlet indexes,
// unattributed) and on its text, so search finds sentences and sources
// alike. Conflicting parts are marked inside the sentences from the
// comparer's spans (absolute offsets into the article text, turned into
// offsets into the claim); a conflict without a usable span is located by
// its text, and one that cannot be located is still listed in the
// drill-down.
#include "reports/matrix.h"

#include <algorithm>

#include "reports/cluster_detail.h"
#include "reports/escape.h"

namespace claimdiff::reports {

namespace {

const Claim* MemberClaim(const Story& story, const Member& m) {
  if (m.article >= story.articles.size()) return nullptr;
  const Article& a = story.articles[m.article];
  return m.claim < a.claims.size() ? &a.claims[m.claim] : nullptr;
}

void AddRange(const Claim& claim, Span span, const std::string& text,
              std::vector<std::pair<size_t, size_t>>* out) {
  if (!span.empty() && span.start >= claim.span.start && span.end <= claim.span.end &&
      span.end - claim.span.start <= claim.text.size()) {
    out->emplace_back(span.start - claim.span.start, span.end - claim.span.start);
    return;
  }
  if (text.empty()) return;
  size_t at = claim.text.find(text);
  if (at != std::string::npos) out->emplace_back(at, at + text.size());
}

std::string ArticleName(const Article& a) { return a.outlet.empty() ? a.input : a.outlet; }

void AppendFilters(const Story& story, std::string* out) {
  *out +=
      "<div class=\"filters\" role=\"search\">\n"
      "<label>Verdict <select id=\"f-verdict\"><option value=\"\">all</option>"
      "<option value=\"differ\">only DIFFER</option><option value=\"match\">only MATCH</option>"
      "<option value=\"unique\">only UNIQUE</option></select></label>\n"
      "<label>Outlet <select id=\"f-outlet\"><option value=\"\">all outlets</option>";
  for (size_t i = 0; i < story.articles.size(); ++i) {
    *out += "<option value=\"" + std::to_string(i) + "\">" +
            EscapeHtml(ArticleName(story.articles[i])) + "</option>";
  }
  *out +=
      "</select></label>\n"
      "<label><input type=\"checkbox\" id=\"f-unattributed\"> only unattributed</label>\n"
      "<label>Search <input type=\"search\" id=\"f-search\" placeholder=\"text or source\" "
      "autocomplete=\"off\"></label>\n"
      "<span id=\"f-count\" class=\"muted\" aria-live=\"polite\"></span>\n</div>\n";
}

void AppendCluster(const Story& story, const Cluster& k, std::string* out) {
  std::string verdict(VerdictName(k.verdict));
  std::vector<bool> in_article(story.articles.size());
  for (const Member& m : k.members) {
    if (m.article < in_article.size()) in_article[m.article] = true;
  }
  std::string outlets;
  size_t outlet_count = 0;
  for (size_t a = 0; a < in_article.size(); ++a) {
    if (!in_article[a]) continue;
    if (!outlets.empty()) outlets += ' ';
    outlets += std::to_string(a);
    ++outlet_count;
  }
  *out += "<tbody class=\"cluster " + verdict + "\" id=\"" + EscapeHtml(k.id) +
          "\" data-verdict=\"" + verdict + "\" data-outlets=\"" + outlets +
          "\" data-unattributed=\"" + (k.provenance.unattributed ? "1" : "0") +
          "\">\n<tr><th class=\"k\" scope=\"row\">" + EscapeHtml(k.id) + " <span class=\"badge " +
          verdict + "\">" + verdict + "</span><br><span class=\"muted\">" +
          std::to_string(outlet_count) + (outlet_count == 1 ? " outlet" : " outlets") +
          "</span></th>";
  for (size_t a = 0; a < story.articles.size(); ++a) {
    if (!in_article[a]) {
      *out += "<td class=\"cell\"></td>";
      continue;
    }
    *out += "<td class=\"cell has\">";
    const Article& article = story.articles[a];
    for (size_t i = 0; i < k.members.size(); ++i) {
      if (k.members[i].article != a) continue;
      const Claim* claim = MemberClaim(story, k.members[i]);
      if (claim == nullptr) continue;
      *out += "<p>" + MarkUnit(*claim, k.members[i].unit, ConflictRanges(story, k, i));
      if (claim->hedged) *out += " <span class=\"flag\" title=\"hedged\">hedged</span>";
      if (k.provenance.first_member == i && k.members.size() > 1) {
        *out += " <span class=\"flag\" title=\"first appearance\">first</span>";
      }
      std::string link = TextFragmentLink(article.url, claim->text);
      if (!link.empty()) {
        *out += "<a class=\"go\" href=\"" + EscapeHtml(link) +
                "\" rel=\"noopener noreferrer\" target=\"_blank\" title=\"open at this passage\">"
                "&#8599;</a>";
      }
      *out += "</p>";
    }
    *out += "</td>";
  }
  *out += "</tr>\n<tr><td class=\"detail\" colspan=\"" + std::to_string(story.articles.size() + 1) +
          "\">";
  if (k.verdict == Verdict::kDiffer) {
    *out += RenderConflictsHtml(story, k) + RenderProvenanceHtml(story, k);
  } else {
    *out += "<details><summary>" + EscapeHtml(ProvenanceSummary(story, k)) + "</summary>" +
            RenderConflictsHtml(story, k) + RenderProvenanceHtml(story, k) + "</details>";
  }
  *out += "</td></tr>\n</tbody>\n";
}

}  // namespace

std::vector<std::pair<size_t, size_t>> ConflictRanges(const Story& story, const Cluster& cluster,
                                                      size_t member) {
  std::vector<std::pair<size_t, size_t>> ranges;
  if (member >= cluster.members.size()) return ranges;
  const Claim* claim = MemberClaim(story, cluster.members[member]);
  if (claim == nullptr) return ranges;
  for (const Conflict& c : cluster.conflicts) {
    if (c.left == member) AddRange(*claim, c.left_span, c.left_text, &ranges);
    if (c.right == member) AddRange(*claim, c.right_span, c.right_text, &ranges);
  }
  std::sort(ranges.begin(), ranges.end());
  std::vector<std::pair<size_t, size_t>> merged;
  for (const auto& r : ranges) {
    if (!merged.empty() && r.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, r.second);
    } else {
      merged.push_back(r);
    }
  }
  return merged;
}

std::string MarkRanges(std::string_view text,
                       const std::vector<std::pair<size_t, size_t>>& ranges) {
  std::string out;
  size_t at = 0;
  for (const auto& [start, end] : ranges) {
    if (start < at || end > text.size() || start >= end) continue;
    out += EscapeHtml(text.substr(at, start - at));
    out += "<mark>" + EscapeHtml(text.substr(start, end - start)) + "</mark>";
    at = end;
  }
  out += EscapeHtml(text.substr(at));
  return out;
}

std::string MarkUnit(const Claim& claim, Span unit,
                     const std::vector<std::pair<size_t, size_t>>& ranges) {
  if (unit.empty() || unit.start < claim.span.start || unit.end > claim.span.end) {
    return MarkRanges(claim.text, ranges);
  }
  const size_t from = unit.start - claim.span.start, to = unit.end - claim.span.start;
  // Each part is marked with the ranges clipped to it, offsets made local.
  auto part = [&](size_t a, size_t b) {
    std::vector<std::pair<size_t, size_t>> local;
    for (const auto& [x, y] : ranges) {
      const size_t lo = std::max(x, a), hi = std::min(y, b);
      if (lo < hi) local.emplace_back(lo - a, hi - a);
    }
    return MarkRanges(std::string_view(claim.text).substr(a, b - a), local);
  };
  return part(0, from) + "<span class=\"unit\" title=\"the part aligned across outlets\">" +
         part(from, to) + "</span>" + part(to, claim.text.size());
}

std::string RenderMatrixHtml(const Story& story) {
  std::string out = "<section id=\"claims\">\n<h2>Claims</h2>\n";
  AppendFilters(story, &out);
  out += "<table id=\"matrix\">\n<thead><tr><th class=\"k\">Claim</th>";
  for (const Article& a : story.articles) out += "<th>" + EscapeHtml(ArticleName(a)) + "</th>";
  out += "</tr></thead>\n";
  for (const Cluster& k : story.clusters) {
    if (k.verdict == Verdict::kDiffer) AppendCluster(story, k, &out);
  }
  for (const Cluster& k : story.clusters) {
    if (k.verdict != Verdict::kDiffer) AppendCluster(story, k, &out);
  }
  out += "</table>\n</section>\n";
  return out;
}

}  // namespace claimdiff::reports
