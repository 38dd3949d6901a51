// Runs a shell command for a test (the built claimdiff binary, mostly).
#ifndef CLAIMDIFF_TESTS_SUPPORT_SHELL_H_
#define CLAIMDIFF_TESTS_SUPPORT_SHELL_H_

#include <string>
#include <utility>

namespace claimdiff::testing {

// Runs `command` with /bin/sh; returns its exit status (-1 if it could not
// start) and its standard output. Append " 2>&1" to capture errors too.
std::pair<int, std::string> RunShell(const std::string& command);

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_SUPPORT_SHELL_H_
