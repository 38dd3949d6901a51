// Metadata fallback chains. Each field takes the first non-empty value of:
//   title      og:title, JSON-LD headline, twitter:title, <title>, first <h1>
//   byline     JSON-LD author names, meta author / article:author /
//              dc.creator / parsely-author (not URLs), rel=author link text
//   published  JSON-LD datePublished, article:published_time, meta
//              date/pubdate/publishdate/dc.date/parsely-pub-date/
//              sailthru.date, itemprop=datePublished, first <time datetime>
//   modified   JSON-LD dateModified, article:modified_time,
//              og:updated_time, itemprop=dateModified
//   outlet     og:site_name, JSON-LD publisher name, application-name
//   url        <link rel=canonical>, og:url, JSON-LD url
//   language   <html lang>, content-language, og:locale, JSON-LD inLanguage
// Dates go through NormaliseDate; a value that does not read as a date is
// passed over for the next one in the chain. The host as the last outlet
// fallback is the caller's (ParseDocument), since it needs the fetch URL.
#include "parse/metadata.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/text.h"
#include "parse/timestamps.h"

namespace claimdiff::parse {

namespace {

const char* Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a != nullptr ? a->value : nullptr;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string TextOf(const GumboNode* root) {
  std::string raw;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
      raw += node->v.text.text;
    } else if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& c = node->v.element.children;
      for (unsigned i = c.length; i > 0; --i)
        stack.push_back(static_cast<GumboNode*>(c.data[i - 1]));
    }
  }
  return CollapseWhitespace(raw);
}

struct Found {
  std::string title_tag, h1, rel_author, time_datetime;
  std::vector<std::pair<std::string, std::string>> meta;  // lower-cased key, value
  std::string canonical, lang, content_language;
};

void Scan(const GumboNode* root, Found* f) {
  if (const char* lang = Attr(root, "lang")) f->lang = lang;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    switch (node->v.element.tag) {
      case GUMBO_TAG_TITLE:
        if (f->title_tag.empty()) f->title_tag = TextOf(node);
        continue;
      case GUMBO_TAG_H1:
        if (f->h1.empty()) f->h1 = TextOf(node);
        continue;
      case GUMBO_TAG_META: {
        const char* key = Attr(node, "property");
        if (key == nullptr) key = Attr(node, "name");
        if (key == nullptr) key = Attr(node, "itemprop");
        if (key == nullptr) key = Attr(node, "http-equiv");
        const char* content = Attr(node, "content");
        if (content == nullptr) content = Attr(node, "datetime");
        if (key != nullptr && content != nullptr) {
          f->meta.emplace_back(Lower(key), CollapseWhitespace(content));
        }
        continue;
      }
      case GUMBO_TAG_LINK: {
        const char* rel = Attr(node, "rel");
        const char* href = Attr(node, "href");
        if (rel != nullptr && href != nullptr && f->canonical.empty() &&
            Lower(rel) == "canonical") {
          f->canonical = href;
        }
        continue;
      }
      case GUMBO_TAG_TIME:
        if (f->time_datetime.empty()) {
          if (const char* dt = Attr(node, "datetime")) f->time_datetime = dt;
        }
        break;
      case GUMBO_TAG_A:
        if (f->rel_author.empty()) {
          const char* rel = Attr(node, "rel");
          if (rel != nullptr && Lower(rel) == "author") f->rel_author = TextOf(node);
        }
        break;
      default:
        break;
    }
    if (const char* itemprop = Attr(node, "itemprop")) {
      std::string key = Lower(itemprop);
      if (key == "datepublished" || key == "datemodified") {
        const char* dt = Attr(node, "datetime");
        if (dt == nullptr) dt = Attr(node, "content");
        if (dt != nullptr) f->meta.emplace_back(key, dt);
      }
    }
    const GumboVector& c = node->v.element.children;
    for (unsigned i = c.length; i > 0; --i) stack.push_back(static_cast<GumboNode*>(c.data[i - 1]));
  }
}

std::string Meta(const Found& f, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    for (const auto& [k, v] : f.meta) {
      if (k == key && !v.empty()) return v;
    }
  }
  return {};
}

std::optional<std::string> FirstDate(std::initializer_list<std::string> candidates) {
  for (const std::string& c : candidates) {
    if (c.empty()) continue;
    if (std::optional<std::string> d = NormaliseDate(c)) return d;
  }
  return std::nullopt;
}

bool LooksLikeUrl(std::string_view s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("/", 0) == 0;
}

// "en_US" -> "en-US"; keeps only letters, digits and '-'.
std::string Bcp47(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '_') c = '-';
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-')
      out.push_back(c);
    else
      break;
  }
  return out;
}

}  // namespace

std::string ResolveUrl(std::string_view base, std::string_view href) {
  std::string h = CollapseWhitespace(href);
  if (h.rfind("http://", 0) == 0 || h.rfind("https://", 0) == 0) return h;
  size_t scheme = base.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view proto = base.substr(0, scheme);
  if (proto != "http" && proto != "https") return {};
  if (h.rfind("//", 0) == 0) return std::string(proto) + ":" + h;
  size_t host_end = base.find('/', scheme + 3);
  std::string origin(base.substr(0, host_end));
  if (h.rfind("/", 0) == 0) return origin + h;
  if (h.empty()) return {};
  std::string_view path = host_end == std::string_view::npos ? "/" : base.substr(host_end);
  path = path.substr(0, path.find_first_of("?#"));
  size_t slash = path.rfind('/');
  return origin + std::string(path.substr(0, slash + 1)) + h;
}

PageMetadata ReadMetadata(const GumboNode* root, const JsonLdArticle& ld,
                          std::string_view page_url) {
  Found f;
  Scan(root, &f);
  PageMetadata m;
  for (const std::string& t : {Meta(f, {"og:title"}), CollapseWhitespace(ld.headline),
                               Meta(f, {"twitter:title"}), f.title_tag, f.h1}) {
    if (!t.empty()) {
      m.title = t;
      break;
    }
  }
  std::vector<std::string> authors;
  for (const std::string& a : ld.authors) {
    std::string name = CollapseWhitespace(a);
    if (!name.empty() && !LooksLikeUrl(name) &&
        std::find(authors.begin(), authors.end(), name) == authors.end()) {
      authors.push_back(name);
    }
  }
  if (authors.empty()) {
    std::string meta_author =
        Meta(f, {"author", "article:author", "dc.creator", "parsely-author", "sailthru.author"});
    if (!meta_author.empty() && !LooksLikeUrl(meta_author)) authors.push_back(meta_author);
  }
  if (authors.empty() && !f.rel_author.empty() && f.rel_author.size() < 100) {
    authors.push_back(f.rel_author);
  }
  for (const std::string& a : authors) m.byline += (m.byline.empty() ? "" : ", ") + a;

  m.published = FirstDate({ld.published, Meta(f, {"article:published_time"}),
                           Meta(f, {"date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
                                    "parsely-pub-date", "sailthru.date", "datepublished"}),
                           f.time_datetime});
  m.modified = FirstDate({ld.modified, Meta(f, {"article:modified_time"}),
                          Meta(f, {"og:updated_time", "datemodified", "last-modified"})});
  for (const std::string& o : {Meta(f, {"og:site_name"}), CollapseWhitespace(ld.publisher),
                               Meta(f, {"application-name"})}) {
    if (!o.empty()) {
      m.outlet = o;
      break;
    }
  }
  for (const std::string& u : {f.canonical, Meta(f, {"og:url"}), ld.url}) {
    if (u.empty()) continue;
    std::string resolved = ResolveUrl(page_url, u);
    if (resolved.empty() && (u.rfind("http://", 0) == 0 || u.rfind("https://", 0) == 0)) {
      resolved = u;
    }
    if (!resolved.empty()) {
      m.url = resolved;
      break;
    }
  }
  for (const std::string& l :
       {f.lang, Meta(f, {"content-language"}), Meta(f, {"og:locale"}), ld.language}) {
    std::string tag = Bcp47(l);
    if (tag.size() >= 2) {
      m.language = tag;
      break;
    }
  }
  return m;
}

}  // namespace claimdiff::parse
