#include "parse/timestamps.h"

#include <gtest/gtest.h>

namespace claimdiff::parse {
namespace {

TEST(TimestampsTest, KeepsIsoDatesAndNormalisesZones) {
  EXPECT_EQ(NormaliseDate("2026-02-01"), "2026-02-01");
  EXPECT_EQ(NormaliseDate("2026-02-01T09:00:00Z"), "2026-02-01T09:00:00Z");
  EXPECT_EQ(NormaliseDate("2026-02-01T09:00:00.123+0100"), "2026-02-01T09:00:00+01:00");
  EXPECT_EQ(NormaliseDate("2026-02-01 09:00"), "2026-02-01T09:00:00");
  EXPECT_EQ(NormaliseDate("20260201"), "2026-02-01");
  EXPECT_EQ(NormaliseDate(" 2026-02-01T09:00:00+00:00 "), "2026-02-01T09:00:00Z");
}

TEST(TimestampsTest, ReadsRfc822) {
  EXPECT_EQ(NormaliseDate("Sun, 01 Feb 2026 09:00:00 GMT"), "2026-02-01T09:00:00Z");
  EXPECT_EQ(NormaliseDate("Sun, 01 Feb 2026 09:00:00 +0200"), "2026-02-01T09:00:00+02:00");
}

TEST(TimestampsTest, ReadsWrittenDates) {
  EXPECT_EQ(NormaliseDate("February 1, 2026"), "2026-02-01");
  EXPECT_EQ(NormaliseDate("1 February 2026"), "2026-02-01");
  EXPECT_EQ(NormaliseDate("1. März 2026"), "2026-03-01");
  EXPECT_EQ(NormaliseDate("Veröffentlicht am 24.12.2025"), "2025-12-24");
}

TEST(TimestampsTest, RefusesImpossibleAndEmptyDates) {
  EXPECT_EQ(NormaliseDate(""), std::nullopt);
  EXPECT_EQ(NormaliseDate("2026-02-30"), std::nullopt);
  EXPECT_EQ(NormaliseDate("2025-02-29T10:00:00Z"), std::nullopt);
  EXPECT_EQ(NormaliseDate("2026-13-01"), std::nullopt);
  EXPECT_EQ(NormaliseDate("yesterday"), std::nullopt);
  EXPECT_EQ(NormaliseDate("2026-02-01T25:00:00Z"), std::nullopt);
}

TEST(TimestampsTest, NormalisedDatesAreFixedPoints) {
  for (const char* d : {"2026-02-01", "2026-02-01T09:00:00Z", "2026-02-01T09:00:00-05:00"}) {
    std::optional<std::string> once = NormaliseDate(d);
    ASSERT_TRUE(once.has_value()) << d;
    EXPECT_EQ(NormaliseDate(*once), once);
  }
}

}  // namespace
}  // namespace claimdiff::parse
