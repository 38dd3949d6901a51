#include "tests/reports/fixtures.h"

#include <utility>
#include <vector>

namespace claimdiff::testing {

namespace {

Article MakeArticle(std::string outlet, std::string url, std::string title) {
  Article a;
  a.outlet = std::move(outlet);
  a.url = std::move(url);
  a.input = a.url;
  a.title = std::move(title);
  a.published = "2026-11-24T08:00:00Z";
  a.content_hash = "0123456789abcdef0123456789abcdef";
  return a;
}

// Appends `text` as the next sentence of `a`; returns its claim index.
size_t AddClaim(Article* a, const std::string& text, ClaimKind kind = ClaimKind::kIndirect,
                bool hedged = false) {
  if (!a->text.empty()) a->text += " ";
  Claim c;
  c.id = "c" + std::to_string(a->claims.size() + 1);
  c.span = {a->text.size(), a->text.size() + text.size()};
  c.text = text;
  c.kind = kind;
  c.hedged = hedged;
  a->text += text;
  a->claims.push_back(c);
  return a->claims.size() - 1;
}

// The span of `part` inside claim `claim` of `a`, in article offsets.
Span SpanOf(const Article& a, size_t claim, const std::string& part) {
  const Claim& c = a.claims[claim];
  size_t at = c.text.find(part);
  return {c.span.start + at, c.span.start + at + part.size()};
}

}  // namespace

Story RichStory() {
  Story s;
  s.id = "harbour-bridge";
  s.title = std::string("Harbour bridge closes ") + kScriptPayload;
  s.articles.push_back(MakeArticle("Northern Ledger", "https://ledger.example/news/1#top",
                                   "Bridge closed after storm"));
  s.articles.push_back(MakeArticle("Harbour Times", "http://harbour.example/a?id=1&x=2",
                                   std::string("Storm ") + kImgPayload));
  s.articles.push_back(MakeArticle("Valley Wire", "https://wire.example/v/9", "Bridge shut"));
  s.articles.push_back(MakeArticle(std::string("Evil <b>Outlet</b>") + kAttributePayload,
                                   kJavascriptUrl, kTextareaPayload));
  Article& a = s.articles[0];
  Article& b = s.articles[1];
  Article& c = s.articles[2];
  Article& d = s.articles[3];

  // k1 MATCH: evacuation, three outlets.
  Cluster k1;
  k1.id = "k1";
  k1.verdict = Verdict::kMatch;
  k1.score = 0.93;
  k1.members = {{0, AddClaim(&a, "Officials ordered the evacuation of the harbour district.")},
                {1, AddClaim(&b, "Officials ordered the evacuation of the harbour district.")},
                {2, AddClaim(&c, "Officials ordered the harbour district evacuated.")}};
  k1.provenance.cited = {
      {0, "harbour officials", "harbour officials", "", SourceType::kOrganisation, {}},
      {2, "harbour officials", "harbour officials", "", SourceType::kOrganisation, {}}};
  k1.provenance.sources = {"harbour officials"};
  k1.provenance.first_member = 2;
  s.clusters.push_back(k1);

  // k2 DIFFER on a number, with spans.
  Cluster k2;
  k2.id = "k2";
  k2.verdict = Verdict::kDiffer;
  k2.score = 0.8;
  size_t a2 = AddClaim(&a, "At least six people were injured, police said.");
  size_t b2 = AddClaim(&b, "Eight people were injured, police said.");
  k2.members = {{0, a2}, {1, b2}};
  Conflict n;
  n.type = "number";
  n.left = 0;
  n.right = 1;
  n.left_text = "At least six";
  n.right_text = "Eight";
  n.left_span = SpanOf(a, a2, "At least six");
  n.right_span = SpanOf(b, b2, "Eight");
  n.detail = "at least 6 vs 8";
  k2.conflicts.push_back(n);
  k2.provenance.cited = {{0, "police", "police", "", SourceType::kOrganisation, {}},
                         {1, "police", "police", "", SourceType::kOrganisation, {}}};
  k2.provenance.sources = {"police"};
  k2.provenance.first_member = 0;
  s.clusters.push_back(k2);

  // k3 DIFFER on the wording of a quote, with a word diff (no spans: the
  // report must find the texts).
  Cluster k3;
  k3.id = "k3";
  k3.verdict = Verdict::kDiffer;
  k3.score = 0.7;
  k3.members = {{0, AddClaim(&a, "Mayor Ana Ruiz called the delay \"an obscene step\".",
                             ClaimKind::kPartialQuote)},
                {2, AddClaim(&c, "Mayor Ana Ruiz called the delay \"deplorable\".",
                             ClaimKind::kPartialQuote)}};
  Conflict q;
  q.type = "quote";
  q.left = 0;
  q.right = 1;
  q.left_text = "an obscene step";
  q.right_text = "deplorable";
  q.word_diff = {{DiffOp::Kind::kDelete, "an obscene step"}, {DiffOp::Kind::kInsert, "deplorable"}};
  k3.conflicts.push_back(q);
  k3.provenance.cited = {{0, "Ana Ruiz", "ana ruiz", "Mayor", SourceType::kPerson, {}},
                         {1, "Ana Ruiz", "ana ruiz", "Mayor", SourceType::kPerson, {}}};
  k3.provenance.sources = {"ana ruiz"};
  s.clusters.push_back(k3);

  // k4 DIFFER on who said it, hostile conflict texts.
  Cluster k4;
  k4.id = "k4";
  k4.verdict = Verdict::kDiffer;
  size_t b4 =
      AddClaim(&b, std::string("The port authority said repairs take weeks ") + kImgPayload);
  size_t d4 =
      AddClaim(&d, std::string("The coast guard said repairs take weeks ") + kClosingScriptPayload);
  k4.members = {{1, b4}, {3, d4}};
  Conflict w;
  w.type = "source";
  w.left = 0;
  w.right = 1;
  w.left_text = "The port authority";
  w.right_text = std::string("coast guard ") + kScriptPayload;  // not in the text: not marked
  w.detail = kAttributePayload;
  k4.conflicts.push_back(w);
  k4.provenance.cited = {{0, "port authority", "port authority", "", SourceType::kOrganisation, {}},
                         {1,
                          std::string("coast guard ") + kTextareaPayload,
                          "coast guard",
                          kImgPayload,
                          SourceType::kOrganisation,
                          {}}};
  s.clusters.push_back(k4);

  // k5 MATCH through a chain: Valley Wire reports what Reuters reported that
  // Kommersant was told by a spokesperson; the Ledger republishes the wire.
  Cluster k5;
  k5.id = "k5";
  k5.verdict = Verdict::kMatch;
  k5.members = {
      {2,
       AddClaim(&c, "The ferry service will resume on Friday, Reuters reported, citing Kommersant.",
                ClaimKind::kReported)},
      {0,
       AddClaim(&a, "The ferry service will resume on Friday, Reuters reported, citing Kommersant.",
                ClaimKind::kReported)}};
  k5.provenance.cited = {{0,
                          "Lior Haiat",
                          "lior haiat",
                          "ferry company spokesperson",
                          SourceType::kPerson,
                          {"Reuters", "Kommersant"}},
                         {1,
                          "Lior Haiat",
                          "lior haiat",
                          "ferry company spokesperson",
                          SourceType::kPerson,
                          {"Reuters", "Kommersant"}}};
  k5.provenance.sources = {"lior haiat"};
  k5.provenance.chain = {
      {"Valley Wire", "Reuters"}, {"Reuters", "Kommersant"}, {"Northern Ledger", "Reuters"}};
  k5.provenance.first_member = 0;
  k5.provenance.wire_group = 0;
  s.clusters.push_back(k5);

  // k6 UNIQUE, hostile, unattributed and hedged.
  Cluster k6;
  k6.id = "k6";
  k6.verdict = Verdict::kUnique;
  k6.score = 1;
  k6.members = {{3, AddClaim(&d,
                             std::string("The bridge was reportedly unsafe ") + kScriptPayload +
                                 " " + kTextareaPayload,
                             ClaimKind::kUnattributed, true)}};
  k6.provenance.unattributed = true;
  s.clusters.push_back(k6);

  // k7 UNIQUE, citing a document and an anonymous source.
  Cluster k7;
  k7.id = "k7";
  k7.verdict = Verdict::kUnique;
  k7.score = 1;
  k7.members = {
      {1, AddClaim(&b, "An inspection report from 2024 had flagged rust, officials said.")}};
  k7.provenance.cited = {
      {0, "inspection report", "inspection report", "", SourceType::kDocument, {}},
      {0, "officials", "officials", "", SourceType::kAnonymous, {}}};
  k7.provenance.sources = {"inspection report", "officials"};
  s.clusters.push_back(k7);

  WireGroup g;
  g.origin = 2;
  g.copies = {0};
  g.agency = std::string("Valley Wire ") + kImgPayload;
  g.overlap = 0.82;
  s.wire_groups.push_back(g);
  return s;
}

Story PreviousRichStory() {
  Story s = RichStory();
  s.articles.pop_back();  // the hostile outlet was not in the last run
  Article& a = s.articles[0];
  // Last run the Ledger said "five" and had a sentence it has since dropped,
  // and lacked the ferry sentence.
  for (Claim& c : a.claims) {
    if (c.text.rfind("At least six", 0) == 0)
      c.text = "At least five people were injured, police said.";
  }
  Claim dropped;
  dropped.id = "c9";
  dropped.text = "The bridge will reopen tomorrow.";
  a.claims.push_back(dropped);
  std::vector<Claim> kept;
  for (const Claim& c : a.claims) {
    if (c.text.find("ferry service") == std::string::npos) kept.push_back(c);
  }
  a.claims = kept;
  s.clusters.clear();
  s.wire_groups.clear();
  return s;
}

}  // namespace claimdiff::testing
