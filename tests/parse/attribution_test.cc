#include "parse/attribution.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimdiff::parse {
namespace {

// One attribution as strings, for readable expectations.
struct Found {
  std::string source;
  std::string cue;
  std::string content;
  std::vector<std::string> via;
};

std::vector<Found> Find(const std::string& text) {
  std::vector<Found> out;
  for (const Attribution& a : FindAttributions(text, Span{0, text.size()})) {
    Found f{a.source.text, a.cue.text, text.substr(a.content.start, a.content.size()), {}};
    EXPECT_EQ(text.substr(a.cue.span.start, a.cue.span.size()), a.cue.text);
    EXPECT_EQ(text.substr(a.source.span.start, a.source.span.size()), a.source.text);
    for (const Via& v : a.via) f.via.push_back(v.outlet);
    out.push_back(f);
  }
  return out;
}

TEST(AttributionTest, SourceCueThatContent) {
  auto found = Find("Mayor Ana Ruiz said that the bridge will reopen in May.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Mayor Ana Ruiz");
  EXPECT_EQ(found[0].cue, "said");
  EXPECT_EQ(found[0].content, "the bridge will reopen in May");
}

TEST(AttributionTest, CueVerbsInAnyInflectionWithAuxiliaries) {
  for (const char* sentence : {"The council announces that fares will rise.",
                               "The council has announced that fares will rise.",
                               "The council will also warn that fares will rise.",
                               "The council was saying that fares will rise."}) {
    auto found = Find(sentence);
    ASSERT_EQ(found.size(), 1u) << sentence;
    EXPECT_EQ(found[0].source, "The council") << sentence;
    EXPECT_EQ(found[0].content, "fares will rise") << sentence;
  }
}

TEST(AttributionTest, InvertedCueAfterAQuotation) {
  auto found = Find("\"The vote was fair,\" said the minister.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "the minister");
  EXPECT_EQ(found[0].cue, "said");
  EXPECT_EQ(found[0].content, "\"The vote was fair,\"");
}

TEST(AttributionTest, SourceAndCueAfterACurlyQuotation) {
  auto found = Find("\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D the harbour master told reporters.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "the harbour master");
  EXPECT_EQ(found[0].cue, "told");
  EXPECT_EQ(found[0].content, "\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D");
}

TEST(AttributionTest, TitleBetweenSpeakerAndVerb) {
  auto found = Find("The minister, a former general, said the army would withdraw by June.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "The minister");
  EXPECT_EQ(found[0].content, "the army would withdraw by June");
}

TEST(AttributionTest, AccordingToBeforeAndAfterTheContent) {
  auto front = Find("According to the city's budget office, the tunnel cost 40 million.");
  ASSERT_EQ(front.size(), 1u);
  EXPECT_EQ(front[0].source, "the city's budget office");
  EXPECT_EQ(front[0].cue, "According to");
  EXPECT_EQ(front[0].content, "the tunnel cost 40 million");
  auto back = Find("The tunnel cost 40 million, according to the budget office.");
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].source, "the budget office");
  EXPECT_EQ(back[0].content, "The tunnel cost 40 million");
}

TEST(AttributionTest, PassiveWithAgentIsAnAttribution) {
  auto found = Find("The ceasefire plan was later backed by the prime minister.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "the prime minister");
  EXPECT_EQ(found[0].cue, "backed");
  EXPECT_EQ(found[0].content, "The ceasefire plan");
}

TEST(AttributionTest, PassiveWithoutAgentIsNotAnAttribution) {
  EXPECT_TRUE(Find("Four sailors are believed to be among the missing.").empty());
  EXPECT_TRUE(Find("The new date has not yet been announced.").empty());
}

TEST(AttributionTest, RecipientIsSkippedBeforeTheContent) {
  auto found = Find("Ruiz told reporters on Friday that the dam had held.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ruiz");
  EXPECT_EQ(found[0].content, "the dam had held");
}

TEST(AttributionTest, SeveralSpeakersInOneSentence) {
  auto found = Find("Smith said the talks had failed, while Jones said they would resume.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "Smith");
  EXPECT_EQ(found[0].content, "the talks had failed");
  EXPECT_EQ(found[1].source, "Jones");
  EXPECT_EQ(found[1].content, "they would resume");
}

TEST(AttributionTest, ParticipleCueSharesTheSource) {
  auto found = Find("Ruiz said the bridge was safe, adding that repairs would end soon.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].source, "Ruiz");
  EXPECT_EQ(found[1].cue, "adding");
  EXPECT_EQ(found[1].content, "repairs would end soon");
}

TEST(AttributionTest, OutletReportingWhatOfficialsSaidKeepsBothLevels) {
  auto found = Find(
      "The Daily Ledger reported that the port was closed, according to two harbour officials.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "The Daily Ledger");
  EXPECT_EQ(found[0].cue, "reported");
  EXPECT_EQ(found[1].source, "two harbour officials");
  EXPECT_EQ(found[1].content, "the port was closed");
  EXPECT_EQ(found[1].via, (std::vector<std::string>{"The Daily Ledger"}));
}

TEST(AttributionTest, InterviewWithAnOutletIsVia) {
  auto found = Find("In an interview with Radio Norte, the governor said that roads were open.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "the governor");
  EXPECT_EQ(found[0].via, (std::vector<std::string>{"Radio Norte"}));
}

TEST(AttributionTest, CueWordsInsideAQuotationAreNotCues) {
  auto found = Find("\"They said nothing to us,\" Ruiz said.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ruiz");
}

TEST(AttributionTest, NounsAndPlainSentencesAreNotCues) {
  EXPECT_TRUE(Find("The report was published on Monday.").empty());
  EXPECT_TRUE(Find("Ferries resumed service after the storm.").empty());
}

TEST(AttributionTest, TwoApostrophesAreAQuotationMark) {
  auto found = Find("''The levy is fair, '' said Mr. Holt, who chairs the board.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Mr. Holt");
  EXPECT_EQ(found[0].content, "''The levy is fair, ''");
}

TEST(AttributionTest, CoordinatedCueTakesTheSubject) {
  auto found = Find("The senator toured the plant and said that jobs would stay.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "The senator");
  EXPECT_EQ(found[0].content, "jobs would stay");
}

TEST(AttributionTest, ParenthesisInsideTheSource) {
  auto found = Find("\"We need the funds,\" Rep. Jo Hart (D-Ore.) said.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Rep. Jo Hart (D-Ore.)");
}

TEST(AttributionTest, BaseFormAfterASingularPronounIsNotItsCue) {
  EXPECT_TRUE(Find("Should she say that the fine was unfair, the court will listen.").empty());
  auto plural = Find("Officials say that the fine was unfair.");
  ASSERT_EQ(plural.size(), 1u);
  EXPECT_EQ(plural[0].source, "Officials");
}

TEST(AttributionTest, QuotationShapes) {
  std::string text =
      "\xE2\x80\x9C"
      "All of it,\xE2\x80\x9D she said.";
  EXPECT_TRUE(IsWhollyQuoted(text, Span{0, text.find(',') + 4}));
  EXPECT_TRUE(HasQuote(text, Span{0, text.size()}));
  std::string plain = "She said all of it.";
  EXPECT_FALSE(IsWhollyQuoted(plain, Span{0, plain.size()}));
  EXPECT_FALSE(HasQuote(plain, Span{0, plain.size()}));
}

TEST(AttributionTest, QuotationOpeningTheSentenceIsTheContentWhateverFollowsTheCue) {
  auto found = Find(
      "\"The harbour stays open,\" the mayor told the council of the port district when "
      "asked what the storm would change.");
  ASSERT_GE(found.size(), 1u);
  EXPECT_EQ(found[0].source, "the mayor");
  EXPECT_EQ(found[0].cue, "told");
  EXPECT_EQ(found[0].content, "\"The harbour stays open,\"");
}

TEST(AttributionTest, QuotationAfterTheCueBeatsAnIntroBeforeTheSource) {
  auto found =
      Find("At a rally in the old mill town, Ana Ruiz said, \"We will rebuild the bridge.\"");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ana Ruiz");
  EXPECT_EQ(found[0].content, "\"We will rebuild the bridge.\"");
  auto adverbial = Find("In a statement on Monday, the ministry declared at noon, \"Fares rise.\"");
  ASSERT_EQ(adverbial.size(), 1u);
  EXPECT_EQ(adverbial[0].source, "the ministry");
  EXPECT_EQ(adverbial[0].content, "\"Fares rise.\"");
}

TEST(AttributionTest, LearnedStanceCuesNeedAPersonOrAMarkedContent) {
  // "slammed" is not in the hand lists; it comes from the cue statistics.
  auto found = Find("Senator Jo Hart slammed the new toll on the bridge.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Senator Jo Hart");
  EXPECT_EQ(found[0].cue, "slammed");
  EXPECT_EQ(found[0].content, "the new toll on the bridge");
  EXPECT_TRUE(Find("The storm slammed the coast on Monday.").empty());
}

TEST(AttributionTest, ACueWordAfterAPossessiveAPrepositionOrANumberIsNoVerb) {
  // "decline" and "pledged" are cues as verbs only.
  auto found = Find(
      "Critics see the mayor as an agent in the city's decline, arguing that "
      "the port lost its trade.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].cue, "arguing");
  EXPECT_EQ(found[1].source, "Critics");
  EXPECT_EQ(found[1].content, "the port lost its trade");
  EXPECT_TRUE(Find("The mayor won most of the pledged seats and 1,200 pledged votes.").empty());
}

TEST(AttributionTest, ParticiplesTakeTheSourceOfTheClauseTheyHangFrom) {
  auto chain = Find(
      "The senator toured the plant on Friday, calling the mayor a fraud and "
      "questioning his judgment.");
  ASSERT_EQ(chain.size(), 2u);
  EXPECT_EQ(chain[1].cue, "questioning");
  EXPECT_EQ(chain[1].source, "The senator");
  EXPECT_EQ(chain[1].content, "his judgment");
  auto by = Find("The mayor hinted at the rival by mentioning the need for a new bridge.");
  ASSERT_EQ(by.size(), 2u);
  EXPECT_EQ(by[1].cue, "mentioning");
  EXPECT_EQ(by[1].source, "The mayor");
  EXPECT_EQ(by[1].content, "the need for a new bridge");
}

TEST(AttributionTest, QuantifiersAndNamesMidClauseAreSources) {
  auto found = Find("One shop says the toll is too high, another says it is fair.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].source, "another");
  EXPECT_EQ(found[1].content, "it is fair");
  auto named = Find("The vote went ahead with Ana Ruiz saying the count was fair.");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].source, "Ana Ruiz");
  EXPECT_EQ(named[0].cue, "saying");
  EXPECT_TRUE(Find("Rain fell on the man saying nothing at all.").empty());
}

TEST(AttributionTest, WhoAndGroupsHoldStancesAndParticiples) {
  auto who = Find("The mayor thanked the voters, who backed the new bridge.");
  ASSERT_EQ(who.size(), 2u);
  EXPECT_EQ(who[1].source, "who");
  EXPECT_EQ(who[1].cue, "backed");
  EXPECT_EQ(who[1].content, "the new bridge");
  auto group = Find("The rally went on for hours, with supporters chanting her name.");
  ASSERT_EQ(group.size(), 1u);
  EXPECT_EQ(group[0].source, "supporters");
  EXPECT_EQ(group[0].content, "her name");
}

TEST(AttributionTest, DocumentsHoldFindingsWhereverTheirHeadStands) {
  auto after = Find("Fares will rise in May, new ridership reports show.");
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].source, "new ridership reports");
  EXPECT_EQ(after[0].cue, "show");
  EXPECT_EQ(after[0].content, "Fares will rise in May");
  auto modified = Find("A harbour survey released last week showed the ferry losing riders.");
  ASSERT_EQ(modified.size(), 1u);
  EXPECT_EQ(modified[0].source, "A harbour survey released last week");
  EXPECT_EQ(modified[0].content, "the ferry losing riders");
  // Without a document, a weak cue after unquoted content is no attribution.
  EXPECT_TRUE(Find("Fares will rise in May, the new timetables show.").empty());
}

TEST(AttributionTest, CoordinatedSources) {
  auto officials = Find("The ferry will stop in May, current and former officials said.");
  ASSERT_EQ(officials.size(), 1u);
  EXPECT_EQ(officials[0].source, "current and former officials");
  auto names = Find("Ruiz and Hart said the ferry will stop in May.");
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].source, "Ruiz and Hart");
  auto clause = Find("The port closed and Hart said the ferry will stop.");
  ASSERT_EQ(clause.size(), 1u);
  EXPECT_EQ(clause[0].source, "Hart");
}

TEST(AttributionTest, OpeningNameWithAppositionIsTheSourceNotTheContent) {
  auto found = Find(
      "Ana Ruiz, a ferry pilot for twenty years, said the new timetable "
      "put forward by the council is too tight.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ana Ruiz");
  EXPECT_EQ(found[0].content, "the new timetable put forward by the council is too tight");
  auto quoted = Find(
      "\"We are old friends,\" Jo Hart, 57, told a voter passing by who "
      "stopped at the sight of the pair.");
  ASSERT_GE(quoted.size(), 1u);
  EXPECT_EQ(quoted[0].source, "Jo Hart, 57");
  EXPECT_EQ(quoted[0].cue, "told");
  EXPECT_EQ(quoted[0].content, "\"We are old friends,\"");
}

TEST(AttributionTest, CoordinatedPredicatesTakeTheSubject) {
  auto but = Find(
      "Hart said she was impressed with the pier, but lamented that the ferry "
      "was late.");
  ASSERT_EQ(but.size(), 2u);
  EXPECT_EQ(but[0].content, "she was impressed with the pier");
  EXPECT_EQ(but[1].source, "Hart");
  EXPECT_EQ(but[1].cue, "lamented");
  EXPECT_EQ(but[1].content, "the ferry was late");
  auto stance = Find("Ana Ruiz toured the harbour on Monday and praised the new pier.");
  ASSERT_EQ(stance.size(), 1u);
  EXPECT_EQ(stance[0].source, "Ana Ruiz");
  EXPECT_EQ(stance[0].content, "the new pier");
  // A subject that holds no stance: "slammed" is the storm's deed.
  EXPECT_TRUE(Find("The storm hit the harbour on Monday and slammed the new pier.").empty());
}

TEST(AttributionTest, TopicAfterAboutIsTheContent) {
  auto found = Find("The mayor spoke about the cost of the new pier.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "The mayor");
  EXPECT_EQ(found[0].content, "the cost of the new pier");
}

TEST(AttributionTest, AnIntroPhraseBeforeTheSourceIsNoContent) {
  auto found = Find("In a later vote, the senator warned of the dangers of the new toll.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "the senator");
  EXPECT_EQ(found[0].content, "of the dangers of the new toll");
  auto clause = Find("As fares rose, the council pledged to cut the toll.");
  ASSERT_EQ(clause.size(), 1u);
  EXPECT_EQ(clause[0].content, "to cut the toll");
  // Two clauses before the source: the content is before it.
  auto content = Find("In May, the ferry will stop, the council said on Tuesday.");
  ASSERT_EQ(content.size(), 1u);
  EXPECT_EQ(content[0].content, "In May, the ferry will stop");
}

TEST(AttributionTest, NounLikeVerbsCueOnlyAfterASubject) {
  auto voters = Find("Many voters strongly support the new toll.");
  ASSERT_EQ(voters.size(), 1u);
  EXPECT_EQ(voters[0].source, "Many voters");
  EXPECT_EQ(voters[0].cue, "support");
  auto they = Find("They hope the ferry returns in May.");
  ASSERT_EQ(they.size(), 1u);
  EXPECT_EQ(they[0].content, "the ferry returns in May");
  EXPECT_TRUE(Find("The support for the toll fell in May.").empty());
  EXPECT_TRUE(Find("Fresh hope came with the ferry.").empty());
}

TEST(AttributionTest, InvertedAskAfterAQuestion) {
  auto found = Find("\"Why should the ferry stop?\" asked Bennett, a retired pilot.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Bennett");
  EXPECT_EQ(found[0].cue, "asked");
  EXPECT_EQ(found[0].content, "\"Why should the ferry stop?\"");
}

TEST(AttributionTest, ColonLabelsAndTalliesNameNoSpeaker) {
  EXPECT_TRUE(Find("BOOM: The Ferry Stops For Good.").empty());
  EXPECT_TRUE(Find("Revealed: What The Harbour Hides.").empty());
  EXPECT_TRUE(Find("Ruiz: 547.").empty());
  auto found = Find("Ruiz: The ferry will run again in May.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ruiz");
}

TEST(AttributionTest, LongAppositionsAndRelativeClauses) {
  auto found = Find(
      "Jo Hart, a pilot for Berg & Lund (the old ferry firm), a company that has "
      "run boats on the fjord for ninety years, said that the damage is done.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].cue, "said");
  EXPECT_EQ(found[0].content, "the damage is done");
  auto who = Find("\"We will win,\" said Sen. Jo Hart, who has pushed for a new pier.");
  ASSERT_EQ(who.size(), 2u);
  EXPECT_EQ(who[0].content, "\"We will win,\"");
  EXPECT_EQ(who[1].source, "who");
  EXPECT_EQ(who[1].content, "a new pier");
}

TEST(AttributionTest, IntentionsAndCuesAfterCatenatives) {
  auto went = Find("The harbour master went on to say that the pier is safe.");
  ASSERT_EQ(went.size(), 1u);
  EXPECT_EQ(went[0].source, "The harbour master");
  EXPECT_EQ(went[0].cue, "say");
  EXPECT_EQ(went[0].content, "the pier is safe");
  auto declined = Find("The shipping agency declined to comment on the fire.");
  ASSERT_EQ(declined.size(), 1u);
  EXPECT_EQ(declined[0].source, "The shipping agency");
  EXPECT_EQ(declined[0].content, "to comment on the fire");
  // "to" after a verb that is no catenative: an infinitive, not a cue.
  EXPECT_TRUE(Find("The crew came to say goodbye to the pier.").empty());
}

TEST(AttributionTest, PhrasalCues) {
  auto out = Find("The mayor pointed out that the pier is unsafe.");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].source, "The mayor");
  EXPECT_EQ(out[0].cue, "pointed out");
  EXPECT_EQ(out[0].content, "the pier is unsafe");
  auto aim = Find("Senator Hart took aim at the new toll.");
  ASSERT_EQ(aim.size(), 1u);
  EXPECT_EQ(aim[0].cue, "took aim at");
  EXPECT_EQ(aim[0].content, "the new toll");
  auto clear = Find("The senator made it clear he would not back the toll.");
  ASSERT_GE(clear.size(), 1u);
  EXPECT_EQ(clear[0].cue, "made it clear");
  EXPECT_EQ(clear[0].content, "he would not back the toll");
  EXPECT_TRUE(Find("The point out there is moot.").empty());
}

TEST(AttributionTest, ThousandsSeparatorsAndNegatedPassivesCutNothing) {
  auto found = Find("The agency also reported that roughly 1,100 donor names weren't disclosed.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].cue, "reported");
  EXPECT_EQ(found[0].content, "roughly 1,100 donor names weren't disclosed");
}

TEST(AttributionTest, ParticipleAfterAQuotationClosedWithAComma) {
  auto found = Find("Hart said last week that the mayor holds \"old harbour values,\" stating "
                    "during the debate that they are \"out of date.\"");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].content, "the mayor holds \"old harbour values,\"");
  EXPECT_EQ(found[1].source, "Hart");
  EXPECT_EQ(found[1].cue, "stating");
  EXPECT_EQ(found[1].content, "they are \"out of date.\"");
}

TEST(AttributionTest, AThatClosingTheSentenceIsAPronoun) {
  auto found = Find("He says the plan was wrong and says he has a bill to fix that.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].content, "he has a bill to fix that");
}

TEST(AttributionTest, GroupsWithAppositionsOpenTheSentence) {
  auto found = Find("Local economists, like their colleagues abroad, say the toll slows trade.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Local economists");
  EXPECT_EQ(found[0].content, "the toll slows trade");
}

TEST(AttributionTest, VerbsWithObjectsDoNotInvert) {
  EXPECT_TRUE(Find("The port closed in May, criticized the mayor of the town.").empty());
  auto said = Find("The port will close in May, said the mayor of the town.");
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(said[0].source, "the mayor of the town");
}

TEST(AttributionTest, StancesHeldAsStates) {
  auto skeptical = Find("Ana Ruiz is deeply skeptical of the new toll.");
  ASSERT_EQ(skeptical.size(), 1u);
  EXPECT_EQ(skeptical[0].source, "Ana Ruiz");
  EXPECT_EQ(skeptical[0].cue, "skeptical");
  EXPECT_EQ(skeptical[0].content, "the new toll");
  auto eager = Find("Many voters were eager to see the pier rebuilt.");
  ASSERT_EQ(eager.size(), 1u);
  EXPECT_EQ(eager[0].content, "to see the pier rebuilt");
  EXPECT_TRUE(Find("The road was clear of snow and certain of nothing.").empty());
}

TEST(AttributionTest, LearnedThirdPersonFormsBackedByTheirPastForms) {
  // "blasts" ends like "statements"; the table's "blasted" shows it is a verb.
  auto found = Find("Hart blasts the toll on the bridge.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].cue, "blasts");
  EXPECT_TRUE(Find("The statements of the port were short.").empty());
}

TEST(AttributionTest, AdsAndSpeechesHoldContentsLikeDocuments) {
  auto found = Find("Hart released a new radio ad calling the toll a disgrace.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].cue, "calling");
  EXPECT_EQ(found[0].content, "the toll a disgrace");
}

TEST(AttributionTest, CoordinatedPredicateInARelativeClauseKeepsItsSource) {
  auto found = Find("The port hired Berg, who has known the mayor for years and called him a "
                    "careful planner.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].source, "who");
  EXPECT_EQ(found[1].cue, "called");
  EXPECT_EQ(found[1].content, "him a careful planner");
}

TEST(AttributionTest, NegatedContractionsStandBetweenSourceAndCue) {
  auto found = Find("Ruiz doesn't think the toll will pass.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ruiz");
  EXPECT_EQ(found[0].cue, "think");
  EXPECT_EQ(found[0].content, "the toll will pass");
}

TEST(AttributionTest, SpeakingHoldsOnlyItsTopic) {
  EXPECT_TRUE(Find("The mayor spoke at a rally in the old mill town.").empty());
  auto of = Find("The mayor spoke of a new pier for the town.");
  ASSERT_EQ(of.size(), 1u);
  EXPECT_EQ(of[0].content, "a new pier for the town");
}

TEST(AttributionTest, AccordingToAfterAColonFramesWhatFollows) {
  auto found = Find("And it has not gone unnoticed: According to recent polls, the ferry "
                    "lost half its riders.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "recent polls");
  EXPECT_EQ(found[0].content, "the ferry lost half its riders");
}

TEST(AttributionTest, CuesInsideWhatAPersonSaidStayInTheContent) {
  auto wants = Find("The harbour master said she wants the pier rebuilt before winter.");
  ASSERT_EQ(wants.size(), 1u);
  EXPECT_EQ(wants[0].source, "The harbour master");
  EXPECT_EQ(wants[0].cue, "said");
  EXPECT_EQ(wants[0].content, "she wants the pier rebuilt before winter");
  auto told =
      Find("Ana Ruiz told reporters that the ferry crews believed the tide tables were wrong.");
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].source, "Ana Ruiz");
  EXPECT_EQ(told[0].content, "the ferry crews believed the tide tables were wrong");
  // An outlet's report keeps the sources it passes on.
  auto outlet = Find("The Daily Ledger reported that harbour officials said the pier was unsafe.");
  ASSERT_EQ(outlet.size(), 2u);
  EXPECT_EQ(outlet[1].source, "harbour officials");
  EXPECT_EQ(outlet[1].via, (std::vector<std::string>{"The Daily Ledger"}));
}

TEST(AttributionTest, AnExpectationWithoutAHolderHasNoSource) {
  auto found = Find("The harbour board is widely expected to approve the new pier on Monday.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "");
  EXPECT_EQ(found[0].cue, "is widely expected");
  EXPECT_EQ(found[0].content,
            "The harbour board is widely expected to approve the new pier on Monday");
  EXPECT_TRUE(Find("The ferry is likely to run late on Monday.").empty());
  EXPECT_TRUE(Find("Turnout was higher than expected in the port towns.").empty());
}

TEST(AttributionTest, AQuestionPutToTheSpeakerIsItsOwnAttribution) {
  auto found = Find("Asked whether the pier would reopen, the mayor said repairs were on time.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "");
  EXPECT_EQ(found[0].cue, "Asked");
  EXPECT_EQ(found[0].content, "whether the pier would reopen");
  EXPECT_EQ(found[1].source, "the mayor");
  EXPECT_EQ(found[1].content, "repairs were on time");
  auto by = Find("Asked by a local reporter about the ferry fares, Hart said they would fall.");
  ASSERT_EQ(by.size(), 2u);
  EXPECT_EQ(by[0].source, "a local reporter");
  EXPECT_EQ(by[0].content, "the ferry fares");
  auto quoted = Find(
      "Asked if the plan is \"fair to the island towns,\" most voters in the survey said no.");
  ASSERT_FALSE(quoted.empty());
  EXPECT_EQ(quoted[0].content, "if the plan is \"fair to the island towns,\"");
  // A question whose asker is the subject keeps its source.
  auto asker = Find("The council asked the mayor whether the pier was safe.");
  ASSERT_EQ(asker.size(), 1u);
  EXPECT_EQ(asker[0].source, "The council");
}

TEST(AttributionTest, AnAgeAndADescriptionBetweenNameAndCue) {
  auto found = Find("Jo Hart, 57, a retired ferry pilot from Molde, said the tides had changed.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Jo Hart");
  EXPECT_EQ(found[0].content, "the tides had changed");
}

TEST(AttributionTest, AMiddleInitialStaysInTheSourceName) {
  auto found = Find("\"The tides have changed,\" said Jock A. Lindqvist.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Jock A. Lindqvist");
  EXPECT_EQ(found[0].content, "\"The tides have changed,\"");
  auto before = Find("Harbour master Jane Q. Roe said the pier was safe.");
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].source, "Harbour master Jane Q. Roe");
}

TEST(AttributionTest, APlaceOrOccasionAfterTheCueIsNoContent) {
  EXPECT_TRUE(Find("The harbour master responded on the port's website.").empty());
  EXPECT_TRUE(Find("Ana Ruiz testified before the council last week.").empty());
  auto found = Find("Ana Ruiz said on Tuesday the new pier would open in May after all.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "Ana Ruiz");
}

TEST(AttributionTest, AQuestionAskedBySomeoneFollowsTheAsker) {
  auto found = Find("Hart was asked by a harbour reporter whether the pier would reopen.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "a harbour reporter");
  EXPECT_EQ(found[0].content, "whether the pier would reopen");
}

}  // namespace
}  // namespace claimdiff::parse
