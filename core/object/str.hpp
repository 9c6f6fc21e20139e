// str: immutable Unicode text stored as UTF-8 (NUL-terminated) with its length in code points.
// ASCII strings (the common case) index in O(1); others walk the UTF-8 when indexed.
#pragma once

#include <string>
#include <string_view>

#include "object/runtime.hpp"

namespace ls {

struct StrObject : Object {
  int64_t length;    // code points
  int64_t nbytes;    // UTF-8 bytes
  int64_t hash;      // -1 until computed (CPython's siphash13 with PYTHONHASHSEED=0)
  uint32_t maxchar;  // largest code point (decides CPython's hash input width); ASCII text may
                     // store any value below 128
  uint32_t spare;    // bytes allocated past data()[nbytes] (room for in-place appends)
  char* data() { return reinterpret_cast<char*>(this + 1); }
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  std::string_view view() const { return {data(), static_cast<size_t>(nbytes)}; }
  bool is_ascii() const { return maxchar < 128; }
};

inline StrObject* as_str(const Value& v) { return static_cast<StrObject*>(v.obj()); }
inline std::string_view str_view(const Value& v) { return as_str(v)->view(); }
// str or subclass
inline bool is_str(const Runtime& rt, const Value& v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->type;
  return t == rt.t.str || (t->flags & kTypeStrSubclass) != 0;
}

// Builds a str from UTF-8 text (assumed valid; lone surrogates allowed as 3-byte sequences).
Value make_str(Runtime& rt, std::string_view utf8);
Ref<StrObject> new_str(Runtime& rt, std::string_view utf8);
// A str of one code point.
Value str_from_codepoint(Runtime& rt, uint32_t cp);
int64_t str_hash(StrObject* s);
bool str_equal(const StrObject* a, const StrObject* b);
// Byte offset of code point `index` (0 <= index <= length).
size_t str_byte_offset(const StrObject* s, int64_t index);
uint32_t str_codepoint_at(const StrObject* s, int64_t index);
// Python repr of text: quotes chosen like CPython, escapes for control characters.
std::string str_repr(std::string_view utf8);
// Appends one code point as UTF-8. (utf8_append and utf8_decode are defined with the numeric
// code's UTF-8 helpers in float_parse.cpp, which declares them too.)
void utf8_append(std::string& out, uint32_t cp);
// Decodes one code point at `pos` and advances pos (UINT32_MAX for malformed input).
uint32_t utf8_decode(std::string_view s, size_t& pos);
int64_t utf8_length(std::string_view s, uint32_t* maxchar);

// a + b for two str values (exact str result; one allocation). Null with MemoryError past the limit.
Value str_concat(Runtime& rt, const Value& a, const Value& b);
// `a += b` for the VM: when `a` is an exact, non-interned str whose only reference is `a` itself
// (refcnt 1: the VM moved it out of the variable), appends in place with geometric growth, so a
// loop of `s += x` is linear like CPython's; otherwise a = a + b. False (with an error) on failure.
bool str_append_inplace(Runtime& rt, Value& a, const Value& b);
// ''.join of n str values (for f-strings / BUILD_STRING): one allocation.
Value str_join_values(Runtime& rt, const Value* items, size_t n);
// format % args (printf-style formatting).
Value str_mod(Runtime& rt, const Value& format, const Value& args);
// Text codecs shared with bytes.decode / str.encode. Encodings: utf-8, ascii, latin-1 (and their
// aliases); errors: strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass
// (utf-8), xmlcharrefreplace (encode). LookupError for unknown names, Unicode*Error on bad data.
Value str_decode(Runtime& rt, std::string_view data, std::string_view encoding, std::string_view errors);
Value str_encode(Runtime& rt, const Value& s, std::string_view encoding, std::string_view errors);
// str.isidentifier() of UTF-8 text.
bool str_is_identifier(std::string_view utf8);

// Creates the str type and the empty / one-character caches. Called right after `type` and
// `object` exist (before dict and tuple): installs no methods.
void init_str_type(Runtime& rt);
// Installs str's methods and creates the str_iterator type. Called once dicts and tuples exist.
void init_str_methods(Runtime& rt);

}  // namespace ls
