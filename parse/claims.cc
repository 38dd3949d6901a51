#include "parse/claims.h"

#include <optional>
#include <string>

#include "core/text.h"
#include "parse/attribution.h"
#include "parse/cues.h"
#include "parse/sentences.h"
#include "parse/speakers.h"
#include "parse/tokens.h"

namespace claimdiff::parse {

namespace {

constexpr size_t kMaxCaptionBytes = 600;  // a longer paragraph is body text

// ASCII lower case: the hedge and caption words are ASCII, and ICU case
// folding costs more than the rest of the sentence's analysis.
std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool HasWord(std::string_view folded, std::string_view word) {
  size_t at = folded.find(word);
  while (at != std::string_view::npos) {
    bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(folded[at - 1]));
    size_t end = at + word.size();
    bool right = end >= folded.size() || !std::isalnum(static_cast<unsigned char>(folded[end]));
    if (left && right) return true;
    at = folded.find(word, at + 1);
  }
  return false;
}

ClaimKind KindOf(std::string_view text, const Claim& claim) {
  if (claim.attributions.empty()) return ClaimKind::kUnattributed;
  // The outermost attribution decides: the one whose content is widest.
  const Attribution* outer = &claim.attributions[0];
  for (const Attribution& a : claim.attributions) {
    if (a.content.size() > outer->content.size()) outer = &a;
  }
  if (IsWhollyQuoted(text, outer->content)) return ClaimKind::kDirectQuote;
  if (HasQuote(text, outer->content)) return ClaimKind::kPartialQuote;
  std::string cue = LowerAscii(outer->cue.text);
  bool reported = cue == "according to" || LookupCue(cue).reporting ||
                  outer->source_type == SourceType::kOutlet ||
                  outer->source_type == SourceType::kDocument;
  return reported ? ClaimKind::kReported : ClaimKind::kIndirect;
}

// Paragraph span around `sentence`.
Span ParagraphOf(std::string_view text, Span sentence) {
  size_t start = text.rfind("\n\n", sentence.start);
  start = start == std::string_view::npos ? 0 : start + 2;
  size_t end = text.find("\n\n", sentence.end);
  if (end == std::string_view::npos) end = text.size();
  return Span{start, end};
}

// The same attribution, for another part of the same quotation.
Attribution Linked(const Attribution& a, Span content) {
  Attribution copy = a;
  copy.content = content;
  return copy;
}

}  // namespace

bool IsHedged(std::string_view sentence) { return HasHedge(LowerAscii(sentence)); }

bool IsCaptionParagraph(std::string_view text, Span paragraph) {
  if (paragraph.size() > kMaxCaptionBytes) return false;
  std::string folded = LowerAscii(text.substr(paragraph.start, paragraph.size()));
  bool photo = HasWord(folded, "photo") || HasWord(folded, "image") ||
               HasWord(folded, "file photo") || HasWord(folded, "photograph");
  if (!photo) return false;  // most paragraphs: the credit words need no search
  bool credit = HasWord(folded, "via") || HasWord(folded, "getty images") ||
                HasWord(folded, "credit") || folded.find('/') != std::string::npos ||
                HasWord(folded, "courtesy") || HasWord(folded, "pool") ||
                HasWord(folded, "file photo");
  return credit;
}

std::vector<Claim> SegmentClaims(std::string_view text, size_t max_claims,
                                 const std::vector<Span>& headings) {
  std::vector<Claim> claims;
  SpeakerTable speakers;
  std::vector<Span> sentences = JoinQuotedSentences(text, SplitSentences(text));
  if (sentences.size() > max_claims) sentences.resize(max_claims);
  // The paragraph last tested for being a caption, and the answer.
  size_t tested_paragraph = std::string_view::npos;
  bool caption = false;
  Span paragraph;  // the paragraph of the current sentence
  // The attribution of the quotation the previous claim belongs to, if the
  // next claim may continue it.
  std::optional<Attribution> open_quote;
  bool open_quote_spans_paragraph = false;
  std::vector<size_t> waiting;  // quotation parts whose cue comes later
  size_t next_heading = 0;      // the first heading not wholly before this sentence

  for (size_t i = 0; i < sentences.size(); ++i) {
    const Span span = sentences[i];
    while (next_heading < headings.size() && headings[next_heading].end <= span.start) {
      ++next_heading;
    }
    if (next_heading < headings.size() && headings[next_heading].start <= span.start &&
        span.end <= headings[next_heading].end) {
      open_quote.reset();  // a new section: no quotation runs on into it
      waiting.clear();
      continue;
    }
    Claim claim;
    claim.id = "c" + std::to_string(claims.size() + 1);
    claim.span = span;
    claim.text = std::string(text.substr(span.start, span.size()));
    claim.hedged = IsHedged(claim.text);

    // Sentences come in order, so the paragraph is found again only when
    // a sentence leaves it: linear in the text, however long a paragraph.
    if (i == 0 || span.start >= paragraph.end) paragraph = ParagraphOf(text, span);
    if (tested_paragraph != paragraph.start) {
      tested_paragraph = paragraph.start;
      caption = IsCaptionParagraph(text, paragraph);
    }
    bool new_paragraph =
        i == 0 ||
        text.substr(sentences[i - 1].end, span.start - sentences[i - 1].end).find("\n\n") !=
            std::string_view::npos;
    if (caption) {
      claim.kind = ClaimKind::kCaption;
      claim.hedged = false;
      open_quote.reset();
      waiting.clear();
      claims.push_back(std::move(claim));
      continue;
    }

    const std::vector<Tok> toks = TokenizeSpan(text, span);  // once for both
    claim.attributions = FindAttributions(text, span, toks);
    for (Attribution& a : claim.attributions) speakers.Resolve(text, &a);
    speakers.Observe(text, span, toks);

    bool quoted_start = StartsWithQuote(text, span);
    bool continues =
        quoted_start && open_quote && (new_paragraph ? open_quote_spans_paragraph : true);
    if (claim.attributions.empty() && continues) {
      claim.attributions.push_back(Linked(*open_quote, span));
    }
    if (!claim.attributions.empty() && !waiting.empty()) {
      // Earlier paragraphs of this quotation get the attribution found now.
      for (size_t w : waiting) {
        claims[w].attributions.push_back(Linked(claim.attributions[0], claims[w].span));
        claims[w].kind = KindOf(text, claims[w]);
      }
      waiting.clear();
    }
    bool ends_open = EndsInsideQuote(text, span);
    if (!claim.attributions.empty()) {
      const Attribution& a = claim.attributions[0];
      if (HasQuote(text, a.content) || continues) {
        open_quote = a;
      } else {
        open_quote.reset();
      }
    } else if (ends_open && quoted_start) {
      waiting.push_back(claims.size());
    } else if (!continues) {
      open_quote.reset();
      waiting.clear();
    }
    // Across a paragraph break only a quotation left open continues.
    open_quote_spans_paragraph = ends_open;
    if (!ends_open && claim.attributions.empty()) waiting.clear();

    claim.kind = KindOf(text, claim);
    claims.push_back(std::move(claim));
  }
  return claims;
}

}  // namespace claimdiff::parse
