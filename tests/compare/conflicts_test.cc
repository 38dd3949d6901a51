// Conflict finding on claims built by hand (compare/conflicts.cc): spans
// made absolute, sources taken from attributions, quotes with word diffs.
#include "compare/conflicts.h"

#include <gtest/gtest.h>

#include "parse/names.h"
#include "parse/parse.h"

namespace claimdiff::compare {
namespace {

// A claim placed at `offset` in an article, annotated as the parse stage
// would do it.
Claim At(const std::string& text, size_t offset) {
  Claim c;
  c.text = text;
  c.span = Span{offset, offset + text.size()};
  parse::AnnotateClaim(&c);
  return c;
}

Attribution Said(const Claim& c, const std::string& source, SourceType type) {
  Attribution a;
  size_t at = c.text.find(source);
  a.source.text = source;
  a.source.span = Span{c.span.start + at, c.span.start + at + source.size()};
  a.source.canonical = parse::CanonicalName(source);
  a.source_type = type;
  return a;
}

TEST(ConflictsTest, SpansIndexTheArticles) {
  Featurizer fz;
  Claim a = At("Some 1,500 residents were evacuated.", 100);
  Claim b = At("About 1,200 residents were evacuated.", 7);
  std::vector<Conflict> x = FindConflicts(a, fz.Of(a), b, fz.Of(b));
  ASSERT_EQ(x.size(), 1u);
  EXPECT_EQ(x[0].type, "number");
  EXPECT_EQ(x[0].left_text, "Some 1,500");
  EXPECT_EQ(x[0].right_text, "About 1,200");
  EXPECT_EQ(x[0].left_span.start, 100u);
  EXPECT_EQ(x[0].right_span.start, 7u);
}

TEST(ConflictsTest, AttributedSourcesDecideTheSourceConflict) {
  Featurizer fz;
  Claim a = At("The sea wall held, according to the harbour office.", 0);
  Claim b = At("The sea wall held, according to the city engineers.", 0);
  a.attributions.push_back(Said(a, "the harbour office", SourceType::kOrganisation));
  b.attributions.push_back(Said(b, "the city engineers", SourceType::kOrganisation));
  std::vector<Conflict> x = FindConflicts(a, fz.Of(a), b, fz.Of(b));
  ASSERT_EQ(x.size(), 1u);
  EXPECT_EQ(x[0].type, "source");
  EXPECT_EQ(x[0].left_text, "the harbour office");
  EXPECT_EQ(x[0].right_text, "the city engineers");
}

TEST(ConflictsTest, ASpeakerNamedAnywhereInTheOtherClaimIsNoSourceConflict) {
  Featurizer fz;
  // The attribution of `a` took the body, not the person, as the source.
  Claim a = At("The dam held, said Ola Strand of the Flood Board.", 0);
  Claim b = At("The dam held, said Ola Strand.", 0);
  Claim c = At("The dam held, said Karin Dahl.", 0);
  a.attributions.push_back(Said(a, "Flood Board", SourceType::kOrganisation));
  b.attributions.push_back(Said(b, "Ola Strand", SourceType::kPerson));
  c.attributions.push_back(Said(c, "Karin Dahl", SourceType::kPerson));
  EXPECT_TRUE(FindConflicts(a, fz.Of(a), b, fz.Of(b)).empty());
  // Someone named nowhere in the other claim still conflicts.
  std::vector<Conflict> x = FindConflicts(c, fz.Of(c), b, fz.Of(b));
  ASSERT_EQ(x.size(), 1u);
  EXPECT_EQ(x[0].type, "source");
}

TEST(ConflictsTest, ADescriptionIsNoSourceConflictWithAName) {
  Featurizer fz;
  Claim a = At("The dam held, the harbour office said.", 0);
  Claim b = At("The dam held, said Ola Strand.", 0);
  Claim c = At("The dam held, the harbour board said.", 0);
  a.attributions.push_back(Said(a, "the harbour office", SourceType::kOrganisation));
  b.attributions.push_back(Said(b, "Ola Strand", SourceType::kPerson));
  c.attributions.push_back(Said(c, "the harbour board", SourceType::kOrganisation));
  // The office may be where Strand speaks from.
  EXPECT_TRUE(FindConflicts(a, fz.Of(a), b, fz.Of(b)).empty());
  // Two descriptions sharing a word may be one body.
  EXPECT_TRUE(FindConflicts(a, fz.Of(a), c, fz.Of(c)).empty());
}

TEST(ConflictsTest, AnUnnamedSpeakerIsNoSourceConflict) {
  Featurizer fz;
  Claim a = At("The sea wall held, he said.", 0);
  Claim b = At("The sea wall held, Jonas Ekholm said.", 0);
  Claim c = At("The sea wall held, officials said.", 0);
  Attribution pronoun = Said(a, "he", SourceType::kPerson);
  pronoun.source.canonical.clear();  // unresolved
  a.attributions.push_back(pronoun);
  b.attributions.push_back(Said(b, "Jonas Ekholm", SourceType::kPerson));
  c.attributions.push_back(Said(c, "officials", SourceType::kAnonymous));
  EXPECT_TRUE(FindConflicts(a, fz.Of(a), b, fz.Of(b)).empty());
  EXPECT_TRUE(FindConflicts(c, fz.Of(c), b, fz.Of(b)).empty());
}

TEST(ConflictsTest, TheSameSourceUnderAnotherSpellingIsNoConflict) {
  Featurizer fz;
  Claim a = At("The visit was a mistake, Lior Haiat said.", 0);
  Claim b = At("The visit was a mistake, Lior Hayat said.", 0);
  a.attributions.push_back(Said(a, "Lior Haiat", SourceType::kPerson));
  b.attributions.push_back(Said(b, "Lior Hayat", SourceType::kPerson));
  EXPECT_TRUE(FindConflicts(a, fz.Of(a), b, fz.Of(b)).empty());
}

TEST(ConflictsTest, QuoteConflictCarriesTheWordDiff) {
  Featurizer fz;
  Claim a = At("\"An obscene step,\" Haiat said.", 0);
  Claim b = At("\"A deplorable step,\" Haiat said.", 0);
  std::vector<Conflict> x = FindConflicts(a, fz.Of(a), b, fz.Of(b));
  ASSERT_EQ(x.size(), 1u);
  EXPECT_EQ(x[0].type, "quote");
  ASSERT_EQ(x[0].word_diff.size(), 3u);
  EXPECT_EQ(x[0].word_diff[0].kind, DiffOp::Kind::kDelete);
  EXPECT_EQ(x[0].word_diff[0].text, "An obscene");
  EXPECT_EQ(x[0].word_diff[1].kind, DiffOp::Kind::kInsert);
  EXPECT_EQ(x[0].word_diff[1].text, "A deplorable");
  EXPECT_EQ(x[0].word_diff[2].text, "step");
}

TEST(ConflictsTest, ConflictsAreFoundFromEitherSide) {
  Featurizer fz;
  const char* pairs[][2] = {
      {"The bridge was closed.", "The bridge was not closed."},
      {"Talks were held on Monday.", "Talks were held on Friday."},
      {"Six boats sank.", "Eight boats sank."},
  };
  for (const auto& p : pairs) {
    Claim a = At(p[0], 0);
    Claim b = At(p[1], 0);
    std::vector<Conflict> ab = FindConflicts(a, fz.Of(a), b, fz.Of(b));
    std::vector<Conflict> ba = FindConflicts(b, fz.Of(b), a, fz.Of(a));
    ASSERT_EQ(ab.size(), 1u) << p[0];
    ASSERT_EQ(ba.size(), 1u) << p[0];
    EXPECT_EQ(ab[0].type, ba[0].type);
    EXPECT_EQ(ab[0].left_text, ba[0].right_text);
  }
}

}  // namespace
}  // namespace claimdiff::compare
