// The seed story of ../shared/seed (third-party text, never copied here):
// the claims and attributions the issue asks for. Skips when absent.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "parse/claims.h"
#include "parse/names.h"

namespace claimdiff::parse {
namespace {

class SeedStoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in(std::string(CLAIMDIFF_SOURCE_DIR) + "/../shared/seed/story.txt",
                     std::ios::binary);
    if (!in) GTEST_SKIP() << "seed story not found";
    std::stringstream buffer;
    buffer << in.rdbuf();
    text_ = buffer.str();
    claims_ = SegmentClaims(text_);
  }

  // The claim whose text contains `words`; fails the test when none does.
  const Claim& ClaimWith(const std::string& words) {
    for (const Claim& c : claims_) {
      if (c.text.find(words) != std::string::npos) return c;
    }
    ADD_FAILURE() << "no claim contains: " << words;
    static const Claim kNone;
    return kNone;
  }

  // The attribution of `claim` with cue `cue`.
  const Attribution* WithCue(const Claim& claim, const std::string& cue) {
    for (const Attribution& a : claim.attributions) {
      if (a.cue.text == cue) return &a;
    }
    ADD_FAILURE() << "no cue '" << cue << "' in: " << claim.text;
    return nullptr;
  }

  std::string text_;
  std::vector<Claim> claims_;
};

TEST_F(SeedStoryTest, BogdanovAnnouncedResolvedWithRole) {
  const Attribution* a = WithCue(ClaimWith("will be invited to Moscow"), "announced");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->source.text, "Bogdanov");
  EXPECT_EQ(a->source.name, "Mikhail Bogdanov");
  EXPECT_NE(a->source.role.find("Special Envoy for the Middle East"), std::string::npos);
  // The key is the shared name key, so spellings in other outlets meet it.
  EXPECT_EQ(a->source.canonical, CanonicalName("Mikhail Bogdanov"));
}

TEST_F(SeedStoryTest, AbuKhamidStatedViaKommersantWithPartialQuote) {
  const Claim& c = ClaimWith("needed time to locate");
  EXPECT_EQ(c.kind, ClaimKind::kPartialQuote);
  const Attribution* a = WithCue(c, "stated");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->source.name, "Abu Khamid");
  ASSERT_EQ(a->via.size(), 1u);
  EXPECT_EQ(a->via[0].outlet, "Kommersant");
}

TEST_F(SeedStoryTest, HeAlsoSaidResolvesToAbuKhamid) {
  const Attribution* a = WithCue(ClaimWith("He also said"), "said");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->source.text, "He");
  EXPECT_EQ(a->source.name, "Abu Khamid");
  // Other outlets spell him Abu Hamid: one key for both.
  EXPECT_EQ(a->source.canonical, CanonicalName("Abu Khamid"));
  EXPECT_EQ(a->source.canonical, CanonicalName("Abu Hamid"));
}

TEST_F(SeedStoryTest, HaiatDirectQuoteWithRole) {
  const Claim& c = ClaimWith("obscene step");
  EXPECT_EQ(c.kind, ClaimKind::kDirectQuote);
  const Attribution* a = WithCue(c, "stated");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->source.name, "Lior Haiat");
  EXPECT_EQ(a->source.role, "Israeli Foreign Ministry spokesperson");
  EXPECT_EQ(a->source_type, SourceType::kPerson);
}

TEST_F(SeedStoryTest, PeskovBacksTheAnnouncement) {
  const Attribution* a = WithCue(ClaimWith("later backed by"), "backed");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->source.name, "Dmitry Peskov");
  EXPECT_NE(a->source.role.find("spokesperson"), std::string::npos);
}

TEST_F(SeedStoryTest, TimesOfIsraelReportsWhatUnnamedOfficialsSaid) {
  const Claim& c = ClaimWith("The Times of Israel reported");
  EXPECT_EQ(c.kind, ClaimKind::kReported);
  const Attribution* outer = WithCue(c, "reported");
  const Attribution* inner = WithCue(c, "according to");
  ASSERT_NE(outer, nullptr);
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(outer->source_type, SourceType::kOutlet);
  EXPECT_EQ(inner->source_type, SourceType::kAnonymous);
  EXPECT_NE(inner->source.text.find("unnamed officials"), std::string::npos);
  ASSERT_EQ(inner->via.size(), 1u);
  EXPECT_EQ(inner->via[0].outlet, "The Times of Israel");
  EXPECT_GE(inner->content.start, outer->content.start);
}

TEST_F(SeedStoryTest, HedgedClaimsAreUnattributed) {
  for (const char* words : {"reportedly discussed", "are believed to be"}) {
    const Claim& c = ClaimWith(words);
    EXPECT_TRUE(c.hedged) << words;
    EXPECT_EQ(c.kind, ClaimKind::kUnattributed) << words;
    EXPECT_TRUE(c.attributions.empty()) << words;
  }
}

TEST_F(SeedStoryTest, PhotoCaptionIsNotAClaim) {
  EXPECT_EQ(ClaimWith("Pool Photo via AP").kind, ClaimKind::kCaption);
  EXPECT_EQ(ClaimWith("speaks with journalists").kind, ClaimKind::kCaption);
}

}  // namespace
}  // namespace claimdiff::parse
