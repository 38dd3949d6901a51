// Number normalisation (parse/numbers.cc).
#include "parse/numbers.h"

#include <gtest/gtest.h>

namespace claimdiff::parse {
namespace {

using Bound = Quantity::Bound;

Quantity One(const std::string& text) {
  std::vector<Quantity> q = ExtractQuantities(text);
  EXPECT_EQ(q.size(), 1u) << text;
  return q.empty() ? Quantity{} : q.front();
}

TEST(NumbersTest, WordsAndDigitsBecomeValues) {
  EXPECT_DOUBLE_EQ(One("six Russian citizens").value, 6);
  EXPECT_DOUBLE_EQ(One("1,400 people were killed").value, 1400);
  EXPECT_DOUBLE_EQ(One("the gauge passed 2.8 metres").value, 2.8);
  EXPECT_DOUBLE_EQ(One("twenty-five boats").value, 25);
  EXPECT_DOUBLE_EQ(One("two hundred and five votes").value, 205);
  EXPECT_DOUBLE_EQ(One("1.5 million barrels").value, 1.5e6);
  EXPECT_DOUBLE_EQ(One("a dozen houses").value, 12);
  EXPECT_EQ(One("six Russian citizens").bound, Bound::kExact);
}

TEST(NumbersTest, DozensFractionsAndLeadingPointsAreRead) {
  EXPECT_DOUBLE_EQ(One("some three dozen troops").value, 36);
  EXPECT_EQ(One("some three dozen troops").bound, Bound::kApprox);
  EXPECT_DOUBLE_EQ(One("a 2 1/2 week trial").value, 2.5);
  EXPECT_EQ(One("a 2 1/2 week trial").text, "2 1/2");
  // A fraction sign flattened to ASCII: "2Â½" -> "21/2".
  EXPECT_DOUBLE_EQ(One("a 21/2-week trial").value, 2.5);
  EXPECT_DOUBLE_EQ(One("about 3/4 of the votes").value, 0.75);
  Quantity cent = One("futures settled .85 cent lower");
  EXPECT_DOUBLE_EQ(cent.value, 0.85);
  EXPECT_EQ(cent.text, ".85");
  // Not fractions: dates and phrases.
  EXPECT_DOUBLE_EQ(ExtractQuantities("open 24/7 since then").front().value, 24);
  EXPECT_DOUBLE_EQ(ExtractQuantities("after 9/11 the rules").front().value, 9);
  // A sentence's full stop is no decimal point.
  EXPECT_DOUBLE_EQ(One("It closed.85 boats left").value, 85);
}

TEST(NumbersTest, BoundCuesAreRead) {
  Quantity q = One("more than 200 hostages");
  EXPECT_EQ(q.bound, Bound::kAtLeast);
  EXPECT_EQ(q.text, "more than 200");
  EXPECT_EQ(One("over 220 hostages").bound, Bound::kAtLeast);
  EXPECT_EQ(One("at least six citizens").bound, Bound::kAtLeast);
  EXPECT_EQ(One("up to 40 people").bound, Bound::kAtMost);
  EXPECT_EQ(One("fewer than ten boats").bound, Bound::kAtMost);
  EXPECT_EQ(One("about 1,200 residents").bound, Bound::kApprox);
  EXPECT_EQ(One("nearly 1,400 dead").bound, Bound::kApprox);
}

TEST(NumbersTest, SpansIndexTheText) {
  std::string text = "Officials said more than 200 people were held.";
  Quantity q = One(text);
  EXPECT_EQ(text.substr(q.span.start, q.span.size()), "more than 200");
}

TEST(NumbersTest, PercentagesKeepTheirSign) {
  EXPECT_EQ(One("prices rose 12% in May").text, "12%");
  EXPECT_EQ(One("prices rose 12 percent").text, "12 percent");
}

TEST(NumbersTest, RangesBecomeTwoBounds) {
  std::vector<Quantity> q = ExtractQuantities("between 200 and 250 people");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].bound, Bound::kAtLeast);
  EXPECT_DOUBLE_EQ(q[0].value, 200);
  EXPECT_EQ(q[1].bound, Bound::kAtMost);
  EXPECT_DOUBLE_EQ(q[1].value, 250);
  ASSERT_EQ(ExtractQuantities("5 to 10 boats").size(), 2u);
}

TEST(NumbersTest, YearsAndPronounOneAreNotQuantities) {
  EXPECT_TRUE(ExtractQuantities("in 2023 the law changed").empty());
  EXPECT_TRUE(ExtractQuantities("one of the boats sank").empty());
  EXPECT_TRUE(ExtractQuantities("no one was hurt").empty());
}

TEST(NumbersTest, CompatibilityFollowsTheBounds) {
  EXPECT_TRUE(Compatible(One("more than 200"), One("over 220")));
  EXPECT_FALSE(Compatible(One("at least six"), One("three")));
  EXPECT_TRUE(Compatible(One("at least six"), One("eight")));
  EXPECT_FALSE(Compatible(One("six"), One("eight")));
  EXPECT_TRUE(Compatible(One("nearly 1,400"), One("1,400")));
  EXPECT_FALSE(Compatible(One("about 1,200"), One("some 1,500")));
  EXPECT_FALSE(Compatible(One("up to 40"), One("more than 50")));
}

TEST(NumbersTest, DecimalsStateTheirPrecision) {
  // A value written with decimals admits what rounds to it.
  EXPECT_TRUE(Compatible(One("$6.3 billion"), One("$6.32 billion")));
  EXPECT_TRUE(Compatible(One("2.8"), One("2.84")));
  EXPECT_FALSE(Compatible(One("2.8"), One("2.86")));
  EXPECT_FALSE(Compatible(One("16.93"), One("16.90")));
  EXPECT_FALSE(Compatible(One("1.5 million"), One("1.71 million")));
  // Whole numbers are taken as written, with or without a scale word.
  EXPECT_FALSE(Compatible(One("1 million"), One("1.4 million")));
  EXPECT_FALSE(Compatible(One("300"), One("296")));
}

TEST(NumbersTest, CompatibilityIsSymmetric) {
  const char* texts[] = {"six", "at least six", "more than 200", "about 1,200", "up to 40", "8"};
  for (const char* a : texts) {
    for (const char* b : texts) {
      EXPECT_EQ(Compatible(One(a), One(b)), Compatible(One(b), One(a))) << a << " / " << b;
    }
  }
}

}  // namespace
}  // namespace claimdiff::parse
