// Fits the pair model's weights (compare/similarity.h) on a labelled pair
// file and reports k-fold cross-validated accuracy and F1 beside the
// in-sample figures, so the weights in DefaultPairWeights() come with an
// honest estimate.
//
//   matching_fit FILE [K]
//
// FILE: tab-separated, a header line, then LABEL<TAB>ID1<TAB>ID2<TAB>A<TAB>B
// (the layout of the Microsoft Research Paraphrase Corpus). Pairs are
// parsed and featurized exactly as `claimdiff match` does. The model is
// L2-regularised logistic regression fitted by Newton's method (IRLS),
// decision at P >= 0.5 (no threshold is tuned);
// folds are taken by line number modulo K, so runs are repeatable.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/logistic.h"
#include "compare/features.h"
#include "compare/similarity.h"
#include "parse/parse.h"

namespace {

using claimdiff::compare::kFeatureCount;
using claimdiff::bench::FitLogistic;
using claimdiff::bench::Logistic;
using claimdiff::bench::Row;

struct Score {
  double accuracy = 0, f1 = 0;
};

Score Evaluate(const std::vector<int>& y, const std::vector<double>& p,
               const std::vector<size_t>& rows, double threshold) {
  size_t tp = 0, fp = 0, fn = 0, right = 0;
  for (size_t r : rows) {
    bool pred = p[r] >= threshold;
    if (pred && y[r]) ++tp;
    if (pred && !y[r]) ++fp;
    if (!pred && y[r]) ++fn;
    if (pred == (y[r] == 1)) ++right;
  }
  Score s;
  s.accuracy = 100.0 * static_cast<double>(right) / static_cast<double>(rows.size());
  s.f1 = tp == 0 ? 0 : 100.0 * 2.0 * tp / static_cast<double>(2 * tp + fp + fn);
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: matching_fit FILE [K]\n";
    return 2;
  }
  const size_t k = argc > 2 ? std::stoul(argv[2]) : 10;
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "matching_fit: " << argv[1] << ": cannot open file\n";
    return 1;
  }
  std::vector<std::pair<claimdiff::Claim, claimdiff::Claim>> pairs;
  std::vector<int> y;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) f.push_back(cell);
    if (f.size() != 5) continue;
    y.push_back(f[0] == "1" ? 1 : 0);
    pairs.emplace_back(claimdiff::parse::ClaimFromSentence(f[3]),
                       claimdiff::parse::ClaimFromSentence(f[4]));
  }
  claimdiff::compare::Featurizer fz;
  claimdiff::compare::TermStats stats;
  std::vector<std::pair<claimdiff::compare::ClaimFeatures, claimdiff::compare::ClaimFeatures>> fs;
  for (const auto& [a, b] : pairs) {
    fs.emplace_back(fz.Of(a), fz.Of(b));
    stats.Add(fs.back().first);
    stats.Add(fs.back().second);
  }
  std::vector<Row> x;
  for (const auto& [a, b] : fs) {
    const claimdiff::compare::PairVector v = claimdiff::compare::PairFeatures(a, b, stats);
    x.emplace_back(v.begin(), v.end());
  }
  const double l2 = 1.0;

  // k-fold: fit weights and threshold on k-1 folds, score the held-out one.
  std::vector<double> held_out_p(x.size(), 0);
  std::vector<int> held_out_pred(x.size(), 0);
  for (size_t fold = 0; fold < k; ++fold) {
    std::vector<size_t> train, test;
    for (size_t r = 0; r < x.size(); ++r) (r % k == fold ? test : train).push_back(r);
    const std::vector<double> w = FitLogistic(x, y, train, l2);
    std::vector<double> p(x.size());
    for (size_t r = 0; r < x.size(); ++r) p[r] = Logistic(w, x[r]);
    const double th = 0.5;  // the model's own decision; no threshold is tuned
    for (size_t r : test) {
      held_out_p[r] = p[r];
      held_out_pred[r] = p[r] >= th ? 1 : 0;
    }
  }
  std::vector<size_t> all(x.size());
  for (size_t r = 0; r < x.size(); ++r) all[r] = r;
  std::vector<double> pred_as_p(held_out_pred.begin(), held_out_pred.end());
  Score cv = Evaluate(y, pred_as_p, all, 0.5);
  std::printf("held-out probabilities at fixed thresholds:\n");
  for (int t = 30; t <= 60; t += 2) {
    Score s = Evaluate(y, held_out_p, all, t / 100.0);
    std::printf("  %.2f  accuracy %.1f  F1 %.1f\n", t / 100.0, s.accuracy, s.f1);
  }

  const std::vector<double> w = FitLogistic(x, y, all, l2);
  std::vector<double> p(x.size());
  for (size_t r = 0; r < x.size(); ++r) p[r] = Logistic(w, x[r]);
  const double th = 0.5;
  Score in_sample = Evaluate(y, p, all, th);

  std::printf("pairs %zu, positives %.1f%%\n", x.size(),
              100.0 * std::count(y.begin(), y.end(), 1) / static_cast<double>(y.size()));
  std::printf("%zu-fold cross-validated: accuracy %.1f  F1 %.1f\n", k, cv.accuracy, cv.f1);
  std::printf("in-sample (threshold %.2f): accuracy %.1f  F1 %.1f\n", th, in_sample.accuracy,
              in_sample.f1);
  std::printf("weights (decision at P >= 0.5):\n  {");
  for (size_t i = 0; i < kFeatureCount; ++i) {
    std::printf("%s%.4f", i ? ", " : "", w[i]);
  }
  std::printf("}\n");
  for (size_t i = 0; i < kFeatureCount; ++i) {
    std::printf("  %-18s %8.4f\n", std::string(claimdiff::compare::PairFeatureName(i)).c_str(),
                w[i]);
  }
  return 0;
}
