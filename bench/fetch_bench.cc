// bench/fetch's client: fetches --pages pages spread over the host URLs read
// from standard input (one "http://127.0.0.X:PORT" per line) with
// MultiFetcher, pause 0, twice: the second run sends the validators and body
// hashes of the first, as a nightly re-run does. Prints pages per second,
// outcomes, how many documents a run would hand to the parser (all but
// "unchanged"), and the process's resident memory as the run goes.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "core/hash.h"
#include "fetch/multi_fetcher.h"

namespace {

long CurrentRssKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return -1;
}

long PeakRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace claimdiff;
  size_t pages = 2000;
  int parallel = 8;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--pages") == 0) pages = std::strtoul(argv[i + 1], nullptr, 10);
    if (std::strcmp(argv[i], "--parallel") == 0) parallel = std::atoi(argv[i + 1]);
  }
  std::vector<std::string> hosts;
  for (std::string line; std::getline(std::cin, line);) {
    if (line.rfind("http://", 0) == 0) hosts.push_back(line);
  }
  if (hosts.empty()) {
    std::fprintf(stderr, "fetch_bench: no host URLs on standard input\n");
    return 2;
  }
  std::vector<fetch::FetchRequest> requests;
  for (size_t i = 0; i < pages; ++i) {
    requests.push_back(
        {hosts[i % hosts.size()] + "/p/" + std::to_string(i / hosts.size()), {}, ""});
  }

  fetch::MultiFetchOptions options;
  options.per_host_delay = std::chrono::milliseconds(0);
  options.max_hosts_in_parallel = parallel;
  options.fetch.user_agent = "claimdiff/bench (+https://example.org/claimdiff-contact)";
  fetch::MultiFetcher fetcher(options);

  std::printf("pages %zu, hosts %zu, hosts in parallel %d, pause 0\n", pages, hosts.size(),
              parallel);
  for (int round = 1; round <= 2; ++round) {
    std::map<std::string, size_t> outcomes;
    size_t to_parse = 0, bytes = 0, done = 0;
    std::vector<long> rss;
    auto start = std::chrono::steady_clock::now();
    fetcher.FetchEach(requests, [&](size_t i, Document&& d) {
      ++outcomes[std::string(FetchOutcomeName(d.outcome))];
      if (d.outcome != FetchOutcome::kUnchanged) ++to_parse;
      bytes += d.body.size();
      if (round == 1 && d.outcome == FetchOutcome::kOk) {
        requests[i].validators = fetch::Validators{d.etag, d.last_modified};
        requests[i].last_body_hash = Hash128Hex(d.body);
      }
      if (++done % (pages / 4 == 0 ? 1 : pages / 4) == 0) rss.push_back(CurrentRssKb());
    });
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const fetch::FetchStats& st = fetcher.last_stats();
    std::printf(
        "run %d (%s): %.2f s, %.0f pages/s, %.1f MB of bodies, %zu requests (%zu robots.txt)\n",
        round, round == 1 ? "cold" : "re-run, all validators", secs, pages / secs, bytes / 1e6,
        st.requests, st.robots_fetches);
    std::printf("  outcomes:");
    for (const auto& [name, n] : outcomes) std::printf(" %s=%zu", name.c_str(), n);
    std::printf("\n  documents that would be parsed: %zu\n  RSS at each quarter (KB):", to_parse);
    for (long r : rss) std::printf(" %ld", r);
    std::printf("\n  peak RSS so far: %ld KB\n", PeakRssKb());
  }
  return 0;
}
