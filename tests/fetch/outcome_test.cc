#include "fetch/outcome.h"

#include <gtest/gtest.h>

namespace claimdiff::fetch {
namespace {

TEST(OutcomeTest, HtmlIsOkAndOtherTypesAreNotHtml) {
  EXPECT_EQ(ClassifyResponse("u", 200, "text/html; charset=utf-8", "<p>x</p>").outcome,
            FetchOutcome::kOk);
  EXPECT_EQ(ClassifyResponse("u", 200, "application/xhtml+xml", "<p>x</p>").outcome,
            FetchOutcome::kOk);
  Classified pdf = ClassifyResponse("http://h/x.pdf", 200, "application/pdf", "%PDF-1.7");
  EXPECT_EQ(pdf.outcome, FetchOutcome::kNotHtml);
  EXPECT_NE(pdf.error.find("http://h/x.pdf"), std::string::npos);
  EXPECT_EQ(ClassifyResponse("u", 200, "application/json", "{}").outcome, FetchOutcome::kNotHtml);
}

TEST(OutcomeTest, MissingContentTypeIsSniffed) {
  EXPECT_EQ(ClassifyResponse("u", 200, "", "\xEF\xBB\xBF  <html>x</html>").outcome,
            FetchOutcome::kOk);
  EXPECT_EQ(ClassifyResponse("u", 200, "", std::string("\x89PNG\r\n\x1a\n\0\0", 10)).outcome,
            FetchOutcome::kNotHtml);
}

TEST(OutcomeTest, ErrorsAndWalls) {
  Classified e = ClassifyResponse("http://h/a", 404, "text/html", "<p>gone</p>");
  EXPECT_EQ(e.outcome, FetchOutcome::kHttpError);
  EXPECT_NE(e.error.find("404"), std::string::npos);
  EXPECT_EQ(ClassifyResponse("u", 403, "text/html",
                             "<div class=\"g-recaptcha\" data-sitekey=\"k\"></div>")
                .outcome,
            FetchOutcome::kPaywall);
  EXPECT_EQ(
      ClassifyResponse("u", 200, "text/html", "<h1>Title</h1><p>Subscribe to continue reading.</p>")
          .outcome,
      FetchOutcome::kPaywall);
  EXPECT_EQ(ClassifyResponse("u", 304, "", "").outcome, FetchOutcome::kUnchanged);
}

TEST(OutcomeTest, LongArticleMentioningPaywallsIsNotAWall) {
  std::string article = "<p>" + std::string(70 * 1024, 'w') +
                        " readers are asked to subscribe to continue reading elsewhere.</p>";
  EXPECT_EQ(ClassifyResponse("u", 200, "text/html", article).outcome, FetchOutcome::kOk);
}

}  // namespace
}  // namespace claimdiff::fetch
