// `claimdiff run` progress output: a bar redrawn in place when standard
// error is a terminal (a pseudo-terminal here), plain log lines otherwise.
#include <gtest/gtest.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <string>

#include "tests/support/temp_dir.h"

namespace claimdiff {
namespace {

using claimdiff::testing::TempDir;

std::string Job(const TempDir& dir) {
  std::string toml = "[settings]\nstore = \"" + dir.File("c.db") + "\"\nreports = \"" +
                     dir.File("out") + "\"\n";
  for (int i = 0; i < 3; ++i) {
    std::string s = std::to_string(i);
    std::string page = "<html><head><title>Dock " + s + "</title></head><body><article><p>The "
                       "dock number " + s + " reopened on Friday, the port authority said.</p>"
                       "</article></body></html>";
    dir.Write("p" + s + ".html", page);
    toml += "\n[[story]]\nid = \"dock-" + s + "\"\ninputs = [\"p" + s + ".html\"]\n";
  }
  return dir.Write("jobs.toml", toml);
}

TEST(RunProgressTest, ATerminalGetsABarAndAPipeGetsLogLines) {
  TempDir dir;
  std::string job = Job(dir);

  int master = -1;
  pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::execl(CLAIMDIFF_BINARY, CLAIMDIFF_BINARY, "run", job.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  std::string tty;
  std::array<char, 4096> buf;
  ssize_t n;
  while ((n = ::read(master, buf.data(), buf.size())) > 0) tty.append(buf.data(), n);
  ::close(master);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << tty;
  EXPECT_NE(tty.find("\r\033[K["), std::string::npos) << tty;
  EXPECT_NE(tty.find("] 3/3 stories, 3 pages, 0 errors"), std::string::npos) << tty;
  EXPECT_EQ(tty.find("story dock-"), std::string::npos) << tty;  // no per-story lines
  EXPECT_NE(tty.find("run 1: 3 stories (3 done, 0 failed)"), std::string::npos) << tty;

  std::string piped;
  FILE* p = ::popen((std::string(CLAIMDIFF_BINARY) + " run " + job + " 2>&1").c_str(), "r");
  ASSERT_NE(p, nullptr);
  size_t m;
  while ((m = std::fread(buf.data(), 1, buf.size(), p)) > 0) piped.append(buf.data(), m);
  EXPECT_EQ(WEXITSTATUS(::pclose(p)), 0) << piped;
  EXPECT_EQ(piped.find('\033'), std::string::npos) << piped;
  EXPECT_NE(piped.find("story dock-0: 1 inputs unchanged"), std::string::npos) << piped;
  EXPECT_NE(piped.find("run 2: 3 stories (3 done, 0 failed)"), std::string::npos) << piped;
}

}  // namespace
}  // namespace claimdiff
