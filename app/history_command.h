// `claimdiff history URL|STORY`: the stored versions of a page (or of each
// page of a story) and what changed between them.
#ifndef CLAIMDIFF_APP_HISTORY_COMMAND_H_
#define CLAIMDIFF_APP_HISTORY_COMMAND_H_

#include <ostream>
#include <string>

namespace claimdiff::app {

int History(const std::string& db_path, const std::string& target, std::ostream& out,
            std::ostream& err);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_HISTORY_COMMAND_H_
