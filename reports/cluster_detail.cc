// The drill-down of one cluster. Every index that comes from the comparer
// (member, article, claim, wire group) is checked before use: a report must
// render whatever it is given, never crash on it.
#include "reports/cluster_detail.h"

#include <set>

#include "reports/escape.h"
#include "reports/word_diff.h"

namespace claimdiff::reports {

namespace {

const Article* MemberArticle(const Story& story, const Cluster& cluster, size_t member) {
  if (member >= cluster.members.size()) return nullptr;
  size_t a = cluster.members[member].article;
  return a < story.articles.size() ? &story.articles[a] : nullptr;
}

std::string ArticleName(const Article& a) { return a.outlet.empty() ? a.input : a.outlet; }

std::string OutletSpan(const std::string& name) {
  return "<span class=\"outlet\">" + EscapeHtml(name) + "</span>";
}

}  // namespace

std::string MemberOutlet(const Story& story, const Cluster& cluster, size_t member) {
  const Article* a = MemberArticle(story, cluster, member);
  return a ? ArticleName(*a) : "";
}

std::string RenderConflictsHtml(const Story& story, const Cluster& cluster) {
  if (cluster.conflicts.empty()) return "";
  std::string out = "<ul class=\"conflicts\">\n";
  for (const Conflict& c : cluster.conflicts) {
    out += "<li><span class=\"badge differ\">" + EscapeHtml(c.type) + "</span> " +
           OutletSpan(MemberOutlet(story, cluster, c.left)) + " <mark>" + EscapeHtml(c.left_text) +
           "</mark> vs " + OutletSpan(MemberOutlet(story, cluster, c.right)) + " <mark>" +
           EscapeHtml(c.right_text) + "</mark>";
    if (!c.detail.empty()) out += " <span class=\"muted\">" + EscapeHtml(c.detail) + "</span>";
    if (!c.word_diff.empty()) {
      out += "<br>" + RenderWordDiffHtml(c.word_diff);
    } else if (c.type == "quote" && !c.left_text.empty() && !c.right_text.empty()) {
      // The comparer named a wording conflict but gave no diff: make one.
      out += "<br>" + RenderWordDiffHtml(WordDiff(c.left_text, c.right_text));
    }
    out += "</li>\n";
  }
  out += "</ul>\n";
  return out;
}

std::string RenderProvenanceHtml(const Story& story, const Cluster& cluster) {
  const Provenance& p = cluster.provenance;
  std::string out = "<ul class=\"prov\">\n";
  if (p.unattributed) {
    out += "<li><span class=\"flag\">Unattributed</span>: no outlet names a source.</li>\n";
  }
  for (const CitedSource& s : p.cited) {
    out += "<li>" + OutletSpan(MemberOutlet(story, cluster, s.member)) + " cites <b>" +
           EscapeHtml(s.name) + "</b>";
    if (!s.role.empty()) out += ", " + EscapeHtml(s.role);
    out += " <span class=\"muted\">(" + std::string(SourceTypeName(s.type)) + ")</span>";
    if (!s.via.empty()) {
      out += " via ";
      for (size_t i = 0; i < s.via.size(); ++i) {
        if (i) out += " &larr; ";
        out += OutletSpan(s.via[i]);
      }
    }
    out += "</li>\n";
  }
  if (!p.chain.empty()) {
    out += "<li>Chain: ";
    for (size_t i = 0; i < p.chain.size(); ++i) {
      if (i) out += "; ";
      out += OutletSpan(p.chain[i].from) + " &rarr; " + OutletSpan(p.chain[i].to);
    }
    out += "</li>\n";
  }
  if (p.first_member) {
    const Article* a = MemberArticle(story, cluster, *p.first_member);
    if (a) {
      out += "<li>First appearance: " + OutletSpan(ArticleName(*a));
      if (a->published) {
        out += " <span class=\"muted\">published " + EscapeHtml(*a->published) + "</span>";
      }
      out += "</li>\n";
    }
  }
  if (p.wire_group && *p.wire_group < story.wire_groups.size()) {
    const WireGroup& w = story.wire_groups[*p.wire_group];
    out += "<li>Wire copy";
    if (!w.agency.empty()) out += " of <b>" + EscapeHtml(w.agency) + "</b>";
    if (w.origin < story.articles.size()) {
      out += ", origin " + OutletSpan(ArticleName(story.articles[w.origin]));
    }
    out += ", republished by ";
    bool first = true;
    for (size_t c : w.copies) {
      if (c >= story.articles.size()) continue;
      if (!first) out += ", ";
      first = false;
      out += OutletSpan(ArticleName(story.articles[c]));
    }
    out += ": counted as one source.</li>\n";
  }
  if (out == "<ul class=\"prov\">\n") out += "<li class=\"muted\">No provenance recorded.</li>\n";
  out += "</ul>\n";
  return out;
}

std::string ProvenanceSummary(const Story& story, const Cluster& cluster) {
  const Provenance& p = cluster.provenance;
  std::string out;
  auto add = [&out](const std::string& part) { out += (out.empty() ? "" : " · ") + part; };
  if (p.unattributed) add("unattributed");
  size_t sources = p.sources.size();
  if (sources == 0) {
    std::set<std::string> names;
    for (const CitedSource& s : p.cited) names.insert(s.canonical.empty() ? s.name : s.canonical);
    sources = names.size();
  }
  if (sources) add(std::to_string(sources) + (sources == 1 ? " source" : " sources"));
  if (!p.chain.empty()) add("chain of " + std::to_string(p.chain.size()));
  if (p.first_member) {
    std::string name = MemberOutlet(story, cluster, *p.first_member);
    if (!name.empty()) add("first: " + name);
  }
  if (p.wire_group) add("wire copy");
  if (out.empty()) add("provenance");
  return out;
}

}  // namespace claimdiff::reports
