// A re-parsed HTML page for assertions, built on Gumbo (the parser that
// browsers' HTML5 tree construction rules describe): elements by tag name,
// attributes and text, as a browser would see them.
#ifndef CLAIMDIFF_TESTS_REPORTS_GUMBO_DOM_H_
#define CLAIMDIFF_TESTS_REPORTS_GUMBO_DOM_H_

#include <gumbo.h>

#include <string>
#include <vector>

namespace claimdiff::testing {

class ParsedPage {
 public:
  explicit ParsedPage(const std::string& html);
  ~ParsedPage();
  ParsedPage(const ParsedPage&) = delete;  // owns the GumboOutput
  ParsedPage& operator=(const ParsedPage&) = delete;

  // Every element in document order (html, head, body included).
  const std::vector<const GumboNode*>& elements() const { return elements_; }
  // Elements whose tag name (lower case, as parsed, SVG included) is `tag`.
  std::vector<const GumboNode*> ByTag(const std::string& tag) const;
  // Elements whose class attribute contains the word `name`.
  std::vector<const GumboNode*> ByClass(const std::string& name) const;
  const GumboNode* ById(const std::string& id) const;
  // Number of parse errors Gumbo reported.
  size_t errors() const;

  static std::string TagName(const GumboNode* element);
  // The attribute's value, or "" (use HasAttribute to tell them apart).
  static std::string Attribute(const GumboNode* element, const std::string& name);
  static bool HasAttribute(const GumboNode* element, const std::string& name);
  // All text below `node`, concatenated.
  static std::string Text(const GumboNode* node);

 private:
  std::string html_;     // Gumbo points into it
  GumboOutput* output_;  // owned
  std::vector<const GumboNode*> elements_;
};

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_REPORTS_GUMBO_DOM_H_
