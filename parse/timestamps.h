// Normalisation of the publication and modification dates pages state in
// meta tags, JSON-LD and <time datetime> to ISO-8601. Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_TIMESTAMPS_H_
#define CLAIMDIFF_PARSE_TIMESTAMPS_H_

#include <optional>
#include <string>
#include <string_view>

namespace claimdiff::parse {

// Reads a date as pages write it and returns ISO-8601: "YYYY-MM-DD" when only
// the day is known, "YYYY-MM-DDTHH:MM:SS" with "Z" or "+HH:MM" when a time
// (and zone) is known. Accepted: ISO-8601 and its space-separated and basic
// (20260201) forms, RFC 822/1123 ("Sun, 01 Feb 2026 09:00:00 GMT"),
// "February 1, 2026", "1 February 2026", "1. Februar 2026" and "01.02.2026"
// (day first). std::nullopt for anything else or an impossible date.
std::optional<std::string> NormaliseDate(std::string_view text);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_TIMESTAMPS_H_
