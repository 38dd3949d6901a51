// The parse stage as one call: a fetched Document in, an Article out
// (charset, extraction or plain text, claims, content hash).
// Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_PARSE_H_
#define CLAIMDIFF_PARSE_PARSE_H_

#include "core/model.h"
#include "parse/extract.h"

namespace claimdiff::parse {

struct ParseOptions {
  ExtractOptions extract;
};

// Never fails: an input with no article gets Article::error set and no
// claims. A Document whose fetch failed yields an Article carrying that error.
Article ParseDocument(const Document& doc, const ParseOptions& options);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_PARSE_H_
