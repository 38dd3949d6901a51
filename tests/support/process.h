// Starts programs for a test the way a scheduler would: an argument vector
// (no shell), a given environment and working folder, output to a file;
// several can run side by side.
#ifndef CLAIMDIFF_TESTS_SUPPORT_PROCESS_H_
#define CLAIMDIFF_TESTS_SUPPORT_PROCESS_H_

#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

namespace claimdiff::testing {

struct ProcessSpec {
  std::vector<std::string> argv;           // argv[0] is looked up on the PATH of `env`
  std::map<std::string, std::string> env;  // the whole environment, nothing inherited
  std::string cwd;                         // working folder
  std::string log_path;                    // standard output and error go here
};

// Starts the process; returns its pid, or -1 (with errno) when it could not start.
pid_t StartProcess(const ProcessSpec& spec);

// Waits for `pid`; returns its exit status, or -1 when it did not exit normally.
int WaitProcess(pid_t pid);

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_SUPPORT_PROCESS_H_
