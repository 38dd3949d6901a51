// A streaming writer of compact JSON text, for hot paths that would
// otherwise build an nlohmann tree only to dump it at once
// (`extract --format jsonl` prints every article this way).
//
// The bytes are those DumpJson() (core/json.h) prints for the same tree:
// no white space, non-ASCII UTF-8 kept as is, control characters escaped as
// nlohmann escapes them, numbers formatted by nlohmann, and a string with
// ill-formed UTF-8 handed to nlohmann whole so that its replacement rule
// applies unchanged.
//
// Not thread-safe; one writer per output string. The caller nests the calls
// correctly (a Key before each object member); the writer does not check.
#ifndef CLAIMDIFF_CORE_JSON_WRITER_H_
#define CLAIMDIFF_CORE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

class JsonWriter {
 public:
  // Appends to *out, which must outlive the writer.
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  // The name of the next object member.
  void Key(std::string_view key);

  void String(std::string_view value);
  void Unsigned(uint64_t value);
  void Double(double value);
  void Bool(bool value);
  void Null();

 private:
  // Writes the comma before every value but the first of its container.
  void BeforeValue();

  std::string* out_;
  // Per open container: whether it has a value yet.
  std::vector<bool> has_value_;
  bool after_key_ = false;  // the next value completes a member
};

// Appends `value` as a JSON string literal (with quotes), as DumpJson would.
void AppendJsonString(std::string_view value, std::string* out);

}  // namespace claimdiff

#endif  // CLAIMDIFF_CORE_JSON_WRITER_H_
