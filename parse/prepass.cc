// The pre-pass: script and style contents are often more than half of a
// news page's bytes, and Gumbo spends time on every byte. Dropping them
// with a memchr-driven scan before parsing costs far less than parsing them.
//
// The scan follows the HTML tokenizer only as far as it must: "<!--" opens
// a comment that ends at "-->"; a start tag named script/style/... (ASCII
// case-insensitive) is read to its closing '>' respecting quoted attribute
// values, and everything up to the matching "</name" end tag is removed
// together with both tags. Text inside attribute values or in other
// elements is never examined, so the scan is linear in the page size.
//
// Depth is counted the cheap way: every start tag of an element that is
// neither void (br, img, ...) nor one whose end tag HTML lets a page leave
// out (p, li, td, ...) opens one level, and every end tag of such an
// element closes one. That follows Gumbo's tree for well-formed and for
// the usual sloppy markup (unclosed <p> and <li>); for misnested markup it
// is an estimate, which is all a safety limit needs. A start tag past the
// limit is removed, and so is the next end tag for each one removed.
#include "parse/prepass.h"

#include <array>
#include <cstring>
#include <initializer_list>

namespace claimdiff::parse {

namespace {

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':';
}

// Elements whose contents the pre-pass removes.
constexpr std::array<std::string_view, 9> kDropped = {
    "script", "style", "svg", "math", "noscript", "template", "iframe", "object", "canvas"};

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (LowerAscii(s[i]) != lower[i]) return false;
  }
  return true;
}

// The end of the start tag that begins at `pos` ('<'): the index after '>',
// skipping quoted attribute values. npos when the page ends first.
size_t EndOfTag(std::string_view html, size_t pos) {
  char quote = 0;
  for (size_t i = pos + 1; i < html.size(); ++i) {
    char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // Only a quote right after '=' (maybe with spaces) opens a value.
      size_t j = i;
      while (j > pos && (html[j - 1] == ' ' || html[j - 1] == '\t' || html[j - 1] == '\n')) --j;
      if (j > pos && html[j - 1] == '=') quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// Finds "</name" (case-insensitive) from `pos`; returns its index or npos.
size_t FindEndTag(std::string_view html, size_t pos, std::string_view name) {
  const char* data = html.data();
  while (pos < html.size()) {
    const void* hit = std::memchr(data + pos, '<', html.size() - pos);
    if (hit == nullptr) return std::string_view::npos;
    size_t lt = static_cast<const char*>(hit) - data;
    if (lt + 2 + name.size() <= html.size() && html[lt + 1] == '/' &&
        EqualsLower(html.substr(lt + 2, name.size()), name) &&
        (lt + 2 + name.size() == html.size() || !IsNameChar(html[lt + 2 + name.size()]))) {
      return lt;
    }
    pos = lt + 1;
  }
  return std::string_view::npos;
}

bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names) {
    if (EqualsLower(name, n)) return true;
  }
  return false;
}

// True when a start tag named `name` does not open a nesting level.
bool OpensNoLevel(std::string_view name) {
  // Void elements, and elements whose end tag may be omitted (closed by
  // a sibling or a parent's end), so that an unclosed one is not deeper.
  return IsOneOf(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                        "meta", "param", "source", "track", "wbr", "keygen", "p", "li", "dt",
                        "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc",
                        "tbody", "thead", "tfoot", "colgroup", "caption", "html", "head",
                        "body"});
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsJsonLd(std::string_view open_tag) {
  // type="application/ld+json", any case, any quoting.
  for (size_t i = 0; i + 7 <= open_tag.size(); ++i) {
    if (EqualsLower(open_tag.substr(i, 7), "ld+json")) return true;
  }
  return false;
}

}  // namespace

Prepassed Prepass(std::string_view html, const PrepassLimits& limits) {
  Prepassed out;
  out.html.reserve(html.size() / 2);
  const char* data = html.data();
  size_t copied = 0;  // html[0, copied) is settled
  size_t pos = 0;
  size_t depth = 0;       // levels open, as counted above
  size_t suppressed = 0;  // start tags dropped whose end tags are still to drop
  size_t elements = 0;
  // Drops html[from, to) from the output.
  auto drop = [&](size_t from, size_t to) {
    out.html.append(data + copied, from - copied);
    copied = pos = to;
  };
  while (pos < html.size()) {
    const void* hit = std::memchr(data + pos, '<', html.size() - pos);
    if (hit == nullptr) break;
    size_t lt = static_cast<const char*>(hit) - data;
    pos = lt + 1;
    if (html.compare(lt, 4, "<!--") == 0) {
      size_t end = html.find("-->", lt + 4);
      drop(lt, end == std::string_view::npos ? html.size() : end + 3);
      continue;
    }
    bool end_tag = lt + 1 < html.size() && html[lt + 1] == '/';
    size_t name_start = lt + (end_tag ? 2 : 1);
    if (name_start >= html.size() || !IsAsciiLetter(html[name_start])) continue;
    size_t name_end = name_start;
    while (name_end < html.size() && IsNameChar(html[name_end])) ++name_end;
    std::string_view name = html.substr(name_start, name_end - name_start);
    if (end_tag) {
      if (OpensNoLevel(name)) continue;
      if (suppressed > 0) {
        --suppressed;
        size_t close = EndOfTag(html, lt);
        drop(lt, close == std::string_view::npos ? html.size() : close);
      } else if (depth > 0) {
        --depth;
      }
      continue;
    }
    if (++elements > limits.max_elements) {
      out.cut_at_element_limit = true;
      drop(lt, html.size());
      break;
    }
    std::string_view dropped;
    if (name.size() <= 8) {
      for (std::string_view d : kDropped) {
        if (EqualsLower(name, d)) dropped = d;
      }
    }
    if (dropped.empty()) {
      if (OpensNoLevel(name)) continue;
      if (depth < limits.max_nesting_depth) {
        ++depth;
        continue;
      }
      ++suppressed;
      ++out.dropped_deep_tags;
      size_t close = EndOfTag(html, lt);
      drop(lt, close == std::string_view::npos ? html.size() : close);
      continue;
    }
    size_t open_end = EndOfTag(html, lt);
    out.html.append(data + copied, lt - copied);
    if (open_end == std::string_view::npos) {
      copied = pos = html.size();
      break;
    }
    if (html[open_end - 2] == '/' && dropped != "script" && dropped != "style") {
      copied = pos = open_end;  // self-closing <svg/> and the like
      continue;
    }
    size_t close = FindEndTag(html, open_end, dropped);
    size_t content_end = close == std::string_view::npos ? html.size() : close;
    if (dropped == "script" && IsJsonLd(html.substr(lt, open_end - lt))) {
      out.json_ld.emplace_back(html.substr(open_end, content_end - open_end));
    }
    if (close == std::string_view::npos) {
      copied = pos = html.size();
      break;
    }
    size_t after = html.find('>', close);
    copied = pos = after == std::string_view::npos ? html.size() : after + 1;
  }
  if (copied < html.size()) out.html.append(data + copied, html.size() - copied);
  return out;
}

}  // namespace claimdiff::parse
