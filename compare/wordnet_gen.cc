// Build-time generator of the synonym table (compare/wordnet_table.h) from
// the WordNet database files of Debian's wordnet-base package.
//
//   wordnet_gen WORDNET_DIR OUTPUT.cc
//
// Reads WORDNET_DIR/index.{noun,verb,adj,adv} (lemma -> synset offsets) and
// WORDNET_DIR/{noun,verb,adj,adv}.exc (irregular forms -> lemmas) and writes
// a C++ source file defining compare::wordnet::kTable. Only what can make
// two different words of two claims synonyms is kept: single-word lemmas
// (letters, digits and apostrophes, as the tokeniser splits words), synsets
// holding at least two of them, lemmas in at least one such synset, and
// exception entries leading to a kept lemma. Synsets get dense ids, nouns
// first, then verbs, adjectives and adverbs, so that an id's part of speech
// is its range. The output is written beside and renamed into place, so a
// failed run leaves no half-written table.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/status.h"

namespace claimdiff {
namespace {

constexpr std::array<const char*, 4> kPosFiles = {"noun", "verb", "adj", "adv"};

bool SingleWord(const std::string& lemma) {
  if (lemma.empty()) return false;
  for (char c : lemma) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
    if (!ok) return false;
  }
  return true;
}

// lemma -> offsets of its synsets, for one part of speech.
using Index = std::map<std::string, std::vector<uint32_t>>;

StatusOr<Index> ReadIndex(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open (is the wordnet-base package installed?)");
  Index index;
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == ' ') continue;  // the licence header
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offset...
    std::istringstream fields(line);
    std::string lemma, pos;
    size_t synsets = 0, pointers = 0;
    if (!(fields >> lemma >> pos >> synsets >> pointers)) {
      return Status::Corruption(path + ":" + std::to_string(number) + ": malformed index line");
    }
    std::string skip;
    for (size_t i = 0; i < pointers + 2; ++i) fields >> skip;
    std::vector<uint32_t> offsets;
    uint32_t offset = 0;
    while (fields >> offset) offsets.push_back(offset);
    if (offsets.size() != synsets || !fields.eof()) {
      return Status::Corruption(path + ":" + std::to_string(number) +
                                ": synset count does not match");
    }
    if (SingleWord(lemma)) index[lemma] = std::move(offsets);
  }
  if (index.empty()) return Status::Corruption(path + ": no lemmas");
  return index;
}

// inflected form -> lemmas, for one part of speech.
using Exceptions = std::map<std::string, std::vector<std::string>>;

StatusOr<Exceptions> ReadExceptions(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open (is the wordnet-base package installed?)");
  Exceptions out;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string form, lemma;
    if (!(fields >> form) || !SingleWord(form)) continue;
    while (fields >> lemma) {
      if (SingleWord(lemma)) out[form].push_back(lemma);
    }
  }
  return out;
}

void WriteArray(std::ostream& out, const char* name, const std::vector<uint32_t>& v) {
  out << "constexpr uint32_t " << name << "[] = {";
  for (size_t i = 0; i < v.size(); ++i) {
    out << (i % 16 == 0 ? "\n    " : " ") << v[i] << ',';
  }
  out << "\n};\n";
}

void WriteText(std::ostream& out, const char* name, const std::string& text) {
  out << "constexpr char " << name << "[] =";
  for (size_t i = 0; i < text.size(); i += 96) out << "\n    \"" << text.substr(i, 96) << '"';
  if (text.empty()) out << " \"\"";
  out << ";\n";
}

Status Generate(const std::string& dir, const std::string& output) {
  std::array<Index, 4> index;
  std::array<Exceptions, 4> exceptions;
  for (size_t p = 0; p < 4; ++p) {
    StatusOr<Index> i = ReadIndex(dir + "/index." + kPosFiles[p]);
    if (!i.ok()) return i.status();
    index[p] = std::move(i).value();
    StatusOr<Exceptions> e = ReadExceptions(dir + "/" + kPosFiles[p] + ".exc");
    if (!e.ok()) return e.status();
    exceptions[p] = std::move(e).value();
  }
  // Synsets with at least two single-word lemmas get dense ids.
  std::vector<uint32_t> pos_begin;
  std::array<std::map<uint32_t, uint32_t>, 4> id_of;
  uint32_t next = 0;
  for (size_t p = 0; p < 4; ++p) {
    std::map<uint32_t, uint32_t> members;
    for (const auto& [lemma, offsets] : index[p]) {
      for (uint32_t o : offsets) ++members[o];
    }
    pos_begin.push_back(next);
    for (const auto& [offset, n] : members) {
      if (n >= 2) id_of[p][offset] = next++;
    }
  }
  pos_begin.push_back(next);
  // Kept lemmas, sorted, with their ids (increasing, so by part of speech).
  std::map<std::string, std::vector<uint32_t>> lemmas;
  for (size_t p = 0; p < 4; ++p) {
    for (const auto& [lemma, offsets] : index[p]) {
      for (uint32_t o : offsets) {
        auto it = id_of[p].find(o);
        if (it != id_of[p].end()) lemmas[lemma].push_back(it->second);
      }
    }
  }
  std::string lemma_text;
  std::vector<uint32_t> lemma_start, synset_start, synsets;
  std::map<std::string, uint32_t> lemma_number;
  for (auto& [lemma, ids] : lemmas) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    lemma_number[lemma] = static_cast<uint32_t>(lemma_start.size());
    lemma_start.push_back(static_cast<uint32_t>(lemma_text.size()));
    synset_start.push_back(static_cast<uint32_t>(synsets.size()));
    lemma_text += lemma;
    synsets.insert(synsets.end(), ids.begin(), ids.end());
  }
  lemma_start.push_back(static_cast<uint32_t>(lemma_text.size()));
  synset_start.push_back(static_cast<uint32_t>(synsets.size()));
  // Exceptions: form -> (lemma number * 4 + part of speech), sorted by form.
  std::map<std::string, std::set<uint32_t>> targets;
  for (uint32_t p = 0; p < 4; ++p) {
    for (const auto& [form, bases] : exceptions[p]) {
      for (const std::string& base : bases) {
        auto it = lemma_number.find(base);
        if (it != lemma_number.end()) targets[form].insert(it->second * 4 + p);
      }
    }
  }
  std::string form_text;
  std::vector<uint32_t> form_start, target_start, target_list;
  for (const auto& [form, t] : targets) {
    form_start.push_back(static_cast<uint32_t>(form_text.size()));
    target_start.push_back(static_cast<uint32_t>(target_list.size()));
    form_text += form;
    target_list.insert(target_list.end(), t.begin(), t.end());
  }
  form_start.push_back(static_cast<uint32_t>(form_text.size()));
  target_start.push_back(static_cast<uint32_t>(target_list.size()));

  const std::string temp = output + ".tmp";
  {
    std::ofstream out(temp);
    if (!out) return Status::IoError(temp + ": cannot write");
    out << "// Generated by compare/wordnet_gen from " << dir
        << " (WordNet, Debian package wordnet-base). Do not edit.\n"
        << "// " << lemmas.size() << " lemmas, " << next << " synsets, " << targets.size()
        << " irregular forms.\n"
        << "#include \"compare/wordnet_table.h\"\n\n"
        << "namespace claimdiff::compare::wordnet {\nnamespace {\n\n";
    WriteText(out, "kLemmaText", lemma_text);
    WriteArray(out, "kLemmaStart", lemma_start);
    WriteArray(out, "kSynsetStart", synset_start);
    WriteArray(out, "kSynsets", synsets);
    WriteText(out, "kFormText", form_text);
    WriteArray(out, "kFormStart", form_start);
    WriteArray(out, "kTargetStart", target_start);
    WriteArray(out, "kTargets", target_list);
    out << "\n}  // namespace\n\nconstinit const Table kTable = {\n"
        << "    {kLemmaText, sizeof(kLemmaText) - 1},\n"
        << "    kLemmaStart,\n    kSynsetStart,\n    kSynsets,\n"
        << "    " << lemmas.size() << ",\n"
        << "    {kFormText, sizeof(kFormText) - 1},\n"
        << "    kFormStart,\n    kTargetStart,\n    kTargets,\n"
        << "    " << targets.size() << ",\n"
        << "    {" << pos_begin[0] << ", " << pos_begin[1] << ", " << pos_begin[2] << ", "
        << pos_begin[3] << ", " << pos_begin[4] << "},\n};\n\n"
        << "}  // namespace claimdiff::compare::wordnet\n";
    out.flush();
    if (!out) {
      out.close();
      std::remove(temp.c_str());
      return Status::IoError(temp + ": write failed");
    }
  }
  if (std::rename(temp.c_str(), output.c_str()) != 0) {
    std::remove(temp.c_str());
    return Status::IoError(output + ": cannot rename the table into place");
  }
  return Status::Ok();
}

}  // namespace
}  // namespace claimdiff

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: wordnet_gen WORDNET_DIR OUTPUT.cc\n";
    return 2;
  }
  const claimdiff::Status s = claimdiff::Generate(argv[1], argv[2]);
  if (!s.ok()) {
    std::cerr << "wordnet_gen: " << s.message() << '\n';
    return 1;
  }
  return 0;
}
