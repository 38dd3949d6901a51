#include "fetch/fetcher.h"

#include <gtest/gtest.h>

#include "tests/support/temp_dir.h"

namespace claimdiff::fetch {
namespace {

using claimdiff::testing::TempDir;

TEST(FetcherTest, ReadsLocalFilesAndMarksTextFiles) {
  TempDir dir;
  std::string html = dir.Write("page.html", "<p>x</p>");
  std::string txt = dir.Write("story.txt", "Plain text.");
  Document a = ReadLocalInput(html, false, [] { return std::string("2026-11-25T00:00:00Z"); });
  EXPECT_EQ(a.outcome, FetchOutcome::kOk);
  EXPECT_FALSE(a.plain_text);
  EXPECT_EQ(a.body, "<p>x</p>");
  EXPECT_EQ(a.url.rfind("file://", 0), 0u);
  EXPECT_EQ(a.fetched_at, "2026-11-25T00:00:00Z");
  Document b = ReadLocalInput(txt, false);
  EXPECT_TRUE(b.plain_text);
  Document c = ReadLocalInput(html, /*as_text=*/true);
  EXPECT_TRUE(c.plain_text);
}

TEST(FetcherTest, MissingFileIsAFileErrorNamingIt) {
  Document doc = ReadLocalInput("/nonexistent/page.html", false);
  EXPECT_EQ(doc.outcome, FetchOutcome::kFileError);
  EXPECT_NE(doc.error.find("/nonexistent/page.html"), std::string::npos);
}

TEST(FetcherTest, ExpandsFoldersIntoSortedArticleFiles) {
  TempDir dir;
  dir.Write("b.html", "b");
  dir.Write("a.txt", "a");
  dir.Write("notes.md", "skip me");
  StatusOr<std::vector<std::string>> inputs =
      ExpandInputs({dir.path(), "https://example.org/x", "-"});
  ASSERT_TRUE(inputs.ok()) << inputs.status().ToString();
  std::vector<std::string> want = {dir.File("a.txt"), dir.File("b.html"), "https://example.org/x",
                                   "-"};
  EXPECT_EQ(*inputs, want);
  StatusOr<std::vector<std::string>> missing = ExpandInputs({dir.File("nope")});
  EXPECT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("nope"), std::string::npos);
}

}  // namespace
}  // namespace claimdiff::fetch
