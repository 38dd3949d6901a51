// Small helpers the subcommands share: the User-Agent, the batch fetcher's
// options from job settings or flags, and the fetch times of a report.
#ifndef CLAIMDIFF_APP_COMMAND_SUPPORT_H_
#define CLAIMDIFF_APP_COMMAND_SUPPORT_H_

#include <string>
#include <vector>

#include "core/model.h"
#include "fetch/multi_fetcher.h"

namespace claimdiff::app {

// "claimdiff/VERSION (+contact)".
std::string UserAgent(const std::string& contact);

// When each input was fetched, for the report header.
std::vector<std::string> FetchTimes(const std::vector<Document>& documents);

// The batch fetcher's options from the job's settings (or flags).
fetch::MultiFetchOptions FetcherOptions(int concurrency, double per_host_delay_s,
                                        const std::string& contact);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_COMMAND_SUPPORT_H_
