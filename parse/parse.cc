#include "parse/parse.h"

#include "core/hash.h"
#include "parse/charset.h"
#include "parse/claims.h"

namespace claimdiff::parse {

namespace {

std::string FileStem(const std::string& path) {
  if (path == "-") return "stdin";
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace

Article ParseDocument(const Document& doc, const ParseOptions& options) {
  Article article;
  if (doc.outcome != FetchOutcome::kOk && doc.outcome != FetchOutcome::kUnchanged) {
    article.input = doc.input;
    article.url = doc.final_url.empty() ? doc.url : doc.final_url;
    article.error = doc.error.empty() ? std::string(FetchOutcomeName(doc.outcome)) : doc.error;
    return article;
  }
  StatusOr<Decoded> decoded = DecodeToUtf8(doc.body, doc.content_type);
  if (!decoded.ok()) {
    article.input = doc.input;
    article.url = doc.final_url;
    article.error = decoded.status().ToString();
    return article;
  }
  const std::string& page_url = doc.final_url.empty() ? doc.url : doc.final_url;
  if (doc.plain_text) {
    // Plain text is kept verbatim so that offsets index the input bytes.
    article.text = std::move(decoded->text);
    article.url = page_url;
    if (article.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      article.error = "the text input is empty";
    }
  } else {
    article = ExtractHtml(decoded->text, page_url, options.extract);
  }
  article.input = doc.input;
  // Outlet: the page's own name, else the job file's, else the host, else
  // the file's name without its extension.
  if (article.outlet.empty()) article.outlet = doc.outlet_hint;
  if (article.outlet.empty()) article.outlet = HostOf(page_url);
  if (article.outlet.empty()) article.outlet = FileStem(doc.input);
  article.content_hash = Hash128Hex(article.text);
  article.claims = SegmentClaims(article.text);
  return article;
}

}  // namespace claimdiff::parse
