#include "parse/parse.h"

#include <algorithm>

#include "core/hash.h"
#include "core/text.h"
#include "parse/charset.h"
#include "parse/claims.h"
#include "parse/dates.h"
#include "parse/headings.h"
#include "parse/names.h"
#include "parse/numbers.h"

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
    article.headings = FindTextHeadings(article.text);
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
  article.claims = SegmentClaims(article.text, options.max_sentences, article.headings);
  if (article.claims.size() == options.max_sentences &&
      article.text.find_first_not_of(" \t\r\n", article.claims.back().span.end) !=
          std::string::npos) {
    article.warnings.push_back("more than " + std::to_string(options.max_sentences) +
                               " sentences: the rest of the text was not analysed");
  }
  for (Claim& claim : article.claims) AnnotateClaim(&claim);
  return article;
}

void AnnotateClaim(Claim* claim) {
  const size_t base = claim->span.start;
  // One tokenisation serves numbers, names and dates.
  const std::vector<Token> toks = Tokenize(claim->text);
  claim->numbers = ExtractQuantities(claim->text, toks);
  claim->entities = ExtractEntities(claim->text, toks);
  std::vector<Entity> dates = ExtractDates(claim->text, toks);
  // A date written with a capital ("Friday", "March") is not also a name.
  std::erase_if(claim->entities, [&dates](const Entity& e) {
    for (const Entity& d : dates) {
      if (e.span.start < d.span.end && d.span.start < e.span.end) return true;
    }
    return false;
  });
  // Nor is the day of a date a quantity ("July 30").
  std::erase_if(claim->numbers, [&dates](const Quantity& q) {
    for (const Entity& d : dates) {
      if (q.span.start < d.span.end && d.span.start < q.span.end) return true;
    }
    return false;
  });
  for (Entity& d : dates) claim->entities.push_back(std::move(d));
  std::stable_sort(claim->entities.begin(), claim->entities.end(),
                   [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
  for (Entity& e : claim->entities) {
    e.span.start += base;
    e.span.end += base;
  }
  for (Quantity& q : claim->numbers) {
    q.span.start += base;
    q.span.end += base;
  }
}

Claim ClaimFromSentence(std::string_view sentence) {
  std::vector<Claim> parts = SegmentClaims(sentence);
  Claim claim;
  claim.id = "c1";
  claim.text = std::string(sentence);
  claim.span = Span{0, sentence.size()};
  if (!parts.empty()) {
    claim.kind = parts.front().kind;
    for (Claim& p : parts) {
      claim.hedged = claim.hedged || p.hedged;
      for (Attribution& a : p.attributions) claim.attributions.push_back(std::move(a));
      // A quote anywhere makes the joined claim at least a partial quote.
      if (p.kind == ClaimKind::kDirectQuote && claim.kind != ClaimKind::kDirectQuote &&
          parts.size() > 1) {
        claim.kind = ClaimKind::kPartialQuote;
      }
    }
  }
  AnnotateClaim(&claim);
  return claim;
}

}  // namespace claimdiff::parse
