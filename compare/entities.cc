// The entity table.
//
// Names are compared by their keys (parse::CanonicalName: a consonant
// skeleton per word, so "Marzouk" and "Marzook" meet) with the comparer's
// own test (roles.h NamesAgree), so the table and the conflict finder never
// disagree on who is who. Forms are grouped in two passes, the usual
// order of within-document coreference applied across documents (full
// names first, then the partial mentions that point back at them):
//   1. Forms of two words or more, the most mentioned first: a form joins
//      the first earlier head whose key agrees with its own and whose first
//      word is not a different one ("Jesse Jackson" and "Sandra Jackson"
//      share a last name, not a person; "Abu Marzouk" and "Moussa Abu
//      Marzouk" are one), else it is a head. Heads never merge, so one
//      form that holds two names does not make them one.
//   2. A one-word form ("Marzouk", "Buhari") joins the most mentioned head
//      whose last word it is; else it is an entity of its own.
// The type is the one most mentions give; people and organisations only (a
// lone capitalised word the name finder could not type joins a person or
// organisation, or is left out).
#include "compare/entities.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <string_view>

#include "compare/roles.h"

namespace claimdiff::compare {

namespace {

std::vector<std::string_view> Words(std::string_view key) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
    if (j > i) out.push_back(key.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// True when two multi-word keys name one entity: they agree, and if both
// have a first word that the other lacks, those first words agree too (one
// may be the other's initial).
bool SameEntity(std::string_view a, std::string_view b) {
  if (!NamesAgree(a, b)) return false;
  const std::vector<std::string_view> wa = Words(a), wb = Words(b);
  auto holds = [](const std::vector<std::string_view>& w, std::string_view x) {
    return std::find(w.begin(), w.end(), x) != w.end();
  };
  const std::string_view fa = wa.front(), fb = wb.front();
  if (holds(wb, fa) || holds(wa, fb)) return true;
  return fa.substr(0, 1) == fb.substr(0, 1) && (fa.size() == 1 || fb.size() == 1);
}

struct Form {
  std::string key;
  std::vector<EntityMention> mentions;
  std::map<std::string, size_t> types;
  std::map<std::string, size_t> texts;
};

}  // namespace

std::vector<StoryEntity> BuildEntityTable(const std::vector<Article>& articles) {
  std::map<std::string, Form> forms;
  for (size_t a = 0; a < articles.size(); ++a) {
    for (const Claim& c : articles[a].claims) {
      if (c.kind == ClaimKind::kCaption) continue;
      for (const Entity& e : c.entities) {
        // A lone capitalised word ("Marzouk") is typed "name": it may
        // point back at a person of the story, or be a place.
        if ((e.type != "person" && e.type != "organisation" && e.type != "name") ||
            e.canonical.empty()) {
          continue;
        }
        Form& f = forms[e.canonical];
        f.key = e.canonical;
        f.mentions.push_back(EntityMention{a, e.text, e.span});
        ++f.types[e.type];
        ++f.texts[e.text];
      }
    }
  }
  // Most mentioned forms first (then by key): each form joins the first
  // head it names, or becomes a head, so a long form that names two heads
  // ("Boko Haram leader Abubakar Shekau") joins one and never merges them.
  std::vector<Form*> list;
  for (auto& [key, f] : forms) list.push_back(&f);
  std::stable_sort(list.begin(), list.end(), [](const Form* x, const Form* y) {
    return x->mentions.size() > y->mentions.size();
  });
  const size_t n = list.size();
  std::vector<size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<bool> multi(n);
  for (size_t i = 0; i < n; ++i) multi[i] = Words(list[i]->key).size() > 1;
  std::vector<size_t> heads;
  for (size_t i = 0; i < n; ++i) {
    if (!multi[i]) continue;
    for (size_t h : heads) {
      if (SameEntity(list[i]->key, list[h]->key)) {
        parent[i] = h;
        break;
      }
    }
    if (parent[i] == i) heads.push_back(i);
  }
  // A one-word form names the most mentioned head whose last word it is.
  for (size_t i = 0; i < n; ++i) {
    if (multi[i]) continue;
    for (size_t h : heads) {
      const std::vector<std::string_view> w = Words(list[h]->key);
      if (NamesAgree(list[i]->key, w.back())) {
        parent[i] = h;
        break;
      }
    }
  }
  auto find = [&parent](size_t x) { return parent[x]; };
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < n; ++i) {
    // A bare name that points back at no one is left out.
    const bool bare = list[i]->types.size() == 1 && list[i]->types.count("name") == 1;
    if (bare && find(i) == i) continue;
    groups[find(i)].push_back(i);
  }
  std::vector<StoryEntity> out;
  for (const auto& [root, members] : groups) {
    StoryEntity e;
    std::map<std::string, size_t> types, texts;
    for (size_t m : members) {
      const Form& f = *list[m];
      for (const auto& [t, c] : f.types) types[t] += c;
      for (const auto& [t, c] : f.texts) texts[t] += c;
      e.mentions.insert(e.mentions.end(), f.mentions.begin(), f.mentions.end());
    }
    e.key = list[root]->key;  // the head: its most mentioned form
    size_t most = 0;
    e.type = "person";
    for (const auto& [t, c] : types) {
      if (t != "name" && c > most) {
        most = c;
        e.type = t;
      }
    }
    most = 0;
    for (const auto& [t, c] : texts) {
      if (c > most || (c == most && t.size() > e.name.size())) {
        most = c;
        e.name = t;
      }
    }
    std::sort(
        e.mentions.begin(), e.mentions.end(), [](const EntityMention& x, const EntityMention& y) {
          return x.article < y.article || (x.article == y.article && x.span.start < y.span.start);
        });
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(),
            [](const StoryEntity& x, const StoryEntity& y) { return x.key < y.key; });
  return out;
}

}  // namespace claimdiff::compare
