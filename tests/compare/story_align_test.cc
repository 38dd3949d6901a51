// Story alignment on outlets that write one story in their own words: fact
// units, the story model, conflicts named on the aligned parts, and the
// entity table. The stories are written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compare/align.h"
#include "compare/units.h"
#include "parse/parse.h"

namespace claimdiff::compare {
namespace {

// A story of plain-text articles, parsed and compared as `claimdiff
// compare` does.
Story MakeStory(const std::vector<std::string>& texts) {
  Story story;
  for (size_t i = 0; i < texts.size(); ++i) {
    Document d;
    d.input = "outlet" + std::to_string(i) + ".txt";
    d.url = "file:///" + d.input;
    d.body = texts[i];
    d.plain_text = true;
    Article a = parse::ParseDocument(d, parse::ParseOptions{});
    a.outlet = "Outlet " + std::to_string(i);
    story.articles.push_back(std::move(a));
  }
  CompareStory(&story, MatchOptions{});
  return story;
}

// The cluster holding a claim of article `a` that contains `x` and a claim of
// article `b` that contains `y`, or null.
const Cluster* Together(const Story& s, size_t a, const std::string& x, size_t b,
                        const std::string& y) {
  for (const Cluster& k : s.clusters) {
    bool has_x = false, has_y = false;
    for (const Member& m : k.members) {
      const std::string& text = s.articles[m.article].claims[m.claim].text;
      has_x = has_x || (m.article == a && text.find(x) != std::string::npos);
      has_y = has_y || (m.article == b && text.find(y) != std::string::npos);
    }
    if (has_x && has_y) return &k;
  }
  return nullptr;
}

bool HasConflict(const Cluster& k, const std::string& type, const std::string& left,
                 const std::string& right) {
  for (const Conflict& c : k.conflicts) {
    if (c.type != type) continue;
    if ((c.left_text.find(left) != std::string::npos &&
         c.right_text.find(right) != std::string::npos) ||
        (c.left_text.find(right) != std::string::npos &&
         c.right_text.find(left) != std::string::npos)) {
      return true;
    }
  }
  return false;
}

// Sentences on other matters, so that the story's rare words are rare.
const char kFillerA[] =
    "The talks took place in a hotel near the harbour. Officials from three ministries attended "
    "the first session. A second meeting is planned for next month. ";
const char kFillerB[] =
    "Negotiators met behind closed doors for most of the afternoon. Journalists waited in the "
    "lobby. The city's mayor did not attend. ";

TEST(UnitsTest, ClausesQuotesAndWhatIsSaid) {
  Claim c = parse::ClaimFromSentence(
      "The ministry said 1,400 people were killed, and 220 were taken hostage, while aid groups "
      "warned that \"the shelters are already full tonight\".");
  std::vector<Span> units = UnitSpans(c);
  std::vector<std::string> texts;
  for (const Span& s : units) texts.push_back(c.text.substr(s.start, s.size()));
  auto has = [&texts](const std::string& t) {
    for (const std::string& x : texts) {
      if (x == t) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("220 were taken hostage")) << ::testing::PrintToString(texts);
  EXPECT_TRUE(has("the shelters are already full tonight")) << ::testing::PrintToString(texts);
  for (const Span& s : units) EXPECT_LT(s.size(), c.text.size());
}

TEST(UnitsTest, ShortPiecesStayWithTheirClause) {
  Claim c = parse::ClaimFromSentence("He left, and then the bridge reopened to heavy traffic.");
  // "He left" has one content word: no clause of its own.
  for (const Span& s : UnitSpans(c)) EXPECT_NE(c.text.substr(s.start, s.size()), "He left");
}

TEST(StoryAlignTest, ASentenceAlignsWithTwoSentencesOfAnotherOutlet) {
  Story s = MakeStory({
      std::string(kFillerA) +
          "Militants killed 1,400 residents of the border towns, and they took 220 villagers "
          "hostage.",
      std::string(kFillerB) +
          "The attack on the border towns killed about 1,400 residents. Some 220 villagers were "
          "taken hostage by the militants.",
  });
  const Cluster* killed = Together(s, 0, "Militants killed", 1, "killed about 1,400");
  const Cluster* taken = Together(s, 0, "Militants killed", 1, "taken hostage");
  ASSERT_NE(killed, nullptr);
  ASSERT_NE(taken, nullptr);
  EXPECT_NE(killed, taken);
  EXPECT_EQ(killed->verdict, Verdict::kMatch);  // "about 1,400" admits 1,400
  EXPECT_EQ(taken->verdict, Verdict::kMatch);
}

TEST(StoryAlignTest, TwoCountsOfOneThingConflict) {
  Story s = MakeStory({
      std::string(kFillerA) +
          "The ministry said there are six Russian citizens among the captives held in "
          "Gaza.",
      std::string(kFillerB) +
          "There are eight hostages with dual Russian citizenship held in Gaza, the ministry "
          "said.",
  });
  const Cluster* k = Together(s, 0, "Russian citizens", 1, "Russian citizenship");
  // "six Russian citizens among the captives" and "eight hostages with dual
  // Russian citizenship" count the same people.
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->verdict, Verdict::kDiffer);
  EXPECT_TRUE(HasConflict(*k, "number", "six", "eight"));
}

TEST(StoryAlignTest, DisplacedCountsConflictWhateverTheWording) {
  Story s = MakeStory({
      std::string(kFillerA) +
          "The insurgency has been blamed for more than 20,000 deaths and the displacement of 2.3 "
          "million others in the region since 2009.",
      std::string(kFillerB) +
          "Since 2009 the insurgency has claimed more than 20,000 lives in the region and "
          "displaced 2.6 million people.",
  });
  const Cluster* k = Together(s, 0, "displacement of 2.3", 1, "displaced 2.6");
  ASSERT_NE(k, nullptr);
  EXPECT_TRUE(HasConflict(*k, "number", "2.3 million", "2.6 million"));
  // The deaths agree: no conflict is named on them.
  EXPECT_FALSE(HasConflict(*k, "number", "20,000", "2.6 million"));
  EXPECT_FALSE(HasConflict(*k, "number", "2.3 million", "20,000"));
}

TEST(StoryAlignTest, OneQuoteInThreeWordings) {
  Story s = MakeStory({
      std::string(kFillerA) +
          "Foreign Ministry spokesman Lior Haiat called the invitation \"an obscene step that "
          "rewards terror\".",
      std::string(kFillerB) +
          "Foreign Ministry spokesman Lior Haiat called the invitation \"a deplorable step that "
          "rewards terror\".",
      "The delegation flew home on Sunday. Foreign Ministry spokesman Lior Haiat called the "
      "invitation \"an obscene move that rewards terror\".",
  });
  const Cluster* k = Together(s, 0, "obscene step", 1, "deplorable step");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->members.size(), 3u);
  EXPECT_EQ(k->verdict, Verdict::kDiffer);
  EXPECT_TRUE(HasConflict(*k, "quote", "obscene step", "deplorable step"));
  EXPECT_TRUE(HasConflict(*k, "quote", "obscene step", "obscene move"));
}

TEST(StoryAlignTest, TitleConflict) {
  Story s = MakeStory({
      std::string(kFillerA) +
          "Deputy Foreign Minister Mikhail Bogdanov received the delegation at the ministry.",
      std::string(kFillerB) +
          "Special envoy Mikhail Bogdanov received the delegation at the ministry.",
  });
  const Cluster* k = Together(s, 0, "Bogdanov", 1, "Bogdanov");
  ASSERT_NE(k, nullptr);
  ASSERT_EQ(k->verdict, Verdict::kDiffer);
  bool title = false;
  for (const Conflict& c : k->conflicts) {
    title = title || (c.type == "name" && c.detail.find("title") != std::string::npos);
  }
  EXPECT_TRUE(title);
}

TEST(StoryAlignTest, DayConflict) {
  Story s = MakeStory({
      std::string(kFillerA) + "The delegation arrived in Moscow on Tuesday for two days of talks.",
      std::string(kFillerB) + "The delegation arrived in Moscow on Wednesday for talks.",
  });
  const Cluster* k = Together(s, 0, "arrived in Moscow", 1, "arrived in Moscow");
  ASSERT_NE(k, nullptr);
  EXPECT_TRUE(HasConflict(*k, "date", "Tuesday", "Wednesday"));
}

TEST(StoryAlignTest, NegationConflict) {
  Story s = MakeStory({
      std::string(kFillerA) + "The joint statement released after the meeting mentioned the hostages.",
      std::string(kFillerB) +
          "The joint statement released after the meeting did not mention the hostages.",
  });
  const Cluster* k = Together(s, 0, "joint statement", 1, "joint statement");
  ASSERT_NE(k, nullptr);
  ASSERT_EQ(k->verdict, Verdict::kDiffer);
  bool negation = false;
  for (const Conflict& c : k->conflicts) negation = negation || c.type == "negation";
  EXPECT_TRUE(negation);
}

TEST(StoryAlignTest, SourceConflict) {
  Story s = MakeStory({
      std::string(kFillerA) +
          "The ceasefire will begin at dawn on Friday, said Marta Lindqvist, the mediator.",
      std::string(kFillerB) +
          "The ceasefire will begin at dawn on Friday, said Jonas Ekholm, the army's chief.",
  });
  const Cluster* k = Together(s, 0, "ceasefire", 1, "ceasefire");
  ASSERT_NE(k, nullptr);
  bool source = false;
  for (const Conflict& c : k->conflicts) source = source || c.type == "source";
  EXPECT_TRUE(source);
}

TEST(StoryAlignTest, ASpokesmanAndHisPresidentAreNoSourceConflict) {
  // The other outlet names the president too: the spokesman speaks for him.
  Story s = MakeStory({
      std::string(kFillerA) +
          "The girls were freed after talks brokered by the Red Cross, said Garba Shehu, "
          "spokesman for President Muhammadu Buhari.",
      std::string(kFillerB) +
          "President Muhammadu Buhari said the girls were freed after talks brokered by the Red "
          "Cross.",
  });
  const Cluster* k = Together(s, 0, "Red Cross", 1, "Red Cross");
  ASSERT_NE(k, nullptr);
  for (const Conflict& c : k->conflicts) EXPECT_NE(c.type, "source") << c.left_text;
}

TEST(StoryAlignTest, CompatibleVariantsStayMatch) {
  Story s = MakeStory({
      std::string(kFillerA) +
          "Militants are holding more than 200 hostages in tunnels under the city. About 1,400 "
          "people were killed in the raid on the festival. The court record lists a $43,000 "
          "Rolex watch bought with campaign funds.",
      std::string(kFillerB) +
          "Militants are holding over 220 hostages in tunnels under the city. The raid on the "
          "festival killed 1,400 people. Campaign funds paid for a $43,350 Rolex watch, the court "
          "record says.",
  });
  const Cluster* hostages = Together(s, 0, "more than 200", 1, "over 220");
  const Cluster* killed = Together(s, 0, "About 1,400", 1, "killed 1,400");
  const Cluster* watch = Together(s, 0, "$43,000", 1, "$43,350");
  ASSERT_NE(hostages, nullptr);
  ASSERT_NE(killed, nullptr);
  ASSERT_NE(watch, nullptr);
  EXPECT_EQ(hostages->verdict, Verdict::kMatch);
  EXPECT_EQ(killed->verdict, Verdict::kMatch);
  EXPECT_EQ(watch->verdict, Verdict::kMatch);
}

TEST(StoryAlignTest, DifferentFactsStayApart) {
  Story s = MakeStory({
      std::string(kFillerA) + "The 21 girls were freed before dawn in the town of Banki.",
      std::string(kFillerB) + "Four prisoners were released by the army in exchange for them.",
  });
  EXPECT_EQ(Together(s, 0, "21 girls", 1, "Four prisoners"), nullptr);
}

TEST(EntityTableTest, OnePersonWhateverTheSpellingAndOnePerNameOnly) {
  Story s = MakeStory({
      std::string(kFillerA) +
          "Moussa Abu Marzouk, a senior official, led the delegation. Jesse Jackson spoke to the "
          "press.",
      std::string(kFillerB) + "Abu Marzouk told reporters the visit went well. Reporters said "
                              "Marzouk left early. Sandra Jackson stayed in the capital.",
  });
  const StoryEntity* marzouk = nullptr;
  int jacksons = 0;
  for (const StoryEntity& e : s.entities) {
    for (const EntityMention& m : e.mentions) {
      if (m.text.find("Marzouk") != std::string::npos) {
        if (marzouk != nullptr) EXPECT_EQ(marzouk, &e) << "Marzouk under two keys";
        marzouk = &e;
      }
    }
    if (e.name.find("Jackson") != std::string::npos) ++jacksons;
  }
  ASSERT_NE(marzouk, nullptr);
  EXPECT_EQ(marzouk->mentions.size(), 3u);
  EXPECT_EQ(marzouk->name.find("Marzouk") != std::string::npos, true);
  EXPECT_EQ(jacksons, 2);
}

}  // namespace
}  // namespace claimdiff::compare
