// Classifying a completed HTTP response into a FetchOutcome: not HTML,
// HTTP error, or a paywall / bot wall that answered instead of the article.
//
// Pure functions of the response; safe from any thread.
#ifndef CLAIMDIFF_FETCH_OUTCOME_H_
#define CLAIMDIFF_FETCH_OUTCOME_H_

#include <string>
#include <string_view>

#include "core/model.h"

namespace claimdiff::fetch {

// True when a Content-Type names a document the parser reads: text/html,
// application/xhtml+xml, or text/plain. Parameters (charset) are ignored.
bool IsArticleContentType(std::string_view content_type);

// True when a Content-Type is present and names something that can never be
// an article page (an image, a PDF, a video, an archive...).
bool IsClearlyNotArticle(std::string_view content_type);

// True when the page looks like a paywall, a login wall or an anti-bot
// challenge rather than an article: markers that such services put into
// their pages (captcha and challenge scripts, "subscribe to continue").
bool LooksLikeWall(int http_status, std::string_view body);

struct Classified {
  FetchOutcome outcome = FetchOutcome::kOk;
  std::string error;  // empty for kOk
};

// Classifies a final (non-redirect) response of `url`. 304 is kUnchanged.
// A missing Content-Type is sniffed from the first bytes of the body.
Classified ClassifyResponse(const std::string& url, int http_status, std::string_view content_type,
                            std::string_view body);

}  // namespace claimdiff::fetch

#endif  // CLAIMDIFF_FETCH_OUTCOME_H_
