// `claimdiff report`: renders the stories of a store as they stood after
// their latest run.
#ifndef CLAIMDIFF_APP_REPORT_COMMAND_H_
#define CLAIMDIFF_APP_REPORT_COMMAND_H_

#include <ostream>
#include <string>
#include <vector>

namespace claimdiff::app {

struct ReportArgs {
  std::string db_path;
  std::string out_dir;
  std::vector<std::string> stories;
};

int Report(const ReportArgs& args, std::ostream& out, std::ostream& err);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_REPORT_COMMAND_H_
