#include "reports/story_json.h"

namespace claimdiff::reports {

StoryCounts CountStory(const Story& story) {
  StoryCounts c;
  c.clusters = story.clusters.size();
  for (const Cluster& k : story.clusters) {
    switch (k.verdict) {
      case Verdict::kMatch:
        ++c.match;
        break;
      case Verdict::kDiffer:
        ++c.differ;
        break;
      case Verdict::kUnique:
        ++c.unique;
        break;
    }
    if (k.provenance.unattributed) ++c.unattributed;
  }
  for (const Article& a : story.articles) {
    if (a.error) ++c.failed_inputs;
  }
  return c;
}

Json StoryToJson(const Story& story) {
  Json j;
  j["id"] = story.id;
  j["title"] = story.title;
  Json outlets = Json::array();
  for (size_t i = 0; i < story.articles.size(); ++i) {
    const Article& a = story.articles[i];
    Json o;
    o["index"] = i;
    o["outlet"] = a.outlet;
    o["input"] = a.input;
    o["url"] = a.url;
    o["title"] = a.title;
    o["published"] = a.published ? Json(*a.published) : Json(nullptr);
    o["content_hash"] = a.content_hash;
    o["claims"] = a.claims.size();
    o["error"] = a.error ? Json(*a.error) : Json(nullptr);
    if (!a.warnings.empty()) o["warnings"] = a.warnings;
    outlets.push_back(std::move(o));
  }
  j["outlets"] = std::move(outlets);

  StoryCounts counts = CountStory(story);
  Json summary;
  summary["clusters"] = counts.clusters;
  summary["match"] = counts.match;
  summary["differ"] = counts.differ;
  summary["unique"] = counts.unique;
  summary["unattributed"] = counts.unattributed;
  summary["failed_inputs"] = counts.failed_inputs;
  j["summary"] = std::move(summary);

  Json clusters = Json::array();
  for (const Cluster& k : story.clusters) {
    Json c;
    c["id"] = k.id;
    c["verdict"] = VerdictName(k.verdict);
    c["score"] = k.score;
    Json members = Json::array();
    for (const Member& m : k.members) {
      const Article& a = story.articles[m.article];
      const Claim& claim = a.claims[m.claim];
      Json mj;
      mj["outlet"] = a.outlet;
      mj["outlet_index"] = m.article;
      mj["claim"] = claim.id;
      mj["start"] = claim.span.start;
      mj["end"] = claim.span.end;
      mj["text"] = claim.text;
      mj["kind"] = ClaimKindName(claim.kind);
      mj["hedged"] = claim.hedged;
      // The part of the claim that was aligned, when not all of it.
      if (!m.unit.empty() && m.unit.end <= a.text.size()) {
        Json u;
        u["start"] = m.unit.start;
        u["end"] = m.unit.end;
        u["text"] = std::string(a.Slice(m.unit));
        mj["unit"] = std::move(u);
      }
      members.push_back(std::move(mj));
    }
    c["members"] = std::move(members);
    Json conflicts = Json::array();
    for (const Conflict& x : k.conflicts) {
      Json cj;
      cj["type"] = x.type;
      cj["left"] = x.left;
      cj["right"] = x.right;
      cj["left_text"] = x.left_text;
      cj["right_text"] = x.right_text;
      cj["left_span"] = SpanToJson(x.left_span);
      cj["right_span"] = SpanToJson(x.right_span);
      cj["detail"] = x.detail;
      cj["word_diff"] = WordDiffToJson(x.word_diff);
      conflicts.push_back(std::move(cj));
    }
    c["conflicts"] = std::move(conflicts);
    Json prov;
    Json cited = Json::array();
    for (const CitedSource& cs : k.provenance.cited) {
      cited.push_back(Json{{"member", cs.member},
                           {"name", cs.name},
                           {"canonical", cs.canonical},
                           {"role", cs.role},
                           {"type", SourceTypeName(cs.type)},
                           {"via", cs.via}});
    }
    prov["cited"] = std::move(cited);
    prov["sources"] = k.provenance.sources;
    Json chain = Json::array();
    for (const ChainLink& l : k.provenance.chain) {
      chain.push_back(Json{{"from", l.from}, {"to", l.to}});
    }
    prov["chain"] = std::move(chain);
    prov["first_member"] =
        k.provenance.first_member ? Json(*k.provenance.first_member) : Json(nullptr);
    prov["unattributed"] = k.provenance.unattributed;
    prov["wire_group"] = k.provenance.wire_group ? Json(*k.provenance.wire_group) : Json(nullptr);
    c["provenance"] = std::move(prov);
    clusters.push_back(std::move(c));
  }
  j["clusters"] = std::move(clusters);
  Json wire = Json::array();
  for (const WireGroup& w : story.wire_groups) {
    wire.push_back(Json{
        {"origin", w.origin}, {"copies", w.copies}, {"agency", w.agency}, {"overlap", w.overlap}});
  }
  j["wire_groups"] = std::move(wire);
  Json entities = Json::array();
  for (const StoryEntity& e : story.entities) {
    Json ej;
    ej["key"] = e.key;
    ej["name"] = e.name;
    ej["type"] = e.type;
    Json mentions = Json::array();
    for (const EntityMention& m : e.mentions) {
      Json mj;
      mj["outlet_index"] = m.article;
      mj["text"] = m.text;
      mj["start"] = m.span.start;
      mj["end"] = m.span.end;
      mentions.push_back(std::move(mj));
    }
    ej["mentions"] = std::move(mentions);
    entities.push_back(std::move(ej));
  }
  j["entities"] = std::move(entities);
  return j;
}

}  // namespace claimdiff::reports
