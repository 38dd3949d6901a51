// Main-content extraction on the Gumbo tree.
//
// The core follows Arc90 Readability (as kept in Mozilla's Readability.js,
// _grabArticle): paragraphs vote for their ancestors, the best-scoring
// ancestor is the article, and siblings that look like more of it join.
// Around it sit the boilerplate rules of trafilatura (Barbaresi 2021,
// "Trafilatura: A Web Scraping Library and Command-Line Tool for Text
// Discovery and Extraction"): a class/id vocabulary, link density, and a
// lexicon of furniture lines. Everything runs on a flat copy of the tree (an
// arena of elements, built in one pre-order pass and summed in reverse), so
// the walk is linear in the page.
//
//  1. Pre-pass (prepass.cc) drops script/style/svg/comments before Gumbo and
//     keeps JSON-LD (jsonld.cc); Gumbo parses into an arena (gumbo_arena.cc);
//     metadata.cc reads the head.
//  2. Arena: elements under <body>, without navigation, footers, forms
//     controls, media and hidden blocks. Blocks whose class/id names
//     comments or boilerplate (boilerplate.cc) are then removed, unless they
//     hold the <h1>, or half the page's text with few links, or (for layout
//     words such as "nav" or "ads" that wrappers also carry) four long
//     paragraphs. Comments are always removed. Figure captions and credits
//     are set apart for Article::captions.
//  3. Paragraphs: every block whose own inline text (not inside a nested
//     block) has at least 25 visible bytes scores 1 + commas + min(len/100,
//     3), scaled by its own share of non-link text, added whole to its
//     parent, half to its grandparent and 1/(3k) further up (five levels). A
//     paragraph found in the JSON-LD articleBody counts three times. Each
//     ancestor starts from a tag prior (div +5, lists -3, headings -5) and
//     +-25 for positive or negative class/id words.
//  4. Choice: score x (1 - link density); the best wins; when three of the
//     top five share an ancestor the ancestor wins. The winner (the core) is
//     widened to its parent while the parent adds at most three times its
//     text and under 30% links (leads and intros in the same box); with a
//     JSON-LD body the parent must add more of that body. Siblings join when
//     they score a fifth of the winner, share its class, or are plain text.
//     Blocks named lead/intro/excerpt/subtitle just before it are prepended.
//  5. Output: blocks in document order, one paragraph each, joined by
//     "\n\n". Inside, boxes that are mostly links, byline/date blocks, lone
//     dates and times, furniture lines ("Read more:", "Foto:", "(c) ...")
//     and everything after a heading like "Related" or "Comments" within its
//     box are left out. Outside the core only sentences and long paragraphs
//     are kept, and after the core's end only paragraphs of at least
//     ExtractOptions::after_core_paragraph_bytes (the short ones there are
//     credits, disclaimers and calls to act). Trailing short lines ending in
//     ':' or '?' are dropped. A
//     paragraph all inside h2-h6 or a short block whose class names a
//     heading (and not a lead), or all in bold and reading as a heading
//     (headings.h), is a section heading: it stays in the text and its span
//     goes to Article::headings.
//  6. When the page's markup holds less than half of the JSON-LD
//     articleBody, that body is the text. When the kept text is under
//     ExtractOptions::min_article_bytes, Article::error says there is no
//     article.
#include "parse/extract.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <vector>

#include "core/text.h"
#include "parse/boilerplate.h"
#include "parse/timestamps.h"
#include "parse/gumbo_arena.h"
#include "parse/headings.h"
#include "parse/jsonld.h"
#include "parse/metadata.h"
#include "parse/prepass.h"

namespace claimdiff::parse {

namespace {

const char* Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a != nullptr ? a->value : nullptr;
}

// Subtrees that never hold article text.
bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
      return true;
    default:
      return false;
  }
}

// Elements that end a paragraph of inline text.
bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool IsContainer(GumboTag tag) {
  return tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_UL ||
         tag == GUMBO_TAG_OL || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_DL ||
         tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_HEADER;
}

double TagPrior(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
      return 5;
    case GUMBO_TAG_SECTION:
      return 3;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

bool IsHidden(const GumboNode* g) {
  if (Attr(g, "hidden") != nullptr) return true;
  const char* aria = Attr(g, "aria-hidden");
  if (aria != nullptr && std::strcmp(aria, "true") == 0 && g->v.element.tag != GUMBO_TAG_SPAN) {
    return true;
  }
  const char* style = Attr(g, "style");
  if (style == nullptr) return false;
  std::string s;
  for (const char* p = style; *p != 0; ++p) {
    if (*p != ' ') s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(*p))));
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

// Letters and digits-ish: bytes that are not ASCII white space.
uint32_t Visible(const char* text, uint32_t* commas) {
  uint32_t n = 0;
  for (const char* p = text; *p != 0; ++p) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c == ',') ++*commas;
    if (c > ' ') ++n;
  }
  return n;
}

std::string TextBelow(const GumboNode* root);

// One paragraph of the body as rendered.
struct Paragraph {
  std::string text;
  bool heading = false;     // a section heading: kept in the text, no claim
  bool after_core = false;  // rendered after the end of the core block
};

// One element of the arena.
struct Node {
  const GumboNode* g = nullptr;
  int parent = -1;
  int first_child = -1;
  int next_sibling = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  uint8_t hints = 0;
  bool caption = false;  // figure, figcaption or caption-named: not body text
  bool block = false;
  bool in_anchor = false;    // inside an <a>
  uint32_t text = 0;         // visible bytes below (captions excluded)
  uint32_t link = 0;         // of which inside <a>
  uint32_t inline_text = 0;  // visible bytes of its own paragraph (not in nested blocks)
  uint32_t commas = 0;       // in inline text
  double score = 0;
  bool scored = false;
  bool jsonld_match = false;
  uint32_t ld_matches = 0;       // paragraphs below found in the JSON-LD articleBody
  bool removed = false;          // named as comments or boilerplate: not read
  bool has_h1 = false;           // an <h1> below
  uint32_t long_paragraphs = 0;  // blocks below with 150+ bytes of own text, few links
};

class Extractor {
 public:
  Extractor(const GumboNode* body, const std::string& ld_body, const ExtractOptions& options)
      : options_(options), ld_body_(ld_body) {
    Build(body);
  }

  // Runs steps 3-5; fills paragraphs and captions.
  void Run(std::vector<Paragraph>* paragraphs, std::vector<std::string>* captions);

 private:
  void Build(const GumboNode* body);
  void Sum();
  void Score();
  // The winner of the scoring and the block it was widened to.
  std::pair<int, int> Choose() const;
  void Render(int root, int core, bool after_core, std::vector<Paragraph>* paragraphs,
              std::vector<std::string>* captions) const;
  // True for an element that marks its text as a section heading: h2-h6,
  // or a short block named as a heading, but not a lead or standfirst.
  bool MarksHeading(int i) const {
    const Node& n = nodes_[i];
    if (n.hints & kHintLead) return false;
    bool tag = IsHeading(n.tag) && n.tag != GUMBO_TAG_H1;
    return tag || ((n.hints & kHintHeading) && n.text <= 2 * kMaxHeadingBytes);
  }
  double LinkDensity(int i) const {
    return nodes_[i].text == 0 ? 0 : static_cast<double>(nodes_[i].link) / nodes_[i].text;
  }
  double Final(int i) const { return nodes_[i].score * (1 - LinkDensity(i)); }
  void Init(int i) {
    Node& n = nodes_[i];
    if (n.scored) return;
    n.scored = true;
    n.score = TagPrior(n.tag);
    if (n.hints & kHintPositive) n.score += 25;
    if (n.hints & (kHintMeta | kHintBoilerplate | kHintComments)) n.score -= 25;
  }

  const ExtractOptions& options_;
  const std::string& ld_body_;  // whitespace-collapsed articleBody, or ""
  std::vector<Node> nodes_;
  std::vector<std::vector<const GumboNode*>> texts_;  // per node: its direct text nodes
};

void Extractor::Build(const GumboNode* body) {
  struct Item {
    const GumboNode* g;
    int parent;
    bool in_anchor;
    bool in_caption;
  };
  std::vector<Item> stack{{body, -1, false, false}};
  std::vector<int> last_child;
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const GumboNode* g = item.g;
    GumboTag tag = g->v.element.tag;
    uint8_t hints = 0;
    if (const char* c = Attr(g, "class")) hints |= ClassifyName(c);
    if (const char* id = Attr(g, "id")) hints |= ClassifyName(id);
    if (item.parent >= 0 && (IsSkippedTag(tag) || IsHidden(g))) continue;
    int index = static_cast<int>(nodes_.size());
    Node n;
    n.g = g;
    n.parent = item.parent;
    n.tag = tag;
    n.hints = hints;
    n.block = IsBlockTag(tag);
    n.in_anchor = item.in_anchor || tag == GUMBO_TAG_A;
    n.caption = item.in_caption || tag == GUMBO_TAG_FIGCAPTION ||
                ((hints & kHintCaption) && !(hints & kHintPositive));
    nodes_.push_back(n);
    texts_.emplace_back();
    last_child.push_back(-1);
    if (item.parent >= 0) {
      int prev = last_child[item.parent];
      if (prev < 0)
        nodes_[item.parent].first_child = index;
      else
        nodes_[prev].next_sibling = index;
      last_child[item.parent] = index;
    }
    const GumboVector& children = g->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      const GumboNode* child = static_cast<const GumboNode*>(children.data[i - 1]);
      if (child->type == GUMBO_NODE_ELEMENT) {
        stack.push_back({child, index, n.in_anchor, n.caption});
      } else if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
        texts_[index].push_back(child);
      }
    }
    std::reverse(texts_[index].begin(), texts_[index].end());
  }
  Sum();
  // Blocks named as comments or boilerplate leave the tree, unless they
  // hold the headline or a large share of the page's text with few links:
  // class names such as "has-sidebar" or "section--has-ads" on a wrapper of
  // the whole article say nothing about the article.
  const uint32_t total = nodes_.empty() ? 0 : nodes_[0].text;
  for (size_t i = 1; i < nodes_.size(); ++i) {
    Node& n = nodes_[i];
    if (nodes_[n.parent].removed) {
      n.removed = true;
      continue;
    }
    bool structural = n.tag == GUMBO_TAG_BODY || n.tag == GUMBO_TAG_MAIN;
    bool named =
        (n.hints & kHintComments) ||
        ((n.hints & kHintBoilerplate) && !(n.hints & kHintPositive) && n.tag != GUMBO_TAG_ARTICLE);
    // A short block named both caption and content ("wp-caption-text") is a caption.
    if ((n.hints & kHintCaption) && n.text < 200) n.caption = true;
    // An <aside> is a sidebar unless it holds the page's text.
    if (n.tag == GUMBO_TAG_ASIDE) named = true;
    if (structural || !named || n.has_h1) continue;
    // Layout words ("nav", "sidebar", "ads") also name wrappers of whole
    // articles; they lose to several long paragraphs. Comments never stay.
    bool low_links = LinkDensity(static_cast<int>(i)) < 0.5;
    bool big = n.text * 2 >= total ||
               ((n.hints & kHintLayout) && !(n.hints & kHintComments) && n.long_paragraphs >= 4);
    if ((n.hints & kHintComments) || !big || !low_links) n.removed = true;
  }
  Sum();
}

void Extractor::Sum() {
  for (Node& n : nodes_) {
    n.text = n.link = n.inline_text = n.commas = n.long_paragraphs = 0;
    n.has_h1 = n.tag == GUMBO_TAG_H1;
  }
  // Children before parents (reverse pre-order).
  for (size_t k = nodes_.size(); k > 0; --k) {
    size_t i = k - 1;
    Node& n = nodes_[i];
    if (n.removed) continue;
    uint32_t commas = 0;
    for (const GumboNode* t : texts_[i]) {
      uint32_t v = Visible(t->v.text.text, &commas);
      n.inline_text += v;
      n.text += v;
    }
    n.commas += commas;
    if (n.in_anchor) n.link = n.text;
    if (n.caption || n.parent < 0) continue;
    if (n.block && n.inline_text >= 150 && n.link * 4 < n.text) ++n.long_paragraphs;
    Node& p = nodes_[n.parent];
    p.long_paragraphs += n.long_paragraphs;
    p.has_h1 = p.has_h1 || n.has_h1;
    p.text += n.text;
    p.link += n.link;
    if (!n.block) {
      p.inline_text += n.inline_text;
      p.commas += n.commas;
    }
  }
}

void Extractor::Score() {
  for (size_t i = 0; i < nodes_.size(); ++i) {
    const Node& n = nodes_[i];
    if (n.removed || !n.block || n.caption || n.inline_text < 25 || n.parent < 0) continue;
    if (n.tag == GUMBO_TAG_H1 || n.tag == GUMBO_TAG_LI || n.tag == GUMBO_TAG_DT) continue;
    double s = 1 + n.commas + std::min(n.inline_text / 100.0, 3.0);
    // Link-only paragraphs vote little.
    double own_links = n.text == 0 ? 0 : static_cast<double>(n.link) / n.text;
    s *= (1 - own_links);
    if (!ld_body_.empty()) {
      std::string t;
      for (const GumboNode* text : texts_[i]) t += text->v.text.text;
      std::string c = CollapseWhitespace(t);
      if (c.size() >= 25 &&
          ld_body_.find(c.substr(0, std::min<size_t>(c.size(), 60))) != std::string::npos) {
        s *= 3;
        nodes_[i].jsonld_match = true;
        for (int a = static_cast<int>(i); a >= 0; a = nodes_[a].parent) ++nodes_[a].ld_matches;
      }
    }
    int a = n.parent;
    for (int level = 0; a >= 0 && level < 5; ++level, a = nodes_[a].parent) {
      Init(a);
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      nodes_[a].score += s / divider;
    }
  }
}

std::pair<int, int> Extractor::Choose() const {
  std::vector<int> top;
  for (size_t i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i].scored && !nodes_[i].caption) top.push_back(static_cast<int>(i));
  }
  if (top.empty()) return {-1, -1};
  std::partial_sort(
      top.begin(), top.begin() + std::min<size_t>(5, top.size()), top.end(),
      [this](int a, int b) { return Final(a) > Final(b) || (Final(a) == Final(b) && a < b); });
  int best = top.front();
  // Several strong candidates under one ancestor: the ancestor is the article.
  double best_score = Final(best);
  std::vector<int> alternatives;
  for (size_t k = 1; k < std::min<size_t>(5, top.size()); ++k) {
    if (Final(top[k]) >= 0.75 * best_score) alternatives.push_back(top[k]);
  }
  if (alternatives.size() >= 3) {
    for (int a = nodes_[best].parent; a >= 0 && nodes_[a].tag != GUMBO_TAG_BODY;
         a = nodes_[a].parent) {
      int contained = 0;
      for (int alt : alternatives) {
        for (int b = alt; b >= 0; b = nodes_[b].parent) {
          if (b == a) {
            ++contained;
            break;
          }
        }
      }
      if (contained >= 3) {
        best = a;
        break;
      }
    }
  }
  // An ancestor that adds little, and that little mostly text rather than
  // links, stands for the winner: leads, intros and standfirsts sit beside
  // the body in the same article box. What the widening adds is read
  // strictly (see Render).
  int core = best;
  while (nodes_[best].parent >= 0 && nodes_[nodes_[best].parent].tag != GUMBO_TAG_BODY) {
    int p = nodes_[best].parent;
    const Node& a = nodes_[p];
    const Node& b = nodes_[best];
    uint32_t extra = a.text - b.text;
    uint32_t extra_links = a.link - b.link;
    if (extra > 0 &&
        (extra * 10 > b.text * options_.climb_extra_tenths || extra_links * 10 > extra * 3)) {
      break;
    }
    // With the publisher's articleBody to go by, a parent must add more of it.
    if (b.ld_matches > 0 && a.ld_matches == b.ld_matches && extra * 10 > b.text) break;
    best = p;
  }
  return {best, core};
}

// Removes soft hyphens (U+00AD) and zero-width spaces and joiners
// (U+200B..U+200D, U+FEFF): invisible, but they split words for every
// reader downstream.
std::string StripInvisible(const std::string& s) {
  if (s.find("\xC2\xAD") == std::string::npos && s.find("\xE2\x80") == std::string::npos &&
      s.find("\xEF\xBB\xBF") == std::string::npos) {
    return s;
  }
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "\xC2\xAD") == 0) {
      ++i;
      continue;
    }
    if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' &&
        (s[i + 2] == '\x8B' || s[i + 2] == '\x8C' || s[i + 2] == '\x8D')) {
      i += 2;
      continue;
    }
    if (s.compare(i, 3, "\xEF\xBB\xBF") == 0) {
      i += 2;
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

// A paragraph that is nothing but a date or a time of day ("23.10.2018",
// "3:59 PM", "05:28 Uhr"): a dateline, not text.
bool IsDateline(std::string_view p) {
  if (p.size() > 40) return false;
  if (NormaliseDate(p).has_value()) {
    size_t words = 1;
    for (char c : p) words += c == ' ';
    if (words <= 4) return true;
  }
  size_t i = 0, digits = 0;
  while (i < p.size() && p[i] >= '0' && p[i] <= '9') ++i, ++digits;
  if (digits == 0 || digits > 2 || i >= p.size() || p[i] != ':') return false;
  ++i;
  size_t m = 0;
  while (i < p.size() && p[i] >= '0' && p[i] <= '9') ++i, ++m;
  if (m != 2) return false;
  std::string_view rest = p.substr(i);
  return rest.empty() || rest == " Uhr" || rest == " PM" || rest == " AM" || rest == " pm" ||
         rest == " am" || rest == " h";
}

bool EndsSentence(std::string_view s) {
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == ':') return true;
  return s.size() >= 3 &&
         (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x9C");
}

void Extractor::Render(int root, int core, bool after_core, std::vector<Paragraph>* paragraphs,
                       std::vector<std::string>* captions) const {
  std::string buffer;
  bool buffer_all_link = true;
  // Whether every visible text of the buffer is inside an element that
  // marks a heading (heading_depth > 0), or inside bold (bold_depth > 0).
  bool buffer_all_heading = true;
  bool buffer_all_bold = true;
  int heading_depth = 0;
  int bold_depth = 0;
  // Outside the core block only sentences and long paragraphs are kept:
  // bylines, datelines and labels sit around articles.
  bool strict = core >= 0;
  auto flush = [&]() {
    std::string p = CollapseWhitespace(StripInvisible(buffer));
    buffer.clear();
    bool all_link = buffer_all_link;
    bool all_heading = buffer_all_heading;
    bool all_bold = buffer_all_bold;
    buffer_all_link = buffer_all_heading = buffer_all_bold = true;
    if (p.empty()) return;
    if (all_link && p.size() < options_.min_paragraph_bytes * 3 && !EndsSentence(p)) return;
    if (IsBoilerplateLine(p) || IsDateline(p)) return;
    if (strict && (all_link || (p.size() < options_.strict_paragraph_bytes && !EndsSentence(p)))) {
      return;
    }
    // A heading by markup, or a paragraph set in bold that reads as one.
    bool heading = (all_heading && ReadsAsMarkedHeading(p)) || (all_bold && ReadsAsHeading(p));
    paragraphs->push_back(Paragraph{std::move(p), heading, after_core});
  };
  struct Step {
    enum Kind { kEnter, kLeave, kText } kind;
    int node;
    const GumboNode* text;
  };
  std::vector<Step> stack{{Step::kEnter, root, nullptr}};
  std::vector<Step> pushes;
  while (!stack.empty()) {
    Step step = stack.back();
    stack.pop_back();
    const Node& n = nodes_[step.node];
    if (step.kind == Step::kText) {
      buffer += step.text->v.text.text;
      if (step.text->type != GUMBO_NODE_WHITESPACE) {
        if (!n.in_anchor) buffer_all_link = false;
        if (heading_depth == 0) buffer_all_heading = false;
        if (bold_depth == 0) buffer_all_bold = false;
      }
      continue;
    }
    if (step.kind == Step::kLeave) {
      if (n.block) flush();
      if (MarksHeading(step.node)) --heading_depth;
      if (n.tag == GUMBO_TAG_B || n.tag == GUMBO_TAG_STRONG) --bold_depth;
      if (step.node == core) strict = after_core = true;
      continue;
    }
    int entry = step.node;
    if (entry == core) {
      flush();
      strict = false;
    }
    if (n.removed) continue;
    if (n.caption) {
      std::string caption = CollapseWhitespace(TextBelow(n.g));
      if (!caption.empty()) captions->push_back(std::move(caption));
      continue;
    }
    if (entry != root) {
      if ((n.hints & kHintMeta) && !(n.hints & kHintPositive) && n.text < 200) continue;
      if (IsContainer(n.tag) && n.text > 0 && LinkDensity(entry) > 0.5) continue;
    }
    if (n.tag == GUMBO_TAG_BR) {
      buffer += '\n';
      continue;
    }
    // A date outside running text is a dateline, not body text.
    if (n.tag == GUMBO_TAG_TIME && n.parent >= 0 && nodes_[n.parent].tag != GUMBO_TAG_P) continue;
    // "Related stories", "Comments": the heading and the rest of its box go.
    if (IsHeading(n.tag) && entry != root && n.text < 80 &&
        IsSectionEndHeading(CollapseWhitespace(TextBelow(n.g)))) {
      while (!stack.empty() &&
             !(stack.back().kind == Step::kLeave && stack.back().node == n.parent)) {
        stack.pop_back();
      }
      continue;
    }
    if (n.block) flush();
    if (MarksHeading(entry)) ++heading_depth;
    if (n.tag == GUMBO_TAG_B || n.tag == GUMBO_TAG_STRONG) ++bold_depth;
    stack.push_back({Step::kLeave, entry, nullptr});
    // Children in document order: text nodes and the arena's elements.
    pushes.clear();
    const GumboVector& children = n.g->v.element.children;
    int e = n.first_child;
    for (unsigned i = 0; i < children.length; ++i) {
      const GumboNode* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
          child->type == GUMBO_NODE_WHITESPACE) {
        pushes.push_back({Step::kText, entry, child});
      } else if (e >= 0 && nodes_[e].g == child) {
        pushes.push_back({Step::kEnter, e, nullptr});
        e = nodes_[e].next_sibling;
      }
    }
    for (size_t k = pushes.size(); k > 0; --k) stack.push_back(pushes[k - 1]);
  }
  flush();
}

void Extractor::Run(std::vector<Paragraph>* paragraphs, std::vector<std::string>* captions) {
  if (nodes_.empty()) return;
  Score();
  auto [best, core] = Choose();
  if (best < 0) return;
  int parent = nodes_[best].parent;
  std::vector<int> joined;
  if (parent < 0) {
    joined.push_back(best);
  } else {
    double threshold = std::max(10.0, Final(best) * 0.2);
    // When the winner holds every paragraph of the page that the JSON-LD
    // articleBody has, a sibling must hold some of it too to join.
    bool body_complete =
        nodes_[best].ld_matches > 0 && nodes_[best].ld_matches == nodes_[0].ld_matches;
    for (int s = nodes_[parent].first_child; s >= 0; s = nodes_[s].next_sibling) {
      bool join = s == best;
      const Node& n = nodes_[s];
      if (n.removed) continue;
      if (!join && !n.caption && (!body_complete || n.ld_matches > 0)) {
        const char* best_class = Attr(nodes_[best].g, "class");
        const char* own_class = Attr(n.g, "class");
        bool same_class = best_class != nullptr && own_class != nullptr && *best_class != 0 &&
                          std::strcmp(best_class, own_class) == 0;
        if (n.scored && Final(s) >= threshold) {
          join = true;
        } else if (same_class && n.text > 0 && LinkDensity(s) < 0.3) {
          join = true;  // a box like the article's own: its continuation
        } else if (n.block && n.inline_text == n.text) {
          double ld = LinkDensity(s);
          join = (n.text > 80 && ld < 0.25) || (n.text > 0 && ld == 0 && n.tag == GUMBO_TAG_P);
        }
      }
      if (join) joined.push_back(s);
    }
  }
  auto within = [this](int i, int root) {
    for (int a = i; a >= 0; a = nodes_[a].parent) {
      if (a == root) return true;
    }
    return false;
  };
  // Leads, standfirsts and subtitles named as such ("lead", "intro",
  // "excerpt", "subtitle") shortly above the article, before it.
  int scope = best;
  for (int level = 0;
       level < 4 && nodes_[scope].parent >= 0 && nodes_[nodes_[scope].parent].tag != GUMBO_TAG_BODY;
       ++level) {
    scope = nodes_[scope].parent;
  }
  for (int i = scope + 1; i < best; ++i) {
    const Node& n = nodes_[i];
    if (!(n.hints & kHintLead) || n.removed || n.caption || n.text < 30 || LinkDensity(i) > 0.3 ||
        within(best, i)) {
      continue;
    }
    bool taken = false;
    for (int j : joined) taken = taken || within(i, j);
    for (int a = n.parent; a >= 0 && !taken; a = nodes_[a].parent) {
      taken = (nodes_[a].hints & kHintLead) && a > scope;
    }
    if (!taken) Render(i, i, /*after_core=*/false, paragraphs, captions);
  }
  for (int s : joined) {
    Render(s, s == best ? core : static_cast<int>(nodes_.size()), /*after_core=*/s > best,
           paragraphs, captions);
  }
}

// The text of a subtree, spaces between text nodes.
std::string TextBelow(const GumboNode* root) {
  std::string raw;
  std::vector<const GumboNode*> s{root};
  while (!s.empty()) {
    const GumboNode* g = s.back();
    s.pop_back();
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_CDATA) {
      raw += g->v.text.text;
      raw += ' ';
    } else if (g->type == GUMBO_NODE_ELEMENT && !IsSkippedTag(g->v.element.tag)) {
      const GumboVector& c = g->v.element.children;
      for (unsigned i = c.length; i > 0; --i) s.push_back(static_cast<GumboNode*>(c.data[i - 1]));
    }
  }
  return raw;
}

// Undoes the HTML escaping some publishers leave in JSON-LD strings and
// collapses white space.
std::string CleanLdText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
          {"&amp;", "&"},
          {"&quot;", "\""},
          {"&#39;", "'"},
          {"&apos;", "'"},
          {"&lt;", "<"},
          {"&gt;", ">"},
          {"&nbsp;", " "},
          {"&#8217;", "\xE2\x80\x99"},
          {"&#8220;", "\xE2\x80\x9C"},
          {"&#8221;", "\xE2\x80\x9D"}};
      bool done = false;
      for (const auto& [name, value] : kEntities) {
        if (s.compare(i, name.size(), name) == 0) {
          out += value;
          i += name.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

const GumboNode* FindBody(const GumboNode* root) {
  const GumboVector& c = root->v.element.children;
  for (unsigned i = 0; i < c.length; ++i) {
    const GumboNode* n = static_cast<const GumboNode*>(c.data[i]);
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_BODY) return n;
  }
  return root;
}

}  // namespace

std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  size_t end = rest.find_first_of("/?#:");
  std::string host(rest.substr(0, end));
  std::transform(host.begin(), host.end(), host.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

Article ExtractHtml(std::string_view html, std::string_view page_url,
                    const ExtractOptions& options) {
  Article article;
  Prepassed pre = Prepass(html, options.tree);
  if (pre.dropped_deep_tags > 0) {
    article.warnings.push_back("markup nested deeper than " +
                               std::to_string(options.tree.max_nesting_depth) + " levels: " +
                               std::to_string(pre.dropped_deep_tags) +
                               " tags ignored, their text kept");
  }
  if (pre.cut_at_element_limit) {
    article.warnings.push_back("more than " + std::to_string(options.tree.max_elements) +
                               " elements: the rest of the page was not read");
  }
  JsonLdArticle ld = ReadJsonLd(pre.json_ld);
  auto parsed = std::make_unique<ParsedHtml>(pre.html);
  const GumboOutput* output = parsed->output();
  if (output == nullptr) {
    article.error = "the HTML parser returned no tree";
    return article;
  }
  PageMetadata meta = ReadMetadata(output->root, ld, page_url);
  article.title = meta.title;
  article.outlet = meta.outlet;  // the host fallback is the caller's (ParseDocument)
  article.byline = meta.byline;
  article.published = meta.published;
  article.modified = meta.modified;
  article.url = !meta.url.empty() ? meta.url : std::string(page_url);
  article.language = meta.language;

  std::string ld_body;
  if (ld.body.find('<') == std::string::npos) ld_body = CollapseWhitespace(CleanLdText(ld.body));
  std::vector<Paragraph> paragraphs;
  {
    Extractor extractor(FindBody(output->root), ld_body, options);
    extractor.Run(&paragraphs, &article.captions);
  }
  parsed.reset();  // the tree is freed as soon as the page is read
  // The headline repeated as the first heading is the title, not body text
  // (titles often carry the outlet after it: "Headline - Outlet").
  if (!paragraphs.empty() && !article.title.empty() &&
      article.title.rfind(paragraphs.front().text, 0) == 0) {
    paragraphs.erase(paragraphs.begin());
  }
  // Short lines ending in a colon or question mark at the very end
  // ("Related:", "Want more?") introduce something that is not there.
  while (paragraphs.size() > 1 && paragraphs.back().text.size() < options.tail_label_bytes &&
         (paragraphs.back().text.back() == ':' || paragraphs.back().text.back() == '?')) {
    paragraphs.pop_back();
  }
  // After the core block ends, only long paragraphs continue the article:
  // the short ones there are a page's furniture (credits, disclaimers,
  // calls to subscribe or share, "was this helpful?").
  std::erase_if(paragraphs, [&options](const Paragraph& p) {
    return p.after_core && p.text.size() < options.after_core_paragraph_bytes;
  });
  size_t visible = 0;
  for (const Paragraph& p : paragraphs) {
    if (!article.text.empty()) article.text += "\n\n";
    if (p.heading) {
      article.headings.push_back(Span{article.text.size(), article.text.size() + p.text.size()});
    }
    article.text += p.text;
    visible += p.text.size();
  }
  // The publisher's articleBody stands in when the page's own markup holds
  // much less of it (bodies rendered by scripts, teaser pages).
  if (ld_body.size() >= options.min_article_bytes && visible * 2 < ld_body.size()) {
    article.text.clear();
    article.headings.clear();  // a plain-text body has no markup to tell them
    std::string body = CleanLdText(ld.body);
    size_t start = 0;
    while (start <= body.size()) {
      size_t end = body.find('\n', start);
      if (end == std::string::npos) end = body.size();
      std::string p = CollapseWhitespace(std::string_view(body).substr(start, end - start));
      start = end + 1;
      if (p.empty()) continue;
      if (!article.text.empty()) article.text += "\n\n";
      article.text += p;
    }
    visible = article.text.size();
  }
  if (visible < options.min_article_bytes) {
    article.text.clear();
    article.headings.clear();
    article.error = "no article text found in the page";
  }
  return article;
}

}  // namespace claimdiff::parse
