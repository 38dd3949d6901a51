// Charset detection and conversion: any bytes with any Content-Type must
// come out as well-formed UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/text.h"
#include "parse/charset.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view all(reinterpret_cast<const char*>(data), size);
  // The first line (up to 64 bytes) plays the Content-Type header.
  size_t nl = all.substr(0, 64).find('\n');
  std::string_view content_type = nl == std::string_view::npos ? std::string_view() : all.substr(0, nl);
  std::string_view body = nl == std::string_view::npos ? all : all.substr(nl + 1);
  claimdiff::StatusOr<claimdiff::parse::Decoded> d =
      claimdiff::parse::DecodeToUtf8(body, content_type);
  if (d.ok() && !claimdiff::IsValidUtf8(d->text)) std::abort();
  return 0;
}
