#include "fetch/retry.h"

#include <gtest/gtest.h>

namespace claimdiff::fetch {
namespace {

using std::chrono::milliseconds;

TEST(RetryTest, OnlyTransientStatusesAreRetryable) {
  for (int s : {408, 429, 500, 502, 503, 504}) EXPECT_TRUE(IsRetryableStatus(s)) << s;
  for (int s : {200, 301, 304, 400, 401, 403, 404, 410}) EXPECT_FALSE(IsRetryableStatus(s)) << s;
}

TEST(RetryTest, BackoffDoublesWithJitterAndIsCapped) {
  RetryOptions o;
  o.base_delay = milliseconds(1000);
  o.max_delay = milliseconds(120000);
  o.jitter = 0.5;
  std::mt19937_64 random(42);
  for (int i = 0; i < 50; ++i) {
    milliseconds first = *RetryDelay(o, 1, std::nullopt, random);
    milliseconds second = *RetryDelay(o, 2, std::nullopt, random);
    EXPECT_GE(first.count(), 500);
    EXPECT_LT(first.count(), 1500);
    EXPECT_GE(second.count(), 1000);
    EXPECT_LT(second.count(), 3000);
  }
  EXPECT_EQ(*RetryDelay(o, 20, std::nullopt, random), milliseconds(120000));
}

TEST(RetryTest, RetryAfterRaisesTheWaitAndBeyondTheCapGivesUp) {
  RetryOptions o;
  std::mt19937_64 random(1);
  EXPECT_GE(*RetryDelay(o, 1, milliseconds(30000), random), milliseconds(30000));
  EXPECT_FALSE(RetryDelay(o, 1, milliseconds(121000), random).has_value());
}

TEST(RetryTest, ParsesRetryAfterSecondsAndDates) {
  std::time_t now = 1445412480;  // Wed, 21 Oct 2015 07:28:00 GMT
  EXPECT_EQ(*ParseRetryAfter(" 120 ", now), milliseconds(120000));
  EXPECT_EQ(*ParseRetryAfter("Wed, 21 Oct 2015 07:29:00 GMT", now), milliseconds(60000));
  EXPECT_EQ(*ParseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), milliseconds(0));
  EXPECT_FALSE(ParseRetryAfter("soon", now).has_value());
  EXPECT_FALSE(ParseRetryAfter("", now).has_value());
}

}  // namespace
}  // namespace claimdiff::fetch
