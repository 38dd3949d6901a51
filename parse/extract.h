// Article extraction: from a page's UTF-8 HTML to an Article's metadata and
// body text (paragraphs separated by a blank line). Captions and photo
// credits go to Article::captions, not into the body.
//
// The method (main-content scoring on the Gumbo tree, JSON-LD articleBody
// as a signal, boilerplate removal) is described at the top of extract.cc.
// Pure and thread-safe; the Gumbo tree is freed before returning.
#ifndef CLAIMDIFF_PARSE_EXTRACT_H_
#define CLAIMDIFF_PARSE_EXTRACT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/model.h"
#include "parse/prepass.h"

namespace claimdiff::parse {

struct ExtractOptions {
  // Paragraph candidates shorter than this many bytes are dropped unless
  // they end a sentence (".", "!", "?", a closing quote).
  // Blocks that are nothing but link text and shorter than three times this
  // many bytes are dropped unless they end a sentence.
  size_t min_paragraph_bytes = 40;
  // A page whose kept body text is shorter than this many bytes has no
  // article (Article::error is set and the text is left empty).
  size_t min_article_bytes = 50;
  // The chosen block is widened to its parent while the parent adds at most
  // this many tenths of its text, mostly not links (leads, intros).
  uint32_t climb_extra_tenths = 30;
  // In what the widening adds, paragraphs shorter than this many bytes are
  // dropped unless they end a sentence.
  size_t strict_paragraph_bytes = 80;
  // After the core block (the best-scoring block before widening), in
  // the widened block and in siblings that follow, paragraphs shorter than
  // this many bytes are dropped: the article has ended, and what follows
  // in its box is mostly furniture (on extraction-dev: F .930 -> .933).
  size_t after_core_paragraph_bytes = 200;
  // Trailing paragraphs shorter than this that end in ':' or '?' are
  // dropped (a last "Related:" or "Want more?").
  size_t tail_label_bytes = 80;
  // Bounds on the tree built from one untrusted page (parse/prepass.h);
  // reaching one adds a warning to the Article.
  PrepassLimits tree;
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
