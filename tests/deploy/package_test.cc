// The Debian package as CPack builds it from this build (what
// scripts/package does): its name, its dependencies (computed by
// dpkg-shlibdeps, so they must cover every library the binary loads), and
// that the unpacked package runs the example night with the source and
// build trees out of sight.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>

#include "tests/support/shell.h"
#include "tests/support/temp_dir.h"

namespace claimdiff {
namespace {

using claimdiff::testing::ReadFile;
using claimdiff::testing::RunShell;
using claimdiff::testing::TempDir;

std::string Trim(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  return s;
}

// Builds the package into `dir`/pkg; returns the .deb's path, "" on failure
// (with cpack's output in *log).
std::string BuildPackage(const TempDir& dir, std::string* log) {
  if (RunShell("command -v dpkg-shlibdeps >/dev/null").first != 0) {
    *log = "dpkg-shlibdeps not installed (Debian package dpkg-dev; scripts/setup installs it)";
    return "";
  }
  auto [code, out] = RunShell("cpack --config " CLAIMDIFF_BUILD_DIR "/CPackConfig.cmake -B " +
                              dir.File("pkg") + " 2>&1");
  *log = out;
  if (code != 0) return "";
  for (const auto& entry : std::filesystem::directory_iterator(dir.File("pkg"))) {
    if (entry.path().extension() == ".deb") return entry.path().string();
  }
  return "";
}

std::string Unpack(const TempDir& dir, const std::string& deb) {
  std::string root = dir.File("root");
  auto [code, out] = RunShell("dpkg-deb -x " + deb + " " + root + " 2>&1");
  EXPECT_EQ(code, 0) << out;
  return root;
}

TEST(PackageTest, IsNamedByVersionAndArchitecture) {
  TempDir dir;
  std::string log;
  std::string deb = BuildPackage(dir, &log);
  ASSERT_FALSE(deb.empty()) << log;
  std::string version = Trim(RunShell(std::string(CLAIMDIFF_BINARY) + " --version").second);
  version = version.substr(std::string("claimdiff ").size());
  version = version.substr(0, version.find(' '));
  std::string arch = Trim(RunShell("dpkg --print-architecture").second);
  EXPECT_EQ(std::filesystem::path(deb).filename().string(),
            "claimdiff_" + version + "_" + arch + ".deb");
  EXPECT_EQ(Trim(RunShell("dpkg-deb --field " + deb + " Version").second), version);
}

TEST(PackageTest, DependsOnThePackageOfEveryLibraryTheBinaryLoads) {
  TempDir dir;
  std::string log;
  std::string deb = BuildPackage(dir, &log);
  ASSERT_FALSE(deb.empty()) << log;
  std::string root = Unpack(dir, deb);
  std::string depends = RunShell("dpkg-deb --field " + deb + " Depends").second;
  // Package names in Depends: "libc6 (>= 2.34), libcurl4 (>= 7.62.0), ...".
  std::set<std::string> packages;
  std::istringstream alternatives(depends);
  for (std::string a; std::getline(alternatives, a, ',');) {
    std::istringstream choices(a);
    for (std::string c; std::getline(choices, c, '|');) {
      std::istringstream words(c);
      std::string package;
      words >> package;  // the name, before " (>= ...)"
      packages.insert(package);
    }
  }
  EXPECT_TRUE(packages.count("ca-certificates")) << depends;  // TLS verification reads it
  // The libraries the binary names itself (its libraries' own are theirs
  // to depend on), each as the dynamic linker resolves it.
  std::string binary = root + "/usr/bin/claimdiff";
  auto [ncode, needed] = RunShell("objdump -p " + binary + " | awk '$1 == \"NEEDED\" {print $2}'");
  ASSERT_EQ(ncode, 0);
  std::set<std::string> direct;
  std::istringstream sonames(needed);
  for (std::string soname; sonames >> soname;) direct.insert(soname);
  auto [code, resolved] = RunShell("ldd " + binary);
  ASSERT_EQ(code, 0) << resolved;
  int count = 0;
  std::istringstream lines(resolved);
  for (std::string line; std::getline(lines, line);) {
    // "\tlibm.so.6 => /lib/x86_64-linux-gnu/libm.so.6 (0x...)"
    std::istringstream words(line);
    std::string soname, arrow, path;
    words >> soname >> arrow >> path;
    if (arrow != "=>" || path.empty() || path[0] != '/' || !direct.count(soname)) continue;
    ++count;
    // dpkg knows a file by the path its package ships, with or without
    // the /usr of a merged-/usr system.
    std::string other = path.rfind("/usr/", 0) == 0 ? path.substr(4) : "/usr" + path;
    std::string owner;
    for (const std::string& p : {path, other}) {
      owner = RunShell("dpkg -S " + p + " 2>/dev/null").second;
      if (!owner.empty()) break;
    }
    owner = owner.substr(0, owner.find_first_of(":,"));
    EXPECT_TRUE(packages.count(owner)) << soname << " is in " << owner << ", not in: " << depends;
  }
  EXPECT_EQ(count, static_cast<int>(direct.size())) << resolved;
  EXPECT_GE(count, 5) << needed;  // libcurl, Gumbo, SQLite, ICU, libc at least  // libcurl, Gumbo,
                                  // SQLite, ICU, libc at least
}

TEST(PackageTest, UnpackedPackageRunsTheExampleNightWithTheTreesHidden) {
  if (RunShell("unshare --mount --map-root-user true 2>&1").first != 0) {
    GTEST_SKIP() << "cannot make a mount namespace to hide the source tree "
                    "(unshare --mount --map-root-user failed)";
  }
  TempDir dir;
  std::string log;
  std::string deb = BuildPackage(dir, &log);
  ASSERT_FALSE(deb.empty()) << log;
  std::string root = Unpack(dir, deb);
  std::filesystem::create_directories(dir.File("night"));
  // Empty folders mounted over the trees, in a mount namespace of its own:
  // to the package they are gone, as on a machine that never built it.
  std::string hide = "mount -t tmpfs tmpfs " CLAIMDIFF_SOURCE_DIR "; ";
  std::string build = CLAIMDIFF_BUILD_DIR;
  if (build.rfind(std::string(CLAIMDIFF_SOURCE_DIR) + "/", 0) != 0) {
    hide += "mount -t tmpfs tmpfs " + build + "; ";
  }
  std::string bin = root + "/usr/bin/claimdiff";
  auto [code, out] = RunShell("unshare --mount --map-root-user sh -ec '" + hide +
                              "test ! -e " CLAIMDIFF_SOURCE_DIR "/CMakeLists.txt; cd " +
                              dir.File("night") + "; " + bin + " --version; " + bin + " run " +
                              root + "/usr/share/doc/claimdiff/examples/jobs.toml' 2>&1");
  ASSERT_EQ(code, 0) << out;
  EXPECT_NE(out.find("\nlibcurl "), std::string::npos) << out;
  std::string index = ReadFile(dir.File("night/example-out/reports/index.html"));
  EXPECT_NE(index.find("kestrel-bay-flood"), std::string::npos) << out;
  EXPECT_FALSE(ReadFile(dir.File("night/example-out/reports/kestrel-bay-flood.html")).empty());
  EXPECT_FALSE(ReadFile(dir.File("night/example-out/claimdiff.db")).empty());
}

}  // namespace
}  // namespace claimdiff
