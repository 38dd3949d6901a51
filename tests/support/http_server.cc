#include "tests/support/http_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <stdexcept>

namespace claimdiff::testing {

namespace {

const char* Reason(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 303:
      return "See Other";
    case 304:
      return "Not Modified";
    case 307:
      return "Temporary Redirect";
    case 308:
      return "Permanent Redirect";
    case 401:
      return "Unauthorized";
    case 402:
      return "Payment Required";
    case 403:
      return "Forbidden";
    case 408:
      return "Request Timeout";
    case 404:
      return "Not Found";
    case 429:
      return "Too Many Requests";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
    default:
      return "Status";
  }
}

HttpRequest ParseRequest(const std::string& head) {
  HttpRequest r;
  size_t line_end = head.find("\r\n");
  std::string first = head.substr(0, line_end);
  size_t sp1 = first.find(' ');
  size_t sp2 = first.find(' ', sp1 + 1);
  r.method = first.substr(0, sp1);
  r.path = first.substr(sp1 + 1, sp2 - sp1 - 1);
  size_t pos = line_end + 2;
  while (pos < head.size()) {
    size_t end = head.find("\r\n", pos);
    if (end == std::string::npos || end == pos) break;
    std::string line = head.substr(pos, end - pos);
    size_t colon = line.find(':');
    if (colon != std::string::npos) {
      std::string name = line.substr(0, colon);
      std::transform(name.begin(), name.end(), name.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      size_t v = line.find_first_not_of(' ', colon + 1);
      r.headers[name] = v == std::string::npos ? "" : line.substr(v);
    }
    pos = end + 2;
  }
  return r;
}

bool SendAll(int fd, const std::string& data) {
  size_t sent = 0;
  while (sent < data.size()) {
    ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

HttpServer::HttpServer(Handler handler, const std::string& host)
    : handler_(std::move(handler)), host_(host) {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (listen_fd_ < 0) throw std::runtime_error("socket failed");
  int one = 1;
  ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = 0;
  if (::inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1 ||
      (ntohl(addr.sin_addr.s_addr) >> 24) != 127) {
    throw std::runtime_error("test servers bind to loopback only");
  }
  if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 ||
      ::listen(listen_fd_, 128) != 0) {
    throw std::runtime_error("bind/listen failed");
  }
  socklen_t len = sizeof(addr);
  ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  thread_ = std::thread([this] { Serve(); });
}

HttpServer::~HttpServer() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
  ::close(listen_fd_);
}

std::string HttpServer::Url(const std::string& path) const {
  return "http://" + host_ + ":" + std::to_string(port_) + path;
}

std::vector<HttpRequest> HttpServer::Requests() const {
  std::lock_guard<std::mutex> lock(mu_);
  return requests_;
}

void HttpServer::Serve() {
  while (!stop_) {
    pollfd pfd{listen_fd_, POLLIN, 0};
    if (::poll(&pfd, 1, 50) <= 0) continue;
    int fd = ::accept(listen_fd_, nullptr, nullptr);
    if (fd < 0) continue;
    if (ServeConnection(fd)) {
      ::shutdown(fd, SHUT_WR);
      ::close(fd);
    }
  }
}

bool HttpServer::ServeConnection(int fd) {
  auto nap = [this](int ms) {
    for (int waited = 0; waited < ms && !stop_; waited += 10) {
      std::this_thread::sleep_for(std::chrono::milliseconds(std::min(10, ms - waited)));
    }
  };
  std::string pending;
  char buf[4096];
  while (!stop_) {
    size_t end;
    while ((end = pending.find("\r\n\r\n")) == std::string::npos && pending.size() < (1 << 20)) {
      pollfd cfd{fd, POLLIN, 0};
      if (::poll(&cfd, 1, 2000) <= 0) break;
      ssize_t n = ::recv(fd, buf, sizeof(buf), 0);
      if (n <= 0) break;
      pending.append(buf, static_cast<size_t>(n));
    }
    if (pending.empty()) return true;  // the client closed, or said nothing
    std::string head = end == std::string::npos ? pending : pending.substr(0, end + 4);
    pending.erase(0, head.size());
    HttpRequest request = ParseRequest(head);
    {
      std::lock_guard<std::mutex> lock(mu_);
      requests_.push_back(request);
    }
    HttpResponse response = handler_(request);
    nap(response.delay_ms);
    std::string out =
        "HTTP/1.1 " + std::to_string(response.status) + " " + Reason(response.status) + "\r\n";
    bool has_length = false;
    for (const auto& [name, value] : response.headers) {
      out += name + ": " + value + "\r\n";
      std::string lower = name;
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      has_length = has_length || lower == "content-length";
    }
    if (!has_length) out += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
    bool keep = keep_alive_ && end != std::string::npos;
    out += keep ? "\r\n" : "Connection: close\r\n\r\n";
    if (request.method == "HEAD") {
      SendAll(fd, out);
    } else if (response.reset_mid_body) {
      SendAll(fd, out + response.body.substr(0, response.body.size() / 2));
      linger hard{1, 0};  // close with RST instead of FIN
      ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
      ::close(fd);
      return false;
    } else if (response.chunk_bytes > 0) {
      SendAll(fd, out);
      for (size_t pos = 0; pos < response.body.size() && !stop_; pos += response.chunk_bytes) {
        nap(response.chunk_delay_ms);
        if (!SendAll(fd, response.body.substr(pos, response.chunk_bytes))) return true;
      }
    } else {
      SendAll(fd, out + response.body);
    }
    if (!keep) return true;
  }
  return true;
}

}  // namespace claimdiff::testing
