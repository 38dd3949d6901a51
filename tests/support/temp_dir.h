// A temporary folder for a test, removed with everything in it at the end.
#ifndef CLAIMDIFF_TESTS_SUPPORT_TEMP_DIR_H_
#define CLAIMDIFF_TESTS_SUPPORT_TEMP_DIR_H_

#include <string>

namespace claimdiff::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // path() + "/" + name
  std::string File(const std::string& name) const;
  // Writes `content` to File(name) and returns that path.
  std::string Write(const std::string& name, const std::string& content) const;

 private:
  std::string path_;
};

// Reads a whole file; "" when it cannot be read.
std::string ReadFile(const std::string& path);

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_SUPPORT_TEMP_DIR_H_
