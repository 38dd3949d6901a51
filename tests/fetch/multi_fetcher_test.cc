#include "fetch/multi_fetcher.h"

#include <arpa/inet.h>
#include <brotli/encode.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <thread>

#include "core/hash.h"
#include "tests/support/http_server.h"

namespace claimdiff::fetch {
namespace {

using claimdiff::testing::HttpRequest;
using claimdiff::testing::HttpResponse;
using claimdiff::testing::HttpServer;
using std::chrono::milliseconds;

// Scheduler time that only moves when the fetcher sleeps: pauses of seconds
// cost nothing, and the sleeps are there to count.
class FakeTime : public TimeSource {
 public:
  TimePoint Now() override { return TimePoint{} + std::chrono::hours(1000) + offset_; }
  void SleepFor(milliseconds d) override {
    offset_ += d;
    slept_ += d;
  }
  void Advance(std::chrono::hours h) { offset_ += h; }
  milliseconds slept() const { return slept_; }

 private:
  milliseconds offset_{0};
  milliseconds slept_{0};
};

Clock FixedClock() {
  return [] { return std::string("2026-11-25T00:00:00Z"); };
}

MultiFetchOptions Quick() {
  MultiFetchOptions o;
  o.fetch.connect_timeout = milliseconds(2000);
  o.fetch.transfer_timeout = milliseconds(5000);
  o.fetch.low_speed_time = std::chrono::seconds(1);
  o.fetch.user_agent = "claimdiff/test (+https://example.org/contact)";
  o.per_host_delay = milliseconds(5000);  // fake time: free
  o.retry.base_delay = milliseconds(1000);
  o.random_seed = 7;
  return o;
}

const char* kPage = "<html><body><p>Hello from the test server.</p></body></html>";

HttpResponse Html(std::string body, std::vector<std::pair<std::string, std::string>> extra = {}) {
  HttpResponse r{200, {{"Content-Type", "text/html; charset=utf-8"}}, std::move(body)};
  for (auto& h : extra) r.headers.push_back(h);
  return r;
}

// A server whose robots.txt and pages come from small maps.
struct Site {
  std::string robots;  // served with 200 unless robots_status says otherwise
  int robots_status = 200;
  std::function<HttpResponse(const HttpRequest&)> pages;
  HttpResponse operator()(const HttpRequest& req) const {
    if (req.path == "/robots.txt") {
      if (robots_status != 200) return {robots_status, {{"Content-Type", "text/plain"}}, "no"};
      return {200, {{"Content-Type", "text/plain"}}, robots};
    }
    return pages(req);
  }
};

size_t CountPath(const HttpServer& s, const std::string& path) {
  size_t n = 0;
  for (const HttpRequest& r : s.Requests()) n += r.path == path;
  return n;
}

std::vector<FetchRequest> Urls(std::initializer_list<std::string> urls) {
  std::vector<FetchRequest> out;
  for (const std::string& u : urls) out.push_back(FetchRequest{u, {}, ""});
  return out;
}

std::string Gzip(const std::string& in) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, in.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string Brotli(const std::string& in) {
  size_t size = BrotliEncoderMaxCompressedSize(in.size());
  std::string out(size, '\0');
  BrotliEncoderCompress(9, 22, BROTLI_MODE_GENERIC, in.size(),
                        reinterpret_cast<const uint8_t*>(in.data()), &size,
                        reinterpret_cast<uint8_t*>(out.data()));
  out.resize(size);
  return out;
}

TEST(MultiFetcherTest, FetchesFromSeveralHostsAskingEachForRobotsOnce) {
  Site site{"User-agent: *\nDisallow: /private\n", 200, [](const HttpRequest& r) {
              return Html(kPage + r.path,
                          {{"ETag", "\"e1\""}, {"Last-Modified", "Sat, 14 Mar 2026 07:40:00 GMT"}});
            }};
  HttpServer a(site, "127.0.0.1"), b(site, "127.0.0.2"), c(site, "127.0.0.3");
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(
      Urls({a.Url("/1"), b.Url("/1"), c.Url("/1"), a.Url("/2"), b.Url("/private/x")}));
  ASSERT_EQ(docs.size(), 5u);
  for (size_t i : {0u, 1u, 2u, 3u}) {
    EXPECT_EQ(docs[i].outcome, FetchOutcome::kOk) << docs[i].error;
    EXPECT_EQ(docs[i].http_status, 200);
    EXPECT_EQ(docs[i].etag, "\"e1\"");
    EXPECT_EQ(docs[i].last_modified, "Sat, 14 Mar 2026 07:40:00 GMT");
    EXPECT_EQ(docs[i].fetched_at, "2026-11-25T00:00:00Z");
  }
  EXPECT_NE(docs[3].body.find("/2"), std::string::npos);
  EXPECT_EQ(docs[4].outcome, FetchOutcome::kDisallowed);
  EXPECT_NE(docs[4].error.find("robots.txt"), std::string::npos);
  EXPECT_EQ(CountPath(b, "/private/x"), 0u);  // never requested
  for (const HttpServer* s : {&a, &b, &c}) EXPECT_EQ(CountPath(*s, "/robots.txt"), 1u);
  for (const HttpRequest& r : a.Requests()) {
    EXPECT_EQ(r.headers.at("user-agent"), "claimdiff/test (+https://example.org/contact)");
  }
}

TEST(MultiFetcherTest, PausesBetweenRequestsToOneHost) {
  Site site{"", 404, [](const HttpRequest&) { return Html(kPage); }};
  HttpServer a(site);
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  // robots.txt, then three pages: three pauses of 5 s.
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/1"), a.Url("/2"), a.Url("/3")}));
  for (const Document& d : docs) EXPECT_EQ(d.outcome, FetchOutcome::kOk) << d.error;
  EXPECT_GE(time.slept(), milliseconds(15000));
  EXPECT_LT(time.slept(), milliseconds(16000));
}

TEST(MultiFetcherTest, PauseHoldsFromOneBatchToTheNext) {
  Site site{"", 404, [](const HttpRequest&) { return Html(kPage); }};
  HttpServer a(site);
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  // robots.txt, pause, /1; then the next batch's /2 waits out the pause too.
  fetcher.Fetch(Urls({a.Url("/1")}));
  milliseconds after_first = time.slept();
  EXPECT_GE(after_first, milliseconds(5000));
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/2")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kOk) << docs[0].error;
  EXPECT_GE(time.slept() - after_first, milliseconds(4900));
  EXPECT_EQ(CountPath(a, "/robots.txt"), 1u);
}

TEST(MultiFetcherTest, LargerCrawlDelayReplacesThePause) {
  Site site{"User-agent: *\nCrawl-delay: 7\n", 200, [](const HttpRequest&) { return Html(kPage); }};
  HttpServer a(site);
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/1"), a.Url("/2")}));
  for (const Document& d : docs) EXPECT_EQ(d.outcome, FetchOutcome::kOk) << d.error;
  EXPECT_GE(time.slept(), milliseconds(14000));
}

TEST(MultiFetcherTest, CrawlDelayAboveTheLimitSkipsTheHost) {
  Site site{"User-agent: *\nCrawl-delay: 61\n", 200,
            [](const HttpRequest&) { return Html(kPage); }};
  HttpServer a(site);
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/1")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kDisallowed);
  EXPECT_NE(docs[0].error.find("Crawl-delay of 61 s"), std::string::npos) << docs[0].error;
  EXPECT_EQ(CountPath(a, "/1"), 0u);
}

TEST(MultiFetcherTest, RobotsServerErrorDisallowsAndClientErrorAllows) {
  Site broken{"", 503, [](const HttpRequest&) { return Html(kPage); }};
  Site missing{"", 404, [](const HttpRequest&) { return Html(kPage); }};
  HttpServer a(broken, "127.0.0.1"), b(missing, "127.0.0.2");
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/1"), b.Url("/1")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kDisallowed);
  EXPECT_NE(docs[0].error.find("503"), std::string::npos) << docs[0].error;
  EXPECT_EQ(CountPath(a, "/1"), 0u);
  EXPECT_EQ(docs[1].outcome, FetchOutcome::kOk) << docs[1].error;
}

TEST(MultiFetcherTest, UnreachableRobotsDisallows) {
  std::string url;
  {
    HttpServer gone([](const HttpRequest&) { return HttpResponse{}; });
    url = gone.Url("/1");
  }
  MultiFetchOptions o = Quick();
  o.retry.max_retries = 0;
  FakeTime time;
  MultiFetcher fetcher(o, &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({url}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kDisallowed);
  EXPECT_NE(docs[0].error.find("unreachable"), std::string::npos) << docs[0].error;
}

TEST(MultiFetcherTest, RobotsIsCachedForADay) {
  Site site{"User-agent: *\nDisallow: /x\n", 200, [](const HttpRequest&) { return Html(kPage); }};
  HttpServer a(site);
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  fetcher.Fetch(Urls({a.Url("/1")}));
  fetcher.Fetch(Urls({a.Url("/2")}));
  EXPECT_EQ(CountPath(a, "/robots.txt"), 1u);
  time.Advance(std::chrono::hours(25));
  fetcher.Fetch(Urls({a.Url("/3")}));
  EXPECT_EQ(CountPath(a, "/robots.txt"), 2u);
}

TEST(MultiFetcherTest, NotModifiedAndSameHashAreUnchanged) {
  Site site{"", 404, [](const HttpRequest& r) {
              auto inm = r.headers.find("if-none-match");
              if (r.path == "/etag" && inm != r.headers.end() && inm->second == "\"v1\"") {
                return HttpResponse{304, {{"ETag", "\"v1\""}}, ""};
              }
              auto ims = r.headers.find("if-modified-since");
              if (r.path == "/date" && ims != r.headers.end()) return HttpResponse{304, {}, ""};
              return Html(kPage, {{"ETag", "\"v1\""}});
            }};
  HttpServer a(site);
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<FetchRequest> reqs = {
      {a.Url("/etag"), {"\"v1\"", ""}, ""},
      {a.Url("/date"), {"", "Sat, 14 Mar 2026 07:40:00 GMT"}, ""},
      {a.Url("/same"), {}, Hash128Hex(kPage)},
      {a.Url("/changed"), {}, Hash128Hex("older text")},
  };
  std::vector<Document> docs = fetcher.Fetch(reqs);
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kUnchanged);
  EXPECT_EQ(docs[0].http_status, 304);
  EXPECT_EQ(docs[1].outcome, FetchOutcome::kUnchanged);
  EXPECT_EQ(docs[2].outcome, FetchOutcome::kUnchanged);
  EXPECT_EQ(docs[2].http_status, 200);
  EXPECT_EQ(docs[3].outcome, FetchOutcome::kOk);
}

TEST(MultiFetcherTest, RedirectChainAcrossHostsIsRecorded) {
  HttpServer b(Site{"", 404, [](const HttpRequest&) { return Html(kPage); }}, "127.0.0.2");
  std::string final_url = b.Url("/final");
  HttpServer a(Site{"", 404,
                    [final_url](const HttpRequest& r) {
                      if (r.path == "/one") return HttpResponse{301, {{"Location", "/two"}}, ""};
                      return HttpResponse{302, {{"Location", final_url}}, ""};
                    }},
               "127.0.0.1");
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/one")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kOk) << docs[0].error;
  EXPECT_EQ(docs[0].url, a.Url("/one"));
  EXPECT_EQ(docs[0].final_url, final_url);
  std::vector<std::string> chain = {a.Url("/one"), a.Url("/two")};
  EXPECT_EQ(docs[0].redirects, chain);
  EXPECT_EQ(CountPath(b, "/robots.txt"), 1u);  // the new host's robots.txt was asked
}

TEST(MultiFetcherTest, RedirectLoopAndTooManyRedirectsEnd) {
  HttpServer a(Site{"", 404, [](const HttpRequest& r) {
                      if (r.path == "/loop-a")
                        return HttpResponse{302, {{"Location", "/loop-b"}}, ""};
                      if (r.path == "/loop-b")
                        return HttpResponse{302, {{"Location", "/loop-a"}}, ""};
                      // /hop/N -> /hop/N+1, forever
                      int n = std::stoi(r.path.substr(5));
                      return HttpResponse{302, {{"Location", "/hop/" + std::to_string(n + 1)}}, ""};
                    }});
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/loop-a"), a.Url("/hop/0")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kHttpError);
  EXPECT_NE(docs[0].error.find("loop"), std::string::npos) << docs[0].error;
  EXPECT_EQ(docs[1].outcome, FetchOutcome::kHttpError);
  EXPECT_NE(docs[1].error.find("more than 5 redirects"), std::string::npos) << docs[1].error;
  EXPECT_EQ(docs[1].redirects.size(), 5u);        // five hops followed ...
  EXPECT_EQ(docs[1].final_url, a.Url("/hop/5"));  // ... the sixth refused
  EXPECT_EQ(CountPath(a, "/hop/6"), 0u);
}

TEST(MultiFetcherTest, TransientErrorsAreRetriedTwiceThenRecorded) {
  int calls = 0;
  HttpServer a(Site{"", 404, [&calls](const HttpRequest& r) {
                      if (r.path == "/flaky") {
                        return ++calls < 3 ? HttpResponse{503, {}, "busy"} : Html(kPage);
                      }
                      if (r.path == "/busy") return HttpResponse{429, {}, "slow down"};
                      if (r.path == "/timeout") return HttpResponse{408, {}, ""};
                      return HttpResponse{404, {}, "gone"};
                    }});
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<Document> docs =
      fetcher.Fetch(Urls({a.Url("/flaky"), a.Url("/busy"), a.Url("/timeout"), a.Url("/gone")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kOk) << docs[0].error;
  EXPECT_EQ(CountPath(a, "/flaky"), 3u);
  EXPECT_EQ(docs[1].outcome, FetchOutcome::kHttpError);
  EXPECT_EQ(docs[1].http_status, 429);
  EXPECT_EQ(CountPath(a, "/busy"), 3u);
  EXPECT_EQ(CountPath(a, "/timeout"), 3u);
  EXPECT_EQ(docs[3].http_status, 404);
  EXPECT_EQ(CountPath(a, "/gone"), 1u);  // 404 is not retried
}

TEST(MultiFetcherTest, RetryAfterIsHonouredAndBeyondTheCapGivesUp) {
  HttpServer a(Site{"", 404, [](const HttpRequest& r) {
                      if (r.path == "/later") return HttpResponse{503, {{"Retry-After", "40"}}, ""};
                      return HttpResponse{503, {{"Retry-After", "600"}}, ""};
                    }});
  MultiFetchOptions o = Quick();
  o.per_host_delay = milliseconds(0);
  FakeTime time;
  MultiFetcher fetcher(o, &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/later")}));
  EXPECT_EQ(CountPath(a, "/later"), 3u);
  EXPECT_GE(time.slept(), milliseconds(80000));  // two waits of at least 40 s
  docs = fetcher.Fetch(Urls({a.Url("/never")}));
  EXPECT_EQ(CountPath(a, "/never"), 1u);
  EXPECT_EQ(docs[0].http_status, 503);
}

TEST(MultiFetcherTest, RefusedConnectionIsRetriedThenANetworkError) {
  std::string url;
  {
    HttpServer gone([](const HttpRequest&) { return HttpResponse{}; });
    url = gone.Url("/1");
  }
  MultiFetchOptions o = Quick();
  o.obey_robots = false;
  FakeTime time;
  MultiFetcher fetcher(o, &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({url}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kNetworkError);
  EXPECT_EQ(fetcher.last_stats().retries, 2u);
  EXPECT_FALSE(docs[0].error.empty());
}

TEST(MultiFetcherTest, ResetMidBodyIsANetworkError) {
  HttpServer a(Site{"", 404, [](const HttpRequest&) {
                      HttpResponse r = Html(std::string(100000, 'x'));
                      r.reset_mid_body = true;
                      return r;
                    }});
  MultiFetchOptions o = Quick();
  o.retry.max_retries = 0;
  FakeTime time;
  MultiFetcher fetcher(o, &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/1")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kNetworkError) << docs[0].error;
  EXPECT_TRUE(docs[0].body.empty());
}

TEST(MultiFetcherTest, SlowBodyIsAbortedBelowTheSpeedLimit) {
  HttpServer a(Site{"", 404, [](const HttpRequest&) {
                      HttpResponse r = Html(std::string(4000, 'x'));
                      r.chunk_bytes = 20;  // 200 bytes/s, under 1 KB/s
                      r.chunk_delay_ms = 100;
                      return r;
                    }});
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/1")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kTimeout) << docs[0].error;
  EXPECT_EQ(CountPath(a, "/1"), 1u);  // a connected, crawling transfer is not retried
}

TEST(MultiFetcherTest, SlowBodyOnAReusedConnectionIsNotRetried) {
  HttpServer a(Site{"", 404, [](const HttpRequest&) {
                      HttpResponse r = Html(std::string(4000, 'x'));
                      r.chunk_bytes = 20;
                      r.chunk_delay_ms = 100;
                      return r;
                    }});
  a.set_keep_alive(true);  // robots.txt and the page share one connection
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/1")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kTimeout) << docs[0].error;
  EXPECT_EQ(CountPath(a, "/1"), 1u);
  EXPECT_EQ(fetcher.last_stats().retries, 0u);
}

TEST(MultiFetcherTest, WholeTransferTimeLimit) {
  HttpServer a(Site{"", 404, [](const HttpRequest&) {
                      HttpResponse r = Html(kPage);
                      r.delay_ms = 3000;
                      return r;
                    }});
  MultiFetchOptions o = Quick();
  o.fetch.transfer_timeout = milliseconds(500);
  FakeTime time;
  MultiFetcher fetcher(o, &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/1")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kTimeout) << docs[0].error;
}

TEST(MultiFetcherTest, OversizeAndDecompressionBombsAreTooLarge) {
  std::string bomb = std::string(20u << 20, '\0');
  std::string gz = Gzip(bomb), br = Brotli(bomb);
  ASSERT_LT(gz.size(), 100000u);
  HttpServer a(Site{"", 404, [&](const HttpRequest& r) {
                      if (r.path == "/big") return Html(std::string(2u << 20, 'x'));
                      if (r.path == "/gzip") return Html(gz, {{"Content-Encoding", "gzip"}});
                      return Html(br, {{"Content-Encoding", "br"}});
                    }});
  MultiFetchOptions o = Quick();
  o.fetch.max_body_bytes = 1u << 20;
  o.per_host_delay = milliseconds(0);
  FakeTime time;
  MultiFetcher fetcher(o, &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/big"), a.Url("/gzip"), a.Url("/br")}));
  for (const Document& d : docs) {
    EXPECT_EQ(d.outcome, FetchOutcome::kTooLarge) << d.url << " " << d.error;
    EXPECT_TRUE(d.body.empty());
  }
}

TEST(MultiFetcherTest, GzipAndBrotliBodiesArriveDecoded) {
  std::string page = std::string(kPage) + std::string(5000, 'y');
  HttpServer a(Site{"", 404, [&](const HttpRequest& r) {
                      EXPECT_NE(r.headers.at("accept-encoding").find("br"), std::string::npos);
                      if (r.path == "/gzip")
                        return Html(Gzip(page), {{"Content-Encoding", "gzip"}});
                      return Html(Brotli(page), {{"Content-Encoding", "br"}});
                    }});
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/gzip"), a.Url("/br")}));
  for (const Document& d : docs) {
    EXPECT_EQ(d.outcome, FetchOutcome::kOk) << d.error;
    EXPECT_EQ(d.body, page);
  }
}

TEST(MultiFetcherTest, NotHtmlAndWallsAreRecognised) {
  HttpServer a(
      Site{"", 404, [](const HttpRequest& r) {
             if (r.path == "/image") {
               return HttpResponse{200, {{"Content-Type", "image/png"}}, std::string(5000, 'p')};
             }
             if (r.path == "/json")
               return HttpResponse{200, {{"Content-Type", "application/json"}}, "{}"};
             return HttpResponse{403,
                                 {{"Content-Type", "text/html"}},
                                 "<script src=\"/cdn-cgi/challenge-platform/x.js\"></script>"};
           }});
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<Document> docs =
      fetcher.Fetch(Urls({a.Url("/image"), a.Url("/json"), a.Url("/wall")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kNotHtml);
  EXPECT_TRUE(docs[0].body.empty());
  EXPECT_EQ(docs[1].outcome, FetchOutcome::kNotHtml);
  EXPECT_EQ(docs[2].outcome, FetchOutcome::kPaywall);
  EXPECT_EQ(docs[2].http_status, 403);
}

TEST(MultiFetcherTest, WrongAndMissingCharsetBytesArePassedOnUntouched) {
  const std::string latin1 = "<p>Caf\xE9 na\xEFve</p>";  // ISO-8859-1 bytes
  HttpServer a(
      Site{"", 404, [&](const HttpRequest& r) {
             if (r.path == "/missing")
               return HttpResponse{200, {{"Content-Type", "text/html"}}, latin1};
             return HttpResponse{200, {{"Content-Type", "text/html; charset=utf-8"}}, latin1};
           }});
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/missing"), a.Url("/wrong")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kOk);
  EXPECT_EQ(docs[0].body, latin1);  // charset decoding is parse/'s job, on these bytes
  EXPECT_EQ(docs[0].content_type, "text/html");
  EXPECT_EQ(docs[1].outcome, FetchOutcome::kOk);
  EXPECT_EQ(docs[1].body, latin1);
  EXPECT_EQ(docs[1].content_type, "text/html; charset=utf-8");
}

TEST(MultiFetcherTest, HttpsToAPlainServerIsATlsError) {
  HttpServer a(Site{"", 404, [](const HttpRequest&) { return Html(kPage); }});
  MultiFetchOptions o = Quick();
  o.obey_robots = false;
  o.retry.max_retries = 0;
  o.fetch.connect_timeout = milliseconds(4000);  // the server answers its garbage after 2 s
  FakeTime time;
  MultiFetcher fetcher(o, &time, FixedClock());
  std::string url = "https://127.0.0.1:" + std::to_string(a.port()) + "/1";
  std::vector<Document> docs = fetcher.Fetch(Urls({url}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kTlsError) << docs[0].error;
}

// A listening socket whose accept queue is full and never drained: a
// connect to it hangs, like a host that drops SYNs.
class BlackHole {
 public:
  BlackHole() {
    listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr));
    ::listen(listen_fd_, 0);
    socklen_t len = sizeof(addr);
    ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    for (int i = 0; i < 8; ++i) {  // fill the queue
      int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
      ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr));
      fillers_.push_back(fd);
    }
  }
  ~BlackHole() {
    for (int fd : fillers_) ::close(fd);
    ::close(listen_fd_);
  }
  int port() const { return port_; }

 private:
  int listen_fd_ = -1;
  int port_ = 0;
  std::vector<int> fillers_;
};

TEST(MultiFetcherTest, ConnectPhaseTimeLimit) {
  BlackHole hole;
  MultiFetchOptions o = Quick();
  o.obey_robots = false;
  o.retry.max_retries = 0;
  o.fetch.connect_timeout = milliseconds(300);
  FakeTime time;
  MultiFetcher fetcher(o, &time, FixedClock());
  std::vector<Document> docs =
      fetcher.Fetch(Urls({"http://127.0.0.1:" + std::to_string(hole.port()) + "/1"}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kTimeout) << docs[0].error;
  EXPECT_NE(docs[0].error.find("onnect"), std::string::npos) << docs[0].error;
}

// An HTTPS server with a self-signed certificate (openssl s_server): the
// fetch must fail verification, never accept the page.
TEST(MultiFetcherTest, UnverifiableCertificateIsATlsError) {
  if (std::system("openssl version >/dev/null 2>&1") != 0) GTEST_SKIP() << "no openssl";
  char dir_template[] = "/tmp/claimdiff-tls-XXXXXX";
  ASSERT_NE(::mkdtemp(dir_template), nullptr);
  std::string dir = dir_template;
  std::string gen =
      "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 "
      "-addext subjectAltName=IP:127.0.0.1 -keyout " +
      dir + "/key.pem -out " + dir + "/cert.pem >/dev/null 2>&1";
  ASSERT_EQ(std::system(gen.c_str()), 0);
  // A free port: bind, read it, close, and hand it to s_server.
  int port;
  {
    HttpServer probe([](const HttpRequest&) { return HttpResponse{}; });
    port = probe.port();
  }
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::string accept = "127.0.0.1:" + std::to_string(port);
    std::string cert = dir + "/cert.pem", key = dir + "/key.pem";
    ::freopen("/dev/null", "w", stdout);
    ::freopen("/dev/null", "w", stderr);
    ::execlp("openssl", "openssl", "s_server", "-accept", accept.c_str(), "-cert", cert.c_str(),
             "-key", key.c_str(), "-www", "-quiet", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  // Wait until it listens.
  for (int i = 0; i < 100; ++i) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    bool up = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0;
    ::close(fd);
    if (up) break;
    std::this_thread::sleep_for(milliseconds(50));
  }
  MultiFetchOptions o = Quick();
  o.obey_robots = false;
  o.retry.max_retries = 0;
  FakeTime time;
  MultiFetcher fetcher(o, &time, FixedClock());
  std::vector<Document> docs =
      fetcher.Fetch(Urls({"https://127.0.0.1:" + std::to_string(port) + "/"}));
  ::kill(pid, SIGTERM);
  ::waitpid(pid, nullptr, 0);
  std::system(("rm -rf " + dir).c_str());
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kTlsError) << docs[0].error;
  EXPECT_NE(docs[0].error.find("certificate"), std::string::npos) << docs[0].error;
  EXPECT_TRUE(docs[0].body.empty());
}

// The night in miniature: one host down, one slow, one answering 503, and
// two healthy ones. Every input ends with an outcome, the healthy ones fetched.
TEST(MultiFetcherTest, DownSlowAndFailingHostsDoNotStopTheOthers) {
  std::string down;
  {
    HttpServer gone([](const HttpRequest&) { return HttpResponse{}; }, "127.0.0.4");
    down = gone.Url("/story");
  }
  HttpServer slow(Site{"", 404,
                       [](const HttpRequest&) {
                         HttpResponse r = Html(std::string(4000, 's'));
                         r.chunk_bytes = 10;
                         r.chunk_delay_ms = 100;
                         return r;
                       }},
                  "127.0.0.5");
  HttpServer failing(Site{"", 404,
                          [](const HttpRequest&) {
                            return HttpResponse{503, {}, ""};
                          }},
                     "127.0.0.6");
  Site good{"", 404, [](const HttpRequest&) { return Html(kPage); }};
  HttpServer g1(good, "127.0.0.7"), g2(good, "127.0.0.8");
  MultiFetchOptions o = Quick();
  o.retry.base_delay = milliseconds(200);
  RealTimeSource real;  // real waits, kept short by the options
  o.per_host_delay = milliseconds(50);
  MultiFetcher fetcher(o, &real, FixedClock());
  std::vector<Document> docs = fetcher.Fetch(Urls(
      {down, slow.Url("/story"), failing.Url("/story"), g1.Url("/a"), g1.Url("/b"), g2.Url("/a")}));
  ASSERT_EQ(docs.size(), 6u);
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kDisallowed);  // robots.txt unreachable
  EXPECT_EQ(docs[1].outcome, FetchOutcome::kTimeout);
  EXPECT_EQ(docs[2].outcome, FetchOutcome::kHttpError);
  EXPECT_EQ(docs[2].http_status, 503);
  for (size_t i = 3; i < 6; ++i) EXPECT_EQ(docs[i].outcome, FetchOutcome::kOk) << docs[i].error;
  for (const Document& d : docs) EXPECT_FALSE(d.fetched_at.empty());
}

// A RobotsCache in memory, counting what the fetcher asks and tells.
class MemoryRobotsCache : public RobotsCache {
 public:
  std::optional<RobotsAnswer> Load(const std::string& host_key) override {
    ++loads;
    auto it = answers.find(host_key);
    if (it == answers.end()) return std::nullopt;
    return it->second;
  }
  void Save(const std::string& host_key, const RobotsAnswer& answer) override {
    ++saves;
    answers[host_key] = answer;
  }
  std::map<std::string, RobotsAnswer> answers;
  int loads = 0;
  int saves = 0;
};

TEST(MultiFetcherTest, RobotsAnswersOutliveTheFetcherThroughItsCache) {
  Site site{"User-agent: *\nDisallow: /x\n", 200, [](const HttpRequest&) { return Html(kPage); }};
  HttpServer a(site);
  MemoryRobotsCache cache;
  {
    FakeTime time;
    MultiFetcher first(Quick(), &time, FixedClock());
    first.set_robots_cache(&cache);
    first.Fetch(Urls({a.Url("/1")}));
  }
  ASSERT_EQ(cache.saves, 1);
  const RobotsAnswer& saved = cache.answers.at(HostKeyOf(a.Url("/")));
  EXPECT_EQ(saved.http_status, 200);
  EXPECT_NE(saved.body.find("Disallow: /x"), std::string::npos);

  // A new fetcher (the next process) asks the cache, not the host, and obeys it.
  FakeTime time;
  MultiFetcher second(Quick(), &time, FixedClock());
  second.set_robots_cache(&cache);
  std::vector<Document> docs = second.Fetch(Urls({a.Url("/2"), a.Url("/x/3")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kOk) << docs[0].error;
  EXPECT_EQ(docs[1].outcome, FetchOutcome::kDisallowed);
  EXPECT_EQ(CountPath(a, "/robots.txt"), 1u);
  EXPECT_EQ(second.last_stats().robots_kept, 1u);
}

TEST(MultiFetcherTest, AKeptRobotsAnswerOlderThanADayIsAskedAgain) {
  Site site{"User-agent: *\nDisallow: /x\n", 200, [](const HttpRequest&) { return Html(kPage); }};
  HttpServer a(site);
  MemoryRobotsCache cache;
  cache.answers[HostKeyOf(a.Url("/"))] =
      RobotsAnswer{200, "User-agent: *\nDisallow: /\n", std::time(nullptr) - 25 * 3600};
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  fetcher.set_robots_cache(&cache);
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/1")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kOk) << docs[0].error;  // the fresh file allows /1
  EXPECT_EQ(CountPath(a, "/robots.txt"), 1u);
  EXPECT_EQ(cache.answers.at(HostKeyOf(a.Url("/"))).body, "User-agent: *\nDisallow: /x\n");
}

TEST(MultiFetcherTest, AKeptRobotsAnswerStandsInWhenTheHostFailsToAnswer) {
  Site broken{"", 503, [](const HttpRequest&) { return Html(kPage); }};
  HttpServer a(broken);
  MemoryRobotsCache cache;
  cache.answers[HostKeyOf(a.Url("/"))] =
      RobotsAnswer{200, "User-agent: *\nDisallow: /x\n", std::time(nullptr) - 72 * 3600};
  FakeTime time;
  MultiFetcher fetcher(Quick(), &time, FixedClock());
  fetcher.set_robots_cache(&cache);
  std::vector<Document> docs = fetcher.Fetch(Urls({a.Url("/1"), a.Url("/x/2")}));
  EXPECT_EQ(docs[0].outcome, FetchOutcome::kOk) << docs[0].error;
  EXPECT_EQ(docs[1].outcome, FetchOutcome::kDisallowed);
  EXPECT_EQ(CountPath(a, "/robots.txt"), 1u);
  EXPECT_EQ(cache.saves, 0);  // a 503 is never kept
}

}  // namespace
}  // namespace claimdiff::fetch
