// The systemd units as installed: `systemd-analyze verify` finds nothing
// to say about an instance of the service and of its timer (with the
// installed binary and man page in place), and the instance name is the
// shard. Skipped where systemd-analyze is missing.
#include <gtest/gtest.h>

#include <string>

#include "tests/support/shell.h"
#include "tests/support/temp_dir.h"

namespace claimdiff {
namespace {

using claimdiff::testing::RunShell;
using claimdiff::testing::TempDir;

bool HaveSystemd() { return RunShell("command -v systemd-analyze >/dev/null 2>&1").first == 0; }

TEST(SystemdUnitsTest, VerifyAcceptsAShardsServiceAndTimer) {
  if (!HaveSystemd()) GTEST_SKIP() << "systemd-analyze not installed (Debian package systemd)";
  TempDir dir;
  std::string prefix = dir.File("usr");
  auto [icode, iout] =
      RunShell("cmake --install " CLAIMDIFF_BUILD_DIR " --prefix " + prefix + " 2>&1");
  ASSERT_EQ(icode, 0) << iout;
  // verify checks ExecStart's binary and Documentation's man page exist.
  std::string units = prefix + "/lib/systemd/system/";
  auto [code, out] =
      RunShell("cd / && MANPATH=" + prefix + "/share/man systemd-analyze verify " + units +
               "claimdiff-night@0-3.service " + units + "claimdiff-night@0-3.timer 2>&1");
  EXPECT_EQ(code, 0) << out;
  EXPECT_EQ(out, "");  // warnings (an unknown key, say) leave the status at 0
}

TEST(SystemdUnitsTest, InstanceUnescapesToTheShard) {
  if (!HaveSystemd()) GTEST_SKIP() << "systemd-escape not installed (Debian package systemd)";
  // The service passes %I, the unescaped instance, to --shard.
  EXPECT_EQ(RunShell("systemd-escape --unescape 0-3").second, "0/3\n");
  EXPECT_EQ(RunShell("systemd-escape 2/5").second, "2-5\n");
}

}  // namespace
}  // namespace claimdiff
