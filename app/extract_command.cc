// `claimdiff extract`: inputs are taken in batches, in input order. Each
// batch is fetched through FetchStories (the URLs as one MultiFetcher
// batch, hosts in parallel; files read directly), then parsed on
// `--jobs` threads, then printed in input order and dropped. The fetcher
// lives for the whole command, so robots.txt is asked once per host and a
// host's pause holds from one batch to the next.
#include "app/extract_command.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "app/command_support.h"
#include "app/commands.h"
#include "app/pipeline.h"
#include "core/json.h"
#include "fetch/fetcher.h"
#include "fetch/multi_fetcher.h"
#include "parse/parse.h"

namespace claimdiff::app {

namespace {

// Inputs per batch for each host fetched in parallel or each parsing
// thread, whichever are more: enough that hosts overlap, few enough that a
// batch's bodies and articles stay small.
constexpr size_t kInputsPerBatchLane = 16;

void PrintArticle(const ExtractArgs& args, const Article& article, Json* all, std::ostream& out) {
  if (args.format == "jsonl") {
    out << ArticleJsonLine(article) << "\n";
  } else if (args.format == "json") {
    all->push_back(ArticleToJson(article));
  } else {  // text
    out << "# " << article.title << "\n";
    out << "outlet: " << article.outlet << "\nurl: " << article.url << "\n";
    if (article.error) out << "error: " << *article.error << "\n";
    for (const Claim& c : article.claims) {
      out << "[" << ClaimKindName(c.kind) << (c.hedged ? ", hedged" : "") << "] " << c.text << "\n";
    }
    out << "\n";
  }
}

// Parses one batch on `threads` threads; the articles are in input order.
std::vector<Article> ParseBatch(const std::vector<FetchedInput>& fetched, size_t threads,
                                const parse::ParseOptions& options) {
  std::vector<Article> articles(fetched.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < fetched.size(); i = next++) {
      articles[i] = parse::ParseDocument(fetched[i].ForParsing(), options);
    }
  };
  threads = std::min(threads, fetched.size());
  if (threads <= 1) {
    work();
    return articles;
  }
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) pool.emplace_back(work);
  for (std::thread& t : pool) t.join();
  return articles;
}

}  // namespace

int Extract(const ExtractArgs& args, std::ostream& out, std::ostream& err) {
  StatusOr<std::vector<std::string>> inputs = fetch::ExpandInputs(args.inputs);
  if (!inputs.ok()) {
    err << "claimdiff extract: " << inputs.status().message() << "\n";
    return kExitFailure;
  }
  PipelineOptions options;
  options.as_text = args.as == "text";
  fetch::MultiFetchOptions fetch_options =
      FetcherOptions(kDefaultConcurrency, args.delay_s, /*contact=*/"");
  fetch::MultiFetcher fetcher(fetch_options);
  const size_t threads = static_cast<size_t>(std::max(1, args.jobs));
  const size_t batch_size =
      kInputsPerBatchLane *
      std::max(threads, static_cast<size_t>(std::max(1, fetch_options.max_hosts_in_parallel)));

  int exit_code = kExitOk;
  Json all = Json::array();
  for (size_t begin = 0; begin < inputs->size(); begin += batch_size) {
    size_t end = std::min(inputs->size(), begin + batch_size);
    StoryInputs batch;
    batch.inputs.assign(inputs->begin() + static_cast<std::ptrdiff_t>(begin),
                        inputs->begin() + static_cast<std::ptrdiff_t>(end));
    std::vector<FetchedInput> fetched =
        std::move(FetchStories({batch}, options.as_text, fetcher, /*store=*/nullptr)[0]);
    std::vector<Article> articles = ParseBatch(fetched, threads, options.parse);
    fetched.clear();
    for (size_t i = 0; i < articles.size(); ++i) {
      const std::string& input = batch.inputs[i];
      const Article& article = articles[i];
      if (article.error) {
        err << "claimdiff extract: " << NamingInput(input, *article.error) << "\n";
        exit_code = kExitFailure;
      }
      for (const std::string& w : article.warnings) {
        err << "claimdiff extract: " << input << ": warning: " << w << "\n";
      }
      PrintArticle(args, article, &all, out);
    }
  }
  if (args.format == "json") {
    out << DumpJson(all.size() == 1 ? all[0] : all, 2) << "\n";
  }
  out.flush();
  return exit_code;
}

}  // namespace claimdiff::app
