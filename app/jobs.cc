#include "app/jobs.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <toml++/toml.h>

#include "fetch/fetcher.h"

namespace claimdiff::app {

namespace {

std::string Where(const std::string& path, const toml::source_region& region) {
  return path + ":" + std::to_string(region.begin.line);
}

Status Bad(const std::string& where, const std::string& what) {
  return Status::InvalidArgument(where + ": " + what);
}

// Story ids name report files and shard keys: keep them plain.
bool IsValidId(const std::string& id) {
  if (id.empty() || id.size() > 200 || id == "." || id == "..") return false;
  for (unsigned char c : id) {
    if (!(std::isalnum(c) || c == '-' || c == '_' || c == '.')) return false;
  }
  return true;
}

std::string Resolve(const std::filesystem::path& base, const std::string& input) {
  if (input == "-" || fetch::IsHttpUrl(input)) return input;
  std::filesystem::path p(input);
  if (p.is_absolute()) return input;
  return (base / p).lexically_normal().string();
}

// Rewrites a job file so that the TOML reader sees ASCII only: non-ASCII
// characters in "basic" strings become \uXXXX escapes (the same value),
// in comments '?' (comments are dropped anyway). Elsewhere (code, 'literal'
// strings) they are refused, as is a NUL byte or ill-formed UTF-8.
//
// Why: toml++ 3.3 (Debian 12) reaches an unreachable point (undefined
// behaviour) when it asks whether some non-ASCII characters are white space,
// which the jobs fuzzer found with a single character in several places.
// With ASCII input that code is never reached. Newlines are kept, so the
// reader's line numbers still point into the user's file.
// Returns false with "LINE: problem" in *problem.
bool AsciiToml(std::string_view bytes, std::string* out, std::string* problem) {
  enum class State { kCode, kComment, kBasic, kLiteral, kMultiBasic, kMultiLiteral };
  State state = State::kCode;
  size_t line = 1;
  auto at = [&bytes](size_t i, std::string_view s) { return bytes.substr(i, s.size()) == s; };
  auto fail = [&](const std::string& what) {
    *problem = std::to_string(line) + ": " + what;
    return false;
  };
  out->clear();
  out->reserve(bytes.size());
  size_t i = 0;
  while (i < bytes.size()) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return fail("a NUL byte");
    if (c >= 0x80) {
      int32_t n = static_cast<int32_t>(std::min<size_t>(bytes.size() - i, 4));
      int32_t j = 0;
      UChar32 cp;
      U8_NEXT(reinterpret_cast<const uint8_t*>(bytes.data() + i), j, n, cp);
      if (cp < 0) return fail("bytes that are not UTF-8");
      if (state == State::kBasic || state == State::kMultiBasic) {
        char esc[16];
        std::snprintf(esc, sizeof(esc), cp > 0xFFFF ? "\\U%08X" : "\\u%04X",
                      static_cast<unsigned>(cp));
        *out += esc;
      } else if (state == State::kComment) {
        *out += '?';
      } else if (state == State::kLiteral || state == State::kMultiLiteral) {
        return fail("non-ASCII text in a 'literal' string: use a \"double-quoted\" string");
      } else {
        return fail("a non-ASCII character outside a string or comment");
      }
      i += static_cast<size_t>(j);
      continue;
    }
    if (c == '\n') ++line;
    size_t take = 1;
    switch (state) {
      case State::kCode:
        if (c == '#') {
          state = State::kComment;
        } else if (at(i, "\"\"\"")) {
          state = State::kMultiBasic;
          take = 3;
        } else if (at(i, "'''")) {
          state = State::kMultiLiteral;
          take = 3;
        } else if (c == '"') {
          state = State::kBasic;
        } else if (c == '\'') {
          state = State::kLiteral;
        }
        break;
      case State::kComment:
        if (c == '\n') state = State::kCode;
        break;
      case State::kBasic:
        if (c == '\\' && i + 1 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) < 0x80) {
          take = 2;  // an escape and the ASCII character it escapes
        } else if (c == '"' || c == '\n') {
          state = State::kCode;
        }
        break;
      case State::kLiteral:
        if (c == '\'' || c == '\n') state = State::kCode;
        break;
      case State::kMultiBasic:
        if (c == '\\' && i + 1 < bytes.size() && bytes[i + 1] != '\n' &&
            static_cast<unsigned char>(bytes[i + 1]) < 0x80) {
          take = 2;
        } else if (at(i, "\"\"\"")) {
          state = State::kCode;
          take = 3;
        }
        break;
      case State::kMultiLiteral:
        if (at(i, "'''")) {
          state = State::kCode;
          take = 3;
        }
        break;
    }
    out->append(bytes.data() + i, take);
    i += take;
  }
  return true;
}

}  // namespace

StatusOr<JobFile> ReadJobFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path)) return Bad(path, "no such job file");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string ascii;
  std::string problem;
  if (!AsciiToml(bytes, &ascii, &problem)) {
    return Bad(path + ":" + problem.substr(0, problem.find(':')),
               problem.substr(problem.find(':') + 2));
  }
  toml::table root;
  try {
    root = toml::parse(ascii, path);
  } catch (const toml::parse_error& e) {
    std::string where = path;
    if (e.source().begin.line > 0) {
      where += ":" + std::to_string(e.source().begin.line);
    }
    return Bad(where, std::string(e.description()));
  }
  JobFile job;
  job.path = path;
  std::filesystem::path base = std::filesystem::path(path).parent_path();

  for (auto&& [key, node] : root) {
    if (key != "settings" && key != "story" && key != "limits") {
      return Bad(Where(path, node.source()), "unknown key '" + std::string(key.str()) + "'");
    }
  }
  if (const toml::node* settings_node = root.get("settings")) {
    const toml::table* settings = settings_node->as_table();
    if (settings == nullptr) return Bad(Where(path, settings_node->source()), "[settings] must be a table");
    for (auto&& [key, node] : *settings) {
      std::string k(key.str());
      std::string where = Where(path, node.source());
      if (k == "store" || k == "reports" || k == "contact") {
        const auto* v = node.as_string();
        if (v == nullptr) return Bad(where, "settings." + k + " must be a string");
        std::string s = v->get();
        if (k == "store") job.settings.store = s;
        if (k == "reports") job.settings.reports = s;
        if (k == "contact") job.settings.contact = s;
      } else if (k == "concurrency") {
        const auto* v = node.as_integer();
        if (v == nullptr || v->get() < 1 || v->get() > 256) {
          return Bad(where, "settings.concurrency must be a whole number from 1 to 256");
        }
        job.settings.concurrency = static_cast<int>(v->get());
      } else if (k == "per_host_delay_s") {
        std::optional<double> v = node.value<double>();
        if (!v || *v < 0 || *v > 3600) {
          return Bad(where, "settings.per_host_delay_s must be a number of seconds from 0 to 3600");
        }
        job.settings.per_host_delay_s = *v;
      } else if (k == "busy_timeout_s") {
        std::optional<double> v = node.value<double>();
        if (!v || *v < 0 || *v > 3600) {
          return Bad(where, "settings.busy_timeout_s must be a number of seconds from 0 to 3600");
        }
        job.settings.busy_timeout_s = *v;
      } else {
        return Bad(where, "unknown setting '" + k + "'");
      }
    }
  }

  if (const toml::node* limits_node = root.get("limits")) {
    const toml::table* limits = limits_node->as_table();
    if (limits == nullptr) return Bad(Where(path, limits_node->source()), "[limits] must be a table");
    JobLimits& l = job.settings.limits;
    const std::pair<const char*, size_t*> known[] = {
        {"max_pages_per_story", &l.max_pages_per_story},
        {"max_claims_per_story", &l.max_claims_per_story},
        {"max_sentences_per_page", &l.max_sentences_per_page},
        {"max_elements_per_page", &l.max_elements_per_page},
        {"max_nesting_depth", &l.max_nesting_depth}};
    for (auto&& [key, node] : *limits) {
      std::string k(key.str());
      std::string where = Where(path, node.source());
      size_t* field = nullptr;
      for (const auto& [name, f] : known) {
        if (k == name) field = f;
      }
      if (field == nullptr) return Bad(where, "unknown limit '" + k + "'");
      const auto* v = node.as_integer();
      if (v == nullptr || v->get() < 1 || v->get() > 1'000'000'000) {
        return Bad(where, "limits." + k + " must be a whole number from 1 to 1000000000");
      }
      *field = static_cast<size_t>(v->get());
    }
  }

  const toml::node* stories_node = root.get("story");
  if (stories_node == nullptr) return Bad(path, "no [[story]] in the job file");
  const toml::array* stories = stories_node->as_array();
  if (stories == nullptr) return Bad(Where(path, stories_node->source()), "story must be [[story]] tables");
  std::set<std::string> seen;
  for (const toml::node& story_node : *stories) {
    std::string where = Where(path, story_node.source());
    const toml::table* t = story_node.as_table();
    if (t == nullptr) return Bad(where, "each story must be a [[story]] table");
    StoryJob story;
    std::map<std::string, std::string> raw_outlets;
    for (auto&& [key, node] : *t) {
      std::string k(key.str());
      std::string at = Where(path, node.source());
      if (k == "id" || k == "title") {
        const auto* v = node.as_string();
        if (v == nullptr) return Bad(at, "story." + k + " must be a string");
        (k == "id" ? story.id : story.title) = v->get();
      } else if (k == "inputs") {
        const toml::array* a = node.as_array();
        if (a == nullptr) return Bad(at, "story.inputs must be an array of strings");
        for (const toml::node& item : *a) {
          const auto* v = item.as_string();
          if (v == nullptr || v->get().empty()) {
            return Bad(Where(path, item.source()), "story.inputs must hold non-empty strings");
          }
          story.inputs.push_back(v->get());
        }
      } else if (k == "outlets") {
        const toml::table* o = node.as_table();
        if (o == nullptr) return Bad(at, "story.outlets must be a table of input = \"name\"");
        for (auto&& [input, name] : *o) {
          const auto* v = name.as_string();
          if (v == nullptr) return Bad(Where(path, name.source()), "outlet names must be strings");
          raw_outlets[std::string(input.str())] = v->get();
        }
      } else {
        return Bad(at, "unknown story key '" + k + "'");
      }
    }
    if (!IsValidId(story.id)) {
      return Bad(where, "story.id must be 1-200 letters, digits, '-', '_' or '.' (got '" +
                            story.id + "')");
    }
    if (!seen.insert(story.id).second) return Bad(where, "duplicate story id '" + story.id + "'");
    if (story.inputs.empty()) return Bad(where, "story '" + story.id + "' has no inputs");
    if (story.inputs.size() > job.settings.limits.max_pages_per_story) {
      return Bad(where, "story '" + story.id + "' has " + std::to_string(story.inputs.size()) +
                            " inputs; limits.max_pages_per_story is " +
                            std::to_string(job.settings.limits.max_pages_per_story));
    }
    for (const auto& [input, name] : raw_outlets) {
      bool known = false;
      for (const std::string& i : story.inputs) known = known || i == input;
      if (!known) return Bad(where, "outlets names '" + input + "', which is not among the inputs");
    }
    for (std::string& input : story.inputs) {
      std::string resolved = Resolve(base, input);
      auto it = raw_outlets.find(input);
      if (it != raw_outlets.end()) story.outlets[resolved] = it->second;
      input = resolved;
    }
    job.stories.push_back(std::move(story));
  }
  return job;
}

PipelineOptions JobLimits::Apply(PipelineOptions options) const {
  options.max_pages_per_story = max_pages_per_story;
  options.max_claims_per_story = max_claims_per_story;
  options.parse.max_sentences = max_sentences_per_page;
  options.parse.extract.tree.max_elements = max_elements_per_page;
  options.parse.extract.tree.max_nesting_depth = max_nesting_depth;
  return options;
}

StatusOr<Shard> ParseShard(const std::string& text) {
  size_t slash = text.find('/');
  auto bad = [&text] {
    return Status::InvalidArgument("--shard '" + text + "': expected K/N with 0 <= K < N");
  };
  if (slash == std::string::npos) return bad();
  try {
    size_t used = 0;
    long k = std::stol(text.substr(0, slash), &used);
    if (used != slash) return bad();
    std::string n_text = text.substr(slash + 1);
    long n = std::stol(n_text, &used);
    if (used != n_text.size() || n < 1 || k < 0 || k >= n || n > 1000000) return bad();
    return Shard{static_cast<uint32_t>(k), static_cast<uint32_t>(n)};
  } catch (const std::exception&) {
    return bad();
  }
}

}  // namespace claimdiff::app
