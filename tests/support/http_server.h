// A small HTTP/1.1 server for tests, bound to 127.0.0.1 on a free port.
// Each request is answered by a handler the test gives; one connection at a
// time, "Connection: close". Tests never reach the internet.
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
  std::string path;  // with the query
  std::map<std::string, std::string> headers;  // names lower-cased
};

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
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

 private:
  void Serve();

  Handler handler_;
  std::string host_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mu_;
  std::vector<HttpRequest> requests_;  // guarded by mu_
  std::thread thread_;
};

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_SUPPORT_HTTP_SERVER_H_
