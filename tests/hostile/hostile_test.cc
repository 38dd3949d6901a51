// Hostile input: pages, texts, pair files and job files made to break a
// parser or to stall a night. Each must either work within the limits
// (parse/parse.h, app/pipeline.h, app/jobs.h) or fail with one clear
// message; nothing may crash or hang, and the store must stay sound.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/commands.h"
#include "app/jobs.h"
#include "app/pipeline.h"
#include "core/json.h"
#include "core/model.h"
#include "core/text.h"
#include "parse/parse.h"
#include "tests/support/call_main.h"
#include "tests/support/store_query.h"
#include "tests/support/temp_dir.h"

namespace claimdiff {
namespace {

using claimdiff::testing::ReadFile;
using claimdiff::testing::TempDir;

using Result = claimdiff::testing::MainResult;

Result Call(std::vector<std::string> args) { return claimdiff::testing::CallMain(std::move(args)); }

std::string Repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out.append(s);
  return out;
}

Article ParseHtml(std::string html, const parse::ParseOptions& options = {}) {
  Document doc;
  doc.input = "page.html";
  doc.url = "https://example.org/story";
  doc.content_type = "text/html";
  doc.body = std::move(html);
  return parse::ParseDocument(doc, options);
}

Article ParseText(std::string text) {
  Document doc;
  doc.input = "story.txt";
  doc.url = "file:///story.txt";
  doc.plain_text = true;
  doc.body = std::move(text);
  return parse::ParseDocument(doc, {});
}

// Every string an Article carries is well-formed UTF-8 and every claim's
// span slices back to its text.
void ExpectSound(const Article& a) {
  for (const std::string* s : {&a.url, &a.outlet, &a.title, &a.byline, &a.language, &a.text}) {
    EXPECT_TRUE(IsValidUtf8(*s)) << *s;
  }
  if (a.published) EXPECT_TRUE(IsValidUtf8(*a.published));
  for (const std::string& c : a.captions) EXPECT_TRUE(IsValidUtf8(c));
  for (const Claim& c : a.claims) {
    ASSERT_LE(c.span.end, a.text.size());
    ASSERT_LE(c.span.start, c.span.end);
    EXPECT_EQ(a.text.compare(c.span.start, c.span.size(), c.text), 0);
    for (const Attribution& at : c.attributions) {
      EXPECT_LE(at.content.end, a.text.size());
      EXPECT_TRUE(IsValidUtf8(at.source.name));
    }
  }
  // The JSON writer takes it, and what it writes reads back.
  std::string json = DumpJson(ArticleToJson(a));
  EXPECT_NO_THROW((void)Json::parse(json));
}

bool HasWarning(const Article& a, std::string_view words) {
  for (const std::string& w : a.warnings) {
    if (w.find(words) != std::string::npos) return true;
  }
  return false;
}

const char kParagraph[] =
    "<p>The harbour master said that 1,200 residents left the town before the storm reached "
    "the coast on Friday.</p>";

TEST(HostileTest, HundredThousandNestedElementsKeepTheirText) {
  Article a = ParseHtml("<html><body>" + Repeat("<div>", 100'000) + kParagraph +
                        Repeat("</div>", 100'000) + "</body></html>");
  ExpectSound(a);
  EXPECT_FALSE(a.error.has_value()) << *a.error;
  EXPECT_NE(a.text.find("1,200 residents left the town"), std::string::npos);
  EXPECT_TRUE(HasWarning(a, "nested deeper than 512 levels")) << a.warnings.size();
}

TEST(HostileTest, DeepMixedAndUnclosedMarkupEndsWithAnAnswer) {
  // Formatting elements, tables and lists, never closed: the parser's
  // slowest paths.
  Article a = ParseHtml("<html><body>" + Repeat("<b><i><table><tr><td><ul><li><span>", 20'000) +
                        kParagraph);
  ExpectSound(a);
  EXPECT_TRUE(HasWarning(a, "nested deeper"));
}

TEST(HostileTest, UnclosedParagraphsAreNotDeepNesting) {
  // <p> and <li> close themselves; a long page of them is ordinary.
  std::string html = "<html><body><article>";
  for (int i = 0; i < 2'000; ++i) {
    html += "<p>Paragraph " + std::to_string(i) + " says the river rose again overnight.";
  }
  Article a = ParseHtml(html + "</article></body></html>");
  ExpectSound(a);
  EXPECT_TRUE(a.warnings.empty()) << a.warnings[0];
  EXPECT_NE(a.text.find("Paragraph 1999 says"), std::string::npos);
}

TEST(HostileTest, TenMebibyteSingleLine) {
  std::string head = "<html><body><p>";
  std::string tail = "</p></body></html>";
  std::string words = Repeat("water ", ((10u << 20) - head.size() - tail.size()) / 6);
  std::string html = head + words + tail;
  ASSERT_LE(html.size(), 10u << 20);
  ASSERT_GT(html.size(), (10u << 20) - 8);
  Article a = ParseHtml(html);
  ExpectSound(a);
  EXPECT_FALSE(a.error.has_value());
  EXPECT_GT(a.text.size(), 10'000'000u);

  // The same size of plain text, sentences on one line: cut at the
  // sentence limit with a warning.
  Article t = ParseText(Repeat("The minister said the figure was 12. ", (10u << 20) / 37));
  ExpectSound(t);
  EXPECT_EQ(t.claims.size(), parse::ParseOptions{}.max_sentences);
  EXPECT_TRUE(HasWarning(t, "sentences: the rest of the text was not analysed"));
}

TEST(HostileTest, NulBytesInMarkupAndText) {
  using namespace std::string_literals;
  Article a = ParseHtml(
      "<html><head><title>Flood\0 news</title><meta property=\"og:site_name\" "
      "content=\"Ledger\0\"></head><body><p>The mayor\0 said that 1,200\0 people left the town "
      "on Friday night.</p>"s +
      std::string(1000, '\0') + "<p>More text \0here, long enough to be part of the article.</p>"s);
  ExpectSound(a);
  EXPECT_NE(a.text.find("people left the town"), std::string::npos);

  Article t = ParseText("The mayor\0 said \"1,200\0 people\" left.\0\0 Then\0 it rained."s);
  ExpectSound(t);
  EXPECT_FALSE(t.claims.empty());
}

TEST(HostileTest, InvalidUtf8InEveryFieldOfAPage) {
  const std::string bad = "\xff\xfe\xc3\x28\xed\xa0\x80\xf8\x88\x80\x80\x80\xc0\xaf";
  std::string html =
      "<html lang=\"en" + bad + "\"><head><title>Title " + bad + "</title>" +
      "<meta property=\"og:site_name\" content=\"Outlet" + bad + "\">" +
      "<meta name=\"author\" content=\"Ana " + bad + "Ruiz\">" +
      "<meta property=\"article:published_time\" content=\"2026-11-2" + bad + "\">" +
      "<link rel=\"canonical\" href=\"https://example.org/" + bad + "\">" +
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H" + bad +
      "\",\"articleBody\":\"Body " + bad + "\",\"author\":{\"name\":\"N" + bad + "\"}}</script>" +
      "</head><body><article><figure><img src=x><figcaption>Photo " + bad +
      " via Getty Images</figcaption></figure><p>The mayor " + bad +
      " said that 1,200 residents left the town on Friday night, \"" + bad +
      " all of them\".</p><p>Officials" + bad + " said the bridge would stay closed.</p>" +
      "</article></body></html>";
  for (const char* type : {"text/html", "text/html; charset=utf-8", "text/html; charset="}) {
    Document doc;
    doc.input = "page.html";
    doc.url = "https://example.org/story";
    doc.content_type = type;
    doc.body = html;
    Article a = parse::ParseDocument(doc, {});
    ExpectSound(a);
    EXPECT_NE(a.text.find("residents left the town"), std::string::npos) << type;
  }
  ExpectSound(ParseText("The mayor " + bad + " said \"" + bad + "\" and left. " + bad));
}

TEST(HostileTest, InvalidUtf8InPairFilesAndJobFiles) {
  TempDir dir;
  const std::string bad = "\xff\xc3\x28\xed\xa0\x80";
  std::string pairs = dir.Write("pairs.tsv", "id" + bad + "\tThe mayor" + bad +
                                                 " said 12 people left.\tThe mayor said 12 " +
                                                 bad + "people left.\n");
  Result r = Call({"match", pairs});
  EXPECT_EQ(r.code, 0) << r.err;
  Json line = Json::parse(r.out);  // well-formed: bad bytes were replaced
  EXPECT_TRUE(line.contains("verdict"));

  for (const std::string& field : {"id = \"s" + bad + "\"", "title = \"T" + bad + "\"",
                                   "inputs = [\"p" + bad + ".html\"]", "# " + bad}) {
    std::string toml = "[[story]]\n" + field + "\n";
    if (field.rfind("id", 0) != 0) toml += "id = \"s1\"\n";
    if (field.rfind("inputs", 0) != 0) toml += "inputs = [\"page.html\"]\n";
    std::string job = dir.Write("job.toml", toml);
    StatusOr<app::JobFile> read = app::ReadJobFile(job);
    if (!read.ok()) {
      EXPECT_NE(read.status().message().find(job), std::string::npos) << read.status().message();
    } else {
      ASSERT_EQ(read->stories.size(), 1u);
      EXPECT_TRUE(IsValidUtf8(read->stories[0].title));
    }
  }
}

TEST(HostileTest, MillionTinyParagraphs) {
  Article a = ParseHtml("<html><body>" + Repeat("<p>a.</p>", 1'000'000) + "</body></html>");
  ExpectSound(a);
  EXPECT_TRUE(HasWarning(a, "elements: the rest of the page was not read"));

  // One page of a million one-line paragraphs of plain text.
  Article t = ParseText(Repeat("It rained.\n\n", 1'000'000));
  ExpectSound(t);
  EXPECT_EQ(t.claims.size(), parse::ParseOptions{}.max_sentences);
}

TEST(HostileTest, QuotesNeverClosed) {
  Article t = ParseText("He said \"" + Repeat("It goes on and on. ", 50'000));
  ExpectSound(t);
  EXPECT_LE(t.claims.size(), parse::ParseOptions{}.max_sentences);
  Article m = ParseText(Repeat("\xe2\x80\x9cShe said \xe2\x80\x98no. \"Then \xe2\x80\x9d yes. ", 5'000));
  ExpectSound(m);
  Article h = ParseHtml("<html><body><p>The mayor said \"" + Repeat("nothing would change ", 2'000) +
                        "</p><p>\xe2\x80\x9c" + Repeat("Still open. ", 3'000) + "</p></body></html>");
  ExpectSound(h);
}

TEST(HostileTest, FourHundredDigitNumbers) {
  const std::string big(400, '9');
  Claim c = parse::ClaimFromSentence("The council said " + big + " people and 0." +
                                     std::string(400, '0') + "1 tonnes were moved.");
  EXPECT_FALSE(c.numbers.empty());
  ExpectSound(ParseText("The council said " + big + "." + big + " people left. " + big + big));

  TempDir dir;
  std::string pairs = dir.Write(
      "pairs.tsv", "same\tThe council said " + big + " people left.\tThe council said " + big +
                       " people left.\n" + "differ\tThe council said " + big +
                       " people left.\tThe council said 12 people left.\n");
  Result r = Call({"match", pairs});
  ASSERT_EQ(r.code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string same, differ;
  std::getline(lines, same);
  std::getline(lines, differ);
  EXPECT_EQ(Json::parse(same)["verdict"], "match");
  Json d = Json::parse(differ);
  EXPECT_EQ(d["verdict"], "differ") << differ;
  ASSERT_FALSE(d["conflicts"].empty()) << differ;
  EXPECT_EQ(d["conflicts"][0]["type"], "number");
}

std::string OutletPage(int i) {
  return "<html><head><meta property=\"og:site_name\" content=\"Outlet " + std::to_string(i) +
         "\"><title>Flood in Kestrel Bay</title></head><body><article>"
         "<p>About " +
         std::to_string(1000 + (i % 7) * 100) +
         " residents were evacuated from Kestrel Bay on Friday, the mayor said.</p>"
         "<p>The bridge on Route 9 was closed to traffic while engineers inspected it.</p>"
         "<p>Outlet " +
         std::to_string(i) + " spoke to a shop owner who said the water rose within an hour.</p>"
         "</article></body></html>";
}

TEST(HostileTest, StoryWithTwoHundredOutlets) {
  TempDir dir;
  std::vector<std::string> args = {"compare", "--delay", "0", "--json", dir.File("story.json")};
  for (int i = 0; i < 200; ++i) {
    args.push_back(dir.Write("o" + std::to_string(i) + ".html", OutletPage(i)));
  }
  Result r = Call(args);
  ASSERT_EQ(r.code, 0) << r.err.substr(0, 2000);
  Json story = Json::parse(ReadFile(dir.File("story.json")));
  EXPECT_EQ(story["outlets"].size(), 200u);
  size_t biggest = 0;
  for (const Json& cluster : story["clusters"]) {
    std::set<int> outlets;
    for (const Json& m : cluster["members"]) {
      EXPECT_TRUE(outlets.insert(m["outlet_index"].get<int>()).second) << "an outlet twice in a cluster";
    }
    biggest = std::max(biggest, outlets.size());
  }
  EXPECT_EQ(biggest, 200u);  // the bridge sentence, carried by all
}

TEST(HostileTest, TooManyOutletsAreRefusedWithOneMessage) {
  TempDir dir;
  std::string page = dir.Write("page.html", OutletPage(1));
  std::string toml = "[limits]\nmax_pages_per_story = 3\n[[story]]\nid = \"big\"\ninputs = [";
  for (int i = 0; i < 4; ++i) toml += std::string(i ? ", " : "") + "\"page.html?" + std::to_string(i) + "\"";
  std::string job = dir.Write("job.toml", toml + "]\n");
  StatusOr<app::JobFile> read = app::ReadJobFile(job);
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("max_pages_per_story is 3"), std::string::npos)
      << read.status().message();

  std::vector<std::string> args = {"compare", "--delay", "0"};
  for (int i = 0; i < 501; ++i) args.push_back(page);
  Result r = Call(args);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("501 inputs"), std::string::npos) << r.err;
}

TEST(HostileTest, ClaimsPerStoryAreCappedFairly) {
  std::vector<Article> articles(3);
  for (size_t i = 0; i < 3; ++i) {
    articles[i].claims.resize(std::vector<size_t>{10, 100, 1000}[i]);
  }
  app::CapClaims(300, &articles);
  EXPECT_EQ(articles[0].claims.size(), 10u);
  EXPECT_EQ(articles[1].claims.size(), 100u);
  EXPECT_EQ(articles[2].claims.size(), 190u);
  EXPECT_TRUE(articles[0].warnings.empty());
  EXPECT_TRUE(articles[1].warnings.empty());
  ASSERT_EQ(articles[2].warnings.size(), 1u);
  EXPECT_NE(articles[2].warnings[0].find("only the first 190 of this page's 1000"),
            std::string::npos);
}

std::string Query(const std::string& db_path, const std::string& sql) {
  return claimdiff::testing::QueryStore(db_path, sql);
}

TEST(HostileTest, JobFileWithHundredThousandStories) {
  TempDir dir;
  dir.Write("page.html", OutletPage(1));
  std::string toml = "[settings]\nstore = \"" + dir.File("s.db") + "\"\nreports = \"" +
                     dir.File("reports") + "\"\n";
  for (int i = 0; i < 100'000; ++i) {
    toml += "[[story]]\nid = \"story-" + std::to_string(i) + "\"\ninputs = [\"page.html\"]\n";
  }
  std::string job = dir.Write("job.toml", toml);
  StatusOr<app::JobFile> read = app::ReadJobFile(job);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(read->stories.size(), 100'000u);

  // A night runs it in shards; one small shard of it runs here.
  Result r = Call({"run", "--delay", "0", "--shard", "0/20000", job});
  EXPECT_EQ(r.code, 0) << r.err;
  int stored = std::stoi(Query(dir.File("s.db"), "SELECT COUNT(*) FROM run_stories"));
  EXPECT_GT(stored, 0);
  EXPECT_LT(stored, 40);
  EXPECT_EQ(Query(dir.File("s.db"), "PRAGMA integrity_check"), "ok");
}

TEST(HostileTest, StoreStaysSoundAfterHostilePages) {
  TempDir dir;
  using namespace std::string_literals;
  dir.Write("nested.html", "<html><body>" + Repeat("<div>", 100'000) + kParagraph);
  dir.Write("nul.html", "<html><body><p>The mayor\0 said that 1,200 people left the town "
                        "on Friday night.</p>\0\0</body></html>"s);
  dir.Write("bad.html", "<html><head><title>\xff\xfe</title></head><body><p>The mayor \xc3\x28"
                        " said that 1,500 people left the town on Friday night.</p>"
                        "<p><script>alert(1)</script>&lt;script&gt;alert(2)&lt;/script&gt; "
                        "the bridge stayed shut, officials said.</p></body></html>");
  dir.Write("empty.html", "");
  dir.Write("job.toml",
            "[settings]\nstore = \"" + dir.File("s.db") + "\"\nreports = \"" + dir.File("reports") +
                "\"\n[[story]]\nid = \"hostile\"\n"
                "inputs = [\"nested.html\", \"nul.html\", \"bad.html\", \"empty.html\"]\n");
  Result r = Call({"run", "--delay", "0", dir.File("job.toml")});
  EXPECT_TRUE(r.code == 0 || r.code == 3) << r.code << r.err;
  EXPECT_EQ(Query(dir.File("s.db"), "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(Query(dir.File("s.db"), "SELECT COUNT(*) FROM run_stories"), "1");
  std::string html = ReadFile(dir.File("reports/hostile.html"));
  ASSERT_FALSE(html.empty());
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_TRUE(IsValidUtf8(html));
  // And it renders again from the store.
  Result again = Call({"report", "--db", dir.File("s.db"), "--out", dir.File("again")});
  EXPECT_EQ(again.code, 0) << again.err;
}

}  // namespace
}  // namespace claimdiff
