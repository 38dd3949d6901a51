// `claimdiff --version`: the build (version, commit) and the libraries the
// process runs with, compared with what the same libraries tell this test.
#include <curl/curl.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unicode/uversion.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "tests/support/shell.h"

namespace claimdiff {
namespace {

using claimdiff::testing::RunShell;

std::string VersionOutput() {
  auto [code, out] = RunShell(std::string(CLAIMDIFF_BINARY) + " --version 2>&1");
  EXPECT_EQ(code, 0) << out;
  return out;
}

// The line of `text` that starts with `prefix`, or "".
std::string LineStartingWith(const std::string& text, const std::string& prefix) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(prefix, 0) == 0) return line;
  }
  return "";
}

bool EndsWith(const std::string& s, const std::string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

TEST(VersionTest, NamesTheVersionAndTheCommit) {
  std::string out = VersionOutput();
  std::string commit = "unknown";
  if (std::filesystem::exists(std::string(CLAIMDIFF_SOURCE_DIR) + "/.git")) {
    auto [code, head] = RunShell("git -C " CLAIMDIFF_SOURCE_DIR " rev-parse --short=12 HEAD");
    ASSERT_EQ(code, 0) << "git is needed to read the commit of a checkout";
    commit = head.substr(0, head.find('\n'));
  }
  // "claimdiff 0.1.0 (commit 537748adc910)", "-dirty" when tracked files
  // were edited since the commit.
  std::string line = LineStartingWith(out, "claimdiff ");
  std::string version = line.substr(0, line.find(" (commit ")).substr(line.find(' ') + 1);
  EXPECT_FALSE(version.empty()) << out;
  EXPECT_EQ(version.find_first_not_of("0123456789."), std::string::npos) << out;
  EXPECT_TRUE(EndsWith(line, " (commit " + commit + ")") ||
              EndsWith(line, " (commit " + commit + "-dirty)"))
      << out;
}

TEST(VersionTest, NamesTheLibrariesItRunsWith) {
  std::string out = VersionOutput();
  const curl_version_info_data* curl = curl_version_info(CURLVERSION_NOW);
  EXPECT_NE(out.find(std::string("\nlibcurl ") + curl->version), std::string::npos) << out;
  EXPECT_NE(out.find(std::string("\nSQLite ") + sqlite3_libversion() + "\n"), std::string::npos)
      << out;
  UVersionInfo icu;
  char icu_text[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(icu);
  u_versionToString(icu, icu_text);
  EXPECT_NE(out.find(std::string("\nICU ") + icu_text + " "), std::string::npos) << out;
  // Gumbo has no version call: the built-against version and the loaded file.
  std::string gumbo = LineStartingWith(out, "Gumbo ");
  EXPECT_NE(gumbo.find(" (built against; loaded from /"), std::string::npos) << out;
  EXPECT_NE(gumbo.find("libgumbo"), std::string::npos) << out;
}

}  // namespace
}  // namespace claimdiff
