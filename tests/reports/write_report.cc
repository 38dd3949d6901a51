// Writes the hostile fixture story's report for the browser test:
// OUT_DIR/hostile.html (with a "changed since the last run" section) and
// OUT_DIR/index.html. Usage: report_fixture_writer OUT_DIR
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "reports/changes.h"
#include "reports/html.h"
#include "reports/index.h"
#include "tests/reports/fixtures.h"

namespace {

bool Write(const std::filesystem::path& path, const std::string& content) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f << content;
  return static_cast<bool>(f);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace claimdiff;
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
    return 2;
  }
  std::filesystem::path dir(argv[1]);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  Story story = testing::RichStory();
  reports::StoryChanges changes = reports::ComputeChanges(testing::PreviousRichStory(), story);
  reports::StoryPageOptions page;
  page.changes = &changes;
  page.index_href = "index.html";
  page.fetched_at = {"2026-11-25T02:00:00Z", "2026-11-25T02:00:01Z", "2026-11-25T02:00:02Z",
                     "2026-11-25T02:00:03Z"};
  std::vector<reports::IndexEntry> entries = {
      reports::MakeIndexEntry(story, "hostile.html", &changes)};
  if (!Write(dir / "hostile.html", reports::RenderStoryHtml(story, page)) ||
      !Write(dir / "index.html", reports::RenderIndexHtml("Run <script>x</script>", entries))) {
    std::fprintf(stderr, "%s: cannot write the report\n", argv[1]);
    return 1;
  }
  return 0;
}
