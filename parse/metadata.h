// Article metadata from a Gumbo tree and the page's JSON-LD: title, byline,
// publication and modification time, outlet, canonical URL and language,
// each read through a fallback chain (see metadata.cc). Pure and
// thread-safe; the tree is only read.
#ifndef CLAIMDIFF_PARSE_METADATA_H_
#define CLAIMDIFF_PARSE_METADATA_H_

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>

#include "parse/jsonld.h"

namespace claimdiff::parse {

struct PageMetadata {
  std::string title;
  std::string byline;                    // authors joined by ", "
  std::optional<std::string> published;  // ISO-8601
  std::optional<std::string> modified;   // ISO-8601
  std::string outlet;                    // "" when the page names no site
  std::string url;                       // canonical, absolute; "" if none
  std::string language;                  // BCP-47, "" when unknown
};

PageMetadata ReadMetadata(const GumboNode* root, const JsonLdArticle& json_ld,
                          std::string_view page_url);

// `href` made absolute against `base` (http(s) only); "" when it cannot be.
std::string ResolveUrl(std::string_view base, std::string_view href);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_METADATA_H_
