#include "parse/charset.h"

#include <gtest/gtest.h>

#include "core/text.h"

namespace claimdiff::parse {
namespace {

TEST(CharsetTest, ReadsTheCharsetParameter) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=ISO-8859-2"), "iso-8859-2");
  EXPECT_EQ(CharsetFromContentType("text/html; charset=\"utf-8\""), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  // HTML treats a declared Latin-1 as windows-1252.
  EXPECT_EQ(CharsetFromContentType("text/html; charset=iso-8859-1"), "windows-1252");
}

TEST(CharsetTest, ReadsMetaCharsetAndHttpEquiv) {
  EXPECT_EQ(CharsetFromMeta("<html><head><meta charset=\"windows-1251\">"), "windows-1251");
  EXPECT_EQ(CharsetFromMeta("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                            "charset=koi8-r\">"),
            "koi8-r");
  EXPECT_EQ(CharsetFromMeta("<meta name=\"x\" content=\"y\">"), "");
}

TEST(CharsetTest, MetaAfterTheFirstKilobyteOfTheHeadCounts) {
  std::string page = "<html><head><!-- " + std::string(3000, 'x') +
                     " --><meta charset=\"iso-8859-2\"></head><body>Zaj\xEA\xB3o</body>";
  EXPECT_EQ(CharsetFromMeta(page), "iso-8859-2");
  StatusOr<Decoded> d = DecodeToUtf8(page, "");
  ASSERT_TRUE(d.ok());
  EXPECT_NE(d->text.find("Zaj\xC4\x99\xC5\x82o"), std::string::npos);  // Zajęło
  // A charset named in the body is not a declaration.
  EXPECT_EQ(CharsetFromMeta("<head></head><body><meta charset=\"koi8-r\">"), "");
}

TEST(CharsetTest, BomWins) {
  StatusOr<Decoded> d = DecodeToUtf8("\xEF\xBB\xBFhello", "text/html; charset=windows-1252");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "hello");
  EXPECT_EQ(d->evidence, "bom");
}

TEST(CharsetTest, HttpHeaderCharsetConverts) {
  StatusOr<Decoded> d = DecodeToUtf8("caf\xE9", "text/html; charset=iso-8859-1");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "caf\xC3\xA9");
  EXPECT_EQ(d->evidence, "http");
}

TEST(CharsetTest, MetaCharsetConvertsCyrillic) {
  std::string page = "<meta charset=\"windows-1251\"><p>\xCC\xEE\xF1\xEA\xE2\xE0</p>";
  StatusOr<Decoded> d = DecodeToUtf8(page, "");
  ASSERT_TRUE(d.ok());
  EXPECT_NE(d->text.find("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"), std::string::npos);  // Москва
  EXPECT_EQ(d->evidence, "meta");
}

TEST(CharsetTest, ValidUtf8WithoutDeclarationIsUtf8) {
  StatusOr<Decoded> d = DecodeToUtf8("<p>Russia\xE2\x80\x99s envoy</p>", "");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->charset, "utf-8");
  EXPECT_EQ(d->evidence, "utf8");
}

TEST(CharsetTest, UndeclaredLegacyBytesAreDetectedAndConverted) {
  std::string page =
      "<html><body><p>Le ministre a d\xE9" "clar\xE9 que la d\xE9l\xE9gation \xE9tait "
      "arriv\xE9" "e \xE0 Moscou tr\xE8s t\xF4t ce matin, selon le porte-parole.</p></body></html>";
  StatusOr<Decoded> d = DecodeToUtf8(page, "");
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(IsValidUtf8(d->text));
  EXPECT_NE(d->text.find("d\xC3\xA9" "clar\xC3\xA9"), std::string::npos) << d->charset;
}

TEST(CharsetTest, DeclaredUtf8WithBadBytesKeepsEveryParagraph) {
  StatusOr<Decoded> d = DecodeToUtf8("<p>one \xFF</p><p>two</p>", "text/html; charset=utf-8");
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(IsValidUtf8(d->text));
  EXPECT_NE(d->text.find("two"), std::string::npos);
  EXPECT_NE(d->text.find("\xEF\xBF\xBD"), std::string::npos);
}

}  // namespace
}  // namespace claimdiff::parse
