// The baseline for bench/extraction: a bare Gumbo parse of whole pages.
// Reads every FILE into memory first, then parses each once with Gumbo's
// default options and frees the tree. Prints the parse seconds (file
// reading excluded), then the page count and bytes, on one line.
#include <gumbo.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "gumbo_parse: cannot read %s\n", argv[i]);
      return 1;
    }
    pages.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    bytes += pages.back().size();
  }
  size_t nodes = 0;
  auto start = std::chrono::steady_clock::now();
  for (const std::string& page : pages) {
    GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
    nodes += out->root->v.element.children.length;  // keeps the parse observable
    gumbo_destroy_output(&kGumboDefaultOptions, out);
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%.4f %zu %zu %zu\n", secs, pages.size(), bytes, nodes);
  return 0;
}
