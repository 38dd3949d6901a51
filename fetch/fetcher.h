// What every fetch shares, and the inputs that are not fetched: the limits
// of one HTTP transfer (FetchOptions, used by MultiFetcher, multi_fetcher.h,
// the one HTTP path of every command), validators for a conditional GET,
// the clock that stamps fetches, and local inputs (files, folders, "-" for
// standard input) read into Documents.
//
// Outcomes that are normal for a crawler (an unreadable file, an HTTP error
// status, a timeout) are recorded in Document::outcome, not returned as
// errors: a night's run goes on with the other inputs.
//
// Thread-safety: the functions here keep no state; ReadLocalInput("-")
// reads std::cin, so only one thread may read standard input.
#ifndef CLAIMDIFF_FETCH_FETCHER_H_
#define CLAIMDIFF_FETCH_FETCHER_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"

namespace claimdiff::fetch {

struct FetchOptions {
  std::chrono::milliseconds connect_timeout{10000};   // connect phase only (10 s)
  std::chrono::milliseconds transfer_timeout{30000};  // whole transfer, connect included (30 s)
  long low_speed_limit_bytes = 1024;           // abort when slower than this ...
  std::chrono::seconds low_speed_time{15};     // ... for this long
  size_t max_body_bytes = 10u << 20;           // after decompression; larger is kTooLarge
  long max_redirects = 5;
  // Sent as User-Agent; the job file's contact URL is appended to it.
  std::string user_agent = "claimdiff/0.1 (+https://example.org/claimdiff-contact)";
};

// Values from the last stored fetch of a URL, sent for a conditional GET.
struct Validators {
  std::string etag;
  std::string last_modified;
};

// Current time as ISO-8601 UTC ("2026-11-25T12:00:00Z"). A function object
// so tests can fix the clock.
using Clock = std::function<std::string()>;
std::string SystemClockIso8601();

// True for "http://..." and "https://..." (case-insensitive scheme).
bool IsHttpUrl(const std::string& input);

// Expands folders into the article files they hold (.html, .htm, .xhtml,
// .txt; sorted by name, not recursive). Other inputs pass through. A missing
// path is an error naming it.
StatusOr<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs);

// Reads one local input: "-" from standard input, or a file. Never touches
// the network. Always returns a Document; see Document::outcome.
Document ReadLocalInput(const std::string& input, bool as_text,
                        const Clock& clock = SystemClockIso8601);

}  // namespace claimdiff::fetch

#endif  // CLAIMDIFF_FETCH_FETCHER_H_
