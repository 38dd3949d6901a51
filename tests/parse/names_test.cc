// Name keys and mentions (parse/names.cc).
#include "parse/names.h"

#include <gtest/gtest.h>

namespace claimdiff::parse {
namespace {

TEST(NamesTest, TransliterationVariantsShareAKey) {
  EXPECT_EQ(CanonicalName("Lior Haiat"), CanonicalName("Lior Hayat"));
  EXPECT_EQ(CanonicalName("Marzouk"), CanonicalName("Marzook"));
  EXPECT_EQ(CanonicalName("Marzook"), CanonicalName("Marzuk"));
  EXPECT_EQ(CanonicalName("Abu Khamid"), CanonicalName("Abu Hamid"));
  EXPECT_EQ(CanonicalName("Ali Bagheri Kani"), CanonicalName("Ali Baghiri Kani"));
  EXPECT_EQ(CanonicalName("Ali Bagheri Kani"), CanonicalName("Ali Bhageri Kani"));
  EXPECT_EQ(CanonicalName("Mohammed"), CanonicalName("Muhammad"));
  EXPECT_EQ(CanonicalName("José"), CanonicalName("Jose"));
}

TEST(NamesTest, DifferentNamesKeepDifferentKeys) {
  EXPECT_NE(CanonicalName("Lior Haiat"), CanonicalName("Lior Levy"));
  EXPECT_NE(CanonicalName("Bogdanov"), CanonicalName("Lavrov"));
  EXPECT_NE(CanonicalName("Marta"), CanonicalName("Martin"));
}

TEST(NamesTest, TitlesAndParticlesAreDropped) {
  EXPECT_EQ(CanonicalName("Deputy Foreign Minister Mikhail Bogdanov"),
            CanonicalName("Mikhail Bogdanov"));
  EXPECT_EQ(CanonicalName("Special Envoy Mikhail Bogdanov"), CanonicalName("Mikhail Bogdanov"));
  EXPECT_EQ(CanonicalName("Mr Abu Marzouk"), CanonicalName("Marzouk"));
  EXPECT_EQ(CanonicalName("spokesperson"), "");
}

TEST(NamesTest, KeysAreIdempotentOnTheirInput) {
  for (const char* n : {"Lior Haiat", "Ali Bagheri Kani", "Abu Marzouk"}) {
    EXPECT_EQ(CanonicalName(n), CanonicalName(std::string(n)));
  }
}

TEST(NamesTest, MentionsCarrySpansRolesAndTypes) {
  std::string s = "Regional governor Marta Lindqvist met officials of the Harbour Authority.";
  std::vector<Entity> e = ExtractEntities(s);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].text, "Marta Lindqvist");
  EXPECT_EQ(s.substr(e[0].span.start, e[0].span.size()), "Marta Lindqvist");
  EXPECT_EQ(e[0].role, "regional governor");
  EXPECT_EQ(e[0].type, "person");
  EXPECT_EQ(e[1].text, "Harbour Authority");
  EXPECT_EQ(e[1].type, "organisation");
}

TEST(NamesTest, PlacesAreNotPeople) {
  std::vector<Entity> e = ExtractEntities(
      "The crews reached the Gulf of Aden from Salem County, then San Diego, before Marta "
      "Lindqvist did.");
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0].text, "Gulf of Aden");
  EXPECT_EQ(e[0].type, "place");
  EXPECT_EQ(e[1].text, "Salem County");
  EXPECT_EQ(e[1].type, "place");
  EXPECT_EQ(e[2].text, "San Diego");
  EXPECT_EQ(e[2].type, "place");
  EXPECT_EQ(e[3].type, "person");
}

TEST(NamesTest, SentenceInitialCommonWordsAreNotNames) {
  std::vector<Entity> e = ExtractEntities("The bridge was closed by the police.");
  EXPECT_TRUE(e.empty());
}

TEST(NamesTest, InitialsAndInnerParticlesStayInOneName) {
  std::vector<Entity> e = ExtractEntities("said retired Admiral Harold W. Gehman of the board.");
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e[0].text, "Harold W. Gehman");
  e = ExtractEntities("A statement by the Securities and Exchange Commission followed.");
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e.back().text, "Securities and Exchange Commission");
}

// ExtractEntities reads keys and titles from the sentence's own tokens; they
// must agree with tokenising the name and the text before it afresh.
TEST(NamesTest, EntityKeysAndTitlesAgreeWithTheStandaloneFunctions) {
  for (std::string_view sentence :
       {"Deputy Foreign Minister Ali Bagheri Kani met the U.S. envoy, Mr. O\u2019Brien, in Doha.",
        "\u201cWe can\u2019t,\u201d said former Prime Minister Jos\u00e9 Mar\u00eda Aznar on 3.5 TV.",
        "The head of the Ministry of Foreign Affairs, spokesperson Lior Haiat, told the BBC's "
        "Kestrel\u2013Bay desk that Gov. Ana-Lucia Ortiz and Dr Abu Marzouk disagreed.",
        "\u4e2d\u6587 Chief Executive Zo\u00eb Ng\u0301 and the Harbour Authority of Kestrel Bay."}) {
    std::vector<Entity> entities = ExtractEntities(sentence);
    ASSERT_FALSE(entities.empty()) << sentence;
    for (const Entity& e : entities) {
      EXPECT_EQ(e.canonical, CanonicalName(e.text)) << e.text;
      EXPECT_EQ(e.role, TitleBefore(sentence, e)) << e.text;
    }
  }
}

}  // namespace
}  // namespace claimdiff::parse
