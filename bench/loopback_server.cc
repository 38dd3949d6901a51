// A loopback web server for bench/fetch: N hosts (127.0.0.1 .. 127.0.0.N,
// one port each), each serving robots.txt and synthetic article pages
// /p/<k> of about --size bytes with an ETag, answering 304 to a matching
// If-None-Match. HTTP/1.1 keep-alive, one thread per host (the fetcher
// keeps one connection per host). Prints one "http://127.0.0.X:PORT" line
// per host, then "ready", and serves until killed.
//
// --first K numbers the hosts from 127.0.0.K; --behaviour makes every page
// (not robots.txt) misbehave: "slow" trickles it at 100 bytes/s, "503"
// answers 503 Service Unavailable. --root DIR serves files instead of
// synthetic pages: host number i (0-based) serves DIR/i/<path>, with an
// ETag that is a hash of the file's bytes (so an edited file gets a new
// one); used by bench/nightly.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

std::string PageBody(int host, int page, size_t size) {
  std::string body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story " +
                     std::to_string(page) + " on host " + std::to_string(host) +
                     "</title></head><body><article><h1>Story " + std::to_string(page) + "</h1>";
  int para = 0;
  while (body.size() < size) {
    body += "<p>Paragraph " + std::to_string(++para) + " of story " + std::to_string(page) +
            ": the council said on Tuesday that " + std::to_string(page * 7 + para) +
            " residents had been moved to shelters, according to officials.</p>";
  }
  return body + "</article></body></html>";
}

enum class Behaviour { kOk, kSlow, k503 };

// FNV-1a, 64 bits: a file's ETag.
std::string ContentTag(const std::string& bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[24];
  std::snprintf(buf, sizeof(buf), "\"%016llx\"", static_cast<unsigned long long>(h));
  return buf;
}

// The file under `root` for `path` of host `index`, or nullopt.
bool ReadServed(const std::string& root, int index, const std::string& path, std::string* out) {
  if (path.find("..") != std::string::npos || path.empty() || path[0] != '/') return false;
  std::ifstream in(root + "/" + std::to_string(index) + path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buf;
  buf << in.rdbuf();
  *out = buf.str();
  return true;
}

void ServeConnection(int fd, int host, size_t size, Behaviour behaviour, const std::string& root,
                     int index) {
  std::string in;
  char buf[8192];
  while (true) {
    size_t end;
    while ((end = in.find("\r\n\r\n")) == std::string::npos) {
      ssize_t n = ::recv(fd, buf, sizeof(buf), 0);
      if (n <= 0) return;
      in.append(buf, static_cast<size_t>(n));
    }
    std::string head = in.substr(0, end);
    in.erase(0, end + 4);
    size_t sp1 = head.find(' '), sp2 = head.find(' ', sp1 + 1);
    std::string path = head.substr(sp1 + 1, sp2 - sp1 - 1);
    std::string inm;
    if (size_t p = head.find("\r\nIf-None-Match: "); p != std::string::npos) {
      size_t e = head.find("\r\n", p + 2);
      inm = head.substr(p + 17, e == std::string::npos ? std::string::npos : e - p - 17);
    }
    std::string status = "200 OK", type = "text/html; charset=utf-8", body, etag;
    if (path == "/robots.txt") {
      type = "text/plain";
      body = "User-agent: *\nDisallow: /private/\n";
    } else if (behaviour == Behaviour::k503) {
      status = "503 Service Unavailable";
      body = "down for maintenance";
    } else if (!root.empty()) {
      std::string file;
      if (ReadServed(root, index, path, &file)) {
        etag = ContentTag(file);
        if (inm == etag) {
          status = "304 Not Modified";
        } else {
          body = std::move(file);
        }
      } else {
        status = "404 Not Found";
        body = "not here";
      }
    } else if (path.rfind("/p/", 0) == 0) {
      int page = std::atoi(path.c_str() + 3);
      etag = "\"h" + std::to_string(host) + "p" + std::to_string(page) + "\"";
      if (inm == etag) {
        status = "304 Not Modified";
      } else {
        body = PageBody(host, page, size);
      }
    } else {
      status = "404 Not Found";
      body = "not here";
    }
    std::string out = "HTTP/1.1 " + status + "\r\nContent-Type: " + type +
                      "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    if (!etag.empty()) out += "ETag: " + etag + "\r\n";
    out += "\r\n" + body;
    if (behaviour == Behaviour::kSlow && path != "/robots.txt") {
      for (size_t pos = 0; pos < out.size(); pos += 10) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (::send(fd, out.data() + pos, std::min<size_t>(10, out.size() - pos), MSG_NOSIGNAL) <=
            0) {
          return;
        }
      }
      continue;
    }
    size_t sent = 0;
    while (sent < out.size()) {
      ssize_t n = ::send(fd, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return;
      sent += static_cast<size_t>(n);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  int hosts = 20;
  int first = 1;
  size_t size = 20000;
  Behaviour behaviour = Behaviour::kOk;
  std::string root;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--hosts") == 0) hosts = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--first") == 0) first = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--behaviour") == 0) {
      std::string b = argv[i + 1];
      behaviour = b == "slow" ? Behaviour::kSlow : b == "503" ? Behaviour::k503 : Behaviour::kOk;
    }
    if (std::strcmp(argv[i], "--root") == 0) root = argv[i + 1];
    if (std::strcmp(argv[i], "--size") == 0) size = std::strtoul(argv[i + 1], nullptr, 10);
  }
  if (hosts < 1 || first < 1 || first + hosts > 255) {
    std::fprintf(stderr, "loopback_server: hosts must lie in 127.0.0.1..254\n");
    return 2;
  }
  std::vector<std::thread> threads;
  for (int h = first; h < first + hosts; ++h) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    std::string ip = "127.0.0." + std::to_string(h);
    ::inet_pton(AF_INET, ip.c_str(), &addr.sin_addr);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 ||
        ::listen(fd, 64) != 0) {
      std::fprintf(stderr, "loopback_server: cannot listen on %s\n", ip.c_str());
      return 1;
    }
    socklen_t len = sizeof(addr);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    std::printf("http://%s:%d\n", ip.c_str(), ntohs(addr.sin_port));
    threads.emplace_back([fd, h, size, behaviour, root, first] {
      while (true) {
        int c = ::accept(fd, nullptr, nullptr);
        if (c < 0) continue;
        // Connections of one host are served one after the other.
        ServeConnection(c, h, size, behaviour, root, h - first);
        ::close(c);
      }
    });
  }
  std::printf("ready\n");
  std::fflush(stdout);
  for (std::thread& t : threads) t.join();
}
