// Charset detection and conversion to UTF-8, before Gumbo (which reads
// UTF-8 only). The order of evidence:
//   1. a byte-order mark,
//   2. the charset parameter of the HTTP Content-Type,
//   3. <meta charset> or <meta http-equiv="Content-Type"> in the head (first 16 KiB),
//   4. well-formed UTF-8 is taken as UTF-8,
//   5. ICU's charset detector, then windows-1252 as the last resort.
// Conversion uses ICU converters with substitution, so invalid bytes become
// U+FFFD and never drop a paragraph. Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_CHARSET_H_
#define CLAIMDIFF_PARSE_CHARSET_H_

#include <string>
#include <string_view>

#include "core/status.h"

namespace claimdiff::parse {

struct Decoded {
  std::string text;      // well-formed UTF-8, BOM removed
  std::string charset;   // the charset the bytes were read as, e.g. "UTF-8"
  std::string evidence;  // "bom", "http", "meta", "utf8", "detector", "fallback"
};

// The charset parameter of a Content-Type value, lower-cased; "" if none.
std::string CharsetFromContentType(std::string_view content_type);

// The charset declared by a <meta> tag in the head (before <body>, first
// 16 KiB); "" if none.
std::string CharsetFromMeta(std::string_view html_prefix);

// Decodes `bytes` to UTF-8. `content_type` may be empty. Fails only when ICU
// cannot open any converter at all.
StatusOr<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view content_type);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_CHARSET_H_
