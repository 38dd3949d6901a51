// Article extraction: from a page's UTF-8 HTML to an Article's metadata and
// body text (paragraphs separated by a blank line). Captions and photo
// credits go to Article::captions, not into the body.
//
// The skeleton strategy: the body is the block-level text (paragraphs,
// headings, list items, block quotes) of the page's <article>, else <main>,
// else <body>, leaving out navigation, headers, footers, asides, forms,
// scripts and figures. Pure and thread-safe; the Gumbo tree is freed before
// returning.
#ifndef CLAIMDIFF_PARSE_EXTRACT_H_
#define CLAIMDIFF_PARSE_EXTRACT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/model.h"

namespace claimdiff::parse {

struct ExtractOptions {
  // Paragraph candidates shorter than this many bytes are dropped unless
  // they end a sentence (".", "!", "?", a closing quote).
  size_t min_paragraph_bytes = 20;
};

// Fills everything of an Article but claims and content_hash from `html`
// (well-formed UTF-8). `page_url` is the URL when the page names no canonical
// one. Article::outlet is left empty when the page names no site. Sets
// Article::error when no article text is found.
Article ExtractHtml(std::string_view html, std::string_view page_url,
                    const ExtractOptions& options);

// The host of an http(s) URL without a leading "www.", or "".
std::string HostOf(std::string_view url);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_EXTRACT_H_
