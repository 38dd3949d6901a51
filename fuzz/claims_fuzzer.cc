// Sentence and claim segmentation of plain text: every span must lie inside
// the text and slice back to the claim's text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "parse/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  claimdiff::Document doc;
  doc.input = "fuzz.txt";
  doc.url = "file:///fuzz.txt";
  doc.plain_text = true;
  doc.body.assign(reinterpret_cast<const char*>(data), size);
  claimdiff::Article a = claimdiff::parse::ParseDocument(doc, {});
  for (const claimdiff::Claim& c : a.claims) {
    if (c.span.end > a.text.size() || c.span.start > c.span.end) std::abort();
    if (a.text.compare(c.span.start, c.span.size(), c.text) != 0) std::abort();
  }
  return 0;
}
