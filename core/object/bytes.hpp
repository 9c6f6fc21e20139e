// bytes and bytearray (basic).
#pragma once

#include <string_view>

#include "object/runtime.hpp"

namespace ls {

struct BytesObject : Object {
  int64_t size;
  int64_t hash;  // -1 until computed
  char* data() { return reinterpret_cast<char*>(this + 1); }
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  std::string_view view() const { return {data(), static_cast<size_t>(size)}; }
};

struct ByteArrayObject : Object {
  int64_t size;
  int64_t capacity;
  char* buf;
  std::string_view view() const { return {buf, static_cast<size_t>(size)}; }
};

Value make_bytes(Runtime& rt, std::string_view data);
Value make_bytearray(Runtime& rt, std::string_view data);
std::string bytes_repr(std::string_view data, const char* prefix = "b");
// bytes_repr with every single quote escaped when `escape_single` (bytearray's repr).
std::string bytes_repr_impl(std::string_view data, const char* prefix, bool escape_single);
// The contents of a bytes-like object (bytes, bytearray, subclasses, or a memoryview that is not
// released); false when `v` is not one.
bool bytes_like_view(const Runtime& rt, const Value& v, std::string_view* out);

// memoryview (memoryview.cpp): what a view shows, as bytes_like_view gives it.
bool is_memoryview(const Runtime& rt, const Value& v);
bool memoryview_buffer(const Runtime& rt, const Value& v, std::string_view* out);

void init_bytes_type(Runtime& rt);

}  // namespace ls
