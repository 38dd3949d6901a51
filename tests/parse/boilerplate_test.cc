#include "parse/boilerplate.h"

#include <gtest/gtest.h>

namespace claimdiff::parse {
namespace {

TEST(BoilerplateTest, ClassifiesClassWords) {
  EXPECT_TRUE(ClassifyName("post-comments") & kHintComments);
  EXPECT_TRUE(ClassifyName("commentlist") & kHintComments);
  EXPECT_TRUE(ClassifyName("share-bar") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyName("sharedaddy") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyName("NewsletterBox") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyName("wp-caption-text") & kHintCaption);
  EXPECT_TRUE(ClassifyName("article-body") & kHintPositive);
  EXPECT_TRUE(ClassifyName("story-lead") & kHintLead);
  EXPECT_TRUE(ClassifyName("l-outer--nav") & kHintLayout);
}

TEST(BoilerplateTest, AuthorBoxesAreBoilerplateBylinesAreMeta) {
  EXPECT_TRUE(ClassifyName("author-bio") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyName("entry-author-info") & kHintBoilerplate);
  EXPECT_FALSE(ClassifyName("author") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyName("author") & kHintMeta);
}

TEST(BoilerplateTest, WholeWordsOnly) {
  EXPECT_EQ(ClassifyName("header"), kHintNone);  // has "ad" inside, not as a word
  EXPECT_EQ(ClassifyName("shadow"), kHintNone);
  EXPECT_EQ(ClassifyName("loaded"), kHintNone);
  EXPECT_EQ(ClassifyName(""), kHintNone);
}

TEST(BoilerplateTest, FurnitureLines) {
  EXPECT_TRUE(IsBoilerplateLine("Read more: Flood defences to be raised"));
  EXPECT_TRUE(IsBoilerplateLine("Lesen Sie auch:"));
  EXPECT_TRUE(IsBoilerplateLine("\xC2\xA9 2026 Valley Post"));
  EXPECT_TRUE(IsBoilerplateLine("Foto: Lena Frost"));
  EXPECT_FALSE(IsBoilerplateLine("Anzeigen gegen den Betreiber wurden am Montag erstattet."));
  EXPECT_FALSE(IsBoilerplateLine("The council said the work cost less than planned."));
}

TEST(BoilerplateTest, SectionEndHeadings) {
  EXPECT_TRUE(IsSectionEndHeading("Related stories"));
  EXPECT_TRUE(IsSectionEndHeading("KOMMENTARE (12)"));
  EXPECT_TRUE(IsSectionEndHeading("Über den Autor"));
  EXPECT_FALSE(IsSectionEndHeading("The road to recovery"));
}

}  // namespace
}  // namespace claimdiff::parse
