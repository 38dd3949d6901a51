// Date mentions in a claim, as entities of type "date" with a canonical
// key the comparer can match: "weekday:friday", "day:03-14" (month-day),
// "month:03", "year:2023". "Friday" and "friday" agree; "Friday" and
// "Saturday" conflict; "March 14" and "14 March" agree.
//
// Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_DATES_H_
#define CLAIMDIFF_PARSE_DATES_H_

#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/text.h"

namespace claimdiff::parse {

// Date entities of `text` in order, spans as byte offsets into `text`.
std::vector<Entity> ExtractDates(std::string_view text);

// The same, given `toks` == Tokenize(text).
std::vector<Entity> ExtractDates(std::string_view text, const std::vector<Token>& toks);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_DATES_H_
