// Runs `claimdiff ARGS...` in-process through app::Main, for tests that
// link the app library, and keeps what it printed.
#ifndef CLAIMDIFF_TESTS_SUPPORT_CALL_MAIN_H_
#define CLAIMDIFF_TESTS_SUPPORT_CALL_MAIN_H_

#include <sstream>
#include <string>
#include <vector>

#include "app/commands.h"

namespace claimdiff::testing {

struct MainResult {
  int code;
  std::string out;
  std::string err;
};

inline MainResult CallMain(std::vector<std::string> args) {
  args.insert(args.begin(), "claimdiff");
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::ostringstream out, err;
  int code = app::Main(static_cast<int>(argv.size()), argv.data(), out, err);
  return {code, out.str(), err.str()};
}

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_SUPPORT_CALL_MAIN_H_
