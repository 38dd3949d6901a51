// `claimdiff report`: renders the stories of one or more stores as they
// stood after their latest run. Several stores (`--db` repeated) are the
// stores of a sharded night: their stories go into one index; a story found
// in more than one store is taken from the store whose run of it started
// last.
#ifndef CLAIMDIFF_APP_REPORT_COMMAND_H_
#define CLAIMDIFF_APP_REPORT_COMMAND_H_

#include <ostream>
#include <string>
#include <vector>

namespace claimdiff::app {

struct ReportArgs {
  std::vector<std::string> db_paths;  // one or more stores
  std::string out_dir;
  std::vector<std::string> stories;
};

int Report(const ReportArgs& args, std::ostream& out, std::ostream& err);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_REPORT_COMMAND_H_
