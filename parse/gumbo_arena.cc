#include "parse/gumbo_arena.h"

#include <algorithm>

namespace claimdiff::parse {

namespace {
constexpr size_t kAlign = alignof(std::max_align_t);
constexpr size_t kMaxBlock = size_t{8} << 20;
}  // namespace

ParsedHtml::ParsedHtml(std::string_view html) {
  // Gumbo needs roughly ten bytes of tree per byte of markup.
  block_size_ = std::clamp<size_t>(html.size() * 4, size_t{64} << 10, kMaxBlock);
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &ParsedHtml::Allocate;
  options.deallocator = &ParsedHtml::Deallocate;
  options.userdata = this;
  options.max_errors = 0;  // parse errors are not read; recording them costs time
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
  // No gumbo_destroy_output: every byte of the tree is in blocks_.
}

void* ParsedHtml::Allocate(void* self_ptr, size_t size) {
  auto* self = static_cast<ParsedHtml*>(self_ptr);
  size = (size + kAlign - 1) & ~(kAlign - 1);
  if (size > self->left_) {
    size_t block = std::max(self->block_size_, size);
    self->blocks_.emplace_back(new char[block]);
    self->next_ = self->blocks_.back().get();
    self->left_ = block;
    self->block_size_ = std::min(self->block_size_ * 2, kMaxBlock);
  }
  void* p = self->next_;
  self->next_ += size;
  self->left_ -= size;
  return p;
}

void ParsedHtml::Deallocate(void*, void*) {}

}  // namespace claimdiff::parse
