// A night of `claimdiff run` for tests that run the binary: a job file of
// small local stories, and a run killed with SIGKILL part-way through.
#ifndef CLAIMDIFF_TESTS_SUPPORT_NIGHT_JOB_H_
#define CLAIMDIFF_TESTS_SUPPORT_NIGHT_JOB_H_

#include <sys/types.h>

#include <string>

#include "tests/support/temp_dir.h"

namespace claimdiff::testing {

// A page of one outlet about one story, text written for the tests.
std::string NightPage(int story, int outlet);

// Writes `stories` stories of three local pages each into `dir` and a job
// file (store c.db, reports out/, no pause); returns the job file's path.
std::string WriteNightJob(const TempDir& dir, int stories);

// Starts `binary run JOB` with its stderr on a small pipe (so it cannot get
// far ahead of the reader), reads log lines until `story_lines` lines
// starting with "story " were seen (0: the first line of any kind), then
// kills it with SIGKILL. Returns its pid, or -1 when it ended before that.
pid_t RunAndKill(const std::string& binary, const std::string& job, int story_lines);

// Lines in `text`.
size_t LineCount(const std::string& text);

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_SUPPORT_NIGHT_JOB_H_
