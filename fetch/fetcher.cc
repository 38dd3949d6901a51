#include "fetch/fetcher.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace claimdiff::fetch {

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) {
      return false;
    }
  }
  return true;
}

bool IsArticleFile(const std::filesystem::path& p) {
  std::string name = p.filename().string();
  return EndsWith(name, ".html") || EndsWith(name, ".htm") || EndsWith(name, ".xhtml") ||
         EndsWith(name, ".txt");
}

}  // namespace

std::string SystemClockIso8601() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

bool IsHttpUrl(const std::string& input) {
  std::string prefix = input.substr(0, 8);
  std::transform(prefix.begin(), prefix.end(), prefix.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return prefix.rfind("http://", 0) == 0 || prefix.rfind("https://", 0) == 0;
}

StatusOr<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& input : inputs) {
    if (input == "-" || IsHttpUrl(input)) {
      out.push_back(input);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) return Status::NotFound(input + ": no such file or folder");
    if (!fs::is_directory(st)) {
      out.push_back(input);
      continue;
    }
    std::vector<std::string> files;
    for (const fs::directory_entry& e : fs::directory_iterator(input, ec)) {
      if (e.is_regular_file() && IsArticleFile(e.path())) files.push_back(e.path().string());
    }
    if (ec) return Status::IoError(input + ": " + ec.message());
    std::sort(files.begin(), files.end());
    if (files.empty()) return Status::NotFound(input + ": folder holds no .html or .txt files");
    out.insert(out.end(), files.begin(), files.end());
  }
  return out;
}

Document ReadLocalInput(const std::string& input, bool as_text, const Clock& clock) {
  Document doc;
  doc.input = input;
  doc.fetched_at = clock();
  doc.plain_text = as_text || EndsWith(input, ".txt");
  if (input == "-") {
    doc.url = "stdin:";
    doc.body.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::error_code ec;
    std::filesystem::path path = std::filesystem::absolute(input, ec);
    doc.url = "file://" + (ec ? input : path.lexically_normal().string());
    std::ifstream in(input, std::ios::binary);
    if (!in) {
      doc.outcome = FetchOutcome::kFileError;
      doc.error = input + ": cannot open file";
      return doc;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) {
      doc.outcome = FetchOutcome::kFileError;
      doc.error = input + ": read error";
      return doc;
    }
    doc.body = std::move(buf).str();
  }
  doc.final_url = doc.url;
  doc.content_type = doc.plain_text ? "text/plain" : "text/html";
  return doc;
}

}  // namespace claimdiff::fetch
