#include "app/jobs.h"

#include <gtest/gtest.h>

#include "tests/support/temp_dir.h"

namespace claimdiff::app {
namespace {

using claimdiff::testing::TempDir;

TEST(JobsTest, ReadsSettingsAndStoriesAndResolvesPaths) {
  TempDir dir;
  std::string path = dir.Write("night/jobs.toml", R"(
[settings]
store = "x.db"
reports = "out"
concurrency = 4
per_host_delay_s = 2.5
busy_timeout_s = 0.5
contact = "mailto:desk@example.org"

[[story]]
id = "s-1"
title = "First"
inputs = ["https://a.example/1", "saved/c.html"]
outlets = { "saved/c.html" = "Outlet C" }
)");
  StatusOr<JobFile> job = ReadJobFile(path);
  ASSERT_TRUE(job.ok()) << job.status().ToString();
  EXPECT_EQ(job->settings.store, "x.db");
  EXPECT_EQ(job->settings.concurrency, 4);
  EXPECT_DOUBLE_EQ(job->settings.per_host_delay_s, 2.5);
  EXPECT_DOUBLE_EQ(job->settings.busy_timeout_s, 0.5);
  ASSERT_EQ(job->stories.size(), 1u);
  const StoryJob& s = job->stories[0];
  EXPECT_EQ(s.id, "s-1");
  ASSERT_EQ(s.inputs.size(), 2u);
  EXPECT_EQ(s.inputs[0], "https://a.example/1");
  EXPECT_EQ(s.inputs[1], dir.File("night/saved/c.html"));
  EXPECT_EQ(s.outlets.at(dir.File("night/saved/c.html")), "Outlet C");
}

struct BadCase {
  const char* toml;
  const char* expect;  // in the message, after the file:line prefix
};

TEST(JobsTest, BadJobFilesNameFileLineAndProblem) {
  TempDir dir;
  const BadCase cases[] = {
      {"[[story]]\nid = \"a\"\ninputs = [\n", "jobs.toml:"},
      {"[[story]]\nid = \"a b\"\ninputs = [\"x.html\"]\n", "story.id"},
      {"[[story]]\nid = \"a\"\n", "no inputs"},
      {"[[story]]\nid = \"a\"\ninputs = [\"x\"]\n[[story]]\nid = \"a\"\ninputs = [\"y\"]\n",
       "duplicate"},
      {"[settings]\nconcurrency = 0\n[[story]]\nid = \"a\"\ninputs = [\"x\"]\n", "concurrency"},
      {"[settings]\ncolour = \"red\"\n[[story]]\nid = \"a\"\ninputs = [\"x\"]\n", "unknown setting"},
      {"[settings]\nstore = \"x.db\"\n", "no [[story]]"},
      {"[settings]\nbusy_timeout_s = -1\n[[story]]\nid = \"a\"\ninputs = [\"x\"]\n",
       "busy_timeout_s"},
      {"[limits]\nmax_sentences_per_page = 0\n[[story]]\nid = \"a\"\ninputs = [\"x\"]\n",
       "limits.max_sentences_per_page must be a whole number"},
      {"[limits]\nmax_pages = 3\n[[story]]\nid = \"a\"\ninputs = [\"x\"]\n", "unknown limit"},
      {"limits = 3\n[[story]]\nid = \"a\"\ninputs = [\"x\"]\n", "[limits] must be a table"},
  };
  for (const BadCase& c : cases) {
    std::string path = dir.Write("jobs.toml", c.toml);
    StatusOr<JobFile> job = ReadJobFile(path);
    ASSERT_FALSE(job.ok()) << c.toml;
    EXPECT_NE(job.status().message().find(path), std::string::npos) << job.status().message();
    EXPECT_NE(job.status().message().find(c.expect), std::string::npos) << job.status().message();
  }
}

TEST(JobsTest, LimitsTableSetsThePipelineLimits) {
  TempDir dir;
  std::string path = dir.Write("jobs.toml",
                               "[limits]\nmax_pages_per_story = 2\nmax_claims_per_story = 900\n"
                               "max_sentences_per_page = 300\nmax_elements_per_page = 4000\n"
                               "max_nesting_depth = 64\n[[story]]\nid = \"a\"\n"
                               "inputs = [\"x.html\", \"y.html\"]\n");
  StatusOr<JobFile> job = ReadJobFile(path);
  ASSERT_TRUE(job.ok()) << job.status().message();
  PipelineOptions o = job->settings.limits.Apply(PipelineOptions());
  EXPECT_EQ(o.max_pages_per_story, 2u);
  EXPECT_EQ(o.max_claims_per_story, 900u);
  EXPECT_EQ(o.parse.max_sentences, 300u);
  EXPECT_EQ(o.parse.extract.tree.max_elements, 4000u);
  EXPECT_EQ(o.parse.extract.tree.max_nesting_depth, 64u);
  // Without the table, the stages' defaults.
  std::string plain = dir.Write("plain.toml", "[[story]]\nid = \"a\"\ninputs = [\"x\"]\n");
  PipelineOptions d = ReadJobFile(plain)->settings.limits.Apply(PipelineOptions());
  EXPECT_EQ(d.parse.max_sentences, parse::ParseOptions{}.max_sentences);
  EXPECT_EQ(d.max_pages_per_story, PipelineOptions{}.max_pages_per_story);
}

TEST(JobsTest, DuplicateIdErrorNamesTheLine) {
  TempDir dir;
  std::string path = dir.Write(
      "jobs.toml", "[[story]]\nid = \"a\"\ninputs = [\"x\"]\n\n[[story]]\nid = \"a\"\ninputs = [\"y\"]\n");
  StatusOr<JobFile> job = ReadJobFile(path);
  ASSERT_FALSE(job.ok());
  EXPECT_NE(job.status().message().find("jobs.toml:5"), std::string::npos) << job.status().message();
}

TEST(JobsTest, BytesTheTomlReaderCannotTakeAreRefusedWithTheirLine) {
  TempDir dir;
  // Found by fuzzing: U+FE3F where white space may stand sent toml++ 3.3 to
  // an unreachable point.
  std::string crash = dir.Write("crash.toml", std::string("\xEF\xB8\xBF[s\0\0\0s:]\n", 12));
  StatusOr<JobFile> job = ReadJobFile(crash);
  ASSERT_FALSE(job.ok());
  EXPECT_NE(job.status().message().find(crash + ":1"), std::string::npos) << job.status().message();
  EXPECT_NE(job.status().message().find("non-ASCII character outside a string"),
            std::string::npos)
      << job.status().message();
  // The same fault with a Cyrillic letter (U+0481) alone.
  job = ReadJobFile(dir.Write("crash2.toml", "\xD2\x81"));
  EXPECT_FALSE(job.ok());

  std::string nul = dir.Write("nul.toml", std::string("[[story]]\nid = \"a\0\"\n", 19));
  job = ReadJobFile(nul);
  ASSERT_FALSE(job.ok());
  EXPECT_NE(job.status().message().find(nul + ":2: a NUL byte"), std::string::npos)
      << job.status().message();

  std::string latin1 = dir.Write("latin1.toml", "[[story]]\nid = \"caf\xE9\"\n");
  job = ReadJobFile(latin1);
  ASSERT_FALSE(job.ok());
  EXPECT_NE(job.status().message().find("not UTF-8"), std::string::npos);
}

TEST(JobsTest, NonAsciiTextInStringsAndCommentsIsFine) {
  TempDir dir;
  std::string path = dir.Write("jobs.toml",
                               "# Caf\xC3\xA9 \xE2\x80\x94 notes\n[[story]]\nid = \"a\"\n"
                               "title = \"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \\\" \xC3\xA9\"\n"
                               "inputs = [\"x\xC3\xA9.html\"]\n");
  StatusOr<JobFile> job = ReadJobFile(path);
  ASSERT_TRUE(job.ok()) << job.status().ToString();
  EXPECT_EQ(job->stories[0].title, "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \" \xC3\xA9");
  EXPECT_EQ(job->stories[0].inputs[0], dir.File("x\xC3\xA9.html"));
  // In a 'literal' string the same text is refused with a way out.
  std::string literal = dir.Write("literal.toml", "[[story]]\nid = \"a\"\ninputs = ['x\xC3\xA9.html']\n");
  job = ReadJobFile(literal);
  ASSERT_FALSE(job.ok());
  EXPECT_NE(job.status().message().find(literal + ":3: non-ASCII text in a 'literal' string"),
            std::string::npos)
      << job.status().message();
}

TEST(JobsTest, MissingJobFileIsNamed) {
  StatusOr<JobFile> job = ReadJobFile("/no/such/jobs.toml");
  ASSERT_FALSE(job.ok());
  EXPECT_NE(job.status().message().find("/no/such/jobs.toml"), std::string::npos);
}

TEST(JobsTest, ParsesShards) {
  StatusOr<Shard> s = ParseShard("2/5");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->index, 2u);
  EXPECT_EQ(s->count, 5u);
  for (const char* bad : {"5/5", "-1/3", "1", "a/b", "1/0", "1/2x"}) {
    EXPECT_FALSE(ParseShard(bad).ok()) << bad;
  }
}

}  // namespace
}  // namespace claimdiff::app
