#include "parse/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <memory>

#include "core/text.h"

namespace claimdiff::parse {

namespace {

constexpr size_t kMetaScanBytes = 16384;

// ASCII lower case: what std::tolower does in the "C" locale the program
// runs in, without a library call per byte (the meta scan lowers up to
// kMetaScanBytes of every page).
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Reads a charset name starting at `pos` (after "charset="), stopping at
// quotes, spaces, ';' or '>'.
std::string ReadCharsetName(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '"' || s[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '-' ||
                            s[end] == '_' || s[end] == '.' || s[end] == ':')) {
    ++end;
  }
  return Lower(s.substr(pos, end - pos));
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Converts with substitution callbacks (invalid input becomes U+FFFD).
bool Convert(std::string_view bytes, const std::string& charset, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> from(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status) || !from) return false;
  std::unique_ptr<UConverter, ConverterCloser> to(ucnv_open("UTF-8", &status));
  if (U_FAILURE(status) || !to) return false;
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr,
                      &status);
  if (U_FAILURE(status)) return false;
  out->clear();
  out->resize(bytes.size() * 3 + 16);
  char* target = out->data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out->data() + out->size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  if (U_FAILURE(status)) return false;
  out->resize(static_cast<size_t>(target - out->data()));
  return true;
}

// HTML's rule: a declared "iso-8859-1" or "us-ascii" means windows-1252.
std::string HtmlAlias(std::string name) {
  if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii" ||
      name == "iso8859-1") {
    return "windows-1252";
  }
  if (name == "utf8") return "utf-8";
  return name;
}

// UTF-8 validity with an eight-bytes-at-a-time pass over ASCII runs, which
// are most of a page's markup; other bytes go through IsValidUtf8.
bool FastValidUtf8(std::string_view bytes) {
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  while (p < end) {
    while (end - p >= 8) {
      uint64_t word;
      std::memcpy(&word, p, 8);
      if (word & 0x8080808080808080ULL) break;
      p += 8;
    }
    if (p >= end) break;
    if (static_cast<unsigned char>(*p) < 0x80) {
      ++p;
      continue;
    }
    // A non-ASCII sequence: validate up to the next ASCII byte.
    const char* q = p;
    while (q < end && static_cast<unsigned char>(*q) >= 0x80) ++q;
    if (!IsValidUtf8(std::string_view(p, static_cast<size_t>(q - p)))) return false;
    p = q;
  }
  return true;
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = Lower(content_type);
  size_t pos = lower.find("charset=");
  if (pos == std::string::npos) return {};
  return HtmlAlias(ReadCharsetName(lower, pos + 8));
}

std::string CharsetFromMeta(std::string_view html_prefix) {
  // The HTML prescan reads 1024 bytes; pages put long comments, scripts and
  // other meta tags first, so the whole head is read, up to kMetaScanBytes.
  std::string lower = Lower(html_prefix.substr(0, kMetaScanBytes));
  size_t body = lower.find("<body");
  if (body != std::string::npos) lower.resize(body);
  size_t pos = 0;
  while ((pos = lower.find("<meta", pos)) != std::string::npos) {
    size_t end = lower.find('>', pos);
    if (end == std::string::npos) end = lower.size();
    std::string_view tag(lower.data() + pos, end - pos);
    size_t cs = tag.find("charset=");
    if (cs != std::string_view::npos) {
      std::string name = ReadCharsetName(tag, cs + 8);
      if (!name.empty()) return HtmlAlias(name);
    }
    pos = end;
  }
  return {};
}

StatusOr<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view content_type) {
  Decoded d;
  std::string charset;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    d.text = RepairUtf8(bytes.substr(3));
    d.charset = "utf-8";
    d.evidence = "bom";
    return d;
  }
  if (bytes.substr(0, 2) == "\xFF\xFE") {
    charset = "utf-16le";
    d.evidence = "bom";
  } else if (bytes.substr(0, 2) == "\xFE\xFF") {
    charset = "utf-16be";
    d.evidence = "bom";
  }
  if (charset.empty()) {
    charset = CharsetFromContentType(content_type);
    if (!charset.empty()) d.evidence = "http";
  }
  if (charset.empty()) {
    charset = CharsetFromMeta(bytes);
    if (!charset.empty()) d.evidence = "meta";
  }
  // A page that declares UTF-8 but is not, or declares nothing: check.
  bool valid_utf8 = FastValidUtf8(bytes);
  if (charset == "utf-8" || (charset.empty() && valid_utf8)) {
    d.text = valid_utf8 ? std::string(bytes) : RepairUtf8(bytes);
    d.charset = "utf-8";
    if (d.evidence.empty()) d.evidence = "utf8";
    return d;
  }
  if (charset.empty()) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
    if (U_SUCCESS(status)) {
      ucsdet_enableInputFilter(det.get(), true);  // ignore markup
      ucsdet_setText(det.get(), bytes.data(),
                     static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20)), &status);
      const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
      if (U_SUCCESS(status) && match != nullptr) {
        const char* name = ucsdet_getName(match, &status);
        if (U_SUCCESS(status) && name != nullptr) {
          charset = HtmlAlias(Lower(name));
          d.evidence = "detector";
        }
      }
    }
  }
  if (!charset.empty() && Convert(bytes, charset, &d.text)) {
    d.charset = charset;
    return d;
  }
  if (Convert(bytes, "windows-1252", &d.text)) {
    d.charset = "windows-1252";
    d.evidence = "fallback";
    return d;
  }
  return Status::Internal("no ICU converter could be opened for charset '" + charset + "'");
}

}  // namespace claimdiff::parse
