// The job-file reader: any file gives a JobFile or a clear error.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>

#include "app/jobs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/claimdiff-jobs-fuzz-" + std::to_string(::getpid()) + ".toml";
  {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  claimdiff::StatusOr<claimdiff::app::JobFile> job = claimdiff::app::ReadJobFile(path);
  if (!job.ok() && job.status().message().find(path) == std::string::npos) std::abort();
  return 0;
}
