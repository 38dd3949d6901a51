// JSON-LD reading. Pages put schema.org objects in one or several
// <script type="application/ld+json"> blocks: a bare object, an array of
// objects, or {"@graph": [...]}. Article objects are those whose @type (a
// string or an array) is one of the schema.org CreativeWork subtypes used
// for news and blogs. Author and publisher may be a string, an object with
// "name", or an array of either. Input is untrusted: every access checks the
// JSON type first, parsing never throws, and depth is bounded.
#include "parse/jsonld.h"

#include <array>
#include <nlohmann/json.hpp>
#include <string_view>

namespace claimdiff::parse {

namespace {

using Json = nlohmann::json;

bool IsArticleType(std::string_view type) {
  static constexpr std::array<std::string_view, 12> kTypes = {"Article",
                                                              "NewsArticle",
                                                              "BlogPosting",
                                                              "ReportageNewsArticle",
                                                              "AnalysisNewsArticle",
                                                              "OpinionNewsArticle",
                                                              "BackgroundNewsArticle",
                                                              "ReviewNewsArticle",
                                                              "LiveBlogPosting",
                                                              "TechArticle",
                                                              "ScholarlyArticle",
                                                              "SocialMediaPosting"};
  if (type.rfind("http://schema.org/", 0) == 0) type.remove_prefix(18);
  if (type.rfind("https://schema.org/", 0) == 0) type.remove_prefix(19);
  for (std::string_view t : kTypes) {
    if (type == t) return true;
  }
  return false;
}

bool HasArticleType(const Json& obj) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  if (it->is_string()) return IsArticleType(it->get_ref<const std::string&>());
  if (it->is_array()) {
    for (const Json& t : *it) {
      if (t.is_string() && IsArticleType(t.get_ref<const std::string&>())) return true;
    }
  }
  return false;
}

std::string StringField(const Json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && (*it)[0].is_string()) return (*it)[0].get<std::string>();
  return {};
}

// A name from a string, {"name": ...}, or an array of either.
void Names(const Json& value, std::vector<std::string>* out) {
  if (value.is_string()) {
    out->push_back(value.get<std::string>());
  } else if (value.is_object()) {
    std::string name = StringField(value, "name");
    if (!name.empty()) out->push_back(name);
  } else if (value.is_array()) {
    for (const Json& v : value) {
      if (!v.is_array()) Names(v, out);
    }
  }
}

void Collect(const Json& node, int depth, std::vector<const Json*>* articles) {
  if (depth > 6) return;
  if (node.is_array()) {
    for (const Json& n : node) Collect(n, depth + 1, articles);
    return;
  }
  if (!node.is_object()) return;
  if (HasArticleType(node)) articles->push_back(&node);
  auto graph = node.find("@graph");
  if (graph != node.end()) Collect(*graph, depth + 1, articles);
  auto main = node.find("mainEntity");
  if (main != node.end()) Collect(*main, depth + 1, articles);
}

void Fill(const Json& obj, JsonLdArticle* a) {
  auto set_once = [](std::string* field, std::string value) {
    if (field->empty()) *field = std::move(value);
  };
  set_once(&a->headline, StringField(obj, "headline"));
  set_once(&a->published, StringField(obj, "datePublished"));
  set_once(&a->modified, StringField(obj, "dateModified"));
  set_once(&a->language, StringField(obj, "inLanguage"));
  set_once(&a->url, StringField(obj, "url"));
  if (a->url.empty()) {
    auto main = obj.find("mainEntityOfPage");
    if (main != obj.end()) {
      if (main->is_string())
        a->url = main->get<std::string>();
      else if (main->is_object())
        a->url = StringField(*main, "@id");
    }
  }
  if (a->authors.empty()) {
    auto author = obj.find("author");
    if (author != obj.end()) Names(*author, &a->authors);
  }
  if (a->publisher.empty()) {
    auto publisher = obj.find("publisher");
    if (publisher != obj.end()) {
      std::vector<std::string> names;
      Names(*publisher, &names);
      if (!names.empty()) a->publisher = names.front();
    }
  }
}

}  // namespace

JsonLdArticle ReadJsonLd(const std::vector<std::string>& blocks) {
  JsonLdArticle result;
  std::vector<Json> parsed;
  parsed.reserve(blocks.size());
  for (const std::string& block : blocks) {
    Json j = Json::parse(block, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
    if (!j.is_discarded()) parsed.push_back(std::move(j));
  }
  std::vector<const Json*> articles;
  for (const Json& j : parsed) Collect(j, 0, &articles);
  if (articles.empty()) return result;
  result.found = true;
  // The object with the longest body leads; the others fill gaps.
  const Json* lead = articles.front();
  size_t best = 0;
  for (const Json* a : articles) {
    size_t len = StringField(*a, "articleBody").size();
    if (len > best) {
      best = len;
      lead = a;
    }
  }
  result.body = StringField(*lead, "articleBody");
  Fill(*lead, &result);
  for (const Json* a : articles) Fill(*a, &result);
  return result;
}

}  // namespace claimdiff::parse
