// The scheduler behind MultiFetcher.
//
// Requests are grouped by host ("scheme://host:port"). Each host has a queue
// of jobs, a "busy" flag (at most one transfer in flight per host, so one
// connection), and the time it is next due: the end of its last request plus
// its pause, pushed further out by a retry's backoff. The loop repeatedly
// (1) starts a transfer on every due, idle host with work, while fewer than
// max_hosts_in_parallel transfers run; (2) drives libcurl's multi interface
// (curl_multi_perform / curl_multi_poll, see libcurl-multi(3)) and handles
// every finished transfer; (3) when nothing is in flight, sleeps until the
// next host is due. The first request to a host is its robots.txt (RFC 9309),
// unless a copy younger than robots_ttl is cached; its Crawl-delay raises
// the host's pause, and one above max_crawl_delay skips the host. When a
// batch ends, each host's due time is kept, so the first request of the
// next batch (`extract` fetches a long input list batch by batch) waits
// out the pause after the last one. With a RobotsCache, a host's robots.txt
// answer outlives the process (see RobotsCache in the header).
//
// Redirects are not followed by libcurl: each hop becomes a new job queued on
// its target host, so it is paced and checked against that host's robots.txt
// like any request, and the chain is recorded in Document::redirects. A hop
// count above FetchOptions::max_redirects, or a URL seen twice in the chain,
// ends the job. Every path through the loop ends each job in exactly one
// Document outcome; no request can keep the loop alive forever, because every
// transfer has libcurl's time limits and every retry has a cap.
#include "fetch/multi_fetcher.h"

#include <curl/curl.h>

#include <algorithm>
#include <deque>
#include <random>
#include <thread>

#include "core/hash.h"
#include "fetch/http_header.h"
#include "fetch/outcome.h"

namespace claimdiff::fetch {

namespace {

using Ms = std::chrono::milliseconds;
using TimePoint = TimeSource::TimePoint;

constexpr size_t kRobotsJob = static_cast<size_t>(-1);

void EnsureCurlGlobalInit() {
  static const bool initialised = [] {
    return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  }();
  (void)initialised;
}

struct EasyDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};
struct UrlDeleter {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};

// One transfer in flight: its handle and what the callbacks collect.
struct Transfer {
  size_t host = 0;
  size_t job = kRobotsJob;
  std::unique_ptr<CURL, EasyDeleter> easy;
  std::unique_ptr<curl_slist, SlistDeleter> headers;
  std::string body;
  size_t max_bytes = 0;
  bool truncate_at_cap = false;  // robots.txt: keep the first max_bytes
  bool too_large = false;
  bool truncated = false;
  bool not_html = false;
  std::string content_type, etag, last_modified, retry_after;
  char error[CURL_ERROR_SIZE] = {0};
};

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::string_view line(data, size * count);
  if (line.rfind("HTTP/", 0) == 0) {
    t->content_type.clear();
    t->etag.clear();
    t->last_modified.clear();
    t->retry_after.clear();
  } else if (HeaderIs(line, "content-type")) {
    t->content_type = HeaderValue(line);
  } else if (HeaderIs(line, "etag")) {
    t->etag = HeaderValue(line);
  } else if (HeaderIs(line, "last-modified")) {
    t->last_modified = HeaderValue(line);
  } else if (HeaderIs(line, "retry-after")) {
    t->retry_after = HeaderValue(line);
  }
  return size * count;
}

// Receives the body after content decoding, so the cap holds for the
// decompressed size too: a small gzip or brotli bomb stops at the cap.
size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  if (t->body.empty() && t->job != kRobotsJob && IsClearlyNotArticle(t->content_type)) {
    long status = 0;
    curl_easy_getinfo(t->easy.get(), CURLINFO_RESPONSE_CODE, &status);
    if (status >= 200 && status < 300) {
      t->not_html = true;  // no need to download a PDF or an image
      return 0;
    }
  }
  if (t->body.size() + n > t->max_bytes) {
    if (t->truncate_at_cap) {
      t->body.append(data, t->max_bytes - t->body.size());
      t->truncated = true;
    } else {
      t->too_large = true;
    }
    return 0;  // libcurl aborts the transfer with CURLE_WRITE_ERROR
  }
  t->body.append(data, n);
  return n;
}

bool IsTlsError(CURLcode rc) {
  return rc == CURLE_SSL_CONNECT_ERROR || rc == CURLE_PEER_FAILED_VERIFICATION ||
         rc == CURLE_SSL_CERTPROBLEM || rc == CURLE_SSL_CACERT_BADFILE || rc == CURLE_SSL_CIPHER ||
         rc == CURLE_SSL_ISSUER_ERROR || rc == CURLE_SSL_PINNEDPUBKEYNOTMATCH ||
         rc == CURLE_SSL_CRL_BADFILE;
}

bool IsRedirect(long status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

std::string CurlError(CURLcode rc, const char* buffer) {
  return buffer != nullptr && buffer[0] != '\0' ? std::string(buffer)
                                                : std::string(curl_easy_strerror(rc));
}

std::string FormatSeconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%g", s);
  return buf;
}

struct Job {
  size_t request = 0;
  std::string url;  // this hop
  int attempt = 0;  // retries spent on this hop
  std::vector<std::string> redirects;
};

struct Host {
  std::string key;
  std::deque<size_t> queue;  // job ids
  bool busy = false;
  bool robots_known = false;
  RobotsRules rules;
  std::string robots_reason;  // why everything is disallowed, when it is
  std::string skip_reason;    // Crawl-delay too large
  Ms delay{0};
  TimePoint next_ready{};
};

}  // namespace

struct MultiFetcher::Batch {
  std::vector<Job> jobs;
  std::vector<Document> docs;
  std::deque<Host> hosts;  // a deque: references stay valid as redirects add hosts
  std::map<std::string, size_t> host_index;
  std::map<CURL*, std::unique_ptr<Transfer>> transfers;
  std::mt19937_64 random;

  // The host of `key`, added with pause `delay` when new. A host that an
  // earlier batch asked is not due before the time that batch left it at
  // (`ready_after`), so pacing holds across batches.
  size_t HostFor(const std::string& key, Ms delay,
                 const std::map<std::string, TimePoint>& ready_after) {
    auto [it, inserted] = host_index.emplace(key, hosts.size());
    if (inserted) {
      hosts.emplace_back();
      hosts.back().key = key;
      hosts.back().delay = delay;
      auto ready = ready_after.find(key);
      if (ready != ready_after.end()) hosts.back().next_ready = ready->second;
    }
    return it->second;
  }
};

TimePoint RealTimeSource::Now() { return std::chrono::steady_clock::now(); }

void RealTimeSource::SleepFor(Ms duration) { std::this_thread::sleep_for(duration); }

std::string HostKeyOf(const std::string& url) {
  std::unique_ptr<CURLU, UrlDeleter> u(curl_url());
  if (!u || curl_url_set(u.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) return "";
  auto part = [&](CURLUPart which, unsigned flags) {
    char* value = nullptr;
    std::string out;
    if (curl_url_get(u.get(), which, &value, flags) == CURLUE_OK && value != nullptr) out = value;
    curl_free(value);
    return out;
  };
  std::string scheme = part(CURLUPART_SCHEME, 0);
  std::string host = part(CURLUPART_HOST, 0);
  std::string port = part(CURLUPART_PORT, CURLU_DEFAULT_PORT);
  if ((scheme != "http" && scheme != "https") || host.empty()) return "";
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme + "://" + host + ":" + port;
}

std::string PathAndQueryOf(const std::string& url) {
  std::unique_ptr<CURLU, UrlDeleter> u(curl_url());
  if (!u || curl_url_set(u.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) return "/";
  std::string out = "/";
  char* value = nullptr;
  if (curl_url_get(u.get(), CURLUPART_PATH, &value, 0) == CURLUE_OK && value != nullptr) {
    out = value;
  }
  curl_free(value);
  value = nullptr;
  if (curl_url_get(u.get(), CURLUPART_QUERY, &value, 0) == CURLUE_OK && value != nullptr) {
    out += "?" + std::string(value);
  }
  curl_free(value);
  return out.empty() ? "/" : out;
}

MultiFetcher::MultiFetcher(MultiFetchOptions options, TimeSource* time, Clock clock)
    : options_(std::move(options)), time_(time), clock_(std::move(clock)) {
  EnsureCurlGlobalInit();
  if (time_ == nullptr) {
    owned_time_ = std::make_unique<RealTimeSource>();
    time_ = owned_time_.get();
  }
  seed_ = options_.random_seed != 0 ? options_.random_seed : std::random_device{}();
  CURLM* multi = curl_multi_init();
  if (multi != nullptr) {
    // One connection per host; HTTP/2 multiplexing where a host offers it.
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, 1L);
    curl_multi_setopt(multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
    curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
                      static_cast<long>(std::max(1, options_.max_hosts_in_parallel)));
  }
  multi_ = multi;
}

MultiFetcher::~MultiFetcher() {
  if (multi_ != nullptr) curl_multi_cleanup(static_cast<CURLM*>(multi_));
}

std::optional<RobotsAnswer> MultiFetcher::KeptRobots(const std::string& host_key) {
  if (robots_cache_ == nullptr) return std::nullopt;
  return robots_cache_->Load(host_key);
}

RobotsRules MultiFetcher::RulesOf(const RobotsAnswer& answer) const {
  return answer.http_status >= 200 && answer.http_status < 300
             ? RobotsRules::Parse(answer.body, options_.robots_token)
             : RobotsRules::AllowAll();
}

std::vector<Document> MultiFetcher::Fetch(const std::vector<FetchRequest>& requests) {
  std::vector<Document> out(requests.size());
  FetchEach(requests, [&out](size_t i, Document&& d) { out[i] = std::move(d); });
  return out;
}

void MultiFetcher::FetchEach(const std::vector<FetchRequest>& requests,
                             const std::function<void(size_t, Document&&)>& on_done) {
  stats_ = FetchStats{};
  CURLM* multi = static_cast<CURLM*>(multi_);
  Batch b;
  b.random.seed(seed_++);
  b.docs.resize(requests.size());
  const FetchOptions& fo = options_.fetch;

  for (size_t i = 0; i < requests.size(); ++i) {
    Document& d = b.docs[i];
    d.input = d.url = d.final_url = requests[i].url;
    std::string key = HostKeyOf(requests[i].url);
    if (key.empty() || multi == nullptr) {
      d.outcome = FetchOutcome::kNetworkError;
      d.error = requests[i].url +
                (multi == nullptr ? ": libcurl could not start" : ": not a valid http(s) URL");
      d.fetched_at = clock_();
      on_done(i, std::move(d));
      { Document released(std::move(d)); }
      continue;
    }
    b.jobs.push_back(Job{i, requests[i].url, 0, {}});
    size_t host = b.HostFor(key, options_.per_host_delay, host_ready_);
    b.hosts[host].queue.push_back(b.jobs.size() - 1);
  }

  auto finish = [&](size_t job_id, FetchOutcome outcome, std::string error) {
    const Job& job = b.jobs[job_id];
    Document& d = b.docs[job.request];
    d.final_url = job.url;
    d.redirects = job.redirects;
    d.outcome = outcome;
    d.error = std::move(error);
    if (outcome != FetchOutcome::kOk && outcome != FetchOutcome::kUnchanged) d.body.clear();
    d.fetched_at = clock_();
    on_done(job.request, std::move(d));
    // Release the body now, whether or not on_done took it. (Assigning an
    // empty Document would keep the strings' capacity: move it out instead.)
    { Document released(std::move(d)); }
    d = Document();
  };

  auto start = [&](size_t host_id, size_t job_id, const std::string& url) -> bool {
    Host& host = b.hosts[host_id];
    auto t = std::make_unique<Transfer>();
    t->host = host_id;
    t->job = job_id;
    t->easy.reset(curl_easy_init());
    if (!t->easy) return false;
    CURL* e = t->easy.get();
    bool robots = job_id == kRobotsJob;
    t->max_bytes = robots ? kMaxRobotsBytes : fo.max_body_bytes;
    t->truncate_at_cap = robots;
    if (!robots) {
      const FetchRequest& req = requests[b.jobs[job_id].request];
      curl_slist* h = nullptr;
      if (!req.validators.etag.empty()) {
        h = curl_slist_append(h, ("If-None-Match: " + req.validators.etag).c_str());
      }
      if (!req.validators.last_modified.empty()) {
        h = curl_slist_append(h, ("If-Modified-Since: " + req.validators.last_modified).c_str());
      }
      t->headers.reset(h);
      curl_easy_setopt(e, CURLOPT_HTTPHEADER, h);
      curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(fo.max_body_bytes));
    } else {
      // robots.txt redirects are followed by libcurl (RFC 9309 2.3.1.2).
      curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
      curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);
    }
    curl_easy_setopt(e, CURLOPT_URL, url.c_str());
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(fo.connect_timeout.count()));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(fo.transfer_timeout.count()));
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, fo.low_speed_limit_bytes);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, static_cast<long>(fo.low_speed_time.count()));
    curl_easy_setopt(e, CURLOPT_USERAGENT, fo.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // every encoding this libcurl decodes
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, OnHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->error);
    if (curl_multi_add_handle(multi, e) != CURLM_OK) return false;
    b.transfers.emplace(e, std::move(t));
    host.busy = true;
    ++stats_.requests;
    if (robots) ++stats_.robots_fetches;
    return true;
  };

  auto apply_robots = [&](Host& host, const RobotsRules& rules) {
    host.rules = rules;
    host.robots_known = true;
    if (std::optional<double> cd = rules.crawl_delay()) {
      Ms crawl(static_cast<long long>(*cd * 1000));
      if (crawl > options_.max_crawl_delay) {
        host.skip_reason = host.key + ": robots.txt asks for a Crawl-delay of " +
                           FormatSeconds(*cd) + " s, above the limit of " +
                           FormatSeconds(options_.max_crawl_delay.count() / 1000.0) +
                           " s; host skipped";
      }
      host.delay = std::max(host.delay, crawl);
    }
  };

  // Starts what can start on one host; true when a transfer was started.
  auto dispatch = [&](size_t host_id, TimePoint now) -> bool {
    Host& host = b.hosts[host_id];
    while (!host.busy && !host.queue.empty() && now >= host.next_ready) {
      if (options_.obey_robots && !host.robots_known) {
        auto cached = robots_.find(host.key);
        if (cached != robots_.end() && now - cached->second.fetched < options_.robots_ttl) {
          apply_robots(host, cached->second.rules);
          continue;
        }
        if (std::optional<RobotsAnswer> kept = KeptRobots(host.key)) {
          std::chrono::seconds age(std::max<std::time_t>(0, std::time(nullptr) - kept->fetched));
          if (age < options_.robots_ttl) {
            RobotsRules rules = RulesOf(*kept);
            robots_[host.key] = RobotsEntry{rules, now - age};
            ++stats_.robots_kept;
            apply_robots(host, rules);
            continue;
          }
        }
        if (!start(host_id, kRobotsJob, host.key + "/robots.txt")) {
          apply_robots(host, RobotsRules::DisallowAll());
          host.robots_reason = host.key + ": robots.txt could not be requested";
          continue;
        }
        return true;
      }
      size_t job_id = host.queue.front();
      host.queue.pop_front();
      if (!host.skip_reason.empty()) {
        finish(job_id, FetchOutcome::kDisallowed, host.skip_reason);
        continue;
      }
      if (options_.obey_robots && !host.rules.Allowed(PathAndQueryOf(b.jobs[job_id].url))) {
        finish(job_id, FetchOutcome::kDisallowed,
               b.jobs[job_id].url + ": " +
                   (host.robots_reason.empty() ? "disallowed by robots.txt" : host.robots_reason));
        continue;
      }
      if (!start(host_id, job_id, b.jobs[job_id].url)) {
        finish(job_id, FetchOutcome::kNetworkError,
               b.jobs[job_id].url + ": libcurl could not start the transfer");
        continue;
      }
      return true;
    }
    return false;
  };

  auto complete_robots = [&](Transfer& t, CURLcode rc, long status) {
    Host& host = b.hosts[t.host];
    bool read = rc == CURLE_OK || (rc == CURLE_WRITE_ERROR && t.truncated);
    bool answered = status >= 200 && status < 300;  // the file
    bool missing = status >= 400 && status < 500;   // no file: everything allowed
    if (read && (answered || missing)) {
      RobotsAnswer answer{static_cast<int>(status), answered ? t.body : "", std::time(nullptr)};
      RobotsRules rules = RulesOf(answer);
      robots_[host.key] = RobotsEntry{rules, time_->Now()};
      if (robots_cache_ != nullptr) robots_cache_->Save(host.key, answer);
      apply_robots(host, rules);
    } else if (std::optional<RobotsAnswer> kept = KeptRobots(host.key)) {
      // 5xx or unreachable, but an earlier answer is kept: use it for this
      // batch (RFC 9309 2.4); not cached in memory, so the next batch asks.
      ++stats_.robots_kept;
      apply_robots(host, RulesOf(*kept));
    } else {
      // 5xx or unreachable: everything disallowed for this batch (RFC 9309
      // 2.3.1.4); not cached, so the next batch asks again.
      apply_robots(host, RobotsRules::DisallowAll());
      host.robots_reason = read ? "robots.txt answered HTTP " + std::to_string(status) +
                                      ", so the host is treated as disallowing everything"
                                : "robots.txt unreachable (" + CurlError(rc, t.error) +
                                      "), so the host is treated as disallowing everything";
    }
  };

  auto retry = [&](Host& host, size_t job_id, const std::string& retry_after) -> bool {
    Job& job = b.jobs[job_id];
    if (job.attempt >= options_.retry.max_retries) return false;
    std::optional<Ms> after;
    if (!retry_after.empty()) after = ParseRetryAfter(retry_after, std::time(nullptr));
    std::optional<Ms> wait = RetryDelay(options_.retry, job.attempt + 1, after, b.random);
    if (!wait) return false;
    ++job.attempt;
    ++stats_.retries;
    host.queue.push_front(job_id);
    host.next_ready = std::max(host.next_ready, time_->Now() + *wait);
    return true;
  };

  auto complete_page = [&](Transfer& t, CURLcode rc, long status) {
    Host& host = b.hosts[t.host];
    size_t job_id = t.job;
    Job& job = b.jobs[job_id];
    Document& d = b.docs[job.request];
    d.http_status = static_cast<int>(status);
    d.content_type = t.content_type;
    d.etag = t.etag;
    d.last_modified = t.last_modified;
    const std::string& url = job.url;
    if (t.too_large || rc == CURLE_FILESIZE_EXCEEDED) {
      finish(job_id, FetchOutcome::kTooLarge,
             url + ": body larger than " + std::to_string(fo.max_body_bytes) + " bytes");
      return;
    }
    if (t.not_html) {
      finish(job_id, FetchOutcome::kNotHtml,
             url + ": not an HTML page (Content-Type " + t.content_type + ")");
      return;
    }
    if (rc != CURLE_OK) {
      // Whether the request ever went out: the time to "pre-transfer" is
      // zero only when connecting (or the TLS handshake) never finished. The
      // connect time cannot tell: it is zero on a reused connection too.
      curl_off_t pretransfer = 0;
      curl_easy_getinfo(t.easy.get(), CURLINFO_PRETRANSFER_TIME_T, &pretransfer);
      bool timeout = rc == CURLE_OPERATION_TIMEDOUT;
      bool tls = IsTlsError(rc);
      // Connection-level failures are retried; a request that went out and
      // then crawled past the time limits is not (it would only crawl again).
      bool retryable = !tls && (!timeout || (pretransfer == 0 && status == 0));
      if (retryable && retry(host, job_id, "")) return;
      FetchOutcome outcome = tls       ? FetchOutcome::kTlsError
                             : timeout ? FetchOutcome::kTimeout
                                       : FetchOutcome::kNetworkError;
      finish(job_id, outcome, url + ": " + CurlError(rc, t.error));
      return;
    }
    if (IsRedirect(status)) {
      char* location = nullptr;
      curl_easy_getinfo(t.easy.get(), CURLINFO_REDIRECT_URL, &location);
      if (location != nullptr) {
        std::string target = location;
        std::string error;
        bool loop = target == url || std::find(job.redirects.begin(), job.redirects.end(),
                                               target) != job.redirects.end();
        std::string key = HostKeyOf(target);
        if (loop) {
          error = url + ": redirect loop back to " + target;
        } else if (static_cast<long>(job.redirects.size()) >= fo.max_redirects) {
          error = url + ": more than " + std::to_string(fo.max_redirects) + " redirects";
        } else if (key.empty()) {
          error = url + ": redirect to an unsupported URL";
        }
        if (!error.empty()) {
          finish(job_id, FetchOutcome::kHttpError, error);
          return;
        }
        ++stats_.redirects;
        job.redirects.push_back(url);
        job.url = target;
        job.attempt = 0;
        size_t target_host = b.HostFor(key, options_.per_host_delay, host_ready_);
        if (target_host == t.host) {
          b.hosts[target_host].queue.push_front(job_id);
        } else {
          b.hosts[target_host].queue.push_back(job_id);
        }
        return;
      }
    }
    if (IsRetryableStatus(static_cast<int>(status)) && retry(host, job_id, t.retry_after)) return;
    Classified c = ClassifyResponse(url, static_cast<int>(status), t.content_type, t.body);
    if (c.outcome == FetchOutcome::kOk) {
      d.body = std::move(t.body);
      const std::string& last = requests[job.request].last_body_hash;
      if (!last.empty() && Hash128Hex(d.body) == last) c.outcome = FetchOutcome::kUnchanged;
    }
    finish(job_id, c.outcome, std::move(c.error));
  };

  size_t rotate = 0;
  while (true) {
    TimePoint now = time_->Now();
    size_t n_hosts = b.hosts.size();
    for (size_t k = 0; k < n_hosts && b.transfers.size() < static_cast<size_t>(std::max(
                                                               1, options_.max_hosts_in_parallel));
         ++k) {
      dispatch((rotate + k) % n_hosts, now);
    }
    if (n_hosts > 0) rotate = (rotate + 1) % n_hosts;

    // When the next idle host with work is due.
    std::optional<TimePoint> next_due;
    for (const Host& h : b.hosts) {
      if (h.busy || h.queue.empty()) continue;
      if (!next_due || h.next_ready < *next_due) next_due = h.next_ready;
    }
    if (b.transfers.empty()) {
      if (!next_due) break;  // every job has its outcome
      if (*next_due > now) {
        time_->SleepFor(std::chrono::ceil<Ms>(*next_due - now));
      }
      continue;
    }

    int running = 0;
    curl_multi_perform(multi, &running);
    bool any_done = false;
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      CURL* e = msg->easy_handle;
      CURLcode rc = msg->data.result;
      curl_multi_remove_handle(multi, e);
      auto it = b.transfers.find(e);
      if (it == b.transfers.end()) continue;
      std::unique_ptr<Transfer> t = std::move(it->second);
      b.transfers.erase(it);
      long status = 0;
      curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
      Host& host = b.hosts[t->host];
      host.busy = false;
      host.next_ready = std::max(host.next_ready, time_->Now() + host.delay);
      if (t->job == kRobotsJob) {
        complete_robots(*t, rc, status);
        host.next_ready = std::max(host.next_ready, time_->Now() + host.delay);
      } else {
        complete_page(*t, rc, status);
      }
      any_done = true;
    }
    if (any_done) continue;
    Ms wait(1000);
    if (next_due &&
        b.transfers.size() < static_cast<size_t>(std::max(1, options_.max_hosts_in_parallel))) {
      TimePoint now2 = time_->Now();
      wait = *next_due <= now2 ? Ms(0) : std::min(wait, std::chrono::ceil<Ms>(*next_due - now2));
    }
    curl_multi_poll(multi, nullptr, 0, static_cast<int>(wait.count()), nullptr);
  }
  for (const Host& h : b.hosts) host_ready_[h.key] = h.next_ready;
}

}  // namespace claimdiff::fetch
