// `claimdiff extract INPUT...`: one article per input (URL, file, folder,
// "-"), printed as text, one JSON document, or JSON lines, in input order.
//
// URLs go through the same fetch path as `compare` and `run` (FetchStories
// over a MultiFetcher: robots.txt, per-host pacing, retries honouring
// Retry-After, the transfer limits), batch by batch, so that memory stays
// flat over any number of inputs.
#ifndef CLAIMDIFF_APP_EXTRACT_COMMAND_H_
#define CLAIMDIFF_APP_EXTRACT_COMMAND_H_

#include <ostream>
#include <string>
#include <vector>

#include "app/command_support.h"

namespace claimdiff::app {

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string format = "json";             // text, json or jsonl
  std::string as;                          // "text": every input is plain article text
  int jobs = 1;                            // parsing threads; output stays in input order
  double delay_s = kDefaultPerHostDelayS;  // seconds between requests to one host
};

int Extract(const ExtractArgs& args, std::ostream& out, std::ostream& err);

}  // namespace claimdiff::app

#endif  // CLAIMDIFF_APP_EXTRACT_COMMAND_H_
