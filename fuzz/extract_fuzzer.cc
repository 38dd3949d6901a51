// Article extraction: any page (after decoding) must give an Article whose
// text is well-formed UTF-8, or an error; never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/text.h"
#include "parse/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  claimdiff::Document doc;
  doc.input = "fuzz.html";
  doc.url = "https://fuzz.example/page";
  doc.final_url = doc.url;
  doc.body.assign(reinterpret_cast<const char*>(data), size);
  claimdiff::Article a = claimdiff::parse::ParseDocument(doc, {});
  if (!claimdiff::IsValidUtf8(a.text)) std::abort();
  for (const claimdiff::Claim& c : a.claims) {
    if (c.span.end > a.text.size() || c.span.start > c.span.end) std::abort();
  }
  return 0;
}
