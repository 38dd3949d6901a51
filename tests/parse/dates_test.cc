// Date mentions (parse/dates.cc).
#include "parse/dates.h"

#include <gtest/gtest.h>

namespace claimdiff::parse {
namespace {

std::vector<std::string> Keys(const std::string& text) {
  std::vector<std::string> out;
  for (const Entity& e : ExtractDates(text)) out.push_back(e.canonical);
  return out;
}

TEST(DatesTest, WeekdaysMonthsAndYearsGetKeys) {
  EXPECT_EQ(Keys("on Friday night"), (std::vector<std::string>{"weekday:friday"}));
  EXPECT_EQ(Keys("on March 14"), (std::vector<std::string>{"day:03-14"}));
  EXPECT_EQ(Keys("on 14 March"), (std::vector<std::string>{"day:03-14"}));
  EXPECT_EQ(Keys("in October 2023"), (std::vector<std::string>{"month:10", "year:2023"}));
  EXPECT_EQ(Keys("by Oct. 7"), (std::vector<std::string>{"day:10-07"}));
}

TEST(DatesTest, LowercaseMonthWordsAreNotDates) {
  EXPECT_TRUE(Keys("they may march on the capital").empty());
}

TEST(DatesTest, SpansIndexTheText) {
  std::string text = "The vote is on Tuesday.";
  std::vector<Entity> d = ExtractDates(text);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(text.substr(d[0].span.start, d[0].span.size()), "Tuesday");
  EXPECT_EQ(d[0].type, "date");
}

}  // namespace
}  // namespace claimdiff::parse
