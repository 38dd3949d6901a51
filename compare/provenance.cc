// Provenance rules.
//
// Cited sources, per member, come from the claim's attributions (parse/):
// the source as written, its canonical key, its role (the title written
// before the name), its type, and the outlets it came through
// (Attribution::via, nearest first). A member without attributions falls
// back on what its text says plainly: a name next to a speech verb (the
// stand-in of features.cc) or the name of another outlet of the story
// ("according to the Harbour Times").
//
// Chains: an outlet citing an outlet. Each via list gives links article
// outlet -> via[0] -> via[1] ...; a source of type outlet gives article
// outlet -> source; and a mention of another outlet of the story in the
// text of a member without attributions gives article outlet -> that
// outlet. Links are distinct and
// sorted.
//
// First appearance: the member whose article was published first (ISO-8601
// strings compare in time order when written in one zone, as extraction
// normalises them); none when no member has a date. Ties go to the
// earlier member. Unattributed: no member names any source. The sources
// list holds one entry per canonical key, as the first member wrote it.
// Wire group: set when two or more members come from articles of one wire
// group.
#include "compare/provenance.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "compare/features.h"
#include "compare/mentions.h"
#include "core/text.h"

namespace claimdiff::compare {

namespace {

// An outlet as the story knows it: "the Harbour Times" written in a claim
// is the story's "Harbour Times". Names of outlets outside the story keep
// their words, less a lower-case leading "the".
std::string OutletName(const Story& story, std::string_view written) {
  auto key = [](std::string_view name) {
    std::string k = FoldCase(name);
    if (k.rfind("the ", 0) == 0) k.erase(0, 4);
    return k;
  };
  std::string wanted = key(written);
  for (const Article& a : story.articles) {
    if (!a.outlet.empty() && key(a.outlet) == wanted) return a.outlet;
  }
  if (written.rfind("the ", 0) == 0) written.remove_prefix(4);
  return std::string(written);
}

// The role written in an attribution's source text: the title of the
// claim's entity inside the source span, else "".
std::string RoleOf(const Claim& claim, const Attribution& at) {
  for (const Entity& e : claim.entities) {
    if (e.type == "date") continue;
    if (e.span.start >= at.source.span.start && e.span.end <= at.source.span.end) return e.role;
  }
  return "";
}

}  // namespace

Provenance TraceProvenance(const Story& story, const Cluster& cluster,
                           const StoryFeatures* features) {
  Provenance p;
  std::optional<Featurizer> featurizer;  // only when `features` is null
  std::set<std::pair<std::string, std::string>> links;
  // Distinct sources by canonical key, each shown as first written.
  std::map<std::string, std::string> sources;
  // Outlet names folded once, for the mentions test below.
  std::vector<std::string> folded_outlets;
  folded_outlets.reserve(story.articles.size());
  for (const Article& other : story.articles) folded_outlets.push_back(FoldCase(other.outlet));
  for (size_t i = 0; i < cluster.members.size(); ++i) {
    const Member& m = cluster.members[i];
    const Article& article = story.articles[m.article];
    const Claim& claim = article.claims[m.claim];
    for (const Attribution& at : claim.attributions) {
      CitedSource cs;
      cs.member = i;
      cs.name = at.source.text;
      cs.canonical = at.source.canonical.empty() ? FoldCase(at.source.text) : at.source.canonical;
      cs.role = RoleOf(claim, at);
      cs.type = at.source_type;
      std::string from = article.outlet;
      for (const Via& v : at.via) {
        std::string outlet = OutletName(story, v.outlet);
        cs.via.push_back(outlet);
        links.emplace(from, outlet);
        from = outlet;
      }
      if (at.source_type == SourceType::kOutlet)
        links.emplace(from, OutletName(story, at.source.text));
      sources.emplace(cs.canonical, cs.name);
      p.cited.push_back(std::move(cs));
    }
    if (!claim.attributions.empty()) continue;
    // Without attributions: outlets of the story named in the text.
    std::set<std::string> named;
    const std::string folded = FoldCase(claim.text);
    for (size_t o = 0; o < story.articles.size(); ++o) {
      const Article& other = story.articles[o];
      if (other.outlet.empty() || other.outlet == article.outlet) continue;
      if (other.outlet.size() >= 3 && MentionsFolded(folded, folded_outlets[o])) {
        named.insert(other.outlet);
      }
    }
    for (const std::string& o : named) links.emplace(article.outlet, o);
    // Fallbacks: a speaker named in the text, an outlet named in the text.
    ClaimFeatures own;
    if (features == nullptr) {
      if (!featurizer) featurizer.emplace();
      own = featurizer->Of(claim);
    }
    const ClaimFeatures& f = features != nullptr ? features->claims[m.article][m.claim] : own;
    for (const Entity& e : f.names) {
      if (std::find(f.speakers.begin(), f.speakers.end(), e.canonical) == f.speakers.end()) {
        continue;
      }
      CitedSource cs;
      cs.member = i;
      cs.name = e.text;
      cs.canonical = e.canonical;
      cs.role = e.role;
      cs.type = e.type == "organisation" ? SourceType::kOrganisation : SourceType::kPerson;
      sources.emplace(cs.canonical, cs.name);
      p.cited.push_back(std::move(cs));
    }
    for (const std::string& o : named) {
      CitedSource cs;
      cs.member = i;
      cs.name = o;
      cs.canonical = FoldCase(o);
      cs.type = SourceType::kOutlet;
      sources.emplace(cs.canonical, cs.name);
      p.cited.push_back(std::move(cs));
    }
  }
  std::set<std::string> shown;
  for (const auto& [key, name] : sources) shown.insert(name.empty() ? key : name);
  p.sources.assign(shown.begin(), shown.end());
  for (const auto& [from, to] : links) p.chain.push_back(ChainLink{from, to});
  p.unattributed = p.cited.empty();

  for (size_t i = 0; i < cluster.members.size(); ++i) {
    const auto& pub = story.articles[cluster.members[i].article].published;
    if (!pub) continue;
    if (!p.first_member ||
        *pub < *story.articles[cluster.members[*p.first_member].article].published) {
      p.first_member = i;
    }
  }

  for (size_t g = 0; g < story.wire_groups.size(); ++g) {
    const WireGroup& wg = story.wire_groups[g];
    size_t in_group = 0;
    for (const Member& m : cluster.members) {
      if (m.article == wg.origin ||
          std::binary_search(wg.copies.begin(), wg.copies.end(), m.article)) {
        ++in_group;
      }
    }
    if (in_group >= 2) {
      p.wire_group = g;
      break;
    }
  }
  return p;
}

}  // namespace claimdiff::compare
