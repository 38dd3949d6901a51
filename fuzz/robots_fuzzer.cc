// robots.txt parsing and path matching: any file and any path give an
// answer, in time linear-ish in their sizes, and "/robots.txt" is always
// allowed. The input's first line is the path to ask about.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fetch/robots.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view all(reinterpret_cast<const char*>(data), size);
  size_t nl = all.find('\n');
  std::string_view path = nl == std::string_view::npos ? all : all.substr(0, nl);
  std::string_view text = nl == std::string_view::npos ? std::string_view() : all.substr(nl + 1);
  for (std::string_view agent : {"claimdiff", "*"}) {
    claimdiff::fetch::RobotsRules rules = claimdiff::fetch::RobotsRules::Parse(text, agent);
    (void)rules.Allowed(path);
    if (!rules.Allowed("/robots.txt")) std::abort();
    if (rules.crawl_delay() && !(*rules.crawl_delay() >= 0)) std::abort();
  }
  // The glob matcher alone, with the same text as both pattern and path.
  (void)claimdiff::fetch::RobotsPatternMatches(path, text);
  return 0;
}
