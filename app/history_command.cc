// `claimdiff history`: every stored version of a page, oldest first, and
// between consecutive versions the sentences added, removed and edited
// (edited ones as a word diff, [-old-]{+new+}).
#include "app/history_command.h"

#include <filesystem>
#include <fstream>
#include <optional>

#include "app/command_support.h"
#include "app/commands.h"
#include "app/jobs.h"
#include "app/pipeline.h"
#include "app/story_report.h"
#include "app/version_diff.h"
#include "core/hash.h"
#include "core/json.h"
#include "db/store.h"
#include "fetch/fetcher.h"
#include "fetch/multi_fetcher.h"
#include "reports/html.h"

namespace claimdiff::app {

namespace {

void PrintVersions(const std::string& url, const std::vector<db::ArticleVersion>& versions,
                   std::ostream& out) {
  out << url << ": " << versions.size() << (versions.size() == 1 ? " version" : " versions")
      << "\n";
  for (size_t i = 0; i < versions.size(); ++i) {
    const db::ArticleVersion& v = versions[i];
    out << "  v" << (i + 1) << "  " << v.first_seen << "  " << v.content_hash.substr(0, 12)
        << "  " << v.title << "\n";
    if (i == 0) continue;
    VersionDiff diff = DiffVersions(versions[i - 1].text, v.text);
    out << "    " << diff.added.size() << " added, " << diff.removed.size() << " removed, "
        << diff.edited.size() << " edited since v" << i << "\n";
    for (const SentenceEdit& e : diff.edited) out << "    ~ " << WordDiffText(e.diff) << "\n";
    for (const std::string& s : diff.removed) out << "    - " << s << "\n";
    for (const std::string& s : diff.added) out << "    + " << s << "\n";
  }
}

}  // namespace

int History(const std::string& db_path, const std::string& target, std::ostream& out,
            std::ostream& err) {
  if (!std::filesystem::exists(db_path)) {
    err << "claimdiff history: " << db_path << ": no such store\n";
    return kExitFailure;
  }
  StatusOr<std::unique_ptr<db::Store>> store = db::Store::Open(db_path);
  if (!store.ok()) {
    err << "claimdiff history: " << store.status().ToString() << "\n";
    return kExitFailure;
  }
  std::vector<std::string> urls;
  StatusOr<std::vector<std::string>> story_urls = (*store)->StoryUrls(target);
  if (story_urls.ok()) {
    out << "story " << target << "\n";
    urls = *story_urls;
  } else {
    urls.push_back(target);
  }
  bool any = false;
  for (const std::string& url : urls) {
    StatusOr<std::vector<db::ArticleVersion>> versions = (*store)->Versions(url);
    if (!versions.ok()) {
      err << "claimdiff history: " << versions.status().ToString() << "\n";
      return kExitFailure;
    }
    if (versions->empty() && !fetch::IsHttpUrl(url) && std::filesystem::exists(url)) {
      // A local path: stored under its file:// URL.
      std::string file_url = "file://" + std::filesystem::absolute(url).lexically_normal().string();
      versions = (*store)->Versions(file_url);
      if (!versions.ok()) return kExitFailure;
    }
    any = any || !versions->empty();
    PrintVersions(url, *versions, out);
  }
  if (!any && !story_urls.ok()) {
    err << "claimdiff history: " << target << ": no story or URL of that name in " << db_path
        << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace claimdiff::app
