// The shell every report page shares: doctype, Content-Security-Policy,
// the inline stylesheet and the one inline script (filters and search).
//
// The policy is `default-src 'none'` plus the SHA-256 hashes of exactly our
// stylesheet and script: the page loads nothing from anywhere, and no other
// script or style (injected or not) may run, even if escaping ever failed.
//
// Thread-safety: pure functions.
#ifndef CLAIMDIFF_REPORTS_PAGE_H_
#define CLAIMDIFF_REPORTS_PAGE_H_

#include <string>
#include <string_view>

namespace claimdiff::reports {

// The inline stylesheet and script, byte for byte as they appear in a page.
std::string_view ReportStylesheet();
std::string_view ReportScript();

// "'sha256-<base64>'" of `content`, as a CSP source expression.
std::string CspHash(std::string_view content);

// The value of the page's Content-Security-Policy meta tag.
std::string ContentSecurityPolicy();

// Everything from <!DOCTYPE html> to the opening <body>; `title` is escaped.
std::string PageStart(std::string_view title);

// The script and the closing tags.
std::string PageEnd();

}  // namespace claimdiff::reports

#endif  // CLAIMDIFF_REPORTS_PAGE_H_
