// What a page's class and id attributes say about a block: comments,
// boilerplate (share bars, related links, newsletter boxes, ads, cookie
// notices, navigation), captions, byline/date lines, or likely content.
// Words are compared after splitting the attribute at every character that
// is not a letter or digit ("post-comments" has "comments"), and a few
// stems match inside longer words ("sharebar", "newsletterbox"). Pure.
#ifndef CLAIMDIFF_PARSE_BOILERPLATE_H_
#define CLAIMDIFF_PARSE_BOILERPLATE_H_

#include <cstdint>
#include <string_view>

namespace claimdiff::parse {

// Bit flags; a block can carry several.
enum HintBits : uint8_t {
  kHintNone = 0,
  kHintComments = 1 << 0,     // reader comments and their forms
  kHintBoilerplate = 1 << 1,  // share, related, newsletter, ads, navigation, cookies
  kHintCaption = 1 << 2,      // figure captions and photo credits
  kHintMeta = 1 << 3,         // byline, date, tags lines: negative for scoring
  kHintPositive = 1 << 4,     // article, content, story, entry, post, text, body
  kHintLayout = 1 << 5,       // with kHintBoilerplate: a layout word (nav, sidebar, ads)
                              // that wrappers of whole articles also carry
  kHintLead = 1 << 6,         // lead, intro, standfirst, excerpt, subtitle
  kHintHeading = 1 << 7,      // heading, subheading, crosshead: a section heading
};

// Classifies one class or id value (any case).
uint8_t ClassifyName(std::string_view value);

// True for a short paragraph that is a page's furniture rather than its
// text: "Read more: ...", "Lesen Sie auch", "Copyright ...", "Foto: ...",
// share and comment prompts (English, German, French, Spanish, Italian).
bool IsBoilerplateLine(std::string_view paragraph);

// True for a heading that opens what follows the article: related stories,
// comments, the author box, tags ("Related", "Kommentare", "Lire aussi").
bool IsSectionEndHeading(std::string_view heading);

}  // namespace claimdiff::parse

#endif  // CLAIMDIFF_PARSE_BOILERPLATE_H_
