#include "parse/speakers.h"

#include <gtest/gtest.h>

#include "parse/names.h"

#include <string>
#include <vector>

#include "parse/attribution.h"

namespace claimdiff::parse {
namespace {

// Resolves the sentences of `text` (one per line) in order; returns the
// attributions of the last one.
std::vector<Attribution> ResolveLast(const std::string& text) {
  SpeakerTable table;
  std::vector<Attribution> last;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    Span span{start, end};
    last = FindAttributions(text, span);
    for (Attribution& a : last) table.Resolve(text, &a);
    table.Observe(text, span);
    start = end + 1;
  }
  return last;
}

TEST(SpeakersTest, PronounResolvesToTheLastSpeaker) {
  auto a = ResolveLast(
      "Harbour director Elena Voss said that the port would reopen.\n"
      "She also said that ferries would run on Sunday.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].source.text, "She");
  EXPECT_EQ(a[0].source.name, "Elena Voss");
  EXPECT_EQ(a[0].source.role, "Harbour director");
  EXPECT_EQ(a[0].source.canonical, CanonicalName("Elena Voss"));
  EXPECT_EQ(a[0].source_type, SourceType::kPerson);
}

TEST(SpeakersTest, BareSurnameResolvesToAnAppositionIntroducedEarlier) {
  auto a = ResolveLast(
      "The delegates met Norway's Special Envoy for the Arctic, Kari Lunde, on Monday.\n"
      "Lunde announced that talks would continue.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].source.name, "Kari Lunde");
  EXPECT_EQ(a[0].source.role, "Norway's Special Envoy for the Arctic");
  EXPECT_EQ(a[0].source.canonical, CanonicalName("Kari Lunde"));
}

TEST(SpeakersTest, RoleNounResolvesToThePersonWithThatRole) {
  auto a = ResolveLast(
      "The city hall spokesperson Tomas Berg stated that the vote was valid.\n"
      "Mayor Ines Faro said nothing.\n"
      "The spokesperson later said that a recount was not needed.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].source.name, "Tomas Berg");
  EXPECT_EQ(a[0].source.canonical, CanonicalName("Tomas Berg"));
}

TEST(SpeakersTest, OrganisationsAndAnonymousSourcesAreTyped) {
  auto org = ResolveLast("The Transport Ministry said that fares would rise.");
  ASSERT_EQ(org.size(), 1u);
  EXPECT_EQ(org[0].source_type, SourceType::kOrganisation);
  EXPECT_EQ(org[0].source.canonical, CanonicalName("Transport Ministry"));
  auto anon = ResolveLast("Two unnamed officials said that fares would rise.");
  ASSERT_EQ(anon.size(), 1u);
  EXPECT_EQ(anon[0].source_type, SourceType::kAnonymous);
  auto outlet = ResolveLast("The Coast Herald reported that fares would rise.");
  ASSERT_EQ(outlet.size(), 1u);
  EXPECT_EQ(outlet[0].source_type, SourceType::kOutlet);
}

TEST(SpeakersTest, SourceKeyDropsTitlesAndDeterminers) {
  // Source keys are the shared name keys: titles, determiners and
  // possessives do not change them; spelling variants meet.
  EXPECT_EQ(SourceKey("Mr. Peskov"), SourceKey("Peskov"));
  EXPECT_EQ(SourceKey("Senator Ana Ruiz"), SourceKey("Ana Ruiz"));
  EXPECT_EQ(SourceKey("Ruiz\xE2\x80\x99s"), SourceKey("Ruiz"));
  EXPECT_EQ(SourceKey("Lior Haiat"), SourceKey("Lior Hayat"));
  EXPECT_NE(SourceKey("Ana Ruiz"), SourceKey("Ana Lopez"));
  EXPECT_EQ(SourceKey("the Israeli Foreign Ministry"), SourceKey("Israeli Foreign Ministry"));
}

}  // namespace
}  // namespace claimdiff::parse
