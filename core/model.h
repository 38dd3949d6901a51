// The data model shared by every stage, from fetched bytes to compared
// clusters. Plain structs (values), so stages stay pure functions of them.
//
//   Document  what fetch/ hands on: bytes, headers, outcome of one input
//   Article   what parse/ makes of a Document: metadata, body text, claims
//   Claim     one sentence-level statement of an article, with attributions
//   Cluster   what compare/ makes of claims across outlets, with a verdict
//   Story     one story: its articles and its clusters
//
// Every span is a pair of UTF-8 byte offsets into Article::text, so a reader
// can go from any derived record back to the exact passage.
#ifndef CLAIMDIFF_CORE_MODEL_H_
#define CLAIMDIFF_CORE_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

// ---------------------------------------------------------------- fetching

// How one fetch ended. Normal outcomes for a crawler (unchanged, disallowed,
// paywall) are results, not errors.
enum class FetchOutcome {
  kOk,
  kUnchanged,      // 304, or 200 with the same body hash as the last version
  kNotHtml,
  kTooLarge,
  kTimeout,
  kDisallowed,     // robots.txt
  kHttpError,      // status >= 400
  kTlsError,
  kNetworkError,   // DNS, connect, reset
  kPaywall,        // paywall or bot wall suspected
  kFileError,      // local input could not be read
};
std::string_view FetchOutcomeName(FetchOutcome outcome);

// One input as fetched or read. Owns its bytes.
struct Document {
  std::string input;         // as given: URL, path or "-"
  std::string url;           // requested URL, or file:// path for local files
  std::string final_url;     // after redirects
  std::vector<std::string> redirects;  // chain of URLs before final_url
  FetchOutcome outcome = FetchOutcome::kOk;
  int http_status = 0;       // 0 for local files
  std::string content_type;  // Content-Type header, or guessed for files
  std::string etag;
  std::string last_modified;
  std::string fetched_at;    // ISO-8601 UTC
  std::string body;          // raw bytes, as received (decompressed)
  std::string error;         // human-readable reason when outcome != kOk
  bool plain_text = false;   // take body as article text (.txt, --as text)
  std::string outlet_hint;   // outlet name given by the job file, if any
};

// -------------------------------------------------------------- parsing

struct Span {
  size_t start = 0;  // UTF-8 byte offset, inclusive
  size_t end = 0;    // UTF-8 byte offset, exclusive
  size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
};

enum class ClaimKind {
  kDirectQuote,   // the whole content is inside quotation marks
  kPartialQuote,  // part of the content is quoted
  kIndirect,      // "X said that ..."
  kReported,      // "according to X", "X reported"
  kUnattributed,  // no source in or around the sentence
  kCaption,       // photo caption or credit: kept, but not a claim
};
std::string_view ClaimKindName(ClaimKind kind);

enum class SourceType { kPerson, kOrganisation, kOutlet, kDocument, kAnonymous };
std::string_view SourceTypeName(SourceType type);

struct TextSpan {
  std::string text;
  Span span;
};

struct Source {
  std::string text;       // as written: "the Israeli Foreign Ministry spokesperson Lior Haiat"
  Span span;
  std::string canonical;  // normalised key: "lior haiat"
  std::string name;       // resolved name: "Lior Haiat" (for "he", "Haiat", "the spokesperson")
  std::string role;       // resolved role: "Israeli Foreign Ministry spokesperson", "" if none
};

struct Via {
  std::string outlet;  // "Kommersant"
  Span span;
};

struct Attribution {
  Source source;
  TextSpan cue;       // "stated", "according to"
  Span content;       // what is attributed
  std::vector<Via> via;
  SourceType source_type = SourceType::kPerson;
};

// A number as written and as a value with its bound: "more than 200" is
// {200, kAtLeast}; "six" is {6, kExact}.
struct Quantity {
  enum class Bound { kExact, kAtLeast, kAtMost, kApprox };
  std::string text;
  Span span;
  double value = 0;
  Bound bound = Bound::kExact;
};

// The closed interval of values a quantity admits; an approximate value
// admits +-10%, an exact one written with decimals the values that round
// to it ("6.3 billion": 6.25 to 6.35 billion). Infinite ends are +-infinity.
struct Interval {
  double low = 0;
  double high = 0;
};
Interval IntervalOf(const Quantity& q);

// True when some value satisfies both quantities ("more than 200" and
// "over 220": yes; "at least six" and "three": no). Symmetric.
bool Compatible(const Quantity& a, const Quantity& b);

struct Entity {
  std::string text;
  Span span;
  std::string canonical;
  std::string type;  // "person", "organisation", "place", "date", ...
  std::string role;  // title or role written before the name, folded: "deputy foreign minister"
};

struct Claim {
  std::string id;  // stable within the article: "c<ordinal>"
  Span span;
  std::string text;  // == Article::text.substr(span)
  ClaimKind kind = ClaimKind::kUnattributed;
  bool hedged = false;
  std::vector<Quantity> numbers;
  std::vector<Entity> entities;
  std::vector<Attribution> attributions;
};

struct Article {
  std::string input;
  std::string url;            // canonical URL if the page names one, else final URL
  std::string outlet;
  std::string title;
  std::string byline;
  std::optional<std::string> published;  // ISO-8601
  std::optional<std::string> modified;   // ISO-8601
  std::string language;       // BCP-47, "" when unknown
  std::string content_hash;   // XXH3-128 hex of `text`
  std::string text;           // body; paragraphs separated by "\n\n"
  // Section headings inside `text` (whole paragraphs, in order): shown to
  // readers, but no claim comes from them (parse/headings.h).
  std::vector<Span> headings;
  std::vector<std::string> captions;  // figure captions and credits, not in `text`
  std::vector<Claim> claims;
  std::optional<std::string> error;   // set when nothing could be extracted
  // Limits reached (parse/parse.h): what of the page was not analysed.
  std::vector<std::string> warnings;

  std::string_view Slice(Span span) const {
    return std::string_view(text).substr(span.start, span.end - span.start);
  }
};

// ------------------------------------------------------------- comparing

enum class Verdict { kMatch, kDiffer, kUnique };
std::string_view VerdictName(Verdict verdict);

// One outlet's claim in a cluster.
struct Member {
  size_t article = 0;  // index into Story::articles
  size_t claim = 0;    // index into Article::claims
  // The part of the claim that was aligned (a clause, a quote, what an
  // attribution says), in Article::text; empty for the whole claim.
  Span unit;
};

// One step of a word-level diff between two texts (quotes, edited sentences).
struct DiffOp {
  enum class Kind { kSame, kDelete, kInsert };  // delete: left only; insert: right only
  Kind kind = Kind::kSame;
  std::string text;
};

// A conflicting part between two members, e.g. type "number", "6" vs "8".
struct Conflict {
  std::string type;  // number | name | date | negation | source | quote
  size_t left = 0;   // index into Cluster::members
  size_t right = 0;
  std::string left_text;
  std::string right_text;
  Span left_span;    // in the left member's article text, when known
  Span right_span;   // in the right member's article text, when known
  std::string detail;  // human-readable explanation
  std::vector<DiffOp> word_diff;  // for "quote" (and any wording conflict)
};

// A source a cluster is attributed to, as one member states it.
struct CitedSource {
  size_t member = 0;           // index into Cluster::members
  std::string name;            // as written: "Lior Haiat"
  std::string canonical;       // normalised key
  std::string role;            // "Israeli Foreign Ministry spokesperson", "" if none
  SourceType type = SourceType::kPerson;
  std::vector<std::string> via;  // outlets it came through, nearest first
};

// "from cites to": an outlet's member attributes the claim to another outlet.
struct ChainLink {
  std::string from;  // citing outlet (an Article::outlet)
  std::string to;    // cited outlet, agency or document
};

struct Provenance {
  std::vector<CitedSource> cited;    // per member, in member order
  std::vector<std::string> sources;  // one per canonical key, as first written; sorted
  std::vector<ChainLink> chain;      // outlet -> outlet citations
  std::optional<size_t> first_member;  // member that appeared first, if known
  bool unattributed = false;           // no member names a source
  std::optional<size_t> wire_group;    // index into Story::wire_groups, if wire copy
};

struct Cluster {
  std::string id;  // "k<ordinal>", stable for a given input
  Verdict verdict = Verdict::kUnique;
  double score = 0;  // mean pairwise similarity of members (1 for UNIQUE)
  std::vector<Member> members;
  std::vector<Conflict> conflicts;
  Provenance provenance;
};

// Articles that share long verbatim runs: one origin republished, counted
// as one source.
struct WireGroup {
  size_t origin = 0;               // index into Story::articles (earliest, or the agency)
  std::vector<size_t> copies;      // the other articles, sorted
  std::string agency;              // named agency if the copies credit one, else ""
  double overlap = 0;              // share of the copies' text found in the origin (0..1)
};

// One person or organisation of a story, whatever the spelling, the
// first-name form or the title each outlet uses.
struct EntityMention {
  size_t article = 0;  // index into Story::articles
  std::string text;    // as written
  Span span;           // in the article's text
};
struct StoryEntity {
  std::string key;   // one story-level key: the name key of its most mentioned form
  std::string name;  // how it is written most often (the fullest form on ties)
  std::string type;  // "person" or "organisation"
  std::vector<EntityMention> mentions;  // by article, then position
};

struct Story {
  std::string id;
  std::string title;
  std::vector<Article> articles;
  std::vector<Cluster> clusters;
  std::vector<WireGroup> wire_groups;
  std::vector<StoryEntity> entities;  // sorted by key
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_CORE_MODEL_H_
