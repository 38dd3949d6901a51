// Status and StatusOr<T>: errors as values, after LevelDB's Status.
//
// Why not absl::Status: Debian's libabsl is configured with its own
// string_view and optional (ABSL_OPTION_USE_STD_* = 0), which do not mix
// cleanly with the C++20 std types used everywhere here. This is the small
// equivalent STYLE.md allows: a code and a message with its context (the
// file, the URL, the SQL statement), built by the wrapper around each C
// library.
//
// Thread-safety: values; a const Status may be shared between threads.
#ifndef CLAIMDIFF_CORE_STATUS_H_
#define CLAIMDIFF_CORE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace claimdiff {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // bad input: a file, an option, a job file
    kNotFound,         // a file, a URL, a record that is not there
    kIoError,          // the operating system or a C library failed
    kNetwork,          // transport failed (DNS, connect, TLS, timeout)
    kCorruption,       // stored data does not read back
    kResourceExhausted,  // a limit was hit (size, count, time)
    kUnimplemented,
    kInternal,
  };

  Status() = default;  // OK
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return {Code::kInvalidArgument, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {Code::kNotFound, std::move(msg)}; }
  static Status IoError(std::string msg) { return {Code::kIoError, std::move(msg)}; }
  static Status Network(std::string msg) { return {Code::kNetwork, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {Code::kCorruption, std::move(msg)}; }
  static Status ResourceExhausted(std::string msg) {
    return {Code::kResourceExhausted, std::move(msg)};
  }
  static Status Unimplemented(std::string msg) { return {Code::kUnimplemented, std::move(msg)}; }
  static Status Internal(std::string msg) { return {Code::kInternal, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "invalid argument: jobs.toml:3: ..." or "OK".
  std::string ToString() const;

  // Returns a copy whose message is prefixed with `context` and ": ".
  Status WithContext(std::string_view context) const;

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

std::string_view CodeName(Status::Code code);

// Holds either a T or a non-OK Status. Accessing the value of an error is a
// programming error (asserted).
template <typename T>
class StatusOr {
 public:
  StatusOr(const T& value) : value_(value) {}             // NOLINT: implicit by design
  StatusOr(T&& value) : value_(std::move(value)) {}       // NOLINT
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "StatusOr needs a value or an error");
    if (status_.ok()) status_ = Status::Internal("StatusOr built from an OK status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  const T& value() const& { assert(ok()); return *value_; }
  T& value() & { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace claimdiff

// Returns early from the calling function when `expr` is not OK.
#define CLAIMDIFF_RETURN_IF_ERROR(expr)              \
  do {                                               \
    ::claimdiff::Status claimdiff_status_ = (expr);  \
    if (!claimdiff_status_.ok()) return claimdiff_status_; \
  } while (0)

#endif  // CLAIMDIFF_CORE_STATUS_H_
