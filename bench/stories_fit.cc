// Fits the story model's weights (compare/story_pairs.h) on fact gold of
// multi-outlet stories and reports leave-one-story-out figures beside those
// of the weights compiled in, so DefaultStoryWeights() comes with an honest
// estimate.
//
//   stories_fit ARTICLES.jsonl GOLD_DIR [L2]
//
// ARTICLES.jsonl: one article a line ({"doc_id", "text", ...}); GOLD_DIR:
// one JSON file a story ({"docs": {doc_id: outlet}, "facts": [{"mentions":
// [{"doc", "quote"}]}]}), the format of the stories-dev gold. Each story's
// texts are parsed and featurized as `claimdiff compare` does; a unit
// covers a gold mention when it holds half of the mention's quote or more.
// Rows are the candidate pairs of the unit graph (compare/unit_graph.h),
// labelled 1 when the two units cover a mention of one fact. Figures are
// over candidate pairs at P >= 0.5 (the aligner's clusters are scored by
// bench/stories).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/logistic.h"
#include "compare/match.h"
#include "compare/story_pairs.h"
#include "compare/unit_graph.h"
#include "parse/parse.h"

namespace {

using claimdiff::bench::Row;
namespace compare = claimdiff::compare;

struct Rows {
  std::vector<Row> x;
  std::vector<int> y;
  std::vector<size_t> story;  // index of the story of each row
};

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  void Add(bool pred, bool gold) {
    tp += pred && gold;
    fp += pred && !gold;
    fn += !pred && gold;
  }
  void Print(const char* what) const {
    const double p = tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
    const double r = tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0;
    std::printf("%-34s precision %.3f  recall %.3f  (tp %zu fp %zu fn %zu)\n", what, p, r, tp, fp,
                fn);
  }
};

// Adds the candidate rows of one story.
void AddStory(const nlohmann::json& gold, const std::map<std::string, std::string>& texts,
              size_t index, Rows* rows) {
  std::vector<std::string> docs;
  std::vector<claimdiff::Article> articles;
  claimdiff::parse::ParseOptions options;
  for (const auto& [doc, outlet] : gold.at("docs").items()) {
    auto it = texts.find(doc);
    if (it == texts.end()) continue;
    claimdiff::Document d;
    d.input = doc + ".txt";
    d.url = "file:///" + doc + ".txt";
    d.body = it->second;
    d.plain_text = true;
    docs.push_back(doc);
    articles.push_back(claimdiff::parse::ParseDocument(d, options));
  }
  compare::StoryFeatures features = compare::FeaturizeStory(articles);
  compare::MatchOptions match;
  compare::UnitGraph graph(articles, features, match);
  // Facts each node covers.
  std::vector<std::set<size_t>> facts(graph.nodes().size());
  size_t fact = 0;
  for (const auto& f : gold.at("facts")) {
    for (const auto& m : f.at("mentions")) {
      const std::string doc = m.at("doc");
      const size_t a = std::find(docs.begin(), docs.end(), doc) - docs.begin();
      if (a == docs.size()) continue;
      const std::string quote = m.at("quote");
      const size_t qs = articles[a].text.find(quote);
      if (qs == std::string::npos) continue;
      const size_t qe = qs + quote.size();
      for (size_t i = 0; i < graph.nodes().size(); ++i) {
        const compare::UnitNode& n = graph.nodes()[i];
        if (n.article != a) continue;
        const claimdiff::Span s = n.unit->span;
        const size_t lo = std::max(qs, s.start), hi = std::min(qe, s.end);
        if (hi > lo && 2 * (hi - lo) >= qe - qs) facts[i].insert(fact);
      }
    }
    ++fact;
  }
  for (const auto& [a, b] : graph.candidates()) {
    const compare::StoryPairVector v = graph.Features(a, b);
    bool same = false;
    for (size_t f : facts[a]) same = same || facts[b].count(f) != 0;
    rows->x.emplace_back(v.begin(), v.end());
    rows->y.push_back(same ? 1 : 0);
    rows->story.push_back(index);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: stories_fit ARTICLES.jsonl GOLD_DIR [L2]\n";
    return 2;
  }
  const double l2 = argc > 3 ? std::stod(argv[3]) : 1.0;
  std::map<std::string, std::string> texts;
  {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
      std::cerr << "stories_fit: " << argv[1] << ": cannot open file\n";
      return 1;
    }
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      nlohmann::json a = nlohmann::json::parse(line);
      texts[a.at("doc_id")] = a.at("text");
    }
  }
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(argv[2])) {
    if (e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  Rows rows;
  for (size_t s = 0; s < files.size(); ++s) {
    std::ifstream in(files[s]);
    AddStory(nlohmann::json::parse(in), texts, s, &rows);
  }
  const size_t n = rows.x.size();
  std::printf("stories %zu, candidate pairs %zu, same fact %.1f%%\n", files.size(), n,
              100.0 * std::count(rows.y.begin(), rows.y.end(), 1) / static_cast<double>(n));

  const compare::StoryPairWeights& compiled = compare::DefaultStoryWeights();
  const std::vector<double> current(compiled.begin(), compiled.end());
  Counts held_out, built_in;
  for (size_t s = 0; s < files.size(); ++s) {
    std::vector<size_t> train;
    for (size_t r = 0; r < n; ++r) {
      if (rows.story[r] != s) train.push_back(r);
    }
    const std::vector<double> w = claimdiff::bench::FitLogistic(rows.x, rows.y, train, l2);
    for (size_t r = 0; r < n; ++r) {
      if (rows.story[r] != s) continue;
      held_out.Add(claimdiff::bench::Logistic(w, rows.x[r]) >= 0.5, rows.y[r] == 1);
      built_in.Add(claimdiff::bench::Logistic(current, rows.x[r]) >= 0.5, rows.y[r] == 1);
    }
  }
  held_out.Print("leave-one-story-out fit:");
  built_in.Print("compiled-in weights:");
  std::vector<size_t> all(n);
  for (size_t r = 0; r < n; ++r) all[r] = r;
  const std::vector<double> w = claimdiff::bench::FitLogistic(rows.x, rows.y, all, l2);
  Counts in_sample;
  for (size_t r = 0; r < n; ++r) {
    in_sample.Add(claimdiff::bench::Logistic(w, rows.x[r]) >= 0.5, rows.y[r] == 1);
  }
  in_sample.Print("in-sample fit:");
  std::printf("weights on all stories (StoryPairFeature order):\n  {");
  for (size_t i = 0; i < w.size(); ++i) std::printf("%s%.4f", i ? ", " : "", w[i]);
  std::printf("}\n");
  for (size_t i = 0; i < w.size(); ++i) {
    std::printf("  %-16s %8.4f\n", std::string(compare::StoryPairFeatureName(i)).c_str(), w[i]);
  }
  return 0;
}
