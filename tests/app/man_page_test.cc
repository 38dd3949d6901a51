// claimdiff.1 against the command line's own help: every subcommand that
// `claimdiff --help` lists has a subsection under COMMANDS, every option
// and argument that `claimdiff SUB --help` shows has an entry there (with
// the default the help shows), nothing is documented that the help does
// not show, and the page renders without warnings.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/shell.h"
#include "tests/support/temp_dir.h"

namespace claimdiff {
namespace {

using claimdiff::testing::ReadFile;
using claimdiff::testing::RunShell;

const std::string kManPage = std::string(CLAIMDIFF_SOURCE_DIR) + "/claimdiff.1";

// ----------------------------------------------------------------- the help

// One option or positional argument of a help screen.
struct HelpItem {
  std::vector<std::string> names;  // "-h", "--help"; "INPUT"
  std::string default_value;       // what CLI11 shows after '=', or ""
};

std::string Help(const std::string& subcommand) {
  auto [code, out] = RunShell(std::string(CLAIMDIFF_BINARY) + " " + subcommand + " --help 2>&1");
  EXPECT_EQ(code, 0) << out;
  return out;
}

// The lines of one "Section:" of a CLI11 help screen.
std::vector<std::string> HelpSection(const std::string& help, const std::string& section) {
  std::vector<std::string> lines;
  std::istringstream in(help);
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != ' ') {
      inside = line == section + ":";
    } else if (inside && line.size() > 2 && line[2] != ' ') {
      lines.push_back(line.substr(2));  // a new entry (descriptions are indented further)
    }
  }
  return lines;
}

// CLI11 prints an entry as "--jobs INT:INT in [1 - 256]=1   Worker threads".
std::vector<HelpItem> HelpItems(const std::string& help) {
  std::vector<HelpItem> items;
  for (const char* section : {"Positionals", "Options"}) {
    for (const std::string& line : HelpSection(help, section)) {
      HelpItem item;
      std::string names = line.substr(0, line.find(' '));
      std::stringstream split(names);
      for (std::string n; std::getline(split, n, ',');) item.names.push_back(n);
      // The names and the type end where the padding before the description starts.
      std::string opts = line.substr(0, line.find("  "));
      size_t eq = opts.find('=');
      if (eq != std::string::npos) {
        item.default_value = opts.substr(eq + 1, opts.find(' ', eq) - eq - 1);
      }
      items.push_back(item);
    }
  }
  return items;
}

std::vector<std::string> Subcommands() {
  std::vector<std::string> names;
  for (const std::string& line : HelpSection(Help(""), "Subcommands")) {
    names.push_back(line.substr(0, line.find(' ')));
  }
  return names;
}

// ------------------------------------------------------------- the man page

// The text of a roff line without its font changes and escapes: ".BR a b"
// (alternating fonts, no spaces between arguments) and ".B a b" give their
// arguments' text; "\-" is "-".
std::string Deroff(const std::string& line) {
  std::string text = line;
  bool alternating = false;
  if (!text.empty() && text[0] == '.') {
    size_t space = text.find(' ');
    std::string macro = text.substr(1, space == std::string::npos ? space : space - 1);
    alternating = macro.size() == 2 && macro != "TP" && macro != "SS" && macro != "SH";
    text = space == std::string::npos ? "" : text.substr(space + 1);
  }
  std::string out;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' && i + 1 < text.size()) {
      char e = text[++i];
      if (e == 'f' && i + 1 < text.size()) {
        ++i;  // \fB, \fI, \fR, \fP
      } else if (e == '-' || e == 'e') {
        out += e == '-' ? '-' : '\\';
      } else if (e == '(' && i + 2 < text.size()) {
        i += 2;
      }
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ' ' && !quoted && alternating) {
      // Arguments of .BR and the like join without a space.
    } else {
      out += c;
    }
  }
  return out;
}

// One .TP entry of the page: its tag line and its paragraph, de-roffed.
struct ManEntry {
  std::string tag;
  std::string body;
};

// The entries of every subsection (.SS NAME) under the section `section`
// (.SH NAME), or of the section itself under the key "".
std::map<std::string, std::vector<ManEntry>> ManEntries(const std::string& section) {
  std::map<std::string, std::vector<ManEntry>> entries;
  std::istringstream in(ReadFile(kManPage));
  bool inside = false, tag_next = false;
  std::string sub;
  ManEntry* current = nullptr;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(".SH ", 0) == 0) {
      inside = Deroff(line) == section;
      sub.clear();
      current = nullptr;
    } else if (!inside) {
      continue;
    } else if (line.rfind(".SS ", 0) == 0) {
      sub = Deroff(line);
      entries[sub];
      current = nullptr;
    } else if (line == ".TP") {
      tag_next = true;
    } else if (tag_next) {
      entries[sub].push_back({Deroff(line), ""});
      current = &entries[sub].back();
      tag_next = false;
    } else if (line == ".PP" || line.rfind(".\\\"", 0) == 0) {
      current = nullptr;
    } else if (current != nullptr) {
      current->body += Deroff(line) + " ";
    }
  }
  return entries;
}

// The option names an entry's tag starts with: "-h, --help" gives both.
std::vector<std::string> TagNames(const std::string& tag) {
  std::vector<std::string> names;
  std::istringstream words(tag);
  for (std::string w; words >> w;) {
    if (!w.empty() && w.back() == ',') w.pop_back();
    names.push_back(w);
    if (names.size() == 1 && w[0] != '-') break;  // an argument: one name
    if (tag.find(w + ",") == std::string::npos) break;
  }
  return names;
}

const ManEntry* FindEntry(const std::vector<ManEntry>& entries, const std::string& name) {
  for (const ManEntry& e : entries) {
    for (const std::string& n : TagNames(e.tag)) {
      if (n == name) return &e;
    }
  }
  return nullptr;
}

// ------------------------------------------------------------------- tests

TEST(ManPageTest, EverySubcommandHasASection) {
  std::map<std::string, std::vector<ManEntry>> commands = ManEntries("COMMANDS");
  std::vector<std::string> subcommands = Subcommands();
  ASSERT_GE(subcommands.size(), 6u);
  for (const std::string& sub : subcommands) {
    EXPECT_TRUE(commands.count(sub)) << "claimdiff " << sub << " is not under COMMANDS";
  }
  EXPECT_EQ(commands.size(), subcommands.size()) << "COMMANDS documents a subcommand that "
                                                    "--help does not list";
}

TEST(ManPageTest, EveryOptionOfEverySubcommandHasAnEntryWithItsDefault) {
  std::map<std::string, std::vector<ManEntry>> commands = ManEntries("COMMANDS");
  for (const std::string& sub : Subcommands()) {
    const std::vector<ManEntry>& entries = commands[sub];
    for (const HelpItem& item : HelpItems(Help(sub))) {
      if (item.names.front() == "-h") continue;  // --help is documented once, under OPTIONS
      const std::string& name = item.names.back();
      const ManEntry* entry = FindEntry(entries, name);
      if (entry == nullptr) {
        ADD_FAILURE() << "claimdiff " << sub << " " << name << " has no entry in claimdiff.1";
        continue;
      }
      if (!item.default_value.empty()) {
        EXPECT_NE(entry->body.find("(default: " + item.default_value + ")"), std::string::npos)
            << "claimdiff " << sub << " " << name << ": the page does not give the default "
            << item.default_value << ": " << entry->body;
      }
    }
  }
}

TEST(ManPageTest, DocumentsNoOptionTheHelpDoesNotShow) {
  std::map<std::string, std::vector<ManEntry>> commands = ManEntries("COMMANDS");
  for (const std::string& sub : Subcommands()) {
    std::set<std::string> shown;
    for (const HelpItem& item : HelpItems(Help(sub))) shown.insert(item.names.back());
    for (const ManEntry& entry : commands[sub]) {
      for (const std::string& name : TagNames(entry.tag)) {
        EXPECT_TRUE(shown.count(name)) << "claimdiff.1 documents " << sub << " " << name
                                       << ", which claimdiff " << sub << " --help does not show";
      }
    }
  }
}

TEST(ManPageTest, ProgramOptionsAreUnderOptions) {
  std::vector<ManEntry> options = ManEntries("OPTIONS")[""];
  for (const HelpItem& item : HelpItems(Help(""))) {
    for (const std::string& name : item.names) {
      EXPECT_NE(FindEntry(options, name), nullptr)
          << "claimdiff " << name << " is not under OPTIONS";
    }
  }
}

TEST(ManPageTest, TitleNamesTheProgramsVersion) {
  std::string version = RunShell(std::string(CLAIMDIFF_BINARY) + " --version").second;
  version = version.substr(0, version.find(" (commit"));  // "claimdiff 0.1.0"
  // .TH CLAIMDIFF 1 DATE "claimdiff 0.1.0" "User Commands"
  std::string page = ReadFile(kManPage);
  size_t th = page.find("\n.TH CLAIMDIFF 1 ");
  ASSERT_NE(th, std::string::npos);
  size_t open = page.find('"', th);
  size_t close = page.find('"', open + 1);
  ASSERT_LT(close, page.find('\n', th + 1));
  EXPECT_EQ(page.substr(open + 1, close - open - 1), version);
}

TEST(ManPageTest, RendersWithoutWarnings) {
  if (RunShell("command -v groff >/dev/null").first != 0) {
    GTEST_SKIP() << "groff not installed (Debian package groff-base)";
  }
  auto [code, out] = RunShell("groff -man -ww -z -Tutf8 " + kManPage + " 2>&1");
  EXPECT_EQ(code, 0) << out;
  EXPECT_EQ(out, "");
}

}  // namespace
}  // namespace claimdiff
