// Escaping and link rules for report pages. Everything a report shows comes
// from untrusted web pages, so every string passes through EscapeHtml before
// it reaches the page, and only http(s) URLs ever become link targets.
//
// Thread-safety: pure functions.
#ifndef CLAIMDIFF_REPORTS_ESCAPE_H_
#define CLAIMDIFF_REPORTS_ESCAPE_H_

#include <string>
#include <string_view>

namespace claimdiff::reports {

// Escapes &, <, >, " and ' for use in element text and quoted attributes.
// NUL becomes U+FFFD. Safe in any element body the reports use (no raw text
// elements such as <script> or <textarea> ever hold page text).
std::string EscapeHtml(std::string_view text);

// True when `url` may be a link target in a report: http or https only,
// with no control characters or whitespace anywhere in it.
bool IsSafeLink(std::string_view url);

// A link to the passage `sentence` on the page at `url` (a text fragment,
// "#:~:text=start,end" per the WICG Text Fragments draft), or "" when `url`
// is not a safe link. Long sentences use the first and last few words so
// the link stays short; any fragment already on `url` is dropped.
std::string TextFragmentLink(std::string_view url, std::string_view sentence);

// Percent-encodes every byte but ASCII letters, digits, ".", "_" and "~"
// (so "-", "," and "&", which are syntax in a text fragment, are encoded).
std::string PercentEncode(std::string_view text);

}  // namespace claimdiff::reports

#endif  // CLAIMDIFF_REPORTS_ESCAPE_H_
