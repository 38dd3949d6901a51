#include "tests/support/night_job.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

namespace claimdiff::testing {

std::string NightPage(int story, int outlet) {
  std::string s = std::to_string(story);
  std::string o = std::to_string(outlet);
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Bridge " + s +
         " closed</title><meta property=\"og:site_name\" content=\"Outlet " + o +
         "\"></head><body><article><h1>Bridge " + s +
         " closed</h1>"
         "<p>The river bridge number " +
         s +
         " was closed on Monday after engineers found "
         "cracks in two of its piers, the city transport office said.</p>"
         "<p>Mayor Ada Brook said repairs would take at least " +
         std::to_string(3 + outlet) +
         " weeks.</p><p>Buses will use the northern ring road until the bridge reopens, "
         "according to a statement from the operator.</p><p>Outlet " +
         o + " counted " + std::to_string(100 * outlet + story) +
         " cars an hour on the bridge before it closed.</p></article></body></html>";
}

std::string WriteNightJob(const TempDir& dir, int stories) {
  std::string toml = "[settings]\nstore = \"" + dir.File("c.db") + "\"\nreports = \"" +
                     dir.File("out") + "\"\nper_host_delay_s = 0\n";
  for (int i = 0; i < stories; ++i) {
    toml += "\n[[story]]\nid = \"story-" + std::to_string(i) + "\"\ntitle = \"Bridge " +
            std::to_string(i) + "\"\ninputs = [";
    for (int j = 0; j < 3; ++j) {
      std::string name = "pages/s" + std::to_string(i) + "-o" + std::to_string(j) + ".html";
      std::filesystem::create_directories(dir.File("pages"));
      dir.Write(name, NightPage(i, j));
      toml += (j ? ", \"" : "\"") + name + "\"";
    }
    toml += "]\n";
  }
  return dir.Write("jobs.toml", toml);
}

pid_t RunAndKill(const std::string& binary, const std::string& job, int story_lines) {
  int fds[2];
  if (::pipe(fds) != 0) return -1;
  ::fcntl(fds[0], F_SETPIPE_SZ, 4096);
  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(fds[1], STDERR_FILENO);
    int devnull = ::open("/dev/null", O_WRONLY);
    ::dup2(devnull, STDOUT_FILENO);
    ::close(fds[0]);
    ::execl(binary.c_str(), binary.c_str(), "run", job.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(fds[1]);
  FILE* in = ::fdopen(fds[0], "r");
  char line[4096];
  int seen = 0;
  bool killed = false;
  while (std::fgets(line, sizeof(line), in) != nullptr) {
    if (std::string(line).rfind("story ", 0) == 0) ++seen;
    if (seen >= story_lines) {
      ::kill(pid, SIGKILL);
      killed = true;
      break;
    }
  }
  std::fclose(in);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return killed && WIFSIGNALED(status) ? pid : -1;
}

size_t LineCount(const std::string& text) {
  size_t n = 0;
  for (char c : text) n += c == '\n';
  return n;
}

}  // namespace claimdiff::testing
