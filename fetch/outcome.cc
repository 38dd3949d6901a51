// Response classification. The wall detector is deliberately narrow: it
// looks for markers that walls put into the page and that articles do not
// carry in their own text (challenge script names, captcha widgets, the
// standard "subscribe to continue reading" phrasing), and only in short
// pages or in 401/402/403/429 answers, because a long article may well
// mention the word "paywall". A missed wall shows up as a short article; a
// false wall would drop a real one, so the detector errs towards "ok".
#include "fetch/outcome.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace claimdiff::fetch {

namespace {

std::string LowerPrefix(std::string_view s, size_t n) {
  std::string out(s.substr(0, std::min(n, s.size())));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string MediaType(std::string_view content_type) {
  std::string t = LowerPrefix(content_type, content_type.size());
  size_t semi = t.find(';');
  if (semi != std::string::npos) t.resize(semi);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
  size_t start = t.find_first_not_of(" \t");
  return start == std::string::npos ? std::string() : t.substr(start);
}

// Pages shorter than this (bytes) are candidates for a wall even with 200.
constexpr size_t kShortPage = 64 * 1024;

}  // namespace

bool IsArticleContentType(std::string_view content_type) {
  std::string t = MediaType(content_type);
  return t == "text/html" || t == "application/xhtml+xml" || t == "text/plain";
}

bool IsClearlyNotArticle(std::string_view content_type) {
  std::string t = MediaType(content_type);
  if (t.empty()) return false;
  for (std::string_view prefix : {"image/", "audio/", "video/", "font/"}) {
    if (t.rfind(prefix, 0) == 0) return true;
  }
  return t == "application/pdf" || t == "application/zip" || t == "application/octet-stream" ||
         t == "application/gzip" || t == "application/x-tar";
}

bool LooksLikeWall(int http_status, std::string_view body) {
  bool wall_status =
      http_status == 401 || http_status == 402 || http_status == 403 || http_status == 429;
  if (!wall_status && body.size() > kShortPage) return false;
  std::string text = LowerPrefix(body, kShortPage);
  static constexpr std::array<std::string_view, 12> kMarkers = {
      "cf-chl-",             // Cloudflare challenge
      "challenge-platform",  // Cloudflare challenge script path
      "g-recaptcha",         // reCAPTCHA widget
      "h-captcha",           // hCaptcha widget
      "captcha-delivery",    // DataDome
      "px-captcha",          // PerimeterX / HUMAN
      "are you a robot",
      "verify you are human",
      "subscribe to continue reading",
      "subscribe to read",
      "this article is for subscribers",
      "log in to continue reading",
  };
  for (std::string_view m : kMarkers) {
    if (text.find(m) != std::string::npos) return true;
  }
  return false;
}

Classified ClassifyResponse(const std::string& url, int http_status, std::string_view content_type,
                            std::string_view body) {
  if (http_status == 304) return {FetchOutcome::kUnchanged, ""};
  if (http_status >= 400) {
    if (LooksLikeWall(http_status, body)) {
      return {FetchOutcome::kPaywall,
              url + ": HTTP " + std::to_string(http_status) + ", paywall or bot wall suspected"};
    }
    return {FetchOutcome::kHttpError, url + ": HTTP " + std::to_string(http_status)};
  }
  if (http_status < 200 || http_status >= 300) {
    return {FetchOutcome::kHttpError, url + ": unexpected HTTP " + std::to_string(http_status)};
  }
  bool article_type = IsArticleContentType(content_type);
  if (MediaType(content_type).empty()) {
    // No Content-Type: accept text (markup or plain), refuse binary (a NUL
    // byte in the first 512 bytes after a BOM and white space).
    std::string_view b = body;
    if (b.substr(0, 3) == "\xEF\xBB\xBF") b.remove_prefix(3);
    while (!b.empty() && std::isspace(static_cast<unsigned char>(b.front()))) b.remove_prefix(1);
    bool binary =
        std::any_of(b.begin(), b.begin() + static_cast<long>(std::min<size_t>(b.size(), 512)),
                    [](char c) { return c == '\0'; });
    article_type = !binary;
  }
  if (!article_type) {
    return {FetchOutcome::kNotHtml,
            url + ": not an HTML page (Content-Type " +
                (content_type.empty() ? std::string("missing") : std::string(content_type)) + ")"};
  }
  if (LooksLikeWall(http_status, body)) {
    return {FetchOutcome::kPaywall, url + ": paywall or bot wall suspected"};
  }
  return {FetchOutcome::kOk, ""};
}

}  // namespace claimdiff::fetch
