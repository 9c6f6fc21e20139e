// bytes and bytearray: the basics asyncio programs use (literals, repr, len, indexing, slicing,
// iteration, concatenation, repetition, comparison, hashing, decode/encode for utf-8, ascii and
// latin-1, hex/fromhex, join, searching, splitting, stripping), with CPython 3.11's messages.
#include "object/bytes.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "object/class.hpp"
#include "object/container_util.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

bool repeat_count(Runtime& rt, const Value& n, int64_t* out);  // tuple.cpp
// printf-style str formatting (str_format.cpp, declared in str.hpp): numbers in bytes % args.
Value str_mod(Runtime& rt, const Value& format, const Value& args);
// Text codecs (str_codec.cpp, declared in str.hpp).
Value str_decode(Runtime& rt, std::string_view data, std::string_view encoding, std::string_view errors);
Value str_encode(Runtime& rt, const Value& s, std::string_view encoding, std::string_view errors);

namespace {

inline BytesObject* as_bytes(const Value& v) { return static_cast<BytesObject*>(v.obj()); }
inline ByteArrayObject* as_bytearray(const Value& v) { return static_cast<ByteArrayObject*>(v.obj()); }

bool is_bytes(const Runtime& rt, const Value& v) { return v.is_obj() && is_subtype(v.obj()->type, rt.t.bytes); }
bool is_bytearray(const Runtime& rt, const Value& v) {
  return v.is_obj() && is_subtype(v.obj()->type, rt.t.bytearray);
}

// The contents of a bytes-like object (bytes, bytearray or a subclass); false if `v` is not one.
bool get_buffer(const Runtime& rt, const Value& v, std::string_view* out) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->type;
  if (t == rt.t.bytes || is_subtype(t, rt.t.bytes)) {
    *out = as_bytes(v)->view();
    return true;
  }
  if (t == rt.t.bytearray || is_subtype(t, rt.t.bytearray)) {
    *out = as_bytearray(v)->view();
    return true;
  }
  if (is_memoryview(rt, v)) return memoryview_buffer(rt, v, out);
  return false;
}

bool require_buffer(Runtime& rt, const Value& v, std::string_view* out) {
  if (get_buffer(rt, v, out)) return true;
  rt.raise(rt.t.TypeError, "a bytes-like object is required, not '" + type_name(rt, v) + "'");
  return false;
}

Value new_bytes_of(Runtime& rt, TypeObject* type, std::string_view data) {
  auto* b = alloc<BytesObject>(rt, type, data.size() + 1);
  b->size = static_cast<int64_t>(data.size());
  b->hash = -1;
  if (!data.empty()) std::memcpy(b->data(), data.data(), data.size());
  b->data()[data.size()] = '\0';
  if (type->flags & kTypeGc) gc_track(rt, b);
  return Value::steal(b);
}

// --- bytearray storage ---

void ba_reserve(Runtime& rt, ByteArrayObject* b, int64_t n) {
  if (n <= b->capacity) return;
  int64_t cap = b->capacity ? b->capacity : 8;
  while (cap < n) cap += (cap >> 1) + 8;
  b->buf = static_cast<char*>(rt.heap.realloc_raw(b->buf, static_cast<size_t>(b->capacity), static_cast<size_t>(cap)));
  b->capacity = cap;
}

void ba_assign(Runtime& rt, ByteArrayObject* b, std::string_view data) {
  ba_reserve(rt, b, static_cast<int64_t>(data.size()));
  if (!data.empty()) std::memmove(b->buf, data.data(), data.size());
  b->size = static_cast<int64_t>(data.size());
}

void ba_append_data(Runtime& rt, ByteArrayObject* b, std::string_view data) {
  if (data.empty()) return;
  // `data` may point into b's own buffer.
  std::string copy(data);
  ba_reserve(rt, b, b->size + static_cast<int64_t>(copy.size()));
  std::memcpy(b->buf + b->size, copy.data(), copy.size());
  b->size += static_cast<int64_t>(copy.size());
}

Value new_bytearray_of(Runtime& rt, TypeObject* type, std::string_view data) {
  auto* b = alloc<ByteArrayObject>(rt, type);
  b->size = 0;
  b->capacity = 0;
  b->buf = nullptr;
  Value v = Value::steal(b);
  ba_assign(rt, b, data);
  if (type->flags & kTypeGc) gc_track(rt, b);
  return v;
}

// A result of the same kind as `self` (bytes methods give bytes, bytearray methods bytearray).
Value make_like(Runtime& rt, const Value& self, std::string_view data) {
  if (is_bytearray(rt, self)) return new_bytearray_of(rt, rt.t.bytearray, data);
  return new_bytes_of(rt, rt.t.bytes, data);
}

std::string_view self_view(const Runtime& rt, const Value& self) {
  std::string_view v;
  get_buffer(rt, self, &v);
  return v;
}

// An int in range(0, 256) ("byte must be in range(0, 256)").
bool byte_value(Runtime& rt, const Value& v, int* out) {
  int64_t x;
  if (v.is_small()) {
    x = v.small_value();
  } else {
    Value i = index(rt, v);
    if (!i) return false;
    if (i.is_small()) {
      x = i.small_value();
    } else {
      rt.raise(rt.t.ValueError, "byte must be in range(0, 256)");
      return false;
    }
  }
  if (x < 0 || x > 255) {
    rt.raise(rt.t.ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<int>(x);
  return true;
}

// Collects the bytes of an iterable of ints ("bytes must be in range(0, 256)").
bool bytes_from_iterable(Runtime& rt, const Value& iterable, std::string* out) {
  return for_each(rt, iterable, [&](Value item) {
    int64_t x;
    if (item.is_small()) {
      x = item.small_value();
    } else {
      Value i = index(rt, item);
      if (!i) return false;
      if (!i.is_small()) {
        rt.raise(rt.t.ValueError, "bytes must be in range(0, 256)");
        return false;
      }
      x = i.small_value();
    }
    if (x < 0 || x > 255) {
      rt.raise(rt.t.ValueError, "bytes must be in range(0, 256)");
      return false;
    }
    out->push_back(static_cast<char>(x));
    return true;
  });
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Public helpers

Value make_bytes(Runtime& rt, std::string_view data) { return new_bytes_of(rt, rt.t.bytes, data); }

Value make_bytearray(Runtime& rt, std::string_view data) { return new_bytearray_of(rt, rt.t.bytearray, data); }

bool bytes_like_view(const Runtime& rt, const Value& v, std::string_view* out) { return get_buffer(rt, v, out); }

std::string bytes_repr(std::string_view data, const char* prefix) { return bytes_repr_impl(data, prefix, false); }

// bytearray's repr escapes every ' (CPython's bytearray_repr), whichever quote it uses.
std::string bytes_repr_impl(std::string_view data, const char* prefix, bool escape_single) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out = prefix;
  out.push_back(quote);
  static const char kHex[] = "0123456789abcdef";
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\' || (escape_single && c == '\'')) {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  out.push_back(quote);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Construction: bytes(...) and bytearray(...)

// The source/encoding/errors arguments of bytes() and bytearray().
static bool parse_source_args(Runtime& rt, CallArgs args, const char* fname, Value out[3]) {
  size_t nkw = args.nkw();
  if (args.nargs + nkw > 3) {
    rt.raise(rt.t.TypeError, std::string(fname) + "() takes at most 3 arguments (" +
                                 std::to_string(args.nargs + nkw) + " given)");
    return false;
  }
  for (size_t i = 0; i < args.nargs; ++i) out[i] = args[i];
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view name = str_view((*args.kwnames)[static_cast<int64_t>(k)]);
    int idx = name == "source" ? 0 : name == "encoding" ? 1 : name == "errors" ? 2 : -1;
    if (idx < 0) {
      rt.raise(rt.t.TypeError, "'" + std::string(name) + "' is an invalid keyword argument for " + fname + "()");
      return false;
    }
    if (out[idx]) {
      rt.raise(rt.t.TypeError, "argument for " + std::string(fname) + "() given by name ('" + std::string(name) +
                                   "') and position (" + std::to_string(idx + 1) + ")");
      return false;
    }
    out[idx] = args.kwvalues()[k];
  }
  for (int i = 1; i < 3; ++i) {
    if (out[i] && !is_str(rt, out[i])) {
      rt.raise(rt.t.TypeError, std::string(fname) + "() argument '" + (i == 1 ? "encoding" : "errors") +
                                   "' must be str, not " + type_name(rt, out[i]));
      return false;
    }
  }
  return true;
}

// The byte string built from a bytes()/bytearray() source; false on error.
static bool source_bytes(Runtime& rt, const Value a[3], std::string* out) {
  const Value& src = a[0];
  if (!src) {
    if (a[1] || a[2]) {
      rt.raise(rt.t.TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
      return false;
    }
    return true;
  }
  if (is_str(rt, src)) {
    if (!a[1]) {
      rt.raise(rt.t.TypeError, "string argument without an encoding");
      return false;
    }
    Value b = str_encode(rt, src, str_view(a[1]), a[2] ? str_view(a[2]) : std::string_view("strict"));
    if (!b) return false;
    *out = std::string(as_bytes(b)->view());
    return true;
  }
  if (a[1]) {
    rt.raise(rt.t.TypeError, "encoding without a string argument");
    return false;
  }
  if (a[2]) {
    rt.raise(rt.t.TypeError, "errors without a string argument");
    return false;
  }
  std::string_view view;
  if (get_buffer(rt, src, &view)) {
    *out = std::string(view);
    return true;
  }
  if (has_index(rt, src)) {
    int64_t n;
    if (!index_int64(rt, src, &n)) return false;
    if (n < 0) {
      rt.raise(rt.t.ValueError, "negative count");
      return false;
    }
    if (too_big(rt, n, 1)) return false;
    out->assign(static_cast<size_t>(n), '\0');
    return true;
  }
  TypeObject* st = src.type(rt);
  if (!st->slots.iter && !st->slots.getitem) {
    rt.raise(rt.t.TypeError, "cannot convert '" + st->name + "' object to bytes");
    return false;
  }
  return bytes_from_iterable(rt, src, out);
}

static Value bytes_new(Runtime& rt, TypeObject* type, CallArgs args) {
  Value a[3];
  if (!parse_source_args(rt, args, "bytes", a)) return nullptr;
  if (a[0] && !a[1] && !a[2] && !is_str(rt, a[0])) {
    // __bytes__ takes precedence.
    Object* m = type_lookup(a[0].type(rt), rt.intern("__bytes__"));
    if (m) {
      Value fn = Value::borrow(m);
      if (m->type->slots.descr_get) {
        fn = m->type->slots.descr_get(rt, fn, a[0], Value::borrow(a[0].type(rt)));
        if (!fn) return nullptr;
      }
      Value r = call(rt, fn, CallArgs{});
      if (!r) return nullptr;
      if (!is_bytes(rt, r)) {
        return rt.raise(rt.t.TypeError, "__bytes__ returned non-bytes (type " + type_name(rt, r) + ")");
      }
      if (type == rt.t.bytes) return r;
      return new_bytes_of(rt, type, as_bytes(r)->view());
    }
    if (type == rt.t.bytes && a[0].is_obj() && a[0].obj()->type == rt.t.bytes) return a[0];
  }
  std::string data;
  if (!source_bytes(rt, a, &data)) return nullptr;
  return new_bytes_of(rt, type, data);
}

static Value bytearray_new(Runtime& rt, TypeObject* type, CallArgs) { return new_bytearray_of(rt, type, {}); }

static bool bytearray_init(Runtime& rt, const Value& self, CallArgs args) {
  Value a[3];
  if (!parse_source_args(rt, args, "bytearray", a)) return false;
  std::string data;
  if (!source_bytes(rt, a, &data)) return false;
  ba_assign(rt, as_bytearray(self), data);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Shared slots

static Value bytes_repr_slot(Runtime& rt, const Value& self) { return make_str(rt, bytes_repr(as_bytes(self)->view())); }

static Value bytearray_repr(Runtime& rt, const Value& self) {
  return make_str(rt, std::string(type_short_name(self.obj()->type)) + "(" + bytes_repr_impl(as_bytearray(self)->view(), "b", true) + ")");
}

static bool bytes_hash(Runtime& rt, const Value& self, int64_t* out) {
  BytesObject* b = as_bytes(self);
  if (b->hash != -1) {
    *out = b->hash;
    return true;
  }
  // CPython hashes bytes with the same function as a str whose code points are these bytes.
  std::string latin;
  latin.reserve(static_cast<size_t>(b->size));
  for (char c : b->view()) utf8_append(latin, static_cast<unsigned char>(c));
  Value s = make_str(rt, latin);
  if (!s) return false;
  b->hash = str_hash(as_str(s));
  *out = b->hash;
  return true;
}

static Value buffer_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  std::string_view x, y;
  if (!get_buffer(rt, a, &x) || !get_buffer(rt, b, &y)) return rt.NotImplemented();
  int c = x.compare(y);
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Eq: r = c == 0; break;
    case CmpOp::Ne: r = c != 0; break;
    case CmpOp::Gt: r = c > 0; break;
    case CmpOp::Ge: r = c >= 0; break;
  }
  return rt.Bool(r);
}

static int64_t buffer_len(Runtime& rt, const Value& self) { return static_cast<int64_t>(self_view(rt, self).size()); }

static Value buffer_getitem(Runtime& rt, const Value& self, const Value& key, const char* idxname,
                            const char* rangemsg) {
  std::string_view v = self_view(rt, self);
  int64_t n = static_cast<int64_t>(v.size());
  int64_t i;
  if (key.is_small()) {
    i = key.small_value();
  } else if (key.obj()->type == rt.t.slice) {
    int64_t start, stop, step, len;
    if (!slice_indices(rt, static_cast<SliceObject*>(key.obj()), n, &start, &stop, &step, &len)) return nullptr;
    std::string out;
    if (len > 0) {
      out.reserve(static_cast<size_t>(len));
      for (int64_t k = 0, j = start; k < len; ++k, j += step) out.push_back(v[static_cast<size_t>(j)]);
    }
    return make_like(rt, self, out);
  } else if (!seq_index_value(rt, key, idxname, &i)) {
    return nullptr;
  }
  if (i < 0) i += n;
  if (i < 0 || i >= n) return rt.raise(rt.t.IndexError, rangemsg);
  return Value::small(static_cast<unsigned char>(v[static_cast<size_t>(i)]));
}

static Value bytes_getitem(Runtime& rt, const Value& self, const Value& key) {
  return buffer_getitem(rt, self, key, "byte", "index out of range");
}

static Value bytearray_getitem(Runtime& rt, const Value& self, const Value& key) {
  return buffer_getitem(rt, self, key, "bytearray", "bytearray index out of range");
}

static int buffer_contains(Runtime& rt, const Value& self, const Value& item) {
  std::string_view v = self_view(rt, self);
  std::string_view sub;
  if (get_buffer(rt, item, &sub)) return v.find(sub) != std::string_view::npos;
  if (!has_index(rt, item)) {
    rt.raise(rt.t.TypeError, "a bytes-like object is required, not '" + type_name(rt, item) + "'");
    return -1;
  }
  int b;
  if (!byte_value(rt, item, &b)) return -1;
  return v.find(static_cast<char>(b)) != std::string_view::npos;
}

static Value bytes_concat(Runtime& rt, const Value& a, const Value& b) {
  std::string_view x, y;
  if (!is_bytes(rt, a) || !get_buffer(rt, b, &y)) return rt.NotImplemented();
  x = as_bytes(a)->view();
  if (y.empty() && a.obj()->type == rt.t.bytes) return a;
  if (too_big(rt, static_cast<int64_t>(x.size() + y.size()), 1)) return nullptr;
  std::string out;
  out.reserve(x.size() + y.size());
  out.append(x).append(y);
  return make_bytes(rt, out);
}

static Value bytearray_concat(Runtime& rt, const Value& a, const Value& b) {
  std::string_view x, y;
  if (!is_bytearray(rt, a)) return rt.NotImplemented();
  if (!get_buffer(rt, b, &y)) {
    // Built-in operands never provide a reflected bytearray concatenation.
    if (!(b.type(rt)->flags & kTypeHeapType)) {
      return rt.raise(rt.t.TypeError, "can't concat " + type_name(rt, b) + " to bytearray");
    }
    return rt.NotImplemented();
  }
  x = as_bytearray(a)->view();
  std::string out;
  out.reserve(x.size() + y.size());
  out.append(x).append(y);
  return make_bytearray(rt, out);
}

static Value bytearray_iconcat(Runtime& rt, const Value& a, const Value& b) {
  std::string_view y;
  if (!get_buffer(rt, b, &y)) {
    return rt.raise(rt.t.TypeError, "can't concat " + type_name(rt, b) + " to bytearray");
  }
  ba_append_data(rt, as_bytearray(a), y);
  return a;
}

static Value buffer_repeat(Runtime& rt, const Value& a, const Value& b, bool bytearray) {
  const Value* seq = &a;
  const Value* cnt = &b;
  auto is_mine = [&](const Value& v) { return bytearray ? is_bytearray(rt, v) : is_bytes(rt, v); };
  if (!is_mine(a)) {
    seq = &b;
    cnt = &a;
  }
  if (!is_mine(*seq) || !has_index(rt, *cnt)) return rt.NotImplemented();
  int64_t n;
  if (!repeat_count(rt, *cnt, &n)) return nullptr;
  std::string_view v = self_view(rt, *seq);
  if (n <= 0 || v.empty()) return make_like(rt, *seq, {});
  if (n == 1 && seq->obj()->type == rt.t.bytes) return *seq;
  if (static_cast<uint64_t>(n) > rt.limits.max_memory / v.size()) return raise_no_memory(rt);
  std::string out;
  out.reserve(v.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out.append(v);
  return make_like(rt, *seq, out);
}

static Value bytes_repeat(Runtime& rt, const Value& a, const Value& b) { return buffer_repeat(rt, a, b, false); }
static Value bytearray_repeat(Runtime& rt, const Value& a, const Value& b) { return buffer_repeat(rt, a, b, true); }

static Value bytearray_irepeat(Runtime& rt, const Value& a, const Value& b) {
  if (!has_index(rt, b)) return rt.NotImplemented();
  Value r = buffer_repeat(rt, a, b, true);
  if (!r || r.is(Value::borrow(rt.not_implemented))) return r;
  ba_assign(rt, as_bytearray(a), as_bytearray(r)->view());
  return a;
}

static void bytearray_dealloc(Object* o) {
  auto* b = static_cast<ByteArrayObject*>(o);
  if (b->buf) b->type->rt->heap.free_raw(b->buf, static_cast<size_t>(b->capacity));
  b->buf = nullptr;
}

static void bytes_dealloc(Object*) {}

static bool bytearray_setitem(Runtime& rt, const Value& self, const Value& key, const Value& v) {
  ByteArrayObject* b = as_bytearray(self);
  if (key.is_obj() && key.obj()->type == rt.t.slice) {
    int64_t start, stop, step, len;
    if (!slice_indices(rt, static_cast<SliceObject*>(key.obj()), b->size, &start, &stop, &step, &len)) return false;
    std::string cur(b->view());
    std::string repl;
    if (v) {
      std::string_view rv;
      if (get_buffer(rt, v, &rv)) {
        repl = std::string(rv);
      } else if (has_index(rt, v) || is_str(rt, v)) {
        rt.raise(rt.t.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
      } else if (!bytes_from_iterable(rt, v, &repl)) {
        return false;
      }
    }
    if (step == 1) {
      if (stop < start) stop = start;
      cur.replace(static_cast<size_t>(start), static_cast<size_t>(stop - start), repl);
      ba_assign(rt, b, cur);
      return true;
    }
    if (!v) {
      std::string out;
      std::vector<bool> drop(cur.size(), false);
      for (int64_t k = 0, j = start; k < len; ++k, j += step) drop[static_cast<size_t>(j)] = true;
      for (size_t k = 0; k < cur.size(); ++k) {
        if (!drop[k]) out.push_back(cur[k]);
      }
      ba_assign(rt, b, out);
      return true;
    }
    if (static_cast<int64_t>(repl.size()) != len) {
      rt.raise(rt.t.ValueError, "attempt to assign bytes of size " + std::to_string(repl.size()) +
                                    " to extended slice of size " + std::to_string(len));
      return false;
    }
    for (int64_t k = 0, j = start; k < len; ++k, j += step) b->buf[j] = repl[static_cast<size_t>(k)];
    return true;
  }
  int64_t i;
  if (!seq_index_value(rt, key, "bytearray", &i)) return false;
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) {
    rt.raise(rt.t.IndexError, "bytearray index out of range");
    return false;
  }
  if (!v) {
    std::memmove(b->buf + i, b->buf + i + 1, static_cast<size_t>(b->size - i - 1));
    --b->size;
    return true;
  }
  int x;
  if (!byte_value(rt, v, &x)) return false;
  b->buf[i] = static_cast<char>(x);
  return true;
}

// --- iterators ---

namespace {
struct BytesIterObject : Object {
  Value seq;  // null once exhausted
  int64_t index;
};
}  // namespace

static Value bytesiter_next(Runtime& rt, const Value& self) {
  auto* it = static_cast<BytesIterObject*>(self.obj());
  if (!it->seq) return nullptr;
  std::string_view v = self_view(rt, it->seq);
  if (it->index < static_cast<int64_t>(v.size())) {
    return Value::small(static_cast<unsigned char>(v[static_cast<size_t>(it->index++)]));
  }
  it->seq.reset();
  return nullptr;
}

static void bytesiter_dealloc(Object* o) { static_cast<BytesIterObject*>(o)->seq.reset(); }
static void bytesiter_traverse(Object* o, Visitor& visit) { visit(static_cast<BytesIterObject*>(o)->seq); }
static Value self_iter(Runtime&, const Value& self) { return self; }

static Value make_bytes_iter(Runtime& rt, TypeObject* type, const Value& seq) {
  auto* it = alloc<BytesIterObject>(rt, type);
  it->seq = seq;
  it->index = 0;
  gc_track(rt, it);
  return Value::steal(it);
}

static Value bytes_iter(Runtime& rt, const Value& self) { return make_bytes_iter(rt, rt.t.bytes_iterator, self); }
static Value bytearray_iter(Runtime& rt, const Value& self) {
  TypeObject* t = find_static_type(rt, "bytearray_iterator");
  return make_bytes_iter(rt, t ? t : rt.t.bytes_iterator, self);
}

static Value bytesiter_length_hint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__length_hint__", 0, 0)) return nullptr;
  auto* it = static_cast<BytesIterObject*>(self.obj());
  if (!it->seq) return Value::small(0);
  int64_t n = static_cast<int64_t>(self_view(rt, it->seq).size()) - it->index;
  return Value::small(n > 0 ? n : 0);
}

// ---------------------------------------------------------------------------------------------
// bytes % args (CPython's _PyBytes_FormatEx; numeric conversions go through str's formatter)

static Value bytes_format(Runtime& rt, const Value& self, std::string_view fmt, const Value& args) {
  TypeObject* at = args.type(rt);
  bool is_tuple = isinstance(rt, args, rt.t.tuple);
  const Value* argv = &args;
  int64_t argc = 1;
  if (is_tuple) {
    argv = as_tuple(args)->items();
    argc = as_tuple(args)->size;
  }
  bool mapping = at->slots.getitem && !is_tuple && !is_bytes(rt, args) && !is_str(rt, args);
  int64_t argi = 0;
  bool used_mapping_key = false;
  auto next_arg = [&](Value* out) -> bool {
    if (argi >= argc) {
      rt.raise(rt.t.TypeError, "not enough arguments for format string");
      return false;
    }
    *out = argv[argi++];
    return true;
  };
  std::string out;
  size_t n = fmt.size();
  for (size_t i = 0; i < n;) {
    char c = fmt[i];
    if (c != '%') {
      size_t j = fmt.find('%', i);
      if (j == std::string_view::npos) j = n;
      out.append(fmt.substr(i, j - i));
      i = j;
      continue;
    }
    size_t spec_start = i;
    ++i;
    if (i >= n) return rt.raise(rt.t.ValueError, "incomplete format");
    Value arg;
    bool have_arg = false;
    if (fmt[i] == '(') {
      if (!mapping) return rt.raise(rt.t.TypeError, "format requires a mapping");
      int depth = 1;
      size_t k = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] == '(') ++depth;
        else if (fmt[i] == ')') --depth;
        ++i;
      }
      if (depth > 0) return rt.raise(rt.t.ValueError, "incomplete format key");
      Value key = new_bytes_of(rt, rt.t.bytes, fmt.substr(k, i - 1 - k));
      arg = getitem(rt, args, key);
      if (!arg) return nullptr;
      have_arg = true;
      used_mapping_key = true;
    }
    std::string flags;
    while (i < n && std::string_view("-+ #0").find(fmt[i]) != std::string_view::npos) flags.push_back(fmt[i++]);
    auto read_number = [&](int64_t* value, bool* present) -> bool {
      *present = false;
      if (i < n && fmt[i] == '*') {
        ++i;
        Value w;
        if (!next_arg(&w)) return false;
        if (!isinstance(rt, w, rt.t.int_)) {
          rt.raise(rt.t.TypeError, "* wants int");
          return false;
        }
        if (!index_int64(rt, w, value)) return false;
        *present = true;
        return true;
      }
      int64_t v = 0;
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
        v = v * 10 + (fmt[i++] - '0');
        *present = true;
      }
      *value = v;
      return true;
    };
    int64_t width = 0, prec = -1;
    bool has_width, has_prec = false;
    if (!read_number(&width, &has_width)) return nullptr;
    if (has_width && width < 0) {
      flags.push_back('-');
      width = -width;
    }
    if (i < n && fmt[i] == '.') {
      ++i;
      if (!read_number(&prec, &has_prec)) return nullptr;
      if (!has_prec) prec = 0;
      has_prec = true;
    }
    while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= n) return rt.raise(rt.t.ValueError, "incomplete format");
    char conv = fmt[i++];
    if (conv == '%') {
      out.push_back('%');
      continue;
    }
    if (!have_arg && !next_arg(&arg)) return nullptr;
    bool left = flags.find('-') != std::string::npos;
    auto pad = [&](std::string_view body) {
      if (has_prec && (conv == 's' || conv == 'b' || conv == 'r' || conv == 'a') &&
          static_cast<int64_t>(body.size()) > prec) {
        body = body.substr(0, static_cast<size_t>(prec));
      }
      int64_t fill = width - static_cast<int64_t>(body.size());
      if (fill > 0 && !left) out.append(static_cast<size_t>(fill), ' ');
      out.append(body);
      if (fill > 0 && left) out.append(static_cast<size_t>(fill), ' ');
    };
    switch (conv) {
      case 's':
      case 'b': {
        std::string_view v;
        if (get_buffer(rt, arg, &v)) {
          pad(std::string(v));
          break;
        }
        Object* m = arg.is_obj() ? type_lookup(arg.type(rt), rt.intern("__bytes__")) : nullptr;
        if (!m) {
          return rt.raise(rt.t.TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                                              type_name(rt, arg) + "'");
        }
        Value r = call_method(rt, arg, rt.intern("__bytes__"), {});
        if (!r) return nullptr;
        if (!is_bytes(rt, r)) {
          return rt.raise(rt.t.TypeError, "__bytes__ returned non-bytes (type " + type_name(rt, r) + ")");
        }
        pad(std::string(as_bytes(r)->view()));
        break;
      }
      case 'r':
      case 'a': {
        Value r = ascii(rt, arg);
        if (!r) return nullptr;
        pad(std::string(str_view(r)));
        break;
      }
      case 'c': {
        std::string_view v;
        if (get_buffer(rt, arg, &v) && v.size() == 1) {
          pad(v);
          break;
        }
        if (!isinstance(rt, arg, rt.t.int_)) {
          return rt.raise(rt.t.TypeError, "%c requires an integer in range(256) or a single byte");
        }
        int64_t x;
        if (!int_to_int64(int_exact(rt, arg), &x) || x < 0 || x > 255) {
          return rt.raise(rt.t.OverflowError, "%c arg not in range(256)");
        }
        char ch = static_cast<char>(x);
        pad(std::string_view(&ch, 1));
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        std::string spec = "%" + flags;
        if (has_width) spec += std::to_string(width);
        if (has_prec) spec += "." + std::to_string(prec);
        spec.push_back(conv);
        Value r = str_mod(rt, make_str(rt, spec), make_tuple(rt, {arg}));
        if (!r) return nullptr;
        out.append(str_view(r));
        break;
      }
      default: {
        char buf[96];
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                      (conv >= 32 && conv < 127) ? conv : '?', static_cast<unsigned>(static_cast<unsigned char>(conv)),
                      i - 1);
        (void)spec_start;
        return rt.raise(rt.t.ValueError, buf);
      }
    }
  }
  (void)used_mapping_key;
  if (argi < argc && !mapping) {
    return rt.raise(rt.t.TypeError, "not all arguments converted during bytes formatting");
  }
  return make_like(rt, self, out);
}

static Value bytes_mod_slot(Runtime& rt, const Value& a, const Value& b) {
  std::string_view fmt;
  if (!get_buffer(rt, a, &fmt)) return rt.NotImplemented();
  return bytes_format(rt, a, std::string(fmt), b);
}

// ---------------------------------------------------------------------------------------------
// Methods (shared by bytes and bytearray; results have the receiver's kind)

static Value m_decode(Runtime& rt, const Value& self, CallArgs args) {
  Value a[2];
  if (!parse_clinic_args(rt, args, "decode", {"encoding", "errors"}, 0, a)) return nullptr;
  for (int i = 0; i < 2; ++i) {
    if (a[i] && !is_str(rt, a[i])) {
      return rt.raise(rt.t.TypeError, std::string("decode() argument '") + (i ? "errors" : "encoding") +
                                          "' must be str, not " + type_name(rt, a[i]));
    }
  }
  return str_decode(rt, self_view(rt, self), a[0] ? str_view(a[0]) : "utf-8", a[1] ? str_view(a[1]) : "strict");
}

static Value m_hex(Runtime& rt, const Value& self, CallArgs args) {
  Value a[2];
  if (!parse_clinic_args(rt, args, "hex", {"sep", "bytes_per_sep"}, 0, a)) return nullptr;
  std::string_view v = self_view(rt, self);
  std::string sep;
  int64_t per = 1;
  if (a[0]) {
    std::string_view sv;
    if (is_str(rt, a[0])) sv = str_view(a[0]);
    else if (!get_buffer(rt, a[0], &sv)) {
      return rt.raise(rt.t.TypeError, "object of type '" + type_name(rt, a[0]) + "' has no len()");
    }
    if (sv.size() != 1) return rt.raise(rt.t.ValueError, "sep must be length 1.");
    sep = std::string(sv);
  }
  if (a[1] && !index_int64(rt, a[1], &per)) return nullptr;
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  size_t n = v.size();
  int64_t group = per < 0 ? -per : per;
  for (size_t i = 0; i < n; ++i) {
    if (!sep.empty() && i > 0 && group > 0) {
      // Groups count from the right for positive bytes_per_sep, from the left for negative.
      bool boundary = per > 0 ? ((n - i) % static_cast<size_t>(group) == 0) : (i % static_cast<size_t>(group) == 0);
      if (boundary) out += sep;
    }
    auto c = static_cast<unsigned char>(v[i]);
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return make_str(rt, out);
}

static int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static Value m_fromhex(Runtime& rt, const Value& cls, CallArgs args) {
  if (!check_nargs(rt, args, "fromhex", 1, 1)) return nullptr;
  if (!is_str(rt, args[0])) {
    return rt.raise(rt.t.TypeError, "fromhex() argument must be str, not " + type_name(rt, args[0]));
  }
  std::string_view s = str_view(args[0]);
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f') {
      ++i;
      continue;
    }
    int hi = hex_digit(s[i]);
    int lo = i + 1 < s.size() ? hex_digit(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t pos = hi < 0 ? i : i + 1;
      return rt.raise(rt.t.ValueError, "non-hexadecimal number found in fromhex() arg at position " +
                                           std::to_string(utf8_length(s.substr(0, pos), nullptr)));
    }
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  auto* type = static_cast<TypeObject*>(cls.obj());
  if (type == rt.t.bytes) return make_bytes(rt, out);
  if (type == rt.t.bytearray) return make_bytearray(rt, out);
  return call(rt, cls, {make_bytes(rt, out)});
}

static Value m_join(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "join", 1, 1)) return nullptr;
  std::string_view sep = self_view(rt, self);
  TypeObject* t = args[0].type(rt);
  if (!t->slots.iter && !t->slots.getitem) return rt.raise(rt.t.TypeError, "can only join an iterable");
  Value items = list_from_iterable(rt, args[0]);
  if (!items) return nullptr;
  ListObject* l = as_list(items);
  std::string out;
  for (int64_t i = 0; i < l->size; ++i) {
    std::string_view part;
    if (!get_buffer(rt, l->items[i], &part)) {
      return rt.raise(rt.t.TypeError, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                          type_name(rt, l->items[i]) + " found");
    }
    if (i) out.append(sep);
    out.append(part);
  }
  return make_like(rt, self, out);
}

// The needle of find/count/index: bytes-like or an int.
static bool needle_arg(Runtime& rt, const Value& v, std::string* out) {
  std::string_view sv;
  if (get_buffer(rt, v, &sv)) {
    *out = std::string(sv);
    return true;
  }
  if (!has_index(rt, v)) {
    rt.raise(rt.t.TypeError, "argument should be integer or bytes-like object, not '" + type_name(rt, v) + "'");
    return false;
  }
  int b;
  if (!byte_value(rt, v, &b)) return false;
  out->assign(1, static_cast<char>(b));
  return true;
}

// Parses (sub[, start[, end]]) and resolves the window.
static bool search_args(Runtime& rt, const Value& self, CallArgs args, const char* fname, std::string* sub,
                        int64_t* start, int64_t* end) {
  if (!no_kwargs(rt, args, fname)) return false;
  if (args.nargs < 1) {
    rt.raise(rt.t.TypeError, std::string(fname) + "() takes at least 1 argument (0 given)");
    return false;
  }
  if (args.nargs > 3) {
    rt.raise(rt.t.TypeError, std::string(fname) + "() takes at most 3 arguments (" + std::to_string(args.nargs) +
                                 " given)");
    return false;
  }
  if (!needle_arg(rt, args[0], sub)) return false;
  int64_t n = static_cast<int64_t>(self_view(rt, self).size());
  *start = 0;
  *end = n;
  if (args.nargs > 1 && !slice_index_arg(rt, args[1], start)) return false;
  if (args.nargs > 2 && !slice_index_arg(rt, args[2], end)) return false;
  adjust_search_bounds(n, start, end);
  return true;
}

static int64_t find_in(std::string_view hay, const std::string& sub, int64_t start, int64_t end, bool reverse) {
  if (end - start < static_cast<int64_t>(sub.size())) return -1;
  std::string_view window = hay.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  size_t pos = reverse ? window.rfind(sub) : window.find(sub);
  if (pos == std::string_view::npos) return -1;
  return start + static_cast<int64_t>(pos);
}

static Value m_find(Runtime& rt, const Value& self, CallArgs args) {
  std::string sub;
  int64_t start, end;
  if (!search_args(rt, self, args, "find", &sub, &start, &end)) return nullptr;
  return Value::small(find_in(self_view(rt, self), sub, start, end, false));
}

static Value m_rfind(Runtime& rt, const Value& self, CallArgs args) {
  std::string sub;
  int64_t start, end;
  if (!search_args(rt, self, args, "rfind", &sub, &start, &end)) return nullptr;
  return Value::small(find_in(self_view(rt, self), sub, start, end, true));
}

static Value m_index(Runtime& rt, const Value& self, CallArgs args) {
  std::string sub;
  int64_t start, end;
  if (!search_args(rt, self, args, "index", &sub, &start, &end)) return nullptr;
  int64_t r = find_in(self_view(rt, self), sub, start, end, false);
  if (r < 0) return rt.raise(rt.t.ValueError, "subsection not found");
  return Value::small(r);
}

static Value m_rindex(Runtime& rt, const Value& self, CallArgs args) {
  std::string sub;
  int64_t start, end;
  if (!search_args(rt, self, args, "rindex", &sub, &start, &end)) return nullptr;
  int64_t r = find_in(self_view(rt, self), sub, start, end, true);
  if (r < 0) return rt.raise(rt.t.ValueError, "subsection not found");
  return Value::small(r);
}

static Value m_count(Runtime& rt, const Value& self, CallArgs args) {
  std::string sub;
  int64_t start, end;
  if (!search_args(rt, self, args, "count", &sub, &start, &end)) return nullptr;
  std::string_view hay = self_view(rt, self);
  if (end < start) return Value::small(0);
  if (sub.empty()) return Value::small(end - start + 1);
  int64_t n = 0;
  for (int64_t i = start; i + static_cast<int64_t>(sub.size()) <= end;) {
    int64_t f = find_in(hay, sub, i, end, false);
    if (f < 0) break;
    ++n;
    i = f + static_cast<int64_t>(sub.size());
  }
  return Value::small(n);
}

static Value affix_match(Runtime& rt, const Value& self, CallArgs args, const char* fname, bool suffix) {
  if (!check_nargs(rt, args, fname, 1, 3)) return nullptr;
  std::string_view hay = self_view(rt, self);
  int64_t n = static_cast<int64_t>(hay.size());
  int64_t start = 0, end = n;
  if (args.nargs > 1 && !slice_index_arg(rt, args[1], &start)) return nullptr;
  if (args.nargs > 2 && !slice_index_arg(rt, args[2], &end)) return nullptr;
  adjust_search_bounds(n, &start, &end);
  auto test = [&](std::string_view p) {
    if (start > n) return false;
    if (end - start < static_cast<int64_t>(p.size())) return false;
    std::string_view w = hay.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    return suffix ? w.substr(w.size() - p.size()) == p : w.substr(0, p.size()) == p;
  };
  const Value& arg = args[0];
  if (isinstance(rt, arg, rt.t.tuple)) {
    TupleObject* t = as_tuple(arg);
    for (int64_t i = 0; i < t->size; ++i) {
      std::string_view p;
      if (!get_buffer(rt, (*t)[i], &p)) {
        return rt.raise(rt.t.TypeError, "a bytes-like object is required, not '" + type_name(rt, (*t)[i]) + "'");
      }
      if (test(p)) return rt.True();
    }
    return rt.False();
  }
  std::string_view p;
  if (!get_buffer(rt, arg, &p)) {
    return rt.raise(rt.t.TypeError, std::string(fname) + " first arg must be bytes or a tuple of bytes, not " +
                                        type_name(rt, arg));
  }
  return rt.Bool(test(p));
}

static Value m_startswith(Runtime& rt, const Value& self, CallArgs args) {
  return affix_match(rt, self, args, "startswith", false);
}
static Value m_endswith(Runtime& rt, const Value& self, CallArgs args) {
  return affix_match(rt, self, args, "endswith", true);
}

static bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

static Value strip_impl(Runtime& rt, const Value& self, CallArgs args, const char* fname, bool left, bool right) {
  if (!check_nargs(rt, args, fname, 0, 1)) return nullptr;
  std::string_view v = self_view(rt, self);
  std::string chars;
  bool ws = true;
  if (args.nargs == 1 && !rt.is_none(args[0])) {
    std::string_view c;
    if (!require_buffer(rt, args[0], &c)) return nullptr;
    chars = std::string(c);
    ws = false;
  }
  auto strip_me = [&](char c) { return ws ? is_ascii_space(c) : chars.find(c) != std::string::npos; };
  size_t b = 0, e = v.size();
  if (left) {
    while (b < e && strip_me(v[b])) ++b;
  }
  if (right) {
    while (e > b && strip_me(v[e - 1])) --e;
  }
  return make_like(rt, self, v.substr(b, e - b));
}

static Value m_strip(Runtime& rt, const Value& self, CallArgs args) { return strip_impl(rt, self, args, "strip", true, true); }
static Value m_lstrip(Runtime& rt, const Value& self, CallArgs args) { return strip_impl(rt, self, args, "lstrip", true, false); }
static Value m_rstrip(Runtime& rt, const Value& self, CallArgs args) { return strip_impl(rt, self, args, "rstrip", false, true); }

static Value split_impl(Runtime& rt, const Value& self, CallArgs args, bool reverse) {
  Value a[2];
  if (!parse_clinic_args(rt, args, reverse ? "rsplit" : "split", {"sep", "maxsplit"}, 0, a)) return nullptr;
  std::string_view v = self_view(rt, self);
  int64_t maxsplit = -1;
  if (a[1] && !index_int64(rt, a[1], &maxsplit)) return nullptr;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::vector<std::string_view> parts;
  if (!a[0] || rt.is_none(a[0])) {
    if (!reverse) {
      size_t i = 0, n = v.size();
      while (true) {
        while (i < n && is_ascii_space(v[i])) ++i;
        if (i >= n) break;
        if (static_cast<int64_t>(parts.size()) == maxsplit) {
          size_t e = n;
          while (e > i && is_ascii_space(v[e - 1])) --e;
          parts.push_back(v.substr(i, e - i));
          break;
        }
        size_t j = i;
        while (j < n && !is_ascii_space(v[j])) ++j;
        parts.push_back(v.substr(i, j - i));
        i = j;
      }
    } else {
      size_t e = v.size();
      while (true) {
        while (e > 0 && is_ascii_space(v[e - 1])) --e;
        if (e == 0) break;
        if (static_cast<int64_t>(parts.size()) == maxsplit) {
          size_t b = 0;
          while (b < e && is_ascii_space(v[b])) ++b;
          parts.push_back(v.substr(b, e - b));
          break;
        }
        size_t j = e;
        while (j > 0 && !is_ascii_space(v[j - 1])) --j;
        parts.push_back(v.substr(j, e - j));
        e = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    std::string_view sep;
    if (!require_buffer(rt, a[0], &sep)) return nullptr;
    if (sep.empty()) return rt.raise(rt.t.ValueError, "empty separator");
    std::string sepc(sep);
    if (!reverse) {
      size_t i = 0;
      while (static_cast<int64_t>(parts.size()) < maxsplit) {
        size_t f = v.find(sepc, i);
        if (f == std::string_view::npos) break;
        parts.push_back(v.substr(i, f - i));
        i = f + sepc.size();
      }
      parts.push_back(v.substr(i));
    } else {
      size_t e = v.size();
      while (static_cast<int64_t>(parts.size()) < maxsplit && e >= sepc.size()) {
        size_t f = v.substr(0, e).rfind(sepc);
        if (f == std::string_view::npos) break;
        parts.push_back(v.substr(f + sepc.size(), e - f - sepc.size()));
        e = f;
      }
      parts.push_back(v.substr(0, e));
      std::reverse(parts.begin(), parts.end());
    }
  }
  Ref<ListObject> out = new_list(rt, static_cast<int64_t>(parts.size()));
  for (std::string_view p : parts) {
    Value item = make_like(rt, self, p);
    if (!item) return nullptr;
    list_append(rt, out.get(), std::move(item));
  }
  return std::move(out).value();
}

static Value m_split(Runtime& rt, const Value& self, CallArgs args) { return split_impl(rt, self, args, false); }
static Value m_rsplit(Runtime& rt, const Value& self, CallArgs args) { return split_impl(rt, self, args, true); }

static Value m_replace(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "replace", 2, 3)) return nullptr;
  std::string_view v = self_view(rt, self), old, repl;
  if (!require_buffer(rt, args[0], &old) || !require_buffer(rt, args[1], &repl)) return nullptr;
  int64_t count = -1;
  if (args.nargs > 2 && !index_int64(rt, args[2], &count)) return nullptr;
  if (count < 0) count = INT64_MAX;
  std::string out;
  std::string oldc(old);
  if (oldc.empty()) {
    int64_t done = 0;
    for (size_t i = 0; i <= v.size(); ++i) {
      if (done < count) {
        out.append(repl);
        ++done;
      }
      if (i < v.size()) out.push_back(v[i]);
    }
    return make_like(rt, self, out);
  }
  size_t i = 0;
  int64_t done = 0;
  while (done < count) {
    size_t f = v.find(oldc, i);
    if (f == std::string_view::npos) break;
    out.append(v.substr(i, f - i)).append(repl);
    i = f + oldc.size();
    ++done;
  }
  out.append(v.substr(i));
  return make_like(rt, self, out);
}

static Value case_map(Runtime& rt, const Value& self, CallArgs args, const char* fname, bool upper) {
  if (!check_nargs(rt, args, fname, 0, 0)) return nullptr;
  std::string out(self_view(rt, self));
  for (char& c : out) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return make_like(rt, self, out);
}

static Value m_upper(Runtime& rt, const Value& self, CallArgs args) { return case_map(rt, self, args, "upper", true); }
static Value m_lower(Runtime& rt, const Value& self, CallArgs args) { return case_map(rt, self, args, "lower", false); }

template <bool (*Pred)(char)>
static Value char_class(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "is", 0, 0)) return nullptr;
  std::string_view v = self_view(rt, self);
  if (v.empty()) return rt.False();
  for (char c : v) {
    if (!Pred(c)) return rt.False();
  }
  return rt.True();
}

static bool pred_digit(char c) { return c >= '0' && c <= '9'; }
static bool pred_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool pred_alnum(char c) { return pred_digit(c) || pred_alpha(c); }
static bool pred_space(char c) { return is_ascii_space(c); }

// --- the methods CPython's bytes and bytearray share (Objects/bytes_methods.c, bytesobject.c):
// ASCII-only character classes and case maps, padding, partition, splitlines, translate.

static bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
static bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
static char to_upper(char c) { return ascii_lower(c) ? static_cast<char>(c - 'a' + 'A') : c; }
static char to_lower(char c) { return ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// "bytes.title" / "bytearray.title": CPython's messages of methods without arguments name the type.
static std::string meth_name(Runtime& rt, const Value& self, const char* name) {
  bool ba = self.type(rt) == rt.t.bytearray || is_subtype(self.type(rt), rt.t.bytearray);
  return std::string(ba ? "bytearray." : "bytes.") + name;
}

static bool no_args(Runtime& rt, const Value& self, CallArgs args, const char* name) {
  if (args.nargs == 0 && args.nkw() == 0) return true;
  std::string q = meth_name(rt, self, name);
  if (args.nkw()) {
    rt.raise(rt.t.TypeError, q + "() takes no keyword arguments");
  } else {
    rt.raise(rt.t.TypeError, q + "() takes no arguments (" + std::to_string(args.nargs) + " given)");
  }
  return false;
}

static bool one_arg(Runtime& rt, const Value& self, CallArgs args, const char* name) {
  std::string q = meth_name(rt, self, name);
  if (args.nkw()) {
    rt.raise(rt.t.TypeError, q + "() takes no keyword arguments");
    return false;
  }
  if (args.nargs != 1) {
    rt.raise(rt.t.TypeError, q + "() takes exactly one argument (" + std::to_string(args.nargs) + " given)");
    return false;
  }
  return true;
}

static Value m_isascii(Runtime& rt, const Value& self, CallArgs args) {
  if (!no_args(rt, self, args, "isascii")) return nullptr;
  for (char c : self_view(rt, self)) {
    if (static_cast<unsigned char>(c) >= 0x80) return rt.False();
  }
  return rt.True();
}

// islower/isupper: at least one cased byte, none of the other case.
template <bool Upper>
static Value m_iscase(Runtime& rt, const Value& self, CallArgs args) {
  if (!no_args(rt, self, args, Upper ? "isupper" : "islower")) return nullptr;
  bool cased = false;
  for (char c : self_view(rt, self)) {
    if (Upper ? ascii_lower(c) : ascii_upper(c)) return rt.False();
    if (Upper ? ascii_upper(c) : ascii_lower(c)) cased = true;
  }
  return rt.Bool(cased);
}

static Value m_istitle(Runtime& rt, const Value& self, CallArgs args) {
  if (!no_args(rt, self, args, "istitle")) return nullptr;
  bool cased = false, prev_cased = false;
  for (char c : self_view(rt, self)) {
    if (ascii_upper(c)) {
      if (prev_cased) return rt.False();
      prev_cased = cased = true;
    } else if (ascii_lower(c)) {
      if (!prev_cased) return rt.False();
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return rt.Bool(cased);
}

enum class CaseOp { Capitalize, SwapCase, Title };

template <CaseOp Op>
static Value m_case(Runtime& rt, const Value& self, CallArgs args) {
  const char* name = Op == CaseOp::Capitalize ? "capitalize" : Op == CaseOp::SwapCase ? "swapcase" : "title";
  if (!no_args(rt, self, args, name)) return nullptr;
  std::string out(self_view(rt, self));
  bool prev_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    char& c = out[i];
    if (Op == CaseOp::Capitalize) {
      c = i == 0 ? to_upper(c) : to_lower(c);
    } else if (Op == CaseOp::SwapCase) {
      c = ascii_lower(c) ? to_upper(c) : to_lower(c);
    } else {
      c = prev_cased ? to_lower(c) : to_upper(c);
      prev_cased = ascii_lower(c) || ascii_upper(c);
    }
  }
  return make_like(rt, self, out);
}

// (width[, fillchar]) of center/ljust/rjust.
static bool pad_args(Runtime& rt, const Value& self, CallArgs args, const char* name, int64_t* width, char* fill) {
  if (args.nkw()) {
    rt.raise(rt.t.TypeError, meth_name(rt, self, name) + "() takes no keyword arguments");
    return false;
  }
  if (args.nargs < 1 || args.nargs > 2) {
    rt.raise(rt.t.TypeError, std::string(name) + " expected " + (args.nargs < 1 ? "at least 1" : "at most 2") +
                                 " argument" + (args.nargs < 1 ? "" : "s") + ", got " + std::to_string(args.nargs));
    return false;
  }
  if (!index_int64(rt, args[0], width)) return false;
  *fill = ' ';
  if (args.nargs == 2) {
    std::string_view f;
    if (!get_buffer(rt, args[1], &f) || f.size() != 1) {
      rt.raise(rt.t.TypeError, std::string(name) + "() argument 2 must be a byte string of length 1, not " +
                                   type_name(rt, args[1]));
      return false;
    }
    *fill = f[0];
  }
  return true;
}

static Value pad(Runtime& rt, const Value& self, int64_t left, int64_t right, char fill) {
  std::string_view v = self_view(rt, self);
  if (left <= 0 && right <= 0) return make_like(rt, self, v);
  std::string out;
  out.reserve(v.size() + static_cast<size_t>(std::max<int64_t>(left, 0) + std::max<int64_t>(right, 0)));
  out.append(static_cast<size_t>(std::max<int64_t>(left, 0)), fill);
  out.append(v);
  out.append(static_cast<size_t>(std::max<int64_t>(right, 0)), fill);
  return make_like(rt, self, out);
}

static Value m_center(Runtime& rt, const Value& self, CallArgs args) {
  int64_t width;
  char fill;
  if (!pad_args(rt, self, args, "center", &width, &fill)) return nullptr;
  int64_t n = static_cast<int64_t>(self_view(rt, self).size());
  if (width <= n) return pad(rt, self, 0, 0, fill);
  int64_t marg = width - n;
  int64_t left = marg / 2 + (marg & width & 1);  // CPython's rounding (bytes_methods.c)
  return pad(rt, self, left, marg - left, fill);
}

static Value m_ljust(Runtime& rt, const Value& self, CallArgs args) {
  int64_t width;
  char fill;
  if (!pad_args(rt, self, args, "ljust", &width, &fill)) return nullptr;
  return pad(rt, self, 0, width - static_cast<int64_t>(self_view(rt, self).size()), fill);
}

static Value m_rjust(Runtime& rt, const Value& self, CallArgs args) {
  int64_t width;
  char fill;
  if (!pad_args(rt, self, args, "rjust", &width, &fill)) return nullptr;
  return pad(rt, self, width - static_cast<int64_t>(self_view(rt, self).size()), 0, fill);
}

static Value m_zfill(Runtime& rt, const Value& self, CallArgs args) {
  if (!one_arg(rt, self, args, "zfill")) return nullptr;
  int64_t width;
  if (!index_int64(rt, args[0], &width)) return nullptr;
  std::string_view v = self_view(rt, self);
  int64_t n = static_cast<int64_t>(v.size());
  if (width <= n) return make_like(rt, self, v);
  std::string out(static_cast<size_t>(width - n), '0');
  out.append(v);
  size_t fill = static_cast<size_t>(width - n);
  if (out[fill] == '+' || out[fill] == '-') {
    out[0] = out[fill];
    out[fill] = '0';
  }
  return make_like(rt, self, out);
}

static Value m_expandtabs(Runtime& rt, const Value& self, CallArgs args) {
  Value a[1];
  if (!parse_args(rt, args, "expandtabs", {"tabsize"}, 0, a)) return nullptr;
  int64_t tabsize = 8;
  if (a[0] && !index_int64(rt, a[0], &tabsize)) return nullptr;
  std::string out;
  int64_t col = 0;
  for (char c : self_view(rt, self)) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t n = tabsize - col % tabsize;
        out.append(static_cast<size_t>(n), ' ');
        col += n;
      }
    } else {
      out.push_back(c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return make_like(rt, self, out);
}

template <bool Reverse>
static Value m_partition(Runtime& rt, const Value& self, CallArgs args) {
  if (!one_arg(rt, self, args, Reverse ? "rpartition" : "partition")) return nullptr;
  std::string_view sep;
  if (!require_buffer(rt, args[0], &sep)) return nullptr;
  if (sep.empty()) return rt.raise(rt.t.ValueError, "empty separator");
  std::string sep_copy(sep);  // the argument may be `self`
  std::string_view v = self_view(rt, self);
  size_t pos = Reverse ? v.rfind(sep_copy) : v.find(sep_copy);
  if (pos == std::string_view::npos) {
    Value whole = make_like(rt, self, v);
    Value empty1 = make_like(rt, self, {});
    Value empty2 = make_like(rt, self, {});
    if (!whole || !empty1 || !empty2) return nullptr;
    return Reverse ? make_tuple(rt, {empty1, empty2, whole}) : make_tuple(rt, {whole, empty1, empty2});
  }
  Value head = make_like(rt, self, v.substr(0, pos));
  Value mid = make_like(rt, self, sep_copy);
  Value tail = make_like(rt, self, self_view(rt, self).substr(pos + sep_copy.size()));
  if (!head || !mid || !tail) return nullptr;
  return make_tuple(rt, {head, mid, tail});
}

template <bool Suffix>
static Value m_removeaffix(Runtime& rt, const Value& self, CallArgs args) {
  if (!one_arg(rt, self, args, Suffix ? "removesuffix" : "removeprefix")) return nullptr;
  std::string_view a;
  if (!require_buffer(rt, args[0], &a)) return nullptr;
  std::string affix(a);
  std::string_view v = self_view(rt, self);
  if (!affix.empty() && v.size() >= affix.size()) {
    if (!Suffix && v.substr(0, affix.size()) == affix) return make_like(rt, self, v.substr(affix.size()));
    if (Suffix && v.substr(v.size() - affix.size()) == affix) return make_like(rt, self, v.substr(0, v.size() - affix.size()));
  }
  return make_like(rt, self, v);
}

static Value m_splitlines(Runtime& rt, const Value& self, CallArgs args) {
  Value a[1];
  if (!parse_args(rt, args, "splitlines", {"keepends"}, 0, a)) return nullptr;
  bool keep = false;
  if (a[0]) {
    int t = truthy(rt, a[0]);
    if (t < 0) return nullptr;
    keep = t != 0;
  }
  std::string data(self_view(rt, self));
  Ref<ListObject> out = new_list(rt);
  size_t i = 0, n = data.size();
  while (i < n) {
    size_t j = i;
    while (j < n && data[j] != '\n' && data[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) {
      j += (data[j] == '\r' && j + 1 < n && data[j + 1] == '\n') ? 2 : 1;
      if (keep) eol = j;
    }
    Value line = make_like(rt, self, std::string_view(data).substr(i, eol - i));
    if (!line) return nullptr;
    list_append(rt, out.get(), std::move(line));
    i = j;
  }
  return std::move(out).value();
}

static Value m_translate(Runtime& rt, const Value& self, CallArgs args) {
  Value a[2];
  if (args.nargs < 1) {
    return rt.raise(rt.t.TypeError, "translate() takes at least 1 positional argument (" +
                                        std::to_string(args.nargs) + " given)");
  }
  if (!parse_args(rt, args, "translate", {"table", "delete"}, 1, a)) return nullptr;
  std::string table;
  if (!rt.is_none(a[0])) {
    std::string_view t;
    if (!require_buffer(rt, a[0], &t)) return nullptr;
    if (t.size() != 256) return rt.raise(rt.t.ValueError, "translation table must be 256 characters long");
    table = std::string(t);
  }
  bool del[256] = {};
  if (a[1]) {
    std::string_view d;
    if (!require_buffer(rt, a[1], &d)) return nullptr;
    for (char c : d) del[static_cast<unsigned char>(c)] = true;
  }
  std::string out;
  for (char c : self_view(rt, self)) {
    auto u = static_cast<unsigned char>(c);
    if (del[u]) continue;
    out.push_back(table.empty() ? c : table[u]);
  }
  return make_like(rt, self, out);
}

static Value m_maketrans(Runtime& rt, const Value&, CallArgs args) {
  if (args.nkw()) return rt.raise(rt.t.TypeError, "maketrans() takes no keyword arguments");
  if (args.nargs != 2) {
    return rt.raise(rt.t.TypeError, "maketrans expected 2 arguments, got " + std::to_string(args.nargs));
  }
  std::string_view f, t;
  if (!require_buffer(rt, args[0], &f)) return nullptr;
  std::string from(f);
  if (!require_buffer(rt, args[1], &t)) return nullptr;
  if (from.size() != t.size()) return rt.raise(rt.t.ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[static_cast<size_t>(i)] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = t[i];
  return make_bytes(rt, table);
}

static Value m_bytes_bytes(Runtime& rt, const Value& self, CallArgs args) {
  if (!no_args(rt, self, args, "__bytes__")) return nullptr;
  if (self.type(rt) == rt.t.bytes) return self;
  return make_bytes(rt, as_bytes(self)->view());
}

static Value m_bytes_getnewargs(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__getnewargs__", 0, 0)) return nullptr;
  return make_tuple(rt, {make_bytes(rt, as_bytes(self)->view())});
}

// bytearray-only methods

static Value ba_m_append(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "bytearray.append", 1, 1)) return nullptr;
  int b;
  if (!byte_value(rt, args[0], &b)) return nullptr;
  char c = static_cast<char>(b);
  ba_append_data(rt, as_bytearray(self), std::string_view(&c, 1));
  return rt.None();
}

static Value ba_m_extend(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "bytearray.extend", 1, 1)) return nullptr;
  std::string_view v;
  if (get_buffer(rt, args[0], &v)) {
    ba_append_data(rt, as_bytearray(self), v);
    return rt.None();
  }
  TypeObject* t = args[0].type(rt);
  if (is_str(rt, args[0]) || (!t->slots.iter && !t->slots.getitem)) {
    return rt.raise(rt.t.TypeError, "can't extend bytearray with " + t->name);
  }
  std::string data;
  if (!bytes_from_iterable(rt, args[0], &data)) {
    if (rt.error_matches(rt.t.ValueError)) {
      rt.clear_error();
      rt.raise(rt.t.ValueError, "byte must be in range(0, 256)");
    }
    return nullptr;
  }
  ba_append_data(rt, as_bytearray(self), data);
  return rt.None();
}

static Value ba_m_pop(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "pop", 0, 1)) return nullptr;
  ByteArrayObject* b = as_bytearray(self);
  int64_t i = -1;
  if (args.nargs == 1 && !index_int64(rt, args[0], &i)) return nullptr;
  if (b->size == 0) return rt.raise(rt.t.IndexError, "pop from empty bytearray");
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) return rt.raise(rt.t.IndexError, "pop index out of range");
  auto c = static_cast<unsigned char>(b->buf[i]);
  std::memmove(b->buf + i, b->buf + i + 1, static_cast<size_t>(b->size - i - 1));
  --b->size;
  return Value::small(c);
}

static Value ba_m_insert(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "insert", 2, 2)) return nullptr;
  ByteArrayObject* b = as_bytearray(self);
  int64_t i;
  if (!index_int64(rt, args[0], &i)) return nullptr;
  int x;
  if (!byte_value(rt, args[1], &x)) return nullptr;
  if (i < 0) {
    i += b->size;
    if (i < 0) i = 0;
  }
  if (i > b->size) i = b->size;
  ba_reserve(rt, b, b->size + 1);
  std::memmove(b->buf + i + 1, b->buf + i, static_cast<size_t>(b->size - i));
  b->buf[i] = static_cast<char>(x);
  ++b->size;
  return rt.None();
}

static Value ba_m_remove(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "bytearray.remove", 1, 1)) return nullptr;
  ByteArrayObject* b = as_bytearray(self);
  int x;
  if (!byte_value(rt, args[0], &x)) return nullptr;
  for (int64_t i = 0; i < b->size; ++i) {
    if (static_cast<unsigned char>(b->buf[i]) == x) {
      std::memmove(b->buf + i, b->buf + i + 1, static_cast<size_t>(b->size - i - 1));
      --b->size;
      return rt.None();
    }
  }
  return rt.raise(rt.t.ValueError, "value not found in bytearray");
}

static Value ba_m_clear(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "bytearray.clear", 0, 0)) return nullptr;
  as_bytearray(self)->size = 0;
  return rt.None();
}

static Value ba_m_copy(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "bytearray.copy", 0, 0)) return nullptr;
  return make_bytearray(rt, as_bytearray(self)->view());
}

// bytearray.__reduce_ex__(proto >= 3): (type, (bytes(self),), __dict__ or None) as CPython;
// older protocols get (type, (latin-1 str, 'latin-1'), state).
static Value ba_m_reduce_ex(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__reduce_ex__", 0, 1)) return nullptr;
  int64_t proto = 0;
  if (args.nargs > 0 && args[0].is_small()) proto = args[0].small_value();
  Value state = rt.None();
  if (self.obj()->type->flags & kTypeHasDict) {
    Value d = *instance_dict_slot(self.obj());
    if (d) state = d;
  }
  std::string_view data = as_bytearray(self)->view();
  Value ctor_args;
  if (proto < 3) {
    std::string latin1;
    for (unsigned char c : data) {
      if (c < 0x80) latin1 += char(c);
      else latin1 += char(0xC0 | (c >> 6)), latin1 += char(0x80 | (c & 0x3F));
    }
    ctor_args = make_tuple(rt, {make_str(rt, latin1), make_str(rt, "latin-1")});
  } else {
    ctor_args = make_tuple(rt, {make_bytes(rt, data)});
  }
  return make_tuple(rt, {Value::borrow(self.type(rt)), ctor_args, state});
}

static Value ba_m_reduce(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__reduce__", 0, 0)) return nullptr;
  Value two = Value::small(2);
  return ba_m_reduce_ex(rt, self, CallArgs{&two, 1});
}

static Value ba_m_reverse(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "bytearray.reverse", 0, 0)) return nullptr;
  ByteArrayObject* b = as_bytearray(self);
  std::reverse(b->buf, b->buf + b->size);
  return rt.None();
}

#define COMMON_METHODS                                                                  \
  {"decode", m_decode}, {"hex", m_hex}, {"fromhex", m_fromhex, kMethClass}, {"join", m_join}, \
      {"find", m_find}, {"rfind", m_rfind}, {"index", m_index}, {"rindex", m_rindex},  \
      {"count", m_count}, {"startswith", m_startswith}, {"endswith", m_endswith},      \
      {"strip", m_strip}, {"lstrip", m_lstrip}, {"rstrip", m_rstrip}, {"split", m_split}, \
      {"rsplit", m_rsplit}, {"replace", m_replace}, {"upper", m_upper}, {"lower", m_lower}, \
      {"isdigit", char_class<pred_digit>}, {"isalpha", char_class<pred_alpha>},        \
      {"isalnum", char_class<pred_alnum>}, {"isspace", char_class<pred_space>},        \
      {"isascii", m_isascii}, {"islower", m_iscase<false>}, {"isupper", m_iscase<true>}, \
      {"istitle", m_istitle}, {"capitalize", m_case<CaseOp::Capitalize>},              \
      {"swapcase", m_case<CaseOp::SwapCase>}, {"title", m_case<CaseOp::Title>},        \
      {"center", m_center}, {"ljust", m_ljust}, {"rjust", m_rjust}, {"zfill", m_zfill}, \
      {"expandtabs", m_expandtabs}, {"partition", m_partition<false>},                 \
      {"rpartition", m_partition<true>}, {"removeprefix", m_removeaffix<false>},       \
      {"removesuffix", m_removeaffix<true>}, {"splitlines", m_splitlines},             \
      {"translate", m_translate}, {"maketrans", m_maketrans, kMethStatic}

// CPython's bytes.__sizeof__: PyBytesObject_SIZE (33: header, hash, the trailing NUL) + the bytes.
static Value m_bytes_sizeof(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__sizeof__", 0, 0)) return nullptr;
  return Value::small(33 + static_cast<BytesObject*>(self.obj())->size);
}

static const MethodDef kBytesMethods[] = {
    COMMON_METHODS,
    {"__sizeof__", m_bytes_sizeof},
    {"__getnewargs__", m_bytes_getnewargs},
    {"__bytes__", m_bytes_bytes},
    {nullptr, nullptr},
};

static const MethodDef kByteArrayMethods[] = {
    COMMON_METHODS,
    {"append", ba_m_append},
    {"extend", ba_m_extend},
    {"pop", ba_m_pop},
    {"insert", ba_m_insert},
    {"remove", ba_m_remove},
    {"clear", ba_m_clear},
    {"copy", ba_m_copy},
    {"reverse", ba_m_reverse},
    {"__reduce__", ba_m_reduce},
    {"__reduce_ex__", ba_m_reduce_ex},
    {nullptr, nullptr},
};

#undef COMMON_METHODS

static const MethodDef kBytesIterMethods[] = {
    {"__length_hint__", bytesiter_length_hint},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------

void init_bytes_type(Runtime& rt) {
  TypeSlots b;
  b.dealloc = bytes_dealloc;
  b.repr = bytes_repr_slot;
  b.hash = bytes_hash;
  b.compare = buffer_compare;
  b.len = buffer_len;
  b.getitem = bytes_getitem;
  b.contains = buffer_contains;
  b.iter = bytes_iter;
  b.new_ = bytes_new;
  b.binop[static_cast<int>(BinOp::Add)] = bytes_concat;
  b.binop[static_cast<int>(BinOp::Mul)] = bytes_repeat;
  b.binop[static_cast<int>(BinOp::Mod)] = bytes_mod_slot;
  rt.t.bytes = make_builtin_type(rt, TypeSpec{"bytes", nullptr, sizeof(BytesObject), kTypeBaseType, kBytesMethods}, b);
  rt.t.bytes->itemsize = 1;

  TypeSlots a;
  a.dealloc = bytearray_dealloc;
  a.repr = bytearray_repr;
  a.hash = hash_not_implemented;
  a.compare = buffer_compare;
  a.len = buffer_len;
  a.getitem = bytearray_getitem;
  a.setitem = bytearray_setitem;
  a.contains = buffer_contains;
  a.iter = bytearray_iter;
  a.new_ = bytearray_new;
  a.init = bytearray_init;
  a.binop[static_cast<int>(BinOp::Add)] = bytearray_concat;
  a.binop[static_cast<int>(BinOp::Mul)] = bytearray_repeat;
  a.binop[static_cast<int>(BinOp::Mod)] = bytes_mod_slot;
  a.inplace[static_cast<int>(BinOp::Add)] = bytearray_iconcat;
  a.inplace[static_cast<int>(BinOp::Mul)] = bytearray_irepeat;
  rt.t.bytearray = make_builtin_type(
      rt, TypeSpec{"bytearray", nullptr, sizeof(ByteArrayObject), kTypeBaseType, kByteArrayMethods}, a);

  TypeSlots it;
  it.dealloc = bytesiter_dealloc;
  it.traverse = bytesiter_traverse;
  it.iter = self_iter;
  it.next = bytesiter_next;
  rt.t.bytes_iterator = make_builtin_type(
      rt, TypeSpec{"bytes_iterator", nullptr, sizeof(BytesIterObject), kTypeGc, kBytesIterMethods}, it);
  make_builtin_type(rt, TypeSpec{"bytearray_iterator", nullptr, sizeof(BytesIterObject), kTypeGc, kBytesIterMethods},
                    it);
}

}  // namespace ls
