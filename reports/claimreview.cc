// ClaimReview JSON-LD. Mapping from the model:
//   claimReviewed            the first-appearance member's sentence (else the first member's)
//   itemReviewed.author      each distinct cited source: person -> Person (jobTitle = role),
//                            organisation -> Organization, outlet -> NewsMediaOrganization,
//                            document -> CreativeWork, anonymous -> Person named as written;
//                            with no source, the outlet of the first appearance
//   itemReviewed.appearance  one CreativeWork per member: url, publisher, datePublished, text
//   itemReviewed.firstAppearance  the same for Provenance::first_member
//   reviewBody               verdict, outlets, and each conflict in words
#include "reports/claimreview.h"

#include <set>

#include "reports/escape.h"

namespace claimdiff::reports {

namespace {

const char* SchemaTypeOf(SourceType type) {
  switch (type) {
    case SourceType::kPerson:
      return "Person";
    case SourceType::kOrganisation:
      return "Organization";
    case SourceType::kOutlet:
      return "NewsMediaOrganization";
    case SourceType::kDocument:
      return "CreativeWork";
    case SourceType::kAnonymous:
      return "Person";
  }
  return "Thing";
}

std::string ArticleName(const Article& a) { return a.outlet.empty() ? a.input : a.outlet; }

const Claim* MemberClaim(const Story& story, const Member& m) {
  if (m.article >= story.articles.size()) return nullptr;
  const Article& a = story.articles[m.article];
  return m.claim < a.claims.size() ? &a.claims[m.claim] : nullptr;
}

Json Appearance(const Story& story, const Member& m) {
  const Article& a = story.articles[m.article];
  Json j;
  j["@type"] = "CreativeWork";
  if (IsSafeLink(a.url)) j["url"] = a.url;
  if (!a.title.empty()) j["headline"] = a.title;
  j["publisher"] = Json{{"@type", "NewsMediaOrganization"}, {"name", ArticleName(a)}};
  if (a.published) j["datePublished"] = *a.published;
  if (const Claim* c = MemberClaim(story, m)) j["text"] = c->text;
  return j;
}

std::string ReviewBody(const Story& story, const Cluster& k) {
  std::set<std::string> outlets;
  for (const Member& m : k.members) {
    if (m.article < story.articles.size()) outlets.insert(ArticleName(story.articles[m.article]));
  }
  std::string names;
  for (const std::string& o : outlets) names += (names.empty() ? "" : ", ") + o;
  std::string body;
  switch (k.verdict) {
    case Verdict::kMatch:
      body = "The outlets agree (" + names + ").";
      break;
    case Verdict::kDiffer:
      body = "The outlets differ (" + names + ").";
      break;
    case Verdict::kUnique:
      body = "Only " + names + " states this.";
      break;
  }
  for (const Conflict& c : k.conflicts) {
    body += " " + c.type + ": \"" + c.left_text + "\" vs \"" + c.right_text + "\".";
  }
  if (k.provenance.unattributed) body += " No outlet names a source.";
  return body;
}

}  // namespace

std::string ClaimReviewFileName(const std::string& story_id) {
  return story_id + ".claimreview.jsonld";
}

Json ClaimReviewJsonLd(const Story& story) {
  Json graph = Json::array();
  for (const Cluster& k : story.clusters) {
    std::vector<const Member*> members;
    for (const Member& m : k.members) {
      if (MemberClaim(story, m) != nullptr) members.push_back(&m);
    }
    if (members.empty()) continue;
    const Member* first = members.front();
    if (k.provenance.first_member && *k.provenance.first_member < k.members.size() &&
        MemberClaim(story, k.members[*k.provenance.first_member]) != nullptr) {
      first = &k.members[*k.provenance.first_member];
    }
    Json item;
    item["@type"] = "Claim";
    Json authors = Json::array();
    std::set<std::string> seen;
    for (const CitedSource& s : k.provenance.cited) {
      std::string key = s.canonical.empty() ? s.name : s.canonical;
      if (key.empty() || !seen.insert(key).second) continue;
      Json a{{"@type", SchemaTypeOf(s.type)}, {"name", s.name.empty() ? s.canonical : s.name}};
      if (!s.role.empty()) {
        a[s.type == SourceType::kPerson ? "jobTitle" : "description"] = s.role;
      }
      authors.push_back(std::move(a));
    }
    if (authors.empty()) {
      authors.push_back(Json{{"@type", "NewsMediaOrganization"},
                             {"name", ArticleName(story.articles[first->article])}});
    }
    item["author"] = std::move(authors);
    Json appearances = Json::array();
    for (const Member* m : members) appearances.push_back(Appearance(story, *m));
    item["appearance"] = std::move(appearances);
    item["firstAppearance"] = Appearance(story, *first);

    Json review;
    review["@type"] = "ClaimReview";
    review["identifier"] = story.id + "/" + k.id;
    review["claimReviewed"] = MemberClaim(story, *first)->text;
    review["reviewBody"] = ReviewBody(story, k);
    review["itemReviewed"] = std::move(item);
    graph.push_back(std::move(review));
  }
  return Json{{"@context", "https://schema.org"}, {"@graph", std::move(graph)}};
}

}  // namespace claimdiff::reports
