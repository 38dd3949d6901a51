#include "app/version_diff.h"

#include <gtest/gtest.h>

namespace claimdiff::app {
namespace {

TEST(VersionDiffTest, SplitsChangesIntoAddedRemovedAndEdited) {
  std::string before =
      "The dam held overnight. Officials said 40 homes were flooded. "
      "The mayor visited the shelter.";
  std::string after =
      "The dam held overnight. Officials said 60 homes were flooded. "
      "Schools will stay closed on Tuesday.";
  VersionDiff d = DiffVersions(before, after);
  ASSERT_EQ(d.edited.size(), 1u);
  EXPECT_EQ(d.edited[0].before, "Officials said 40 homes were flooded.");
  EXPECT_EQ(d.edited[0].after, "Officials said 60 homes were flooded.");
  EXPECT_EQ(WordDiffText(d.edited[0].diff), "Officials said [-40-] {+60+} homes were flooded.");
  EXPECT_EQ(d.removed, std::vector<std::string>{"The mayor visited the shelter."});
  EXPECT_EQ(d.added, std::vector<std::string>{"Schools will stay closed on Tuesday."});
}

TEST(VersionDiffTest, IdenticalAndReorderedTextsHaveNoChanges) {
  VersionDiff same = DiffVersions("One fact here. Another fact there.", "One fact here. Another fact there.");
  EXPECT_TRUE(same.added.empty() && same.removed.empty() && same.edited.empty());
  VersionDiff moved = DiffVersions("One fact here. Another fact there.", "Another fact there. One fact here.");
  EXPECT_TRUE(moved.added.empty() && moved.removed.empty() && moved.edited.empty());
}

TEST(VersionDiffTest, EachSentenceIsPairedAtMostOnceBestFirst) {
  std::string before = "The river rose two metres on Friday.";
  std::string after = "The river rose three metres on Friday. The river rose two metres on Saturday.";
  VersionDiff d = DiffVersions(before, after);
  ASSERT_EQ(d.edited.size(), 1u);
  EXPECT_EQ(d.added.size(), 1u);
  EXPECT_TRUE(d.removed.empty());
}

TEST(VersionDiffTest, UnlikeSentencesAreNotEdits) {
  VersionDiff d = DiffVersions("Rain fell all week.", "The council approved a new budget.");
  EXPECT_TRUE(d.edited.empty());
  EXPECT_EQ(d.added.size(), 1u);
  EXPECT_EQ(d.removed.size(), 1u);
}

}  // namespace
}  // namespace claimdiff::app
