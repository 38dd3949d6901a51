#include "core/json_writer.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>

#include "core/json.h"

namespace claimdiff {
namespace {

std::string Written(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

std::string Dumped(std::string_view s) { return DumpJson(Json(std::string(s))); }

TEST(JsonWriterTest, EscapesLikeNlohmann) {
  for (std::string_view s :
       {std::string_view(""), std::string_view("plain"), std::string_view("a \"quote\" and \\"),
        std::string_view("tab\tnew\nline\rcr\bbs\fff"), std::string_view("\x01\x1f\x7f", 3),
        std::string_view("nul\0in", 6), std::string_view("caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D"),
        std::string_view("\xF0\x9F\x98\x80 emoji")}) {
    EXPECT_EQ(Written(s), Dumped(s)) << s;
  }
}

TEST(JsonWriterTest, IllFormedUtf8IsReplacedLikeNlohmann) {
  for (std::string_view s :
       {std::string_view("bad \xFF byte"), std::string_view("cut \xE2\x80"),
        std::string_view("overlong \xC0\xAF"), std::string_view("surrogate \xED\xA0\x80 x"),
        std::string_view("too high \xF4\x90\x80\x80"), std::string_view("\x80 lone trail")}) {
    EXPECT_EQ(Written(s), Dumped(s)) << s;
  }
}

// Random byte strings drawn mostly from the bytes that matter to the
// escaper (controls, quotes, UTF-8 lead and trail bytes).
TEST(JsonWriterTest, RandomBytesMatchNlohmann) {
  static constexpr char kAlphabet[] =
      "a \"\\\n\t\x01\x7f\xC2\xA9\xE2\x80\x9C\xED\xA0\xF0\x9F\x98\xF4\x90\xFF";
  const std::string alphabet(kAlphabet, sizeof(kAlphabet) - 1);
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    size_t len = rng() % 12;
    for (size_t k = 0; k < len; ++k) s.push_back(alphabet[rng() % alphabet.size()]);
    ASSERT_EQ(Written(s), Dumped(s));
  }
}

TEST(JsonWriterTest, NestsWithCommas) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("a");
  w.BeginArray();
  w.Unsigned(1);
  w.Bool(false);
  w.Null();
  w.BeginObject();
  w.EndObject();
  w.BeginArray();
  w.EndArray();
  w.EndArray();
  w.Key("b");
  w.Double(2.5);
  w.EndObject();
  EXPECT_EQ(out, R"({"a":[1,false,null,{},[]],"b":2.5})");
}

TEST(JsonWriterTest, DoublesLikeNlohmann) {
  for (double v : {0.0, 12.0, 2.5, 1e20, 1.5e-7, 1400000.0, -3.25,
                   std::numeric_limits<double>::quiet_NaN(),
                   std::numeric_limits<double>::infinity()}) {
    std::string out;
    JsonWriter w(&out);
    w.Double(v);
    EXPECT_EQ(out, DumpJson(Json(v))) << v;
  }
}

Article RichArticle() {
  Article a;
  a.input = "in/\"odd\".txt";
  a.url = "https://example.org/a";
  a.outlet = "Example";
  a.title = "T\xC3\xADtulo";
  a.published = "2026-11-25";
  a.language = "en";
  a.content_hash = "00ff";
  a.text = "\xE2\x80\x9CWe will,\xE2\x80\x9D Ms Ode said.\n\nBad \xFF byte.";
  a.captions = {"A photo", "Credit: x\\y"};
  a.headings = {{29, 39}};  // "Bad \xFF byte": ill-formed UTF-8 inside a heading
  a.warnings = {"a warning"};
  Claim c;
  c.id = "c1";
  c.span = {0, 30};
  c.text = a.text.substr(0, 30);
  c.kind = ClaimKind::kDirectQuote;
  c.hedged = true;
  c.numbers.push_back(Quantity{"1.5 million", {1, 2}, 1.5e6, Quantity::Bound::kAtLeast});
  Entity with_role{"Ode", {20, 23}, "ad", "person", "minister"};
  Entity without_role{"Ode", {20, 23}, "ad", "name", ""};
  c.entities = {with_role, without_role};
  Attribution at;
  at.source.text = "Ms Ode";
  at.source.span = {17, 23};
  at.source.canonical = "ad";
  at.cue.text = "said";
  at.cue.span = {24, 28};
  at.content = {0, 14};
  at.via.push_back(Via{"Wire", {3, 4}});
  at.source_type = SourceType::kOrganisation;
  c.attributions = {at, at};
  a.claims = {c, c};
  return a;
}

TEST(JsonWriterTest, ArticleLineEqualsTheDumpedTree) {
  Article a = RichArticle();
  EXPECT_EQ(ArticleJsonLine(a), DumpJson(ArticleToJson(a)));
  a.published.reset();
  a.error = "failed";
  a.warnings.clear();
  a.captions.clear();
  a.headings.clear();
  a.claims.clear();
  EXPECT_EQ(ArticleJsonLine(a), DumpJson(ArticleToJson(a)));
  EXPECT_EQ(ArticleJsonLine(Article()), DumpJson(ArticleToJson(Article())));
}

}  // namespace
}  // namespace claimdiff
