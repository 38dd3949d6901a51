// What the build stamped into the program: the project version (from
// CMake's project()) and the git commit it was built from. Defined in a file
// that cmake/build_info.cmake generates at every build.
#ifndef CLAIMDIFF_APP_BUILD_INFO_H_
#define CLAIMDIFF_APP_BUILD_INFO_H_

namespace claimdiff::app {

extern const char kBuildVersion[];  // "0.1.0"
extern const char kBuildCommit[];   // "537748a1b2c3", "...-dirty", or "unknown" outside git

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_BUILD_INFO_H_
