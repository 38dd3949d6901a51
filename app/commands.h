// The `claimdiff` command line: subcommands extract, compare, match, run,
// report and history (see DESIGN.md for the contract). Main() is the whole
// program, callable in-process by tests.
//
// Exit codes: 0 success; 1 an input or output failed (named on stderr);
// 2 bad usage; 3 `run` finished but some stories failed; 4 `run` refused
// because another run of the same job and shard holds its lease.
#ifndef CLAIMDIFF_APP_COMMANDS_H_
#define CLAIMDIFF_APP_COMMANDS_H_

#include <ostream>
#include <string>

#include "core/status.h"

namespace claimdiff::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitSomeStoriesFailed = 3;
inline constexpr int kExitRunInProgress = 4;

int Main(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

// Writes `content` to `path` through a temporary file and a rename, so a
// reader never sees half a file. Creates missing parent folders.
Status WriteFileAtomic(const std::string& path, const std::string& content);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_COMMANDS_H_
