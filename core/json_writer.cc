#include "core/json_writer.h"

#include <nlohmann/json.hpp>

namespace claimdiff {

namespace {

// Length of the well-formed UTF-8 sequence that starts with the non-ASCII
// byte s[0], or 0 when it is ill-formed (Unicode Table 3-7: no overlongs,
// no surrogates, nothing above U+10FFFF). `n` bytes are readable.
size_t WellFormedLength(const unsigned char* s, size_t n) {
  const unsigned char c = s[0];
  size_t len = 0;
  unsigned char low = 0x80;  // range of the second byte
  unsigned char high = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) low = 0xA0;   // overlong
    if (c == 0xED) high = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) low = 0x90;   // overlong
    if (c == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (n < len || s[1] < low || s[1] > high) return 0;
  for (size_t k = 2; k < len; ++k) {
    if (s[k] < 0x80 || s[k] > 0xBF) return 0;
  }
  return len;
}

// Appends the escape nlohmann writes for an ASCII byte that cannot stand
// in a JSON string as is (a control character, '"' or '\\').
void AppendEscape(unsigned char c, std::string* out) {
  switch (c) {
    case '\b': *out += "\\b"; return;
    case '\t': *out += "\\t"; return;
    case '\n': *out += "\\n"; return;
    case '\f': *out += "\\f"; return;
    case '\r': *out += "\\r"; return;
    case '"': *out += "\\\""; return;
    case '\\': *out += "\\\\"; return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";  // nlohmann: lower case
      *out += "\\u00";
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 0xF]);
    }
  }
}

}  // namespace

void AppendJsonString(std::string_view value, std::string* out) {
  const size_t mark = out->size();
  const auto* s = reinterpret_cast<const unsigned char*>(value.data());
  const size_t n = value.size();
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c >= 0x80) {
      size_t len = WellFormedLength(s + i, n - i);
      if (len == 0) {
        // Ill-formed UTF-8 is rare: nlohmann's own replacement rule decides.
        out->resize(mark);
        *out += nlohmann::ordered_json(std::string(value))
                    .dump(-1, ' ', /*ensure_ascii=*/false,
                          nlohmann::ordered_json::error_handler_t::replace);
        return;
      }
      i += len;
    } else if (c < 0x20 || c == '"' || c == '\\') {
      out->append(value.data() + run, i - run);
      AppendEscape(c, out);
      run = ++i;
    } else {
      ++i;
    }
  }
  out->append(value.data() + run, n - run);
  out->push_back('"');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_value_.empty()) {
    if (has_value_.back()) out_->push_back(',');
    has_value_.back() = true;
  }
}

void JsonWriter::BeginObject() {
  BeforeValue();
  out_->push_back('{');
  has_value_.push_back(false);
}

void JsonWriter::EndObject() {
  has_value_.pop_back();
  out_->push_back('}');
}

void JsonWriter::BeginArray() {
  BeforeValue();
  out_->push_back('[');
  has_value_.push_back(false);
}

void JsonWriter::EndArray() {
  has_value_.pop_back();
  out_->push_back(']');
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendJsonString(key, out_);
  out_->push_back(':');
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  AppendJsonString(value, out_);
}

void JsonWriter::Unsigned(uint64_t value) {
  BeforeValue();
  *out_ += std::to_string(value);
}

void JsonWriter::Double(double value) {
  BeforeValue();
  // nlohmann's shortest round-trip form ("12.0", "1.5e+20", null for NaN).
  *out_ += nlohmann::ordered_json(value).dump();
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  *out_ += value ? "true" : "false";
}

void JsonWriter::Null() {
  BeforeValue();
  *out_ += "null";
}

}  // namespace claimdiff
