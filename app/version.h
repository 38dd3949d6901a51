// `claimdiff --version`: what a bug report needs to say which claimdiff it
// is about. The libraries' versions are the ones the process runs with
// (asked of the loaded libraries), not the headers it was compiled against,
// except for Gumbo, which has no call that tells its version.
#ifndef CLAIMDIFF_APP_VERSION_H_
#define CLAIMDIFF_APP_VERSION_H_

#include <string>

namespace claimdiff::app {

// Several lines:
//   claimdiff 0.1.0 (commit 537748a1b2c3)
//   libcurl 7.88.1 (OpenSSL/3.0.11)
//   Gumbo 0.10.1 (built against; loaded from /lib/x86_64-linux-gnu/libgumbo.so.1)
//   SQLite 3.40.1
//   ICU 72.1 (Unicode 15.0)
// Safe to call from any thread.
std::string VersionText();

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_VERSION_H_
