#include "tests/reports/gumbo_dom.h"

#include <sstream>

namespace claimdiff::testing {

namespace {

void Collect(const GumboNode* node, std::vector<const GumboNode*>* out) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  out->push_back(node);
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    Collect(static_cast<const GumboNode*>(children.data[i]), out);
  }
}

void AppendText(const GumboNode* node, std::string* out) {
  switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
      *out += node->v.text.text;
      return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      const GumboVector& children = node->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) {
        AppendText(static_cast<const GumboNode*>(children.data[i]), out);
      }
      return;
    }
    default:
      return;
  }
}

}  // namespace

ParsedPage::ParsedPage(const std::string& html)
    : html_(html),
      output_(gumbo_parse_with_options(&kGumboDefaultOptions, html_.data(), html_.size())) {
  Collect(output_->root, &elements_);
}

ParsedPage::~ParsedPage() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }

size_t ParsedPage::errors() const { return output_->errors.length; }

std::string ParsedPage::TagName(const GumboNode* element) {
  if (element->v.element.tag != GUMBO_TAG_UNKNOWN) {
    return gumbo_normalized_tagname(element->v.element.tag);
  }
  GumboStringPiece piece = element->v.element.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data, piece.length);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

std::vector<const GumboNode*> ParsedPage::ByTag(const std::string& tag) const {
  std::vector<const GumboNode*> out;
  for (const GumboNode* e : elements_) {
    if (TagName(e) == tag) out.push_back(e);
  }
  return out;
}

std::vector<const GumboNode*> ParsedPage::ByClass(const std::string& name) const {
  std::vector<const GumboNode*> out;
  for (const GumboNode* e : elements_) {
    std::istringstream words(Attribute(e, "class"));
    std::string w;
    while (words >> w) {
      if (w == name) {
        out.push_back(e);
        break;
      }
    }
  }
  return out;
}

const GumboNode* ParsedPage::ById(const std::string& id) const {
  for (const GumboNode* e : elements_) {
    if (Attribute(e, "id") == id) return e;
  }
  return nullptr;
}

std::string ParsedPage::Attribute(const GumboNode* element, const std::string& name) {
  const GumboAttribute* a = gumbo_get_attribute(&element->v.element.attributes, name.c_str());
  return a ? a->value : "";
}

bool ParsedPage::HasAttribute(const GumboNode* element, const std::string& name) {
  return gumbo_get_attribute(&element->v.element.attributes, name.c_str()) != nullptr;
}

std::string ParsedPage::Text(const GumboNode* node) {
  std::string out;
  AppendText(node, &out);
  return out;
}

}  // namespace claimdiff::testing
