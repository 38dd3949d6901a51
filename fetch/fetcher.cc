#include "fetch/fetcher.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "fetch/http_header.h"

namespace claimdiff::fetch {

namespace {

// libcurl's global state is set up once, before any handle exists.
void EnsureCurlGlobalInit() {
  static const bool initialised = [] {
    return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  }();
  (void)initialised;
}

struct Transfer {
  std::string* body = nullptr;
  size_t max_bytes = 0;
  bool too_large = false;
  std::string content_type;
  std::string etag;
  std::string last_modified;
};

size_t WriteBody(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  if (t->body->size() + n > t->max_bytes) {
    t->too_large = true;
    return 0;  // makes libcurl abort with CURLE_WRITE_ERROR
  }
  t->body->append(data, n);
  return n;
}

size_t WriteHeader(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::string_view line(data, size * count);
  // A new status line (after a redirect) resets what we collected.
  if (line.rfind("HTTP/", 0) == 0) {
    t->content_type.clear();
    t->etag.clear();
    t->last_modified.clear();
  } else if (HeaderIs(line, "content-type")) {
    t->content_type = HeaderValue(line);
  } else if (HeaderIs(line, "etag")) {
    t->etag = HeaderValue(line);
  } else if (HeaderIs(line, "last-modified")) {
    t->last_modified = HeaderValue(line);
  }
  return size * count;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) {
      return false;
    }
  }
  return true;
}

bool IsArticleFile(const std::filesystem::path& p) {
  std::string name = p.filename().string();
  return EndsWith(name, ".html") || EndsWith(name, ".htm") || EndsWith(name, ".xhtml") ||
         EndsWith(name, ".txt");
}

}  // namespace

CurlHttpClient::CurlHttpClient(FetchOptions options) : options_(std::move(options)) {
  EnsureCurlGlobalInit();
  curl_ = curl_easy_init();
}

CurlHttpClient::~CurlHttpClient() {
  if (curl_ != nullptr) curl_easy_cleanup(static_cast<CURL*>(curl_));
}

Document CurlHttpClient::Get(const std::string& url, const Validators& validators) {
  Document doc;
  doc.input = url;
  doc.url = url;
  doc.final_url = url;
  CURL* curl = static_cast<CURL*>(curl_);
  if (curl == nullptr) {
    doc.outcome = FetchOutcome::kNetworkError;
    doc.error = "libcurl could not create a handle";
    return doc;
  }
  curl_easy_reset(curl);
  Transfer t;
  t.body = &doc.body;
  t.max_bytes = options_.max_body_bytes;

  curl_slist* headers = nullptr;
  if (!validators.etag.empty()) {
    headers = curl_slist_append(headers, ("If-None-Match: " + validators.etag).c_str());
  }
  if (!validators.last_modified.empty()) {
    headers =
        curl_slist_append(headers, ("If-Modified-Since: " + validators.last_modified).c_str());
  }
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> header_owner(headers,
                                                                          curl_slist_free_all);

  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, options_.max_redirects);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(options_.connect_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.transfer_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, options_.low_speed_limit_bytes);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options_.low_speed_time.count()));
  curl_easy_setopt(curl, CURLOPT_USERAGENT, options_.user_agent.c_str());
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl decodes
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, WriteBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, WriteHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);

  CURLcode rc = curl_easy_perform(curl);
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  char* effective = nullptr;
  curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &effective);
  if (effective != nullptr) doc.final_url = effective;
  doc.http_status = static_cast<int>(status);
  doc.content_type = t.content_type;
  doc.etag = t.etag;
  doc.last_modified = t.last_modified;

  if (t.too_large) {
    doc.outcome = FetchOutcome::kTooLarge;
    doc.error = url + ": body larger than " + std::to_string(options_.max_body_bytes) + " bytes";
    doc.body.clear();
  } else if (rc == CURLE_OPERATION_TIMEDOUT) {
    doc.outcome = FetchOutcome::kTimeout;
    doc.error = url + ": " + curl_easy_strerror(rc);
  } else if (rc == CURLE_SSL_CONNECT_ERROR || rc == CURLE_PEER_FAILED_VERIFICATION ||
             rc == CURLE_SSL_CERTPROBLEM || rc == CURLE_SSL_CACERT_BADFILE) {
    doc.outcome = FetchOutcome::kTlsError;
    doc.error = url + ": " + curl_easy_strerror(rc);
  } else if (rc != CURLE_OK) {
    doc.outcome = FetchOutcome::kNetworkError;
    doc.error = url + ": " + curl_easy_strerror(rc);
  } else if (status == 304) {
    doc.outcome = FetchOutcome::kUnchanged;
  } else if (status >= 400) {
    doc.outcome = FetchOutcome::kHttpError;
    doc.error = url + ": HTTP " + std::to_string(status);
  } else {
    doc.outcome = FetchOutcome::kOk;
  }
  return doc;
}

std::string SystemClockIso8601() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

bool IsHttpUrl(const std::string& input) {
  std::string prefix = input.substr(0, 8);
  std::transform(prefix.begin(), prefix.end(), prefix.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return prefix.rfind("http://", 0) == 0 || prefix.rfind("https://", 0) == 0;
}

StatusOr<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& input : inputs) {
    if (input == "-" || IsHttpUrl(input)) {
      out.push_back(input);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) return Status::NotFound(input + ": no such file or folder");
    if (!fs::is_directory(st)) {
      out.push_back(input);
      continue;
    }
    std::vector<std::string> files;
    for (const fs::directory_entry& e : fs::directory_iterator(input, ec)) {
      if (e.is_regular_file() && IsArticleFile(e.path())) files.push_back(e.path().string());
    }
    if (ec) return Status::IoError(input + ": " + ec.message());
    std::sort(files.begin(), files.end());
    if (files.empty()) return Status::NotFound(input + ": folder holds no .html or .txt files");
    out.insert(out.end(), files.begin(), files.end());
  }
  return out;
}

Document FetchInput(const std::string& input, HttpClient& client, const Validators& validators,
                    bool as_text, const Clock& clock) {
  if (IsHttpUrl(input)) {
    Document doc = client.Get(input, validators);
    doc.input = input;
    doc.fetched_at = clock();
    doc.plain_text = as_text;
    return doc;
  }
  return ReadLocalInput(input, as_text, clock);
}

Document ReadLocalInput(const std::string& input, bool as_text, const Clock& clock) {
  Document doc;
  doc.input = input;
  doc.fetched_at = clock();
  doc.plain_text = as_text || EndsWith(input, ".txt");
  if (input == "-") {
    doc.url = "stdin:";
    doc.body.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::error_code ec;
    std::filesystem::path path = std::filesystem::absolute(input, ec);
    doc.url = "file://" + (ec ? input : path.lexically_normal().string());
    std::ifstream in(input, std::ios::binary);
    if (!in) {
      doc.outcome = FetchOutcome::kFileError;
      doc.error = input + ": cannot open file";
      return doc;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) {
      doc.outcome = FetchOutcome::kFileError;
      doc.error = input + ": read error";
      return doc;
    }
    doc.body = std::move(buf).str();
  }
  doc.final_url = doc.url;
  doc.content_type = doc.plain_text ? "text/plain" : "text/html";
  return doc;
}

}  // namespace claimdiff::fetch
