// JSON-LD (schema.org) article metadata: the fields of the page's
// Article/NewsArticle/BlogPosting object, found at the top level, in arrays
// or in an @graph. Uses nlohmann-json without exceptions; malformed blocks
// are skipped. Pure and thread-safe.
#ifndef CLAIMDIFF_PARSE_JSONLD_H_
#define CLAIMDIFF_PARSE_JSONLD_H_

#include <string>
#include <vector>

namespace claimdiff::parse {

struct JsonLdArticle {
  bool found = false;  // an article-typed object was present
  std::string headline;
  std::string body;  // articleBody, as given (plain text)
  std::vector<std::string> authors;
  std::string published;  // datePublished, as written
  std::string modified;   // dateModified, as written
  std::string publisher;  // publisher.name
  std::string language;   // inLanguage
  std::string url;        // url, else mainEntityOfPage(@id)
};

// Reads the blocks in order; the first article-typed object with the
// longest articleBody wins, other fields fill in from later objects.
JsonLdArticle ReadJsonLd(const std::vector<std::string>& blocks);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_JSONLD_H_
