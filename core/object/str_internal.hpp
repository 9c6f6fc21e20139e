// Helpers shared by the files that implement str (str.cpp, str_methods.cpp, str_format.cpp,
// str_codec.cpp). Not part of the object-model API: other layers use str.hpp.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "object/native.hpp"
#include "object/str.hpp"
#include "object/unicode_db.hpp"

namespace ls {

// --- allocation --------------------------------------------------------------------------------
// Checks that a string of `nbytes` UTF-8 bytes may be built (MemoryError otherwise).
bool str_check_size(Runtime& rt, uint64_t nbytes);
// An exact str with room for nbytes (+ NUL), length/maxchar as given. Data must be filled by the
// caller before the object escapes. Null with MemoryError when too large. Never a cached object.
StrObject* str_alloc(Runtime& rt, size_t nbytes, int64_t length, uint32_t maxchar);
// An exact str from UTF-8 whose length and maxchar are already known (uses the caches).
Value str_known(Runtime& rt, std::string_view utf8, int64_t length, uint32_t maxchar);
// An exact str for an ASCII buffer.
inline Value str_ascii(Runtime& rt, std::string_view ascii) {
  return str_known(rt, ascii, static_cast<int64_t>(ascii.size()), 0);
}
// Code points [start, stop) of s, as an exact str (s itself when it is the whole exact str).
Value str_substr(Runtime& rt, const Value& s, int64_t start, int64_t stop);
// Bytes [b0, b1) of s (must fall on character boundaries).
Value str_subbytes(Runtime& rt, const Value& s, size_t b0, size_t b1);
// `self` as an exact str: itself when exact, else a copy (CPython's unicode_result_unchanged).
Value str_exact(Runtime& rt, const Value& self);
// Code point count of UTF-8 text.
int64_t utf8_count(std::string_view s);
// Decodes the code point at s[pos] and advances pos. Inline fast path for text known to be valid
// (a str's own bytes); utf8_decode (str.hpp, defined with the numeric code's UTF-8 helpers in
// float_parse.cpp) also reports malformed input.
inline uint32_t u8_decode(std::string_view s, size_t& pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[pos];
  if (c < 0x80) {
    ++pos;
    return c;
  }
  auto cont = [&](size_t i) -> uint32_t { return pos + i < n ? (p[pos + i] & 0x3Fu) : 0u; };
  if (c < 0xE0) {
    uint32_t cp = ((c & 0x1Fu) << 6) | cont(1);
    pos += 2;
    return cp;
  }
  if (c < 0xF0) {
    uint32_t cp = ((c & 0x0Fu) << 12) | (cont(1) << 6) | cont(2);
    pos += 3;
    return cp;
  }
  uint32_t cp = ((c & 0x07u) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
  pos += 4;
  return cp;
}
// Number of code points in the first `nbytes` bytes of s.
inline int64_t str_index_of_byte(const StrObject* s, size_t nbytes) {
  return s->is_ascii() ? static_cast<int64_t>(nbytes) : utf8_count(s->view().substr(0, nbytes));
}
inline bool utf8_is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }
inline size_t utf8_width(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

// Accumulates text and tracks length and maxchar; finish() allocates the str once.
class StrBuilder {
 public:
  void reserve(size_t n) { buf_.reserve(n); }
  void append_ascii(std::string_view s) {
    buf_.append(s);
    length_ += static_cast<int64_t>(s.size());
  }
  void append_ascii(char c) {
    buf_.push_back(c);
    ++length_;
  }
  void append_cp(uint32_t cp) {
    utf8_append(buf_, cp);
    ++length_;
    if (cp > maxchar_) maxchar_ = cp;
  }
  void append_str(const StrObject* s) {
    buf_.append(s->data(), static_cast<size_t>(s->nbytes));
    length_ += s->length;
    if (s->maxchar > maxchar_) maxchar_ = s->maxchar;
  }
  // UTF-8 of unknown composition.
  void append_utf8(std::string_view s) {
    uint32_t mc = 0;
    length_ += utf8_length(s, &mc);
    if (mc > maxchar_) maxchar_ = mc;
    buf_.append(s);
  }
  void append_repeat(uint32_t cp, int64_t n) {
    if (n <= 0) return;
    if (cp < 0x80) {
      buf_.append(static_cast<size_t>(n), static_cast<char>(cp));
      length_ += n;
      return;
    }
    for (int64_t i = 0; i < n; ++i) append_cp(cp);
  }
  size_t nbytes() const { return buf_.size(); }
  int64_t length() const { return length_; }
  const std::string& bytes() const { return buf_; }
  Value finish(Runtime& rt) { return str_known(rt, buf_, length_, maxchar_); }

 private:
  std::string buf_;
  int64_t length_ = 0;
  uint32_t maxchar_ = 0;
};

// --- character classes -------------------------------------------------------------------------
inline bool cp_is_space(uint32_t cp) {
  if (cp < 128) return (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 32);
  return unicode::has(cp, unicode::kSpace);
}
inline bool cp_is_linebreak(uint32_t cp) {
  if (cp < 128) return cp == 10 || cp == 13 || cp == 11 || cp == 12 || (cp >= 28 && cp <= 30);
  return cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}
bool cp_is_printable(uint32_t cp);

// --- argument helpers (CPython's messages) ----------------------------------------------------
// Parses keyword-capable arguments like Argument Clinic: "'x' is an invalid keyword argument for
// f()", "f() takes at most N arguments (M given)", "f() missing required argument 'x' (pos 1)".
bool str_parse_kw(Runtime& rt, CallArgs a, const char* fname, std::initializer_list<const char*> names,
                  int required, Value* out);
// Positional-only methods: "f expected at least N arguments, got M" (style of _PyArg_CheckPositional).
bool str_check_pos(Runtime& rt, CallArgs a, const char* fname, size_t min, size_t max);
// Py_ssize_t conversion via __index__: OverflowError "Python int too large to convert to C ssize_t".
bool arg_ssize(Runtime& rt, const Value& v, int64_t* out);
// Slice index (None allowed; out-of-range ints are clamped): "slice indices must be integers or
// None or have an __index__ method".
bool arg_slice_index(Runtime& rt, const Value& v, int64_t* out);
// The "must be str, not int" check.
bool arg_str(Runtime& rt, const Value& v, const char* what = nullptr);

// --- pieces implemented in the other files -----------------------------------------------------
// str_methods.cpp
extern const MethodDef kStrMethods[];
// str_format.cpp
Value str_printf(Runtime& rt, const Value& format, const Value& args);  // format % args
Value str_format_impl(Runtime& rt, const Value& self, CallArgs args);    // str.format
Value str_format_map_impl(Runtime& rt, const Value& self, CallArgs args);
Value str_dunder_format(Runtime& rt, const Value& self, CallArgs args);  // str.__format__
// str_codec.cpp
Value str_encode_method(Runtime& rt, const Value& self, CallArgs args);

}  // namespace ls
