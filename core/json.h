// JSON forms of the model, as fixed by the command-line contract in
// DESIGN.md (`extract --format json`). Keys are emitted in a fixed order
// (nlohmann::ordered_json) so output diffs cleanly between runs.
#ifndef CLAIMDIFF_CORE_JSON_H_
#define CLAIMDIFF_CORE_JSON_H_

#include <nlohmann/json.hpp>

#include "core/model.h"

namespace claimdiff {

using Json = nlohmann::ordered_json;

Json SpanToJson(const Span& span);
Json ClaimToJson(const Claim& claim);
// A word diff as [{"op": "same|delete|insert", "text": ...}, ...].
Json WordDiffToJson(const std::vector<DiffOp>& diff);
// The article object of `extract --format json`.
Json ArticleToJson(const Article& article);

// DumpJson(ArticleToJson(article)), byte for byte, written straight into
// a string without building the tree (core/json_writer.h): one line of
// `extract --format jsonl`.
std::string ArticleJsonLine(const Article& article);

// Serialises without throwing on invalid UTF-8 (bytes are replaced).
std::string DumpJson(const Json& json, int indent = -1);

}  // namespace claimdiff

#endif  // CLAIMDIFF_CORE_JSON_H_
