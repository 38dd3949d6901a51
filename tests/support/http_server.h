// A small HTTP/1.1 server for tests, bound to 127.0.0.1 on a free port.
// Each request is answered by a handler the test gives; one connection at a
// time, "Connection: close" unless keep-alive is asked for. Tests never reach
// the internet. Several
// servers on 127.0.0.2, 127.0.0.3, ... act as several hosts.
#ifndef CLAIMDIFF_TESTS_SUPPORT_HTTP_SERVER_H_
#define CLAIMDIFF_TESTS_SUPPORT_HTTP_SERVER_H_

#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace claimdiff::testing {

struct HttpRequest {
  std::string method;
  std::string path;                            // with the query
  std::map<std::string, std::string> headers;  // names lower-cased
};

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // Misbehaviour on demand, for the fetcher's limits:
  int delay_ms = 0;             // wait this long before answering at all
  size_t chunk_bytes = 0;       // > 0: send the body in pieces of this size ...
  int chunk_delay_ms = 0;       // ... with this pause between them (a slow body)
  bool reset_mid_body = false;  // send half the body, then reset the connection
};

class HttpServer {
 public:
  using Handler = std::function<HttpResponse(const HttpRequest&)>;

  // Starts listening at once; `host` must be a loopback address.
  explicit HttpServer(Handler handler, const std::string& host = "127.0.0.1");
  ~HttpServer();  // stops and joins
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  int port() const { return port_; }
  // "http://127.0.0.1:PORT" + path.
  std::string Url(const std::string& path) const;
  // The requests received so far.
  std::vector<HttpRequest> Requests() const;

  // Keep connections open for further requests (HTTP/1.1 keep-alive)
  // instead of "Connection: close". Set before the first request.
  void set_keep_alive(bool keep) { keep_alive_ = keep; }

 private:
  void Serve();
  // Answers the requests on one connection; false when it closed `fd`.
  bool ServeConnection(int fd);

  Handler handler_;
  std::string host_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<bool> keep_alive_{false};
  mutable std::mutex mu_;
  std::vector<HttpRequest> requests_;  // guarded by mu_
  std::thread thread_;
};

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_SUPPORT_HTTP_SERVER_H_
