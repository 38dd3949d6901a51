#include "app/command_support.h"

#include <algorithm>
#include <chrono>

#include "app/build_info.h"

namespace claimdiff::app {

std::string UserAgent(const std::string& contact) {
  std::string ua = std::string("claimdiff/") + kBuildVersion;
  if (!contact.empty()) ua += " (+" + contact + ")";
  return ua;
}

std::vector<std::string> FetchTimes(const std::vector<Document>& documents) {
  std::vector<std::string> times;
  for (const Document& d : documents) times.push_back(d.fetched_at);
  return times;
}

fetch::MultiFetchOptions FetcherOptions(int concurrency, double per_host_delay_s,
                                        const std::string& contact) {
  fetch::MultiFetchOptions o;
  o.fetch.user_agent = UserAgent(contact);
  o.max_hosts_in_parallel = std::max(1, concurrency);
  o.per_host_delay = std::chrono::milliseconds(
      static_cast<long long>(std::max(0.0, per_host_delay_s) * 1000));
  return o;
}

}  // namespace claimdiff::app
