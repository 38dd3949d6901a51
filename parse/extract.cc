#include "parse/extract.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

#include "core/text.h"

namespace claimdiff::parse {

namespace {

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};
using GumboPtr = std::unique_ptr<GumboOutput, GumboDeleter>;

const char* Attr(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a != nullptr ? a->value : nullptr;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Elements whose whole subtree is never article text.
bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

// True when the class or id names boilerplate: comments, share bars,
// newsletter boxes, related links, cookie notices. Whole words of the
// attribute are compared ("comments-list" has "comments"; "header" has no "ad").
bool HasBoilerplateHint(const GumboNode* node) {
  static constexpr std::string_view kHints[] = {
      "comment", "comments", "newsletter", "share", "sharing", "social", "related",
      "cookie", "cookies", "promo", "advert", "advertisement", "sidebar", "subscribe"};
  for (const char* name : {"class", "id"}) {
    const char* value = Attr(node, name);
    if (value == nullptr) continue;
    std::string v = LowerAscii(value);
    size_t i = 0;
    while (i < v.size()) {
      size_t j = v.find_first_of(" \t-_", i);
      if (j == std::string::npos) j = v.size();
      std::string_view word(v.data() + i, j - i);
      for (std::string_view hint : kHints) {
        if (word == hint) return true;
      }
      i = j + 1;
    }
  }
  return false;
}

// Elements whose text is taken as one paragraph.
bool IsTextBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

// Appends the text of a subtree, iteratively (pages can nest deeply).
void AppendText(const GumboNode* root, std::string* out) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        out->append(node->v.text.text);
        break;
      case GUMBO_NODE_ELEMENT: {
        GumboTag tag = node->v.element.tag;
        if (IsSkipped(tag)) break;
        if (tag == GUMBO_TAG_BR) {
          out->push_back(' ');
          break;
        }
        const GumboVector& children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i) {
          stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
        }
        break;
      }
      default:
        break;
    }
  }
}

std::string TextOf(const GumboNode* node) {
  std::string raw;
  AppendText(node, &raw);
  return CollapseWhitespace(raw);
}

bool EndsSentence(std::string_view s) {
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'') return true;
  return s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" ||  // ”
                           s.substr(s.size() - 3) == "\xE2\x80\x99");   // ’
}

// Finds every element with `tag` below `root`, in document order.
void FindAll(const GumboNode* root, GumboTag tag, std::vector<const GumboNode*>* found) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    if (node->v.element.tag == tag) found->push_back(node);
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
}

struct Metadata {
  std::string title_tag, og_title, site_name, author, published, modified, canonical, lang;
};

void ReadMetadata(const GumboNode* root, Metadata* m) {
  if (const char* lang = Attr(root, "lang")) m->lang = lang;
  std::vector<const GumboNode*> nodes;
  FindAll(root, GUMBO_TAG_TITLE, &nodes);
  if (!nodes.empty()) m->title_tag = TextOf(nodes.front());
  nodes.clear();
  FindAll(root, GUMBO_TAG_META, &nodes);
  for (const GumboNode* meta : nodes) {
    const char* key = Attr(meta, "property");
    if (key == nullptr) key = Attr(meta, "name");
    if (key == nullptr) key = Attr(meta, "itemprop");
    const char* content = Attr(meta, "content");
    if (key == nullptr || content == nullptr) continue;
    std::string k = LowerAscii(key);
    std::string v = CollapseWhitespace(content);
    auto set_once = [&v](std::string* field) {
      if (field->empty()) *field = v;
    };
    if (k == "og:title") set_once(&m->og_title);
    else if (k == "og:site_name") set_once(&m->site_name);
    else if (k == "author" || k == "article:author") set_once(&m->author);
    else if (k == "article:published_time" || k == "datepublished") set_once(&m->published);
    else if (k == "article:modified_time" || k == "datemodified") set_once(&m->modified);
  }
  nodes.clear();
  FindAll(root, GUMBO_TAG_LINK, &nodes);
  for (const GumboNode* link : nodes) {
    const char* rel = Attr(link, "rel");
    const char* href = Attr(link, "href");
    if (rel != nullptr && href != nullptr && LowerAscii(rel) == "canonical") {
      m->canonical = href;
      break;
    }
  }
}

// The element whose blocks make the body: the <article> with the most
// text, else <main>, else <body>.
const GumboNode* BodyRoot(const GumboNode* root) {
  std::vector<const GumboNode*> candidates;
  FindAll(root, GUMBO_TAG_ARTICLE, &candidates);
  const GumboNode* best = nullptr;
  size_t best_len = 0;
  for (const GumboNode* c : candidates) {
    size_t len = TextOf(c).size();
    if (len > best_len) {
      best = c;
      best_len = len;
    }
  }
  if (best != nullptr) return best;
  candidates.clear();
  FindAll(root, GUMBO_TAG_MAIN, &candidates);
  if (!candidates.empty()) return candidates.front();
  candidates.clear();
  FindAll(root, GUMBO_TAG_BODY, &candidates);
  return candidates.empty() ? root : candidates.front();
}

// Walks the body root, collecting text blocks and figure captions.
void CollectBlocks(const GumboNode* root, const ExtractOptions& options,
                   std::vector<std::string>* paragraphs, std::vector<std::string>* captions) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = node->v.element.tag;
    if (IsSkipped(tag) || HasBoilerplateHint(node)) continue;
    if (tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_FIGURE) {
      std::string caption = TextOf(node);
      if (!caption.empty()) captions->push_back(std::move(caption));
      continue;
    }
    if (IsTextBlock(tag)) {
      std::string text = TextOf(node);
      if (!text.empty() && (text.size() >= options.min_paragraph_bytes || EndsSentence(text))) {
        paragraphs->push_back(std::move(text));
      }
      continue;
    }
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
}

}  // namespace

std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  size_t end = rest.find_first_of("/?#:");
  std::string host = LowerAscii(rest.substr(0, end));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

Article ExtractHtml(std::string_view html, std::string_view page_url,
                    const ExtractOptions& options) {
  Article article;
  GumboPtr output(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (!output) {
    article.error = "the HTML parser returned no tree";
    return article;
  }
  Metadata meta;
  ReadMetadata(output->root, &meta);
  article.title = !meta.og_title.empty() ? meta.og_title : meta.title_tag;
  article.outlet = meta.site_name;  // fallbacks are the caller's (ParseDocument)
  article.byline = meta.author;
  if (!meta.published.empty()) article.published = meta.published;
  if (!meta.modified.empty()) article.modified = meta.modified;
  article.url = !meta.canonical.empty() && HostOf(meta.canonical).size() > 0
                    ? meta.canonical
                    : std::string(page_url);
  article.language = meta.lang;

  std::vector<std::string> paragraphs;
  CollectBlocks(BodyRoot(output->root), options, &paragraphs, &article.captions);
  // The headline repeated as the first heading is the title, not a claim
  // (titles often carry the outlet after it: "Headline - Outlet").
  if (!paragraphs.empty() && !article.title.empty() &&
      article.title.rfind(paragraphs.front(), 0) == 0) {
    paragraphs.erase(paragraphs.begin());
  }
  for (const std::string& p : paragraphs) {
    if (!article.text.empty()) article.text += "\n\n";
    article.text += p;
  }
  if (article.text.empty()) article.error = "no article text found in the page";
  return article;
}

}  // namespace claimdiff::parse
