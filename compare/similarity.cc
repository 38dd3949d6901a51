// Pair similarity.
//
// The features are those of the lexical paraphrase-identification
// literature (Finch, Hwang and Sumita 2005; Kozareva and Montoyo 2006;
// Madnani, Tetreault and Chodorow 2012 for the n-gram overlap family):
// unigram overlap with and without IDF weights (Mihalcea, Corley and
// Strapparava 2006 weigh word matches by specificity), bigram and trigram
// overlap, longest common subsequence, and length ratio; plus the
// claim-specific evidence the parse stage normalises: numbers compared as
// intervals only where they play the same role (the word after the number,
// its unit, agrees; MSRP's README warns that numbers in other roles often
// differ between true paraphrases), names by their transliteration keys,
// and negation. A logistic model combines them; its weights are fitted on
// the development set by bench/matching_fit, reported with k-fold
// cross-validation.
//
// Synonyms. Mihalcea, Corley and Strapparava (2006) let a word of one text
// match its most similar word of the other by a WordNet-based word-to-word
// similarity, not only an identical one. Here the simplest of those
// measures is used, synonymy in WordNet (Miller 1995): a content word left
// without an identical stem on the other side is covered when some synset
// of one of its lemmas (all senses, all parts of speech; lemmas by
// WordNet's morphy, compare/synonyms.h) is a synset of some content word of
// the other claim. Coverage counting these, by words and by IDF mass, on
// the less and the better covered side, gives four features beside the
// exact ones. On MSRP train this lifted the cross-validated accuracy from
// 76.8 to 77.4 and F1 from 83.6 to 84.1; taking only the first senses, or
// adding derivational links or hypernyms, gave less. Per claim, each
// content stem's synset ids and a Bloom filter of them all are computed
// once; per pair, a stem's ids are tested in the other claim's filter and
// only a passing one is searched for, so a pair costs no string work.
#include "compare/similarity.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "compare/roles.h"
#include "compare/sorted_sets.h"
#include "compare/units.h"
#include "core/hash.h"

namespace claimdiff::compare {

namespace {

template <typename T>
double Dice(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.empty() && b.empty()) return 0;
  return 2.0 * static_cast<double>(CommonCount(a, b)) / static_cast<double>(a.size() + b.size());
}

// Names with a key partner: equal keys, or one key's words contained in the
// other's ("Lindqvist" in "Marta Lindqvist").
bool NamePartner(const Entity& e, const std::vector<Entity>& others) {
  for (const Entity& o : others) {
    if (NamesAgree(e.canonical, o.canonical)) return true;
  }
  return false;
}

// True when content stem k of `a` shares a WordNet synset with some content
// word of `b`. Each of the stem's few ids is tested in b's filter; only one
// that passes is searched for in b's ids, by a linear scan that the
// compiler vectorises.
bool SharesSynset(const ClaimFeatures& a, size_t k, const ClaimFeatures& b) {
  if (a.content_synset_start.size() != a.content_keys.size() + 1) return false;
  const uint32_t* first = a.content_synsets.data() + a.content_synset_start[k];
  const uint32_t* last = a.content_synsets.data() + a.content_synset_start[k + 1];
  const uint32_t* other = b.content_synsets.data();
  const size_t m = b.content_synsets.size();
  for (const uint32_t* p = first; p != last; ++p) {
    const uint32_t bit = SynsetFilterBit(*p);
    if ((b.synset_filter[bit >> 6] >> (bit & 63) & 1) == 0) continue;
    uint32_t found = 0;
    for (size_t j = 0; j < m; ++j) found |= other[j] == *p;
    if (found != 0) return true;
  }
  return false;
}

// The textbook dynamic programme, for sequences too long for one machine
// word.
WordAlignment AlignByTable(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  const size_t m = b.size();
  std::vector<uint32_t> lp(m + 1, 0), lc(m + 1, 0), ep(m + 1), ec(m + 1);
  for (size_t j = 0; j <= m; ++j) ep[j] = static_cast<uint32_t>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    lc[0] = 0;
    ec[0] = static_cast<uint32_t>(i);
    for (size_t j = 1; j <= m; ++j) {
      const uint32_t same = a[i - 1] == b[j - 1] ? 1u : 0u;
      lc[j] = same ? lp[j - 1] + 1 : std::max(lp[j], lc[j - 1]);
      ec[j] = std::min(ep[j - 1] + 1 - same, std::min(ep[j], ec[j - 1]) + 1);
    }
    std::swap(lp, lc);
    std::swap(ep, ec);
  }
  return WordAlignment{lp[m], ep[m]};
}

}  // namespace

WordAlignment AlignWordKeys(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  return AlignWordKeys(a, b, PositionsOf(b));
}

WordAlignment AlignWordKeys(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
                            const KeyPositions& positions_b) {
  const size_t m = b.size();
  if (m == 0) return WordAlignment{0, a.size()};
  if (m > 64) return AlignByTable(a, b);
  // Bit-parallel: bit j of a mask stands for b[j]. LCS after Allison and
  // Dix (1986) in Hyyro's formulation; Levenshtein distance after Myers
  // (1999), global version (Hyyro 2001: a 1 shifted in at the top row).
  const uint64_t top = uint64_t{1} << (m - 1);
  const uint64_t all = m == 64 ? ~uint64_t{0} : (top << 1) - 1;
  uint64_t v = ~uint64_t{0};
  uint64_t pv = all, mv = 0;
  size_t score = m;
  for (uint64_t x : a) {
    const uint64_t eq = positions_b.Find(x);  // x's positions in b
    const uint64_t u = v & eq;
    v = (v + u) | (v - u);
    const uint64_t xv = eq | mv;
    const uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
    uint64_t ph = mv | ~(xh | pv);
    uint64_t mh = pv & xh;
    if (ph & top) {
      ++score;
    } else if (mh & top) {
      --score;
    }
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  const size_t lcs = static_cast<size_t>(__builtin_popcountll(~v & all));
  return WordAlignment{lcs, score};
}

StoryFeatures FeaturizeStory(const std::vector<Article>& articles) {
  StoryFeatures sf;
  Featurizer featurizer;
  sf.claims.resize(articles.size());
  sf.units.resize(articles.size());
  for (size_t a = 0; a < articles.size(); ++a) {
    sf.units[a].resize(articles[a].claims.size());
    QuoteScanner quotes(articles[a].text);
    for (size_t c = 0; c < articles[a].claims.size(); ++c) {
      const Claim& claim = articles[a].claims[c];
      std::vector<Token> tokens = Tokenize(claim.text);
      if (claim.kind == ClaimKind::kCaption) {
        sf.claims[a].push_back(featurizer.Of(claim, std::move(tokens)));
        continue;
      }
      sf.claims[a].push_back(featurizer.Of(claim, tokens));
      if (quotes.InsideAt(claim.span.start)) {
        AddOpeningQuote(claim.text, &sf.claims[a].back());
      }
      sf.stats.Add(sf.claims[a].back());
      for (const Span& s : UnitSpans(claim, tokens)) {
        UnitFeatures u;
        u.claim = UnitClaim(claim, s);
        u.features = featurizer.Of(u.claim, UnitTokens(tokens, s));
        if (quotes.InsideAt(u.claim.span.start)) {
          AddOpeningQuote(u.claim.text, &u.features);
        }
        sf.units[a][c].push_back(std::move(u));
      }
    }
  }
  for (size_t a = 0; a < articles.size(); ++a) {
    for (ClaimFeatures& f : sf.claims[a]) sf.stats.Weigh(&f);
    for (auto& units : sf.units[a]) {
      for (UnitFeatures& u : units) sf.stats.Weigh(&u.features);
    }
  }
  return sf;
}

void TermStats::Add(const ClaimFeatures& f) {
  ++docs_;
  if (f.content_keys.size() == f.content_by_key.size()) {
    for (uint64_t k : f.content_keys) ++df_[k];
  } else {
    for (const std::string& s : f.content_by_key) ++df_[Hash64(s)];
  }
}

void TermStats::Weigh(ClaimFeatures* f) const {
  f->content_idf.clear();
  if (f->content_keys.size() == f->content_by_key.size()) {
    for (uint64_t k : f->content_keys) f->content_idf.push_back(IdfOfKey(k));
  } else {
    for (const std::string& s : f->content_by_key) f->content_idf.push_back(Idf(s));
  }
}

double TermStats::Idf(const std::string& stem) const { return IdfOfKey(Hash64(stem)); }

double TermStats::IdfOfKey(uint64_t key) const {
  auto it = df_.find(key);
  double df = it == df_.end() ? 0 : it->second;
  double n = static_cast<double>(std::max<size_t>(docs_, 1));
  return std::log((n + 1.0) / (df + 0.5));
}

PairVector PairFeatures(const ClaimFeatures& a, const ClaimFeatures& b, const TermStats& stats) {
  PairVector v{};
  v[kBias] = 1;

  double wa = 0, wb = 0, wc = 0;
  size_t common = 0;  // stems on both sides
  // Unmatched stems of each side that a synonym on the other side covers,
  // counted and IDF-weighed.
  size_t syn_a = 0, syn_b = 0;
  double syn_wa = 0, syn_wb = 0;
  {
    // Merge over the hashed stems (cheaper than comparing strings).
    const bool weighed_a = a.content_idf.size() == a.content_keys.size();
    const bool weighed_b = b.content_idf.size() == b.content_keys.size();
    auto idf_a = [&](size_t i) {
      return weighed_a ? a.content_idf[i] : stats.Idf(a.content_by_key[i]);
    };
    auto idf_b = [&](size_t j) {
      return weighed_b ? b.content_idf[j] : stats.Idf(b.content_by_key[j]);
    };
    const std::vector<uint64_t>& ka = a.content_keys;
    const std::vector<uint64_t>& kb = b.content_keys;
    size_t i = 0, j = 0;
    while (i < ka.size() || j < kb.size()) {
      if (j == kb.size() || (i < ka.size() && ka[i] < kb[j])) {
        const double w = idf_a(i);
        wa += w;
        if (SharesSynset(a, i, b)) {
          ++syn_a;
          syn_wa += w;
        }
        ++i;
      } else if (i == ka.size() || kb[j] < ka[i]) {
        const double w = idf_b(j);
        wb += w;
        if (SharesSynset(b, j, a)) {
          ++syn_b;
          syn_wb += w;
        }
        ++j;
      } else {
        ++common;
        wc += idf_a(i);
        ++i;
        ++j;
      }
    }
  }
  double total_a = wa + wc;
  double total_b = wb + wc;
  const size_t keys = a.content_keys.size() + b.content_keys.size();
  v[kDice] = keys == 0 ? 0 : 2.0 * static_cast<double>(common) / static_cast<double>(keys);
  v[kIdfJaccard] = wa + wb + wc > 0 ? wc / (wa + wb + wc) : 0;
  double cov_a = total_a > 0 ? wc / total_a : 0;
  double cov_b = total_b > 0 ? wc / total_b : 0;
  v[kIdfMinCover] = std::min(cov_a, cov_b);
  v[kIdfMaxCover] = std::max(cov_a, cov_b);
  v[kBigramDice] = Dice(a.bigrams, b.bigrams);
  v[kTrigramDice] = Dice(a.trigrams, b.trigrams);
  size_t la = a.words.size();
  size_t lb = b.words.size();
  v[kLengthRatio] = std::max(la, lb) == 0 ? 0
                                          : static_cast<double>(std::min(la, lb)) /
                                                static_cast<double>(std::max(la, lb));
  // Features made outside a Featurizer may lack the key vectors.
  WordAlignment al;
  if (a.word_keys.size() == la && b.word_keys.size() == lb &&
      (lb > 64 || !b.word_positions.keys.empty() || lb == 0)) {
    al = AlignWordKeys(a.word_keys, b.word_keys, b.word_positions);
  } else {
    std::vector<uint64_t> ka_words, kb_words;
    for (const Word& w : a.words) ka_words.push_back(w.key);
    for (const Word& w : b.words) kb_words.push_back(w.key);
    al = AlignWordKeys(ka_words, kb_words);
  }
  v[kLcsRatio] = std::min(la, lb) == 0
                     ? 0
                     : static_cast<double>(al.lcs) / static_cast<double>(std::min(la, lb));

  NumberComparison nc = CompareNumbers(a, b);
  v[kNumberConflict] = nc.conflicts.empty() ? 0 : 1;
  size_t numbers = a.numbers.size() + b.numbers.size();
  v[kNumberUnmatched] =
      numbers == 0 ? 0 : static_cast<double>(nc.unmatched) / static_cast<double>(numbers);
  v[kNegationMismatch] = (a.negations > 0) != (b.negations > 0) ? 1 : 0;
  size_t names = a.names.size() + b.names.size();
  size_t unmatched_names = 0;
  for (const Entity& e : a.names) unmatched_names += NamePartner(e, b.names) ? 0 : 1;
  for (const Entity& e : b.names) unmatched_names += NamePartner(e, a.names) ? 0 : 1;
  v[kNameUnmatched] =
      names == 0 ? 0 : static_cast<double>(unmatched_names) / static_cast<double>(names);
  v[kUnmatchedIdf] = std::log1p(std::max(wa, wb));
  size_t ua = a.content_by_key.size() - common;
  size_t ub = b.content_by_key.size() - common;
  v[kUnmatchedMax] = std::log1p(static_cast<double>(std::max(ua, ub)));
  v[kUnmatchedMin] = std::log1p(static_cast<double>(std::min(ua, ub)));
  v[kNumbersAgree] = !a.numbers.empty() && !b.numbers.empty() && nc.unmatched == 0 ? 1 : 0;
  v[kCharDice] = Dice(a.chars, b.chars);
  v[kCoverProduct] = v[kIdfMinCover] * v[kLengthRatio];
  v[kEditRatio] = std::max(la, lb) == 0
                      ? 0
                      : static_cast<double>(al.edit) / static_cast<double>(std::max(la, lb));
  double ca = a.content_by_key.empty() ? 0 : static_cast<double>(common) / a.content_by_key.size();
  double cb = b.content_by_key.empty() ? 0 : static_cast<double>(common) / b.content_by_key.size();
  v[kCoverMin] = std::min(ca, cb);
  v[kCoverMax] = std::max(ca, cb);
  v[kContentBigramDice] = Dice(a.content_bigrams, b.content_bigrams);
  v[kLengthLogRatio] = std::fabs(std::log((1.0 + static_cast<double>(a.content_by_key.size())) /
                                          (1.0 + static_cast<double>(b.content_by_key.size()))));
  // What is said, without who says it: "X said" shared by two different
  // statements of one speaker makes the whole claims look alike.
  const double said_common = static_cast<double>(CommonCount(a.said_keys, b.said_keys));
  const double said_a =
      a.said_keys.empty() ? 0 : said_common / static_cast<double>(a.said_keys.size());
  const double said_b =
      b.said_keys.empty() ? 0 : said_common / static_cast<double>(b.said_keys.size());
  v[kSaidCoverMin] = std::min(said_a, said_b);
  v[kSaidCoverMax] = std::max(said_a, said_b);
  const double sa =
      a.content_by_key.empty() ? 0 : static_cast<double>(common + syn_a) / a.content_by_key.size();
  const double sb =
      b.content_by_key.empty() ? 0 : static_cast<double>(common + syn_b) / b.content_by_key.size();
  v[kSynCoverMin] = std::min(sa, sb);
  v[kSynCoverMax] = std::max(sa, sb);
  const double swa = total_a > 0 ? (wc + syn_wa) / total_a : 0;
  const double swb = total_b > 0 ? (wc + syn_wb) / total_b : 0;
  v[kSynIdfCoverMin] = std::min(swa, swb);
  v[kSynIdfCoverMax] = std::max(swa, swb);
  return v;
}

double Relatedness(const PairVector& v) { return 0.5 * (v[kIdfJaccard] + v[kIdfMinCover]); }

double MatchProbability(const PairVector& v, const PairWeights& w) {
  double z = 0;
  for (size_t i = 0; i < kFeatureCount; ++i) z += v[i] * w[i];
  return 1.0 / (1.0 + std::exp(-z));
}

std::string_view PairFeatureName(size_t i) {
  static constexpr std::array<std::string_view, kFeatureCount> kNames = {"bias",
                                                                         "dice",
                                                                         "idf_jaccard",
                                                                         "idf_min_cover",
                                                                         "idf_max_cover",
                                                                         "bigram_dice",
                                                                         "trigram_dice",
                                                                         "length_ratio",
                                                                         "lcs_ratio",
                                                                         "number_conflict",
                                                                         "number_unmatched",
                                                                         "negation_mismatch",
                                                                         "name_unmatched",
                                                                         "unmatched_idf",
                                                                         "unmatched_max",
                                                                         "unmatched_min",
                                                                         "numbers_agree",
                                                                         "char_dice",
                                                                         "cover_product",
                                                                         "edit_ratio",
                                                                         "cover_min",
                                                                         "cover_max",
                                                                         "content_bigram_dice",
                                                                         "length_log_ratio",
                                                                         "said_cover_min",
                                                                         "said_cover_max",
                                                                         "syn_cover_min",
                                                                         "syn_cover_max",
                                                                         "syn_idf_cover_min",
                                                                         "syn_idf_cover_max"};
  return i < kNames.size() ? kNames[i] : "";
}

const PairWeights& DefaultPairWeights() {
  // Fitted by bench/matching_fit on the matching development set (MSRP
  // train, 4,076 pairs; 10-fold cross-validated accuracy 77.6, F1 84.2;
  // see bench/README.md). In PairFeature order.
  static const PairWeights kWeights = {
      -1.0294, -0.6401, 0.7460,  -0.6768, -0.2655, 1.1586, -1.9974, 2.4359, 0.7228, -0.5354,
      -0.1902, -1.1701, 0.1672,  -1.0416, 0.3425,  0.2949, 0.2322,  1.6104, 2.3811, -3.1086,
      -0.3238, -0.9671, -3.2648, 1.2264,  1.4119,  0.2149, 0.9354,  1.0093, 0.7936, 1.7280,
  };

  return kWeights;
}

}  // namespace claimdiff::compare
