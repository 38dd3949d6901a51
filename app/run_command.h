// `claimdiff run JOBS.toml`: a night's stories fetched as one batch, parsed
// when something changed, compared, stored (one transaction per story) and
// rendered.
#ifndef CLAIMDIFF_APP_RUN_COMMAND_H_
#define CLAIMDIFF_APP_RUN_COMMAND_H_

#include <ostream>
#include <string>

namespace claimdiff::app {

struct RunArgs {
  std::string job_path;
  std::string db_path;
  std::string out_dir;
  std::string shard;
  double delay_s = -1;         // < 0: the job file's per_host_delay_s
  double busy_timeout_s = -1;  // < 0: the job file's busy_timeout_s
};

int Run(const RunArgs& args, std::ostream& out, std::ostream& err);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_RUN_COMMAND_H_
