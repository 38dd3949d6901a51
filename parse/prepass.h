// The pre-pass before Gumbo: one linear scan over the page's bytes that
// drops what never becomes article text (comments and the contents of
// script, style, svg, math, noscript, template, iframe and object elements)
// so that Gumbo builds a tree of the rest only. JSON-LD script contents are
// not dropped but handed back separately, since JSON-LD is metadata and an
// articleBody signal. Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_PREPASS_H_
#define CLAIMDIFF_PARSE_PREPASS_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::parse {

struct Prepassed {
  std::string html;                  // the page without the dropped parts
  std::vector<std::string> json_ld;  // contents of <script type="application/ld+json">
};

// Never fails; an unterminated element or comment runs to the end of the page,
// as it does in a browser.
Prepassed Prepass(std::string_view html);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_PREPASS_H_
