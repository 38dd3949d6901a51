// Plays the schedulers of deploy/ on one machine. Kubernetes: the pods'
// arguments are read from deploy/kubernetes/night-job.yaml, expanded the
// way Kubernetes expands $(VAR) with the JOB_COMPLETION_INDEX it sets in
// each pod, and the `completions` pods run side by side, each with its
// environment; then report-job.yaml's command. Slurm: deploy/slurm's
// night.sbatch runs once per array task with the variables Slurm sets, then
// report.sbatch. Either way every story must run exactly once, in exactly
// one shard's store, and the merged index must list them all.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/json.h"
#include "tests/support/process.h"
#include "tests/support/store_query.h"
#include "tests/support/temp_dir.h"

namespace claimdiff {
namespace {

using claimdiff::testing::ProcessSpec;
using claimdiff::testing::QueryStore;
using claimdiff::testing::ReadFile;
using claimdiff::testing::StartProcess;
using claimdiff::testing::TempDir;
using claimdiff::testing::WaitProcess;

const std::string kDeploy = std::string(CLAIMDIFF_SOURCE_DIR) + "/deploy/";
const std::string kBinaryDir = std::filesystem::path(CLAIMDIFF_BINARY).parent_path().string();
constexpr int kStories = 9;

std::string StoryId(int i) { return "night-story-" + std::to_string(i); }

std::string Page(const std::string& outlet, int story) {
  std::string n = std::to_string(story);
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story " + n +
         "</title><meta property=\"og:site_name\" content=\"" + outlet +
         "\"></head><body><article><h1>Story " + n + "</h1><p>The council approved " + n +
         " new ferry routes on Monday, the mayor said.</p><p>Work starts in spring, "
         "according to the port authority.</p></article></body></html>";
}

// Writes `folder`/night.toml naming kStories stories of two saved pages
// each (in `folder`/pages, relative to the job file as a ConfigMap or a
// submit folder would hold them).
void WriteNight(const std::string& folder) {
  std::string toml = "[settings]\nconcurrency = 2\nper_host_delay_s = 0\n";
  for (int i = 0; i < kStories; ++i) {
    std::string s = std::to_string(i);
    toml += "\n[[story]]\nid = \"" + StoryId(i) + "\"\ntitle = \"Story " + s +
            "\"\ninputs = [\"pages/a" + s + ".html\", \"pages/b" + s + ".html\"]\n";
    std::filesystem::create_directories(folder + "/pages");
    std::ofstream(folder + "/pages/a" + s + ".html") << Page("Outlet A", i);
    std::ofstream(folder + "/pages/b" + s + ".html") << Page("Outlet B", i);
  }
  std::ofstream(folder + "/night.toml") << toml;
}

// What follows `key:` on the first line of a manifest that starts with it
// (after indentation), or "".
std::string Field(const std::string& manifest, const std::string& key) {
  std::istringstream in(manifest);
  for (std::string line; std::getline(in, line);) {
    size_t start = line.find_first_not_of(' ');
    if (start == std::string::npos || line.compare(start, key.size() + 1, key + ":") != 0) continue;
    size_t value = line.find_first_not_of(' ', start + key.size() + 1);
    return value == std::string::npos ? "" : line.substr(value);
  }
  return "";
}

// The JSON flow sequence after `key:` on its line of a manifest
// (the manifests keep `command` and `args` on one line each for this).
std::vector<std::string> FlowList(const std::string& manifest, const std::string& key) {
  std::string value = Field(manifest, key);
  if (value.empty() || value[0] != '[') return {};
  return Json::parse(value).get<std::vector<std::string>>();
}

int IntField(const std::string& text, const std::string& key) {
  std::string value = Field(text, key);
  return value.empty() || !std::isdigit(static_cast<unsigned char>(value[0])) ? -1
                                                                              : std::stoi(value);
}

// Kubernetes' expansion of $(NAME) in a container's arguments: a defined
// variable is replaced, $$ is a literal $, anything else stays as written.
std::string ExpandKubernetes(const std::string& arg,
                             const std::map<std::string, std::string>& env) {
  std::string out;
  for (size_t i = 0; i < arg.size(); ++i) {
    if (arg[i] == '$' && i + 1 < arg.size() && arg[i + 1] == '$') {
      out += '$';
      ++i;
      continue;
    }
    if (arg.compare(i, 2, "$(") == 0) {
      size_t close = arg.find(')', i);
      if (close != std::string::npos) {
        auto var = env.find(arg.substr(i + 2, close - i - 2));
        if (var != env.end()) {
          out += var->second;
          i = close;
          continue;
        }
      }
    }
    out += arg[i];
  }
  return out;
}

// The volumes the pods mount, played by folders of the test.
struct Mounts {
  std::string data;  // mountPath /data: the shared volume
  std::string job;   // mountPath /etc/claimdiff: the ConfigMap with night.toml
  std::string Map(const std::string& arg) const {
    if (arg.rfind("/data/", 0) == 0) return data + arg.substr(5);
    if (arg.rfind("/etc/claimdiff/", 0) == 0) return job + arg.substr(14);
    return arg;
  }
};

// Runs the pod command `command` + `args` as the image would, with
// `claimdiff` being the built binary. Returns the pid.
pid_t StartPod(const std::vector<std::string>& command, const std::vector<std::string>& args,
               std::map<std::string, std::string> env, const Mounts& mounts,
               const std::string& log) {
  env["PATH"] = kBinaryDir + ":/usr/bin:/bin";
  env["HOME"] = mounts.data;
  ProcessSpec spec{{}, env, mounts.data, log};
  for (const std::string& a : command) spec.argv.push_back(a);
  for (const std::string& a : args) spec.argv.push_back(mounts.Map(ExpandKubernetes(a, env)));
  return StartProcess(spec);
}

// Every story stored as done exactly once over the shards' stores, each
// store holding one finished run with some of the stories.
void ExpectEveryStoryRanOnce(const std::vector<std::string>& stores) {
  std::map<std::string, int> runs_of;
  for (const std::string& db : stores) {
    SCOPED_TRACE(db);
    EXPECT_EQ(QueryStore(db, "SELECT count(*) FROM runs"), "1");
    EXPECT_EQ(QueryStore(db, "SELECT status FROM runs"), "ok");
    std::string ids =
        QueryStore(db,
                   "SELECT group_concat(story_id, ' ') FROM (SELECT story_id FROM run_stories "
                   "WHERE status = 'done' ORDER BY story_id)");
    // A shard without stories would not show that the work was split.
    ASSERT_NE(ids, "NULL");
    std::istringstream words(ids);
    for (std::string id; words >> id;) ++runs_of[id];
  }
  std::map<std::string, int> expected;
  for (int i = 0; i < kStories; ++i) expected[StoryId(i)] = 1;
  EXPECT_EQ(runs_of, expected);
}

void ExpectIndexListsEveryStory(const std::string& reports) {
  std::string index = ReadFile(reports + "/index.html");
  ASSERT_FALSE(index.empty()) << reports;
  for (int i = 0; i < kStories; ++i) {
    EXPECT_NE(index.find("<code>" + StoryId(i) + "</code>"), std::string::npos) << StoryId(i);
    EXPECT_FALSE(ReadFile(reports + "/" + StoryId(i) + ".html").empty()) << StoryId(i);
  }
}

TEST(SchedulerTest, KubernetesIndexedJobRunsEveryStoryOnceAndOneReport) {
  std::string night = ReadFile(kDeploy + "kubernetes/night-job.yaml");
  std::string report = ReadFile(kDeploy + "kubernetes/report-job.yaml");
  ASSERT_NE(night.find("completionMode: Indexed"), std::string::npos);
  ASSERT_NE(night.find("mountPath: /data}"), std::string::npos);
  ASSERT_NE(night.find("mountPath: /etc/claimdiff,"), std::string::npos);
  const int completions = IntField(night, "completions");
  ASSERT_GT(completions, 1);
  EXPECT_EQ(IntField(night, "parallelism"), completions);
  std::vector<std::string> command = FlowList(night, "command");
  std::vector<std::string> args = FlowList(night, "args");
  ASSERT_EQ(command, std::vector<std::string>{"claimdiff"});
  ASSERT_FALSE(args.empty());

  TempDir dir;
  Mounts mounts{dir.File("volume"), dir.File("configmap")};
  std::filesystem::create_directories(mounts.data);
  WriteNight(mounts.job);
  std::vector<pid_t> pods;
  for (int k = 0; k < completions; ++k) {
    pods.push_back(StartPod(command, args, {{"JOB_COMPLETION_INDEX", std::to_string(k)}}, mounts,
                            dir.File("pod-" + std::to_string(k) + ".log")));
    ASSERT_GT(pods.back(), 0);
  }
  std::vector<std::string> stores;
  for (int k = 0; k < completions; ++k) {
    EXPECT_EQ(WaitProcess(pods[k]), 0) << ReadFile(dir.File("pod-" + std::to_string(k) + ".log"));
    stores.push_back(mounts.data + "/night-" + std::to_string(k) + ".db");
  }
  ExpectEveryStoryRanOnce(stores);

  // The report Job names every store of the night.
  std::vector<std::string> report_args = FlowList(report, "args");
  std::set<std::string> named;
  for (size_t i = 0; i + 1 < report_args.size(); ++i) {
    if (report_args[i] == "--db") named.insert(mounts.Map(report_args[i + 1]));
  }
  EXPECT_EQ(named, std::set<std::string>(stores.begin(), stores.end()));
  pid_t pid =
      StartPod(FlowList(report, "command"), report_args, {}, mounts, dir.File("report.log"));
  ASSERT_GT(pid, 0);
  ASSERT_EQ(WaitProcess(pid), 0) << ReadFile(dir.File("report.log"));
  ExpectIndexListsEveryStory(mounts.data + "/reports");
}

TEST(SchedulerTest, SlurmArrayRunsEveryStoryOnceAndOneReport) {
  std::string script = kDeploy + "slurm/night.sbatch";
  std::string text = ReadFile(script);
  const std::string array = "\n#SBATCH --array=0-";
  size_t at = text.find(array);
  ASSERT_NE(at, std::string::npos);
  const int tasks = std::stoi(text.substr(at + array.size())) + 1;
  ASSERT_GT(tasks, 1);

  TempDir dir;
  WriteNight(dir.path());  // the folder the night was submitted from
  std::map<std::string, std::string> env{{"PATH", kBinaryDir + ":/usr/bin:/bin"},
                                         {"HOME", dir.path()},
                                         {"SLURM_SUBMIT_DIR", dir.path()},
                                         {"SLURM_ARRAY_JOB_ID", "4242"},
                                         {"SLURM_ARRAY_TASK_COUNT", std::to_string(tasks)},
                                         {"SLURM_ARRAY_TASK_MIN", "0"},
                                         {"SLURM_ARRAY_TASK_MAX", std::to_string(tasks - 1)}};
  std::vector<pid_t> pids;
  for (int k = 0; k < tasks; ++k) {
    env["SLURM_ARRAY_TASK_ID"] = std::to_string(k);
    pids.push_back(StartProcess(
        {{"bash", script}, env, dir.path(), dir.File("night-" + std::to_string(k) + ".log")}));
    ASSERT_GT(pids.back(), 0);
  }
  std::vector<std::string> stores;
  for (int k = 0; k < tasks; ++k) {
    EXPECT_EQ(WaitProcess(pids[k]), 0) << ReadFile(dir.File("night-" + std::to_string(k) + ".log"));
    stores.push_back(dir.File("night-" + std::to_string(k) + ".db"));
  }
  ExpectEveryStoryRanOnce(stores);

  env.erase("SLURM_ARRAY_TASK_ID");
  pid_t pid = StartProcess({{"bash", kDeploy + "slurm/report.sbatch", std::to_string(tasks)},
                            env,
                            dir.path(),
                            dir.File("report.log")});
  ASSERT_GT(pid, 0);
  ASSERT_EQ(WaitProcess(pid), 0) << ReadFile(dir.File("report.log"));
  ExpectIndexListsEveryStory(dir.File("reports"));
}

}  // namespace
}  // namespace claimdiff
