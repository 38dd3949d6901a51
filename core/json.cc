#include "core/json.h"

#include "core/json_writer.h"

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
  Json headings = Json::array();
  for (const Span& h : article.headings) {
    headings.push_back(
        Json{{"start", h.start}, {"end", h.end}, {"text", std::string(article.Slice(h))}});
  }
  j["headings"] = std::move(headings);
  j["captions"] = article.captions;
  Json claims = Json::array();
  for (const Claim& c : article.claims) claims.push_back(ClaimToJson(c));
  j["claims"] = std::move(claims);
  j["error"] = OptionalString(article.error);
  if (!article.warnings.empty()) j["warnings"] = article.warnings;
  return j;
}

namespace {

// Each writer below mirrors its *ToJson function above key for key; the
// tests compare the two forms.

void WriteOptionalString(const std::optional<std::string>& value, JsonWriter* w) {
  if (value) {
    w->String(*value);
  } else {
    w->Null();
  }
}

void WriteSpanMembers(const Span& span, JsonWriter* w) {
  w->Key("start");
  w->Unsigned(span.start);
  w->Key("end");
  w->Unsigned(span.end);
}

void WriteClaim(const Claim& claim, JsonWriter* w) {
  w->BeginObject();
  w->Key("id");
  w->String(claim.id);
  WriteSpanMembers(claim.span, w);
  w->Key("text");
  w->String(claim.text);
  w->Key("kind");
  w->String(ClaimKindName(claim.kind));
  w->Key("hedged");
  w->Bool(claim.hedged);
  w->Key("numbers");
  w->BeginArray();
  for (const Quantity& q : claim.numbers) {
    w->BeginObject();
    w->Key("text");
    w->String(q.text);
    WriteSpanMembers(q.span, w);
    w->Key("value");
    w->Double(q.value);
    w->Key("bound");
    w->String(BoundName(q.bound));
    w->EndObject();
  }
  w->EndArray();
  w->Key("entities");
  w->BeginArray();
  for (const Entity& e : claim.entities) {
    w->BeginObject();
    w->Key("text");
    w->String(e.text);
    WriteSpanMembers(e.span, w);
    w->Key("canonical");
    w->String(e.canonical);
    w->Key("type");
    w->String(e.type);
    if (!e.role.empty()) {
      w->Key("role");
      w->String(e.role);
    }
    w->EndObject();
  }
  w->EndArray();
  w->Key("attributions");
  w->BeginArray();
  for (const Attribution& a : claim.attributions) {
    w->BeginObject();
    w->Key("source");
    w->BeginObject();
    w->Key("text");
    w->String(a.source.text);
    WriteSpanMembers(a.source.span, w);
    w->Key("canonical");
    w->String(a.source.canonical);
    w->Key("name");
    w->String(a.source.name);
    w->Key("role");
    w->String(a.source.role);
    w->EndObject();
    w->Key("cue");
    w->BeginObject();
    w->Key("text");
    w->String(a.cue.text);
    WriteSpanMembers(a.cue.span, w);
    w->EndObject();
    w->Key("content");
    w->BeginObject();
    WriteSpanMembers(a.content, w);
    w->EndObject();
    w->Key("via");
    w->BeginArray();
    for (const Via& v : a.via) {
      w->BeginObject();
      w->Key("outlet");
      w->String(v.outlet);
      WriteSpanMembers(v.span, w);
      w->EndObject();
    }
    w->EndArray();
    w->Key("source_type");
    w->String(SourceTypeName(a.source_type));
    w->EndObject();
  }
  w->EndArray();
  w->EndObject();
}

}  // namespace

std::string ArticleJsonLine(const Article& article) {
  std::string out;
  // The text is written twice (whole, then claim by claim), plus keys.
  out.reserve(2 * article.text.size() + 1024);
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("input");
  w.String(article.input);
  w.Key("url");
  w.String(article.url);
  w.Key("outlet");
  w.String(article.outlet);
  w.Key("title");
  w.String(article.title);
  w.Key("byline");
  w.String(article.byline);
  w.Key("published");
  WriteOptionalString(article.published, &w);
  w.Key("modified");
  WriteOptionalString(article.modified, &w);
  w.Key("language");
  w.String(article.language);
  w.Key("content_hash");
  w.String(article.content_hash);
  w.Key("text");
  w.String(article.text);
  w.Key("headings");
  w.BeginArray();
  for (const Span& h : article.headings) {
    w.BeginObject();
    w.Key("start");
    w.Unsigned(h.start);
    w.Key("end");
    w.Unsigned(h.end);
    w.Key("text");
    w.String(article.Slice(h));
    w.EndObject();
  }
  w.EndArray();
  w.Key("captions");
  w.BeginArray();
  for (const std::string& c : article.captions) w.String(c);
  w.EndArray();
  w.Key("claims");
  w.BeginArray();
  for (const Claim& c : article.claims) WriteClaim(c, &w);
  w.EndArray();
  w.Key("error");
  WriteOptionalString(article.error, &w);
  if (!article.warnings.empty()) {
    w.Key("warnings");
    w.BeginArray();
    for (const std::string& s : article.warnings) w.String(s);
    w.EndArray();
  }
  w.EndObject();
  return out;
}

std::string DumpJson(const Json& json, int indent) {
  return json.dump(indent, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

}  // namespace claimdiff
