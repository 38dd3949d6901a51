// `claimdiff --version`: the build (version, commit) and the libraries the
// process runs with, compared with what the same libraries tell this test.
#include <curl/curl.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unicode/uversion.h>

#include <filesystem>
#include <regex>
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

bool HasLine(const std::string& text, const std::string& line_regex) {
  return std::regex_search(text, std::regex("(^|\\n)" + line_regex + "(\\n|$)"));
}

TEST(VersionTest, NamesTheVersionAndTheCommit) {
  std::string out = VersionOutput();
  std::string commit = "unknown";
  if (std::filesystem::exists(std::string(CLAIMDIFF_SOURCE_DIR) + "/.git")) {
    auto [code, head] = RunShell("git -C " CLAIMDIFF_SOURCE_DIR " rev-parse --short=12 HEAD");
    ASSERT_EQ(code, 0) << "git is needed to read the commit of a checkout";
    commit = head.substr(0, head.find('\n'));
  }
  // "-dirty" when tracked files were edited since the commit.
  EXPECT_TRUE(HasLine(out, "claimdiff \\d+\\.\\d+\\.\\d+ \\(commit " + commit + "(-dirty)?\\)"))
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
  EXPECT_TRUE(
      HasLine(out, "Gumbo \\d+\\.\\d+\\.\\d+ \\(built against; loaded from /\\S*libgumbo\\S*\\)"))
      << out;
}

}  // namespace
}  // namespace claimdiff
