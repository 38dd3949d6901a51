// Small helpers the subcommands share: the User-Agent, the batch fetcher's
// options from job settings or flags, the fetch times of a report, and how
// a message names its input.
#ifndef CLAIMDIFF_APP_COMMAND_SUPPORT_H_
#define CLAIMDIFF_APP_COMMAND_SUPPORT_H_

#include <string>
#include <vector>

#include "core/model.h"
#include "fetch/multi_fetcher.h"
#include "reports/html.h"

namespace claimdiff::app {

// Fetch settings of the commands that take URLs on the command line
// (`extract`, `compare`); job files carry their own, with the same defaults.
inline constexpr int kDefaultConcurrency = 8;         // hosts fetched in parallel
inline constexpr double kDefaultPerHostDelayS = 5.0;  // seconds between requests to one host

// "INPUT: ERROR" for a message about one input, or ERROR alone when it
// already starts with the input (fetch errors name their URL).
std::string NamingInput(const std::string& input, const std::string& error);

// "claimdiff/VERSION (+contact)".
std::string UserAgent(const std::string& contact);

// What the report header shows of each input's fetch: when it was
// fetched, and the redirect chain that led to the page.
void SetFetchDetails(const std::vector<Document>& documents, reports::StoryPageOptions* page);

// The batch fetcher's options from the job's settings (or flags).
fetch::MultiFetchOptions FetcherOptions(int concurrency, double per_host_delay_s,
                                        const std::string& contact);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_COMMAND_SUPPORT_H_
