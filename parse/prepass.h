// The pre-pass before Gumbo: one linear scan over the page's bytes that
// drops what never becomes article text (comments and the contents of
// script, style, svg, math, noscript, template, iframe and object elements)
// so that Gumbo builds a tree of the rest only. JSON-LD script contents are
// not dropped but handed back separately, since JSON-LD is metadata and an
// articleBody signal.
//
// It also bounds the tree Gumbo builds, since a page is untrusted: start
// tags nested deeper than a limit are dropped (their text is kept), and
// the page is cut before the start tag that would pass a limit on the
// number of elements. Gumbo's tree building is quadratic in the nesting
// depth; 100,000 nested <div>s took it most of a minute. Pure and
// thread-safe.
#ifndef CLAIMDIFF_PARSE_PREPASS_H_
#define CLAIMDIFF_PARSE_PREPASS_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::parse {

struct PrepassLimits {
  // Start tags nested deeper than this are dropped with their matching end
  // tags; the text inside is kept. Real news pages nest a few dozen deep.
  size_t max_nesting_depth = 512;
  // The page is cut before the start tag that would make more elements
  // than this. Real news pages have a few thousand; 200,000 is several
  // megabytes of markup.
  size_t max_elements = 200'000;
};

struct Prepassed {
  std::string html;                  // the page without the dropped parts
  std::vector<std::string> json_ld;  // contents of <script type="application/ld+json">
  size_t dropped_deep_tags = 0;      // tags dropped for the nesting limit
  bool cut_at_element_limit = false;  // the rest of the page was not read
};

// Never fails; an unterminated element or comment runs to the end of the page,
// as it does in a browser.
Prepassed Prepass(std::string_view html, const PrepassLimits& limits = {});

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_PREPASS_H_
