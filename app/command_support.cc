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

std::string NamingInput(const std::string& input, const std::string& error) {
  if (error.size() > input.size() && error.compare(0, input.size(), input) == 0 &&
      error.compare(input.size(), 2, ": ") == 0) {
    return error;
  }
  return input + ": " + error;
}

void SetFetchDetails(const std::vector<Document>& documents, reports::StoryPageOptions* page) {
  page->fetched_at.clear();
  page->redirects.clear();
  for (const Document& d : documents) {
    page->fetched_at.push_back(d.fetched_at);
    std::vector<std::string> chain;
    if (!d.redirects.empty()) {
      chain = d.redirects;
      chain.push_back(d.final_url);
    }
    page->redirects.push_back(std::move(chain));
  }
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
