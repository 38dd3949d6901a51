#include "core/json.h"

namespace claimdiff {

namespace {

Json OptionalString(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

std::string_view BoundName(Quantity::Bound bound) {
  switch (bound) {
    case Quantity::Bound::kExact: return "exact";
    case Quantity::Bound::kAtLeast: return "at_least";
    case Quantity::Bound::kAtMost: return "at_most";
    case Quantity::Bound::kApprox: return "approx";
  }
  return "exact";
}

}  // namespace

Json SpanToJson(const Span& span) {
  Json j;
  j["start"] = span.start;
  j["end"] = span.end;
  return j;
}

Json ClaimToJson(const Claim& claim) {
  Json j;
  j["id"] = claim.id;
  j["start"] = claim.span.start;
  j["end"] = claim.span.end;
  j["text"] = claim.text;
  j["kind"] = ClaimKindName(claim.kind);
  j["hedged"] = claim.hedged;
  Json numbers = Json::array();
  for (const Quantity& q : claim.numbers) {
    Json n;
    n["text"] = q.text;
    n["start"] = q.span.start;
    n["end"] = q.span.end;
    n["value"] = q.value;
    n["bound"] = BoundName(q.bound);
    numbers.push_back(std::move(n));
  }
  j["numbers"] = std::move(numbers);
  Json entities = Json::array();
  for (const Entity& e : claim.entities) {
    Json n;
    n["text"] = e.text;
    n["start"] = e.span.start;
    n["end"] = e.span.end;
    n["canonical"] = e.canonical;
    n["type"] = e.type;
    if (!e.role.empty()) n["role"] = e.role;
    entities.push_back(std::move(n));
  }
  j["entities"] = std::move(entities);
  Json attributions = Json::array();
  for (const Attribution& a : claim.attributions) {
    Json n;
    Json source;
    source["text"] = a.source.text;
    source["start"] = a.source.span.start;
    source["end"] = a.source.span.end;
    source["canonical"] = a.source.canonical;
    source["name"] = a.source.name;
    source["role"] = a.source.role;
    n["source"] = std::move(source);
    Json cue;
    cue["text"] = a.cue.text;
    cue["start"] = a.cue.span.start;
    cue["end"] = a.cue.span.end;
    n["cue"] = std::move(cue);
    n["content"] = SpanToJson(a.content);
    Json via = Json::array();
    for (const Via& v : a.via) {
      Json w;
      w["outlet"] = v.outlet;
      w["start"] = v.span.start;
      w["end"] = v.span.end;
      via.push_back(std::move(w));
    }
    n["via"] = std::move(via);
    n["source_type"] = SourceTypeName(a.source_type);
    attributions.push_back(std::move(n));
  }
  j["attributions"] = std::move(attributions);
  return j;
}

Json WordDiffToJson(const std::vector<DiffOp>& diff) {
  Json out = Json::array();
  for (const DiffOp& op : diff) {
    const char* kind = op.kind == DiffOp::Kind::kSame     ? "same"
                       : op.kind == DiffOp::Kind::kDelete ? "delete"
                                                          : "insert";
    out.push_back(Json{{"op", kind}, {"text", op.text}});
  }
  return out;
}

Json ArticleToJson(const Article& article) {
  Json j;
  j["input"] = article.input;
  j["url"] = article.url;
  j["outlet"] = article.outlet;
  j["title"] = article.title;
  j["byline"] = article.byline;
  j["published"] = OptionalString(article.published);
  j["modified"] = OptionalString(article.modified);
  j["language"] = article.language;
  j["content_hash"] = article.content_hash;
  j["text"] = article.text;
  j["captions"] = article.captions;
  Json claims = Json::array();
  for (const Claim& c : article.claims) claims.push_back(ClaimToJson(c));
  j["claims"] = std::move(claims);
  j["error"] = OptionalString(article.error);
  if (!article.warnings.empty()) j["warnings"] = article.warnings;
  return j;
}

std::string DumpJson(const Json& json, int indent) {
  return json.dump(indent, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

}  // namespace claimdiff
