// Reading raw HTTP header lines as libcurl's header callback hands them on
// ("ETag: \"v1\"\r\n"). Pure and thread-safe.
#ifndef CLAIMDIFF_FETCH_HTTP_HEADER_H_
#define CLAIMDIFF_FETCH_HTTP_HEADER_H_

#include <string>
#include <string_view>

namespace claimdiff::fetch {

// True when `line` is the header `lower_name` (given in lower case; the
// line's name is compared case-insensitively).
bool HeaderIs(std::string_view line, std::string_view lower_name);

// The value of a header line, without surrounding blanks and the CRLF.
std::string HeaderValue(std::string_view line);

}  // namespace claimdiff::fetch

#endif  // CLAIMDIFF_FETCH_HTTP_HEADER_H_
