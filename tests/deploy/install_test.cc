// `cmake --install` of the build into a fresh prefix: the binary, the man
// page, the example night, the deploy files and the systemd units, the
// service naming the installed binary.
#include <gtest/gtest.h>

#include <string>

#include "tests/support/shell.h"
#include "tests/support/temp_dir.h"

namespace claimdiff {
namespace {

using claimdiff::testing::ReadFile;
using claimdiff::testing::RunShell;
using claimdiff::testing::TempDir;

// Installs the build under `prefix`; returns cmake's output on failure.
std::string Install(const std::string& prefix) {
  auto [code, out] =
      RunShell("cmake --install " CLAIMDIFF_BUILD_DIR " --prefix " + prefix + " 2>&1");
  return code == 0 ? "" : out;
}

TEST(InstallTest, PutsEachFileUnderTheUsualPrefixes) {
  TempDir dir;
  std::string prefix = dir.File("usr");
  ASSERT_EQ(Install(prefix), "");
  for (const char* file :
       {"bin/claimdiff", "share/man/man1/claimdiff.1.gz",
        "lib/systemd/system/claimdiff-night@.service", "lib/systemd/system/claimdiff-night@.timer",
        "share/doc/claimdiff/examples/jobs.toml",
        "share/doc/claimdiff/examples/kestrel-bay/harbour-times.html",
        "share/doc/claimdiff/deploy/README.md",
        "share/doc/claimdiff/deploy/kubernetes/night-job.yaml",
        "share/doc/claimdiff/deploy/kubernetes/report-job.yaml",
        "share/doc/claimdiff/deploy/slurm/night.sbatch"}) {
    EXPECT_FALSE(ReadFile(prefix + "/" + file).empty()) << file;
  }
  auto [code, out] =
      RunShell("test -x " + prefix + "/share/doc/claimdiff/deploy/slurm/submit-night");
  EXPECT_EQ(code, 0) << "submit-night lost its execute bit";
}

TEST(InstallTest, ManPageIsTheSourcePageCompressed) {
  TempDir dir;
  ASSERT_EQ(Install(dir.File("usr")), "");
  auto [code, page] = RunShell("gzip -dc " + dir.File("usr/share/man/man1/claimdiff.1.gz"));
  ASSERT_EQ(code, 0);
  EXPECT_EQ(page, ReadFile(CLAIMDIFF_SOURCE_DIR "/claimdiff.1"));
}

TEST(InstallTest, ServiceRunsTheInstalledBinary) {
  TempDir dir;
  std::string prefix = dir.File("usr");
  ASSERT_EQ(Install(prefix), "");
  std::string unit = ReadFile(prefix + "/lib/systemd/system/claimdiff-night@.service");
  EXPECT_NE(unit.find("\nExecStart=" + prefix + "/bin/claimdiff run --shard %I "),
            std::string::npos)
      << unit;
  EXPECT_EQ(unit.find('@' + std::string("CLAIMDIFF")), std::string::npos) << unit;
}

}  // namespace
}  // namespace claimdiff
