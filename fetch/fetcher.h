// Turning inputs (http(s) URLs, local files, folders, "-" for standard
// input) into Documents: the raw bytes with their headers and an outcome.
//
// Outcomes that are normal for a crawler (an HTTP error status, a timeout, a
// body over the size cap) are recorded in Document::outcome, not returned as
// errors: a night's run goes on with the other inputs.
//
// The network is reached only through HttpClient, so tests can replace it;
// CurlHttpClient is the real one (libcurl easy interface, one transfer at a
// time), kept for single fetches; batches go through MultiFetcher
// (multi_fetcher.h), which adds robots.txt, pacing and retries. Thread-safety: a CurlHttpClient may be used by one thread at a time;
// make one per thread.
#ifndef CLAIMDIFF_FETCH_FETCHER_H_
#define CLAIMDIFF_FETCH_FETCHER_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
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

// The seam between claimdiff and the network.
class HttpClient {
 public:
  virtual ~HttpClient() = default;
  // Fetches `url`; never throws. Transport failures come back as a Document
  // whose outcome says what happened.
  virtual Document Get(const std::string& url, const Validators& validators) = 0;
};

// libcurl easy interface. Owns one CURL* handle, reused across requests so
// connections stay alive. Not copyable: the handle is a connection cache.
class CurlHttpClient : public HttpClient {
 public:
  explicit CurlHttpClient(FetchOptions options);
  ~CurlHttpClient() override;
  CurlHttpClient(const CurlHttpClient&) = delete;
  CurlHttpClient& operator=(const CurlHttpClient&) = delete;

  Document Get(const std::string& url, const Validators& validators) override;

 private:
  FetchOptions options_;
  void* curl_ = nullptr;  // CURL*, opaque here to keep curl.h out of the header
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

// Reads one input: a URL through `client`, "-" from standard input, or a
// local file. `as_text` forces plain-text handling; files ending in .txt are
// plain text anyway. Always returns a Document; see Document::outcome.
Document FetchInput(const std::string& input, HttpClient& client, const Validators& validators,
                    bool as_text, const Clock& clock = SystemClockIso8601);

// Reads one local input: "-" from standard input, or a file. Never touches
// the network. Always returns a Document; see Document::outcome.
Document ReadLocalInput(const std::string& input, bool as_text,
                        const Clock& clock = SystemClockIso8601);

}  // namespace claimdiff::fetch

#endif  // CLAIMDIFF_FETCH_FETCHER_H_
