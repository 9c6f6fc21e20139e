// str: the object itself — allocation, UTF-8 helpers, CPython's hash, repr, the type's slots
// (compare, index, slice, concatenation, repetition, iteration, the constructor) and the
// str_iterator type. The methods live in str_methods.cpp, formatting in str_format.cpp, the codecs
// in str_codec.cpp.
#include "object/str.hpp"

#include <algorithm>
#include <cstring>
#include <new>
#include <vector>

#include "object/bytes.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/str_internal.hpp"
#include "object/tuple.hpp"
#include "object/unicode_db.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// UTF-8

// Writes cp at p; returns the byte count.
static inline size_t utf8_put(char* p, uint32_t cp) {
  if (cp < 0x80) {
    p[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    p[0] = static_cast<char>(0xC0 | (cp >> 6));
    p[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    p[0] = static_cast<char>(0xE0 | (cp >> 12));
    p[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    p[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  p[0] = static_cast<char>(0xF0 | (cp >> 18));
  p[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  p[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  p[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

static inline bool all_ascii(const char* s, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ULL) return false;
  }
  for (; i < n; ++i) {
    if (static_cast<unsigned char>(s[i]) & 0x80) return false;
  }
  return true;
}

int64_t utf8_length(std::string_view s, uint32_t* maxchar) {
  if (all_ascii(s.data(), s.size())) {
    // ASCII text reports 127 (any bound below 128 keeps the str's invariants; see str_known).
    if (maxchar) *maxchar = s.empty() ? 0 : s.size() == 1 ? static_cast<unsigned char>(s[0]) : 127;
    return static_cast<int64_t>(s.size());
  }
  int64_t len = 0;
  uint32_t m = 0;
  for (size_t pos = 0; pos < s.size();) {
    uint32_t cp = u8_decode(s, pos);
    if (cp > m) m = cp;
    ++len;
  }
  if (maxchar) *maxchar = m;
  return len;
}

int64_t utf8_count(std::string_view s) {
  int64_t n = 0;
  for (char c : s) n += !utf8_is_cont(static_cast<unsigned char>(c));
  return n;
}

// ---------------------------------------------------------------------------------------------
// Allocation

bool str_check_size(Runtime& rt, uint64_t nbytes) {
  if (nbytes < (uint64_t(1) << 16)) return true;
  if (nbytes > rt.limits.max_memory || rt.heap.in_use + nbytes > rt.limits.max_memory) {
    rt.raise_value(Value::borrow(rt.t.MemoryError));
    return false;
  }
  return true;
}

static StrObject* alloc_typed(Runtime& rt, TypeObject* type, size_t nbytes, size_t spare, int64_t length,
                              uint32_t maxchar) {
  if (!str_check_size(rt, nbytes + spare)) return nullptr;
  auto* s = alloc<StrObject>(rt, type, nbytes + spare + 1);
  s->length = length;
  s->nbytes = static_cast<int64_t>(nbytes);
  s->hash = -1;
  s->maxchar = maxchar;
  s->spare = static_cast<uint32_t>(spare);
  s->data()[nbytes] = '\0';
  if (type->flags & kTypeGc) gc_track(rt, s);
  return s;
}

StrObject* str_alloc(Runtime& rt, size_t nbytes, int64_t length, uint32_t maxchar) {
  return alloc_typed(rt, rt.t.str, nbytes, 0, length, maxchar);
}

// `maxchar` is the largest code point, except that ASCII text may report any value below 128.
Value str_known(Runtime& rt, std::string_view utf8, int64_t length, uint32_t maxchar) {
  if (length == 0 && rt.empty_str) return Value::borrow(rt.empty_str);
  if (length == 1 && maxchar < 256 && rt.latin1_chars[0]) {
    size_t pos = 0;
    return Value::borrow(rt.latin1_chars[u8_decode(utf8, pos)]);
  }
  StrObject* s = str_alloc(rt, utf8.size(), length, maxchar);
  if (!s) return nullptr;
  std::memcpy(s->data(), utf8.data(), utf8.size());
  return Value::steal(s);
}

Value make_str(Runtime& rt, std::string_view utf8) {
  uint32_t maxchar = 0;
  int64_t len = utf8_length(utf8, &maxchar);
  return str_known(rt, utf8, len, maxchar);
}

Ref<StrObject> new_str(Runtime& rt, std::string_view utf8) {
  Value v = make_str(rt, utf8);
  return Ref<StrObject>::steal(static_cast<StrObject*>(v.release_obj()));
}

Value str_from_codepoint(Runtime& rt, uint32_t cp) {
  if (cp < 256 && rt.latin1_chars[cp]) return Value::borrow(rt.latin1_chars[cp]);
  char buf[4];
  size_t n = utf8_put(buf, cp);
  StrObject* s = str_alloc(rt, n, 1, cp);
  std::memcpy(s->data(), buf, n);
  return Value::steal(s);
}

Value str_exact(Runtime& rt, const Value& self) {
  if (self.obj()->type == rt.t.str) return self;
  StrObject* s = as_str(self);
  return str_known(rt, s->view(), s->length, s->maxchar);
}

Value str_subbytes(Runtime& rt, const Value& sv, size_t b0, size_t b1) {
  StrObject* s = as_str(sv);
  if (b0 == 0 && b1 == static_cast<size_t>(s->nbytes)) return str_exact(rt, sv);
  std::string_view part = s->view().substr(b0, b1 - b0);
  if (s->is_ascii()) return str_known(rt, part, static_cast<int64_t>(part.size()), 0);
  return make_str(rt, part);
}

Value str_substr(Runtime& rt, const Value& sv, int64_t start, int64_t stop) {
  StrObject* s = as_str(sv);
  if (start >= stop) return Value::borrow(rt.empty_str);
  if (start == 0 && stop == s->length) return str_exact(rt, sv);
  if (s->is_ascii()) {
    std::string_view part(s->data() + start, static_cast<size_t>(stop - start));
    return str_known(rt, part, stop - start, 0);
  }
  size_t b0 = str_byte_offset(s, start);
  size_t b1 = b0;
  std::string_view v = s->view();
  for (int64_t i = start; i < stop; ++i) {
    ++b1;
    while (b1 < v.size() && utf8_is_cont(static_cast<unsigned char>(v[b1]))) ++b1;
  }
  return make_str(rt, v.substr(b0, b1 - b0));
}

size_t str_byte_offset(const StrObject* s, int64_t index) {
  if (s->is_ascii()) return static_cast<size_t>(index);
  std::string_view v = s->view();
  if (index >= s->length) return v.size();
  if (index <= s->length / 2) {
    size_t pos = 0;
    for (int64_t i = 0; i < index; ++i) {
      ++pos;
      while (pos < v.size() && utf8_is_cont(static_cast<unsigned char>(v[pos]))) ++pos;
    }
    return pos;
  }
  // Closer to the end: walk backwards.
  size_t pos = v.size();
  for (int64_t i = s->length; i > index; --i) {
    --pos;
    while (pos > 0 && utf8_is_cont(static_cast<unsigned char>(v[pos]))) --pos;
  }
  return pos;
}

uint32_t str_codepoint_at(const StrObject* s, int64_t index) {
  if (s->is_ascii()) return static_cast<unsigned char>(s->data()[index]);
  size_t pos = str_byte_offset(s, index);
  return u8_decode(s->view(), pos);
}

// ---------------------------------------------------------------------------------------------
// Hash: CPython 3.11's siphash13 with a zero key (PYTHONHASHSEED=0) over the PEP 393 form.

namespace {

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

struct SipHash13 {
  uint64_t v0 = 0x736f6d6570736575ULL;
  uint64_t v1 = 0x646f72616e646f6dULL;
  uint64_t v2 = 0x6c7967656e657261ULL;
  uint64_t v3 = 0x7465646279746573ULL;
  uint64_t tail = 0;
  int ntail = 0;
  uint64_t total = 0;

  void round() {
    v0 += v1;
    v2 += v3;
    v1 = rotl(v1, 13) ^ v0;
    v3 = rotl(v3, 16) ^ v2;
    v0 = rotl(v0, 32);
    v2 += v1;
    v0 += v3;
    v1 = rotl(v1, 17) ^ v2;
    v3 = rotl(v3, 21) ^ v0;
    v2 = rotl(v2, 32);
  }
  void block(uint64_t m) {
    v3 ^= m;
    round();
    v0 ^= m;
  }
  void bytes(const unsigned char* p, size_t n) {
    total += n;
    size_t i = 0;
    while (ntail != 0 && i < n) {
      tail |= uint64_t(p[i++]) << (8 * ntail);
      if (++ntail == 8) {
        block(tail);
        tail = 0;
        ntail = 0;
      }
    }
    for (; i + 8 <= n; i += 8) {
      uint64_t m;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      std::memcpy(&m, p + i, 8);
#else
      m = 0;
      for (int k = 0; k < 8; ++k) m |= uint64_t(p[i + k]) << (8 * k);
#endif
      block(m);
    }
    for (; i < n; ++i) tail |= uint64_t(p[i]) << (8 * ntail++);
  }
  void byte(unsigned char b) {
    ++total;
    tail |= uint64_t(b) << (8 * ntail);
    if (++ntail == 8) {
      block(tail);
      tail = 0;
      ntail = 0;
    }
  }
  uint64_t finish() {
    uint64_t b = (total << 56) | tail;
    v3 ^= b;
    round();
    v0 ^= b;
    v2 ^= 0xff;
    round();
    round();
    round();
    return (v0 ^ v1) ^ (v2 ^ v3);
  }
};

}  // namespace

int64_t str_hash(StrObject* s) {
  if (s->hash != -1) return s->hash;
  int64_t h;
  if (s->length == 0) {
    h = 0;
  } else {
    SipHash13 sip;
    std::string_view v = s->view();
    if (s->is_ascii()) {
      sip.bytes(reinterpret_cast<const unsigned char*>(v.data()), v.size());
    } else {
      int width = s->maxchar < 256 ? 1 : s->maxchar < 65536 ? 2 : 4;
      for (size_t pos = 0; pos < v.size();) {
        uint32_t cp = u8_decode(v, pos);
        sip.byte(static_cast<unsigned char>(cp));
        if (width >= 2) sip.byte(static_cast<unsigned char>(cp >> 8));
        if (width == 4) {
          sip.byte(static_cast<unsigned char>(cp >> 16));
          sip.byte(static_cast<unsigned char>(cp >> 24));
        }
      }
    }
    h = static_cast<int64_t>(sip.finish());
    if (h == -1) h = -2;
  }
  s->hash = h;
  return h;
}

bool str_equal(const StrObject* a, const StrObject* b) {
  if (a == b) return true;
  if (a->nbytes != b->nbytes) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data(), b->data(), static_cast<size_t>(a->nbytes)) == 0;
}

// ---------------------------------------------------------------------------------------------
// repr

bool cp_is_printable(uint32_t cp) {
  if (cp < 128) return cp >= 32 && cp < 127;
  return unicode::has(cp, unicode::kPrintable);
}

std::string str_repr(std::string_view utf8) {
  bool has_single = false, has_double = false;
  for (char c : utf8) {
    if (c == '\'') has_single = true;
    else if (c == '"') has_double = true;
  }
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(utf8.size() + 2);
  out.push_back(quote);
  static const char kHex[] = "0123456789abcdef";
  for (size_t pos = 0; pos < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[pos]);
    if (c < 0x80) {
      ++pos;
      if (c == static_cast<unsigned char>(quote) || c == '\\') {
        out.push_back('\\');
        out.push_back(static_cast<char>(c));
      } else if (c == '\t') {
        out += "\\t";
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c < 32 || c == 127) {
        out += "\\x";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 15]);
      } else {
        out.push_back(static_cast<char>(c));
      }
      continue;
    }
    size_t start = pos;
    uint32_t cp = u8_decode(utf8, pos);
    if (cp_is_printable(cp)) {
      out.append(utf8.data() + start, pos - start);
    } else if (cp <= 0xFF) {
      out += "\\x";
      out.push_back(kHex[cp >> 4]);
      out.push_back(kHex[cp & 15]);
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      for (int sh = 12; sh >= 0; sh -= 4) out.push_back(kHex[(cp >> sh) & 15]);
    } else {
      out += "\\U";
      for (int sh = 28; sh >= 0; sh -= 4) out.push_back(kHex[(cp >> sh) & 15]);
    }
  }
  out.push_back(quote);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Argument helpers

bool str_parse_kw(Runtime& rt, CallArgs a, const char* fname, std::initializer_list<const char*> names,
                  int required, Value* out) {
  size_t nnames = names.size();
  std::string_view f(fname);
  if (a.nargs > nnames) {
    rt.raise(rt.t.TypeError, std::string(f) + "() takes at most " + std::to_string(nnames) + " argument" +
                                 (nnames == 1 ? "" : "s") + " (" + std::to_string(a.nargs) + " given)");
    return false;
  }
  for (size_t i = 0; i < nnames; ++i) out[i] = nullptr;
  for (size_t i = 0; i < a.nargs; ++i) out[i] = a.args[i];
  size_t nkw = a.nkw();
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view kn = str_view((*a.kwnames)[static_cast<int64_t>(k)]);
    size_t idx = 0;
    for (const char* n : names) {
      if (kn == n) break;
      ++idx;
    }
    if (idx == nnames) {
      rt.raise(rt.t.TypeError, "'" + std::string(kn) + "' is an invalid keyword argument for " + std::string(f) + "()");
      return false;
    }
    if (out[idx]) {
      rt.raise(rt.t.TypeError, "argument for " + std::string(f) + "() given by name ('" + std::string(kn) + "') and position (" +
                                   std::to_string(idx + 1) + ")");
      return false;
    }
    out[idx] = a.kwvalues()[k];
  }
  int i = 0;
  for (const char* n : names) {
    if (i >= required) break;
    if (!out[i]) {
      rt.raise(rt.t.TypeError, std::string(f) + "() missing required argument '" + n + "' (pos " + std::to_string(i + 1) + ")");
      return false;
    }
    ++i;
  }
  return true;
}

bool str_check_pos(Runtime& rt, CallArgs a, const char* fname, size_t min, size_t max) {
  if (a.nkw() != 0) {
    rt.raise(rt.t.TypeError, std::string("str.") + fname + "() takes no keyword arguments");
    return false;
  }
  size_t n = a.nargs;
  if (n >= min && n <= max) return true;
  std::string f(fname);
  if (max == 0) {
    rt.raise(rt.t.TypeError, "str." + f + "() takes no arguments (" + std::to_string(n) + " given)");
  } else if (min == 1 && max == 1) {
    rt.raise(rt.t.TypeError, "str." + f + "() takes exactly one argument (" + std::to_string(n) + " given)");
  } else if (n < min) {
    rt.raise(rt.t.TypeError, f + " expected at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") +
                                 ", got " + std::to_string(n));
  } else {
    rt.raise(rt.t.TypeError, f + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") +
                                 ", got " + std::to_string(n));
  }
  return false;
}

bool arg_ssize(Runtime& rt, const Value& v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  Value i = index(rt, v);
  if (!i) return false;
  if (i.is_small()) {
    *out = i.small_value();
    return true;
  }
  if (!int_to_int64(i, out)) {
    rt.raise(rt.t.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

bool arg_slice_index(Runtime& rt, const Value& v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  if (rt.is_none(v)) return true;  // caller's default stays
  TypeObject* t = v.type(rt);
  if (!is_subtype(t, rt.t.int_) && !t->slots.index) {
    rt.raise(rt.t.TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Value i = index(rt, v);
  if (!i) return false;
  if (i.is_small()) {
    *out = i.small_value();
    return true;
  }
  if (!int_to_int64(i, out)) {
    BigInt b = int_to_big(i);
    *out = b.is_negative() ? INT64_MIN : INT64_MAX;
  }
  return true;
}

bool arg_str(Runtime& rt, const Value& v, const char* what) {
  if (is_str(rt, v)) return true;
  if (what) {
    rt.raise(rt.t.TypeError, std::string(what) + " must be str, not " + type_name(rt, v));
  } else {
    rt.raise(rt.t.TypeError, "must be str, not " + type_name(rt, v));
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Concatenation and repetition

Value str_concat(Runtime& rt, const Value& av, const Value& bv) {
  StrObject* a = as_str(av);
  StrObject* b = as_str(bv);
  if (a->length == 0 && b->type == rt.t.str) return bv;
  if (b->length == 0 && a->type == rt.t.str) return av;
  size_t na = static_cast<size_t>(a->nbytes), nb = static_cast<size_t>(b->nbytes);
  StrObject* r = str_alloc(rt, na + nb, a->length + b->length, std::max(a->maxchar, b->maxchar));
  if (!r) return nullptr;
  std::memcpy(r->data(), a->data(), na);
  std::memcpy(r->data() + na, b->data(), nb);
  return Value::steal(r);
}

bool str_append_inplace(Runtime& rt, Value& av, const Value& bv) {
  StrObject* a = as_str(av);
  StrObject* b = as_str(bv);
  bool sole = a->type == rt.t.str && a->refcnt == 1 && !(a->flags & (kInterned | kImmortal)) &&
              a != rt.empty_str && b->type == rt.t.str;
  if (!sole || b->nbytes == 0) {
    Value r = str_concat(rt, av, bv);
    if (!r) return false;
    av = std::move(r);
    return true;
  }
  size_t na = static_cast<size_t>(a->nbytes), nb = static_cast<size_t>(b->nbytes);
  if (nb <= a->spare) {
    std::memcpy(a->data() + na, b->data(), nb);
    a->nbytes += static_cast<int64_t>(nb);
    a->spare -= static_cast<uint32_t>(nb);
    a->data()[a->nbytes] = '\0';
    a->length += b->length;
    a->maxchar = std::max(a->maxchar, b->maxchar);
    a->hash = -1;
    return true;
  }
  size_t need = na + nb;
  size_t spare = need < 64 ? 0 : std::min<size_t>(need, size_t(1) << 30);
  if (!str_check_size(rt, need + spare)) {
    spare = 0;
    rt.clear_error();
  }
  StrObject* r = alloc_typed(rt, rt.t.str, need, spare, a->length + b->length, std::max(a->maxchar, b->maxchar));
  if (!r) return false;
  std::memcpy(r->data(), a->data(), na);
  std::memcpy(r->data() + na, b->data(), nb);
  av = Value::steal(r);
  return true;
}

Value str_join_values(Runtime& rt, const Value* items, size_t n) {
  if (n == 1 && items[0].obj()->type == rt.t.str) return items[0];
  uint64_t total = 0;
  int64_t length = 0;
  uint32_t maxchar = 0;
  for (size_t i = 0; i < n; ++i) {
    StrObject* s = as_str(items[i]);
    total += static_cast<size_t>(s->nbytes);
    length += s->length;
    maxchar = std::max(maxchar, s->maxchar);
  }
  if (length == 0) return Value::borrow(rt.empty_str);
  if (!str_check_size(rt, total)) return nullptr;
  StrObject* r = str_alloc(rt, static_cast<size_t>(total), length, maxchar);
  if (!r) return nullptr;
  char* p = r->data();
  for (size_t i = 0; i < n; ++i) {
    StrObject* s = as_str(items[i]);
    std::memcpy(p, s->data(), static_cast<size_t>(s->nbytes));
    p += s->nbytes;
  }
  return Value::steal(r);
}

static Value str_repeat(Runtime& rt, const Value& sv, int64_t n) {
  StrObject* s = as_str(sv);
  if (n <= 0 || s->length == 0) return Value::borrow(rt.empty_str);
  if (n == 1) return str_exact(rt, sv);
  if (n > INT64_MAX / s->length) return rt.raise(rt.t.OverflowError, "repeated string is too long");
  uint64_t nb = static_cast<uint64_t>(s->nbytes);
  if (static_cast<uint64_t>(n) > (uint64_t(1) << 62) / nb) {
    rt.raise_value(Value::borrow(rt.t.MemoryError));
    return nullptr;
  }
  uint64_t total = nb * static_cast<uint64_t>(n);
  if (!str_check_size(rt, total)) return nullptr;
  StrObject* r = str_alloc(rt, static_cast<size_t>(total), s->length * n, s->maxchar);
  if (!r) return nullptr;
  char* p = r->data();
  if (nb == 1) {
    std::memset(p, s->data()[0], static_cast<size_t>(total));
  } else {
    std::memcpy(p, s->data(), nb);
    uint64_t done = nb;
    while (done < total) {  // doubling copies
      uint64_t chunk = std::min(done, total - done);
      std::memcpy(p + done, p, static_cast<size_t>(chunk));
      done += chunk;
    }
  }
  return Value::steal(r);
}

Value str_mod(Runtime& rt, const Value& format, const Value& args) { return str_printf(rt, format, args); }

// ---------------------------------------------------------------------------------------------
// Slots

static void str_dealloc(Object*) {}

static Value str_repr_slot(Runtime& rt, const Value& v) {
  StrObject* s = as_str(v);
  return make_str(rt, str_repr(s->view()));
}

static Value str_str_slot(Runtime& rt, const Value& v) { return str_exact(rt, v); }

static bool str_hash_slot(Runtime&, const Value& v, int64_t* out) {
  *out = str_hash(as_str(v));
  return true;
}

static Value str_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if (!is_str(rt, a) || !is_str(rt, b)) return rt.NotImplemented();
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  if (op == CmpOp::Eq) return rt.Bool(str_equal(x, y));
  if (op == CmpOp::Ne) return rt.Bool(!str_equal(x, y));
  // UTF-8 byte order is code point order.
  size_t n = static_cast<size_t>(std::min(x->nbytes, y->nbytes));
  int c = std::memcmp(x->data(), y->data(), n);
  if (c == 0) c = x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes ? 1 : 0;
  switch (op) {
    case CmpOp::Lt: return rt.Bool(c < 0);
    case CmpOp::Le: return rt.Bool(c <= 0);
    case CmpOp::Gt: return rt.Bool(c > 0);
    case CmpOp::Ge: return rt.Bool(c >= 0);
    default: break;
  }
  return rt.NotImplemented();
}

static int str_truth(Runtime&, const Value& v) { return as_str(v)->length != 0; }

static int64_t str_len(Runtime&, const Value& v) { return as_str(v)->length; }

static Value str_index_item(Runtime& rt, const Value& sv, int64_t i) {
  StrObject* s = as_str(sv);
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) return rt.raise(rt.t.IndexError, "string index out of range");
  if (s->is_ascii()) return Value::borrow(rt.latin1_chars[static_cast<unsigned char>(s->data()[i])]);
  return str_from_codepoint(rt, str_codepoint_at(s, i));
}

static Value str_slice(Runtime& rt, const Value& sv, SliceObject* sl) {
  StrObject* s = as_str(sv);
  int64_t start, stop, step, n;
  if (!slice_indices(rt, sl, s->length, &start, &stop, &step, &n)) return nullptr;
  if (n <= 0) return Value::borrow(rt.empty_str);
  if (step == 1) return str_substr(rt, sv, start, stop);
  if (s->is_ascii()) {
    const char* d = s->data();
    if (n == 1) return Value::borrow(rt.latin1_chars[static_cast<unsigned char>(d[start])]);
    StrObject* r = str_alloc(rt, static_cast<size_t>(n), n, 127);
    if (!r) return nullptr;
    char* p = r->data();
    for (int64_t i = 0, j = start; i < n; ++i, j += step) p[i] = d[j];
    return Value::steal(r);
  }
  std::vector<uint32_t> cps;
  cps.reserve(static_cast<size_t>(s->length));
  std::string_view v = s->view();
  for (size_t pos = 0; pos < v.size();) cps.push_back(u8_decode(v, pos));
  StrBuilder b;
  for (int64_t i = 0, j = start; i < n; ++i, j += step) b.append_cp(cps[static_cast<size_t>(j)]);
  return b.finish(rt);
}

static Value str_getitem(Runtime& rt, const Value& sv, const Value& key) {
  if (key.is_small()) return str_index_item(rt, sv, key.small_value());
  TypeObject* kt = key.type(rt);
  if (kt == rt.t.slice) return str_slice(rt, sv, static_cast<SliceObject*>(key.obj()));
  if (is_subtype(kt, rt.t.int_) || kt->slots.index) {
    int64_t i;
    if (!index_int64(rt, key, &i)) return nullptr;
    return str_index_item(rt, sv, i);
  }
  return rt.raise(rt.t.TypeError, "string indices must be integers, not '" + kt->name + "'");
}

static int str_contains(Runtime& rt, const Value& sv, const Value& item) {
  if (!is_str(rt, item)) {
    rt.raise(rt.t.TypeError, "'in <string>' requires string as left operand, not " + type_name(rt, item));
    return -1;
  }
  std::string_view hay = str_view(sv), needle = str_view(item);
  if (needle.size() == 1) return hay.find(needle[0]) != std::string_view::npos;
  return hay.find(needle) != std::string_view::npos;
}

static Value str_add(Runtime& rt, const Value& a, const Value& b) {
  if (!is_str(rt, a) || !is_str(rt, b)) return rt.NotImplemented();
  return str_concat(rt, a, b);
}

static Value str_mul(Runtime& rt, const Value& a, const Value& b) {
  const Value* s;
  const Value* n;
  if (is_str(rt, a)) {
    s = &a;
    n = &b;
  } else if (is_str(rt, b)) {
    s = &b;
    n = &a;
  } else {
    return rt.NotImplemented();
  }
  if (n->is_small()) return str_repeat(rt, *s, n->small_value());
  TypeObject* nt = n->type(rt);
  if (!is_subtype(nt, rt.t.int_) && !nt->slots.index) return rt.NotImplemented();
  Value i = index(rt, *n);
  if (!i) return nullptr;
  int64_t count;
  if (i.is_small()) {
    count = i.small_value();
  } else if (!int_to_int64(i, &count)) {
    return rt.raise(rt.t.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return str_repeat(rt, *s, count);
}

static Value str_mod_slot(Runtime& rt, const Value& a, const Value& b) {
  if (!is_str(rt, a)) return rt.NotImplemented();
  return str_printf(rt, a, b);
}

// str(object='') / str(object=b'', encoding='utf-8', errors='strict')
static Value str_new(Runtime& rt, TypeObject* type, CallArgs args) {
  Value a[3];
  if (args.nargs == 1 && args.nkw() == 0) {
    a[0] = args.args[0];  // str(x): the common call, without the keyword parsing
  } else if (!str_parse_kw(rt, args, "str", {"object", "encoding", "errors"}, 0, a)) {
    return nullptr;
  }
  Value result;
  if (!a[0]) {
    result = Value::borrow(rt.empty_str);
  } else if (a[1] || a[2]) {
    std::string_view enc = "utf-8", errs = "strict";
    if (a[1]) {
      if (!is_str(rt, a[1])) {
        return rt.raise(rt.t.TypeError, "str() argument 'encoding' must be str, not " + type_name(rt, a[1]));
      }
      enc = str_view(a[1]);
    }
    if (a[2]) {
      if (!is_str(rt, a[2])) {
        return rt.raise(rt.t.TypeError, "str() argument 'errors' must be str, not " + type_name(rt, a[2]));
      }
      errs = str_view(a[2]);
    }
    TypeObject* ot = a[0].type(rt);
    std::string_view data;
    if (is_subtype(ot, rt.t.bytes)) {
      data = static_cast<BytesObject*>(a[0].obj())->view();
    } else if (rt.t.bytearray && is_subtype(ot, rt.t.bytearray)) {
      data = static_cast<ByteArrayObject*>(a[0].obj())->view();
    } else if (is_subtype(ot, rt.t.str)) {
      return rt.raise(rt.t.TypeError, "decoding str is not supported");
    } else if (is_memoryview(rt, a[0]) && bytes_like_view(rt, a[0], &data)) {
      // a buffer: decoded like bytes
    } else {
      return rt.raise(rt.t.TypeError, "decoding to str: need a bytes-like object, " + ot->name + " found");
    }
    result = str_decode(rt, data, enc, errs);
  } else {
    result = str(rt, a[0]);
  }
  if (!result) return nullptr;
  if (type == rt.t.str) return str_exact(rt, result);
  StrObject* src = as_str(result);
  StrObject* r = alloc_typed(rt, type, static_cast<size_t>(src->nbytes), 0, src->length, src->maxchar);
  if (!r) return nullptr;
  std::memcpy(r->data(), src->data(), static_cast<size_t>(src->nbytes));
  return Value::steal(r);
}

// ---------------------------------------------------------------------------------------------
// str_iterator

namespace {
struct StrIterObject : Object {
  Value seq;      // null once exhausted
  int64_t pos;    // byte offset
  int64_t index;  // code point index
};
}  // namespace

static void str_iter_dealloc(Object* o) { static_cast<StrIterObject*>(o)->seq.reset(); }

static Value str_iter(Runtime& rt, const Value& sv) {
  // CPython iterates pure-ASCII strings with a separate type (the same behaviour).
  auto* it = alloc<StrIterObject>(rt, as_str(sv)->is_ascii() ? rt.t.str_ascii_iterator : rt.t.str_iterator);
  it->seq = sv;
  it->pos = 0;
  it->index = 0;
  return Value::steal(it);
}

static Value str_iter_self(Runtime&, const Value& v) { return v; }

static Value str_iter_next(Runtime& rt, const Value& v) {
  auto* it = static_cast<StrIterObject*>(v.obj());
  if (!it->seq) return nullptr;
  StrObject* s = as_str(it->seq);
  if (it->pos >= s->nbytes) {
    it->seq.reset();
    return nullptr;
  }
  unsigned char c = static_cast<unsigned char>(s->data()[it->pos]);
  ++it->index;
  if (c < 0x80) {
    ++it->pos;
    return Value::borrow(rt.latin1_chars[c]);
  }
  size_t pos = static_cast<size_t>(it->pos);
  uint32_t cp = u8_decode(s->view(), pos);
  it->pos = static_cast<int64_t>(pos);
  return str_from_codepoint(rt, cp);
}

static Value str_iter_length_hint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__length_hint__", 0, 0)) return nullptr;
  auto* it = static_cast<StrIterObject*>(self.obj());
  if (!it->seq) return Value::small(0);
  return Value::small(as_str(it->seq)->length - it->index);
}

static const MethodDef kStrIterMethods[] = {
    {"__length_hint__", str_iter_length_hint},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// Type creation

void init_str_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = str_dealloc;
  s.repr = str_repr_slot;
  s.str = str_str_slot;
  s.hash = str_hash_slot;
  s.compare = str_compare;
  s.truth = str_truth;
  s.len = str_len;
  s.getitem = str_getitem;
  s.contains = str_contains;
  s.iter = str_iter;
  s.new_ = str_new;
  s.binop[static_cast<int>(BinOp::Add)] = str_add;
  s.binop[static_cast<int>(BinOp::Mul)] = str_mul;
  s.binop[static_cast<int>(BinOp::Mod)] = str_mod_slot;
  TypeObject* t = make_builtin_type(
      rt, TypeSpec{"str", nullptr, sizeof(StrObject), kTypeBaseType | kTypeStrSubclass, nullptr, nullptr}, s);
  rt.t.str = t;
  // The caches: the runtime keeps one reference to each for its whole life.
  StrObject* e = str_alloc(rt, 0, 0, 0);
  e->hash = 0;
  e->flags |= kImmortal;
  rt.empty_str = e;
  for (uint32_t c = 0; c < 256; ++c) {
    char buf[4];
    size_t n = utf8_put(buf, c);
    StrObject* one = str_alloc(rt, n, 1, c);
    std::memcpy(one->data(), buf, n);
    one->flags |= kImmortal;
    rt.latin1_chars[c] = one;
  }
}

void init_str_methods(Runtime& rt) {
  add_methods(rt, rt.t.str, kStrMethods);
  TypeSlots s;
  s.dealloc = str_iter_dealloc;
  s.iter = str_iter_self;
  s.next = str_iter_next;
  rt.t.str_iterator =
      make_builtin_type(rt, TypeSpec{"str_iterator", nullptr, sizeof(StrIterObject), 0, kStrIterMethods}, s);
  rt.t.str_ascii_iterator =
      make_builtin_type(rt, TypeSpec{"str_ascii_iterator", nullptr, sizeof(StrIterObject), 0, kStrIterMethods}, s);
}

}  // namespace ls
