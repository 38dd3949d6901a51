// Stories written for the report tests: every feature a report renders
// (MATCH / DIFFER / UNIQUE clusters, conflicts with spans and word diffs,
// cited sources with roles and via chains, outlet chains, first
// appearances, wire-copy groups, unattributed and hedged claims), with
// hostile markup in every string that comes from a web page.
#ifndef CLAIMDIFF_TESTS_REPORTS_FIXTURES_H_
#define CLAIMDIFF_TESTS_REPORTS_FIXTURES_H_

#include <string>

#include "core/model.h"

namespace claimdiff::testing {

// Each payload, if it ever ran, would set window.__pwned (the browser test
// checks that it stays undefined) or open an alert.
inline constexpr const char* kScriptPayload = "<script>window.__pwned=1;alert(1)</script>";
inline constexpr const char* kImgPayload = "<img src=x onerror=\"window.__pwned=2\">";
inline constexpr const char* kTextareaPayload = "</textarea><svg onload=\"window.__pwned=3\">";
inline constexpr const char* kClosingScriptPayload = "</script><script>window.__pwned=4</script>";
inline constexpr const char* kJavascriptUrl = "javascript:window.__pwned=5";
inline constexpr const char* kAttributePayload = "\" onmouseover=\"window.__pwned=6\" x=\"";

// Four outlets (one with a javascript: URL and hostile names), seven
// clusters: 2 MATCH, 3 DIFFER, 2 UNIQUE; one wire group.
Story RichStory();

// RichStory as it was "last run": one sentence edited, one dropped, one
// that is new this run missing, and one outlet fewer.
Story PreviousRichStory();

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_REPORTS_FIXTURES_H_
