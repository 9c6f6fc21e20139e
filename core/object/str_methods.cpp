// The methods of str (besides formatting and encoding): searching, splitting, joining, stripping,
// case mapping, predicates, padding, translation. Semantics and error messages follow CPython 3.11
// (Objects/unicodeobject.c and Objects/stringlib); character properties come from unicode_db.
#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "object/dict.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str_internal.hpp"
#include "object/tuple.hpp"

namespace ls {

namespace {

// ---------------------------------------------------------------------------------------------
// Helpers

inline StrObject* S(const Value& v) { return as_str(v); }

// Previous code point before byte `pos` (moves pos to its first byte).
inline uint32_t utf8_prev(std::string_view v, size_t& pos) {
  --pos;
  while (pos > 0 && utf8_is_cont(static_cast<unsigned char>(v[pos]))) --pos;
  size_t p = pos;
  return u8_decode(v, p);
}

std::vector<uint32_t> codepoints(const StrObject* s) {
  std::vector<uint32_t> out;
  out.reserve(static_cast<size_t>(s->length));
  std::string_view v = s->view();
  for (size_t pos = 0; pos < v.size();) out.push_back(u8_decode(v, pos));
  return out;
}

// ParseTuple-style positional checks: "find() takes at least 1 argument (0 given)".
bool check_tuple_args(Runtime& rt, CallArgs a, const char* fname, size_t min, size_t max) {
  if (a.nkw() != 0) {
    rt.raise(rt.t.TypeError, std::string("str.") + fname + "() takes no keyword arguments");
    return false;
  }
  size_t n = a.nargs;
  if (n < min) {
    rt.raise(rt.t.TypeError, std::string(fname) + "() takes at least " + std::to_string(min) + " argument" +
                                 (min == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
    return false;
  }
  if (n > max) {
    rt.raise(rt.t.TypeError, std::string(fname) + "() takes at most " + std::to_string(max) + " argument" +
                                 (max == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
    return false;
  }
  return true;
}

void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
  if (end > len) {
    end = len;
  } else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

// (sub, start=None, end=None): the shared argument form of find/rfind/index/rindex/count.
bool parse_find(Runtime& rt, CallArgs a, const char* fname, Value* sub, int64_t* start, int64_t* end) {
  if (!check_tuple_args(rt, a, fname, 1, 3)) return false;
  *sub = a[0];
  *start = 0;
  *end = INT64_MAX;
  if (a.nargs > 1 && !arg_slice_index(rt, a[1], start)) return false;
  if (a.nargs > 2 && !arg_slice_index(rt, a[2], end)) return false;
  return true;
}

// Byte offsets of the (already adjusted, 0 <= start <= end <= len) code point window.
void window_bytes(const StrObject* s, int64_t start, int64_t end, size_t* b0, size_t* b1) {
  if (s->is_ascii()) {
    *b0 = static_cast<size_t>(start);
    *b1 = static_cast<size_t>(end);
    return;
  }
  *b0 = str_byte_offset(s, start);
  if (end >= s->length) {
    *b1 = static_cast<size_t>(s->nbytes);
  } else {
    std::string_view v = s->view();
    size_t p = *b0;
    for (int64_t i = start; i < end; ++i) {
      ++p;
      while (p < v.size() && utf8_is_cont(static_cast<unsigned char>(v[p]))) ++p;
    }
    *b1 = p;
  }
}

// find/rfind core: code point index or -1.
int64_t find_impl(const StrObject* s, const StrObject* sub, int64_t start, int64_t end, bool reverse) {
  adjust_indices(start, end, s->length);
  if (end - start < sub->length) return -1;
  if (sub->length == 0) return reverse ? end : start;
  size_t b0, b1;
  window_bytes(s, start, end, &b0, &b1);
  std::string_view hay = s->view().substr(b0, b1 - b0);
  std::string_view needle = sub->view();
  size_t pos = reverse ? hay.rfind(needle) : hay.find(needle);
  if (pos == std::string_view::npos) return -1;
  if (s->is_ascii()) return start + static_cast<int64_t>(pos);
  return start + utf8_count(hay.substr(0, pos));
}

Value find_common(Runtime& rt, const Value& self, CallArgs a, const char* fname, bool reverse, bool raise) {
  Value sub;
  int64_t start, end;
  if (!parse_find(rt, a, fname, &sub, &start, &end)) return nullptr;
  if (!arg_str(rt, sub)) return nullptr;
  int64_t r = find_impl(S(self), S(sub), start, end, reverse);
  if (r < 0 && raise) return rt.raise(rt.t.ValueError, "substring not found");
  return Value::small(r);
}

Value new_list_of(Runtime& rt, std::vector<Value>& items, bool reverse) {
  Ref<ListObject> l = new_list(rt, static_cast<int64_t>(items.size()));
  if (reverse) std::reverse(items.begin(), items.end());
  for (Value& v : items) list_append(rt, l.get(), std::move(v));
  return std::move(l).value();
}

// Is the code point at byte pos whitespace? Advances pos past it.
inline bool space_at(std::string_view v, size_t& pos) {
  unsigned char c = static_cast<unsigned char>(v[pos]);
  if (c < 0x80) {
    ++pos;
    return (c >= 9 && c <= 13) || (c >= 28 && c <= 32);
  }
  return cp_is_space(u8_decode(v, pos));
}

// ---------------------------------------------------------------------------------------------
// Searching

Value m_find(Runtime& rt, const Value& self, CallArgs a) { return find_common(rt, self, a, "find", false, false); }
Value m_rfind(Runtime& rt, const Value& self, CallArgs a) { return find_common(rt, self, a, "rfind", true, false); }
Value m_index(Runtime& rt, const Value& self, CallArgs a) { return find_common(rt, self, a, "index", false, true); }
Value m_rindex(Runtime& rt, const Value& self, CallArgs a) { return find_common(rt, self, a, "rindex", true, true); }

Value m_count(Runtime& rt, const Value& self, CallArgs a) {
  Value sub;
  int64_t start, end;
  if (!parse_find(rt, a, "count", &sub, &start, &end)) return nullptr;
  if (!arg_str(rt, sub)) return nullptr;
  StrObject* s = S(self);
  StrObject* t = S(sub);
  adjust_indices(start, end, s->length);
  if (end - start < t->length) return Value::small(0);
  if (t->length == 0) return Value::small(end - start + 1);
  size_t b0, b1;
  window_bytes(s, start, end, &b0, &b1);
  std::string_view hay = s->view().substr(b0, b1 - b0);
  std::string_view needle = t->view();
  int64_t n = 0;
  if (needle.size() == 1) {
    char c = needle[0];
    for (char x : hay) n += (x == c);
    return Value::small(n);
  }
  for (size_t pos = 0; (pos = hay.find(needle, pos)) != std::string_view::npos; pos += needle.size()) ++n;
  return Value::small(n);
}

// startswith / endswith
Value tailmatch_common(Runtime& rt, const Value& self, CallArgs a, const char* fname, bool end_match) {
  if (!check_tuple_args(rt, a, fname, 1, 3)) return nullptr;
  int64_t start = 0, end = INT64_MAX;
  if (a.nargs > 1 && !arg_slice_index(rt, a[1], &start)) return nullptr;
  if (a.nargs > 2 && !arg_slice_index(rt, a[2], &end)) return nullptr;
  StrObject* s = S(self);
  auto match = [&](StrObject* sub) -> bool {
    int64_t st = start, en = end;
    adjust_indices(st, en, s->length);
    en -= sub->length;
    if (en < st) return false;
    if (sub->length == 0) return true;
    size_t b0, b1;
    window_bytes(s, st, en + sub->length, &b0, &b1);
    std::string_view hay = s->view().substr(b0, b1 - b0);
    std::string_view needle = sub->view();
    if (hay.size() < needle.size()) return false;
    if (end_match) return hay.substr(hay.size() - needle.size()) == needle;
    return hay.substr(0, needle.size()) == needle;
  };
  const Value& prefix = a[0];
  if (isinstance(rt, prefix, rt.t.tuple)) {
    TupleObject* t = as_tuple(prefix);
    for (int64_t i = 0; i < t->size; ++i) {
      const Value& item = (*t)[i];
      if (!is_str(rt, item)) {
        return rt.raise(rt.t.TypeError, std::string("tuple for ") + fname + " must only contain str, not " +
                                            type_name(rt, item));
      }
      if (match(S(item))) return rt.True();
    }
    return rt.False();
  }
  if (!is_str(rt, prefix)) {
    return rt.raise(rt.t.TypeError, std::string(fname) + " first arg must be str or a tuple of str, not " +
                                        type_name(rt, prefix));
  }
  return rt.Bool(match(S(prefix)));
}

Value m_startswith(Runtime& rt, const Value& self, CallArgs a) {
  return tailmatch_common(rt, self, a, "startswith", false);
}
Value m_endswith(Runtime& rt, const Value& self, CallArgs a) { return tailmatch_common(rt, self, a, "endswith", true); }

// ---------------------------------------------------------------------------------------------
// Splitting

bool parse_split(Runtime& rt, CallArgs a, const char* fname, Value* sep, int64_t* maxsplit) {
  Value v[2];
  if (!str_parse_kw(rt, a, fname, {"sep", "maxsplit"}, 0, v)) return false;
  *sep = nullptr;
  if (v[0] && !rt.is_none(v[0])) {
    if (!is_str(rt, v[0])) {
      rt.raise(rt.t.TypeError, "must be str or None, not " + type_name(rt, v[0]));
      return false;
    }
    if (S(v[0])->length == 0) {
      rt.raise(rt.t.ValueError, "empty separator");
      return false;
    }
    *sep = v[0];
  }
  *maxsplit = -1;
  if (v[1] && !arg_ssize(rt, v[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  return true;
}

Value m_split(Runtime& rt, const Value& self, CallArgs a) {
  Value sep;
  int64_t maxcount;
  if (!parse_split(rt, a, "split", &sep, &maxcount)) return nullptr;
  StrObject* s = S(self);
  std::string_view v = s->view();
  size_t len = v.size();
  bool exact = s->type == rt.t.str;
  std::vector<Value> items;
  if (!sep) {
    size_t i = 0;
    while (maxcount-- > 0) {
      size_t j;
      for (;;) {  // skip whitespace
        if (i == len) break;
        size_t p = i;
        if (!space_at(v, p)) break;
        i = p;
      }
      if (i == len) break;
      j = i;
      for (;;) {
        if (i == len) break;
        size_t p = i;
        if (space_at(v, p)) break;
        i = p;
      }
      if (j == 0 && i == len && exact) {
        items.push_back(self);
        break;
      }
      Value part = str_subbytes(rt, self, j, i);
      if (!part) return nullptr;
      items.push_back(std::move(part));
    }
    if (i < len) {
      for (;;) {
        if (i == len) break;
        size_t p = i;
        if (!space_at(v, p)) break;
        i = p;
      }
      if (i != len) {
        Value part = str_subbytes(rt, self, i, len);
        if (!part) return nullptr;
        items.push_back(std::move(part));
      }
    }
    return new_list_of(rt, items, false);
  }
  std::string_view sp = str_view(sep);
  size_t i = 0;
  while (maxcount-- > 0) {
    size_t pos = sp.size() == 1 ? v.find(sp[0], i) : v.find(sp, i);
    if (pos == std::string_view::npos) break;
    Value part = str_subbytes(rt, self, i, pos);
    if (!part) return nullptr;
    items.push_back(std::move(part));
    i = pos + sp.size();
  }
  if (items.empty() && exact) {
    items.push_back(self);
    return new_list_of(rt, items, false);
  }
  Value part = str_subbytes(rt, self, i, len);
  if (!part) return nullptr;
  items.push_back(std::move(part));
  return new_list_of(rt, items, false);
}

Value m_rsplit(Runtime& rt, const Value& self, CallArgs a) {
  Value sep;
  int64_t maxcount;
  if (!parse_split(rt, a, "rsplit", &sep, &maxcount)) return nullptr;
  StrObject* s = S(self);
  std::string_view v = s->view();
  size_t len = v.size();
  bool exact = s->type == rt.t.str;
  std::vector<Value> items;
  auto space_before = [&](size_t pos, size_t* prev) -> bool {  // is the cp ending at pos whitespace?
    size_t p = pos;
    uint32_t cp = utf8_prev(v, p);
    *prev = p;
    return cp_is_space(cp);
  };
  if (!sep) {
    size_t i = len;  // exclusive end of the unscanned prefix
    while (maxcount-- > 0) {
      size_t p;
      while (i > 0 && space_before(i, &p)) i = p;
      if (i == 0) break;
      size_t j = i;
      while (i > 0 && !space_before(i, &p)) i = p;
      if (j == len && i == 0 && exact) {
        items.push_back(self);
        break;
      }
      Value part = str_subbytes(rt, self, i, j);
      if (!part) return nullptr;
      items.push_back(std::move(part));
    }
    if (i > 0) {
      size_t p;
      while (i > 0 && space_before(i, &p)) i = p;
      if (i > 0) {
        Value part = str_subbytes(rt, self, 0, i);
        if (!part) return nullptr;
        items.push_back(std::move(part));
      }
    }
    return new_list_of(rt, items, true);
  }
  std::string_view sp = str_view(sep);
  size_t j = len;
  while (maxcount-- > 0) {
    if (j < sp.size()) break;
    size_t pos = v.substr(0, j).rfind(sp);
    if (pos == std::string_view::npos) break;
    Value part = str_subbytes(rt, self, pos + sp.size(), j);
    if (!part) return nullptr;
    items.push_back(std::move(part));
    j = pos;
  }
  if (items.empty() && exact) {
    items.push_back(self);
    return new_list_of(rt, items, false);
  }
  Value part = str_subbytes(rt, self, 0, j);
  if (!part) return nullptr;
  items.push_back(std::move(part));
  return new_list_of(rt, items, true);
}

Value m_splitlines(Runtime& rt, const Value& self, CallArgs a) {
  Value v[1];
  if (!str_parse_kw(rt, a, "splitlines", {"keepends"}, 0, v)) return nullptr;
  int64_t keepends = 0;
  if (v[0]) {
    if (isinstance(rt, v[0], rt.t.float_)) {
      return rt.raise(rt.t.TypeError, "'float' object cannot be interpreted as an integer");
    }
    if (!arg_ssize(rt, v[0], &keepends)) return nullptr;
  }
  StrObject* s = S(self);
  std::string_view t = s->view();
  size_t len = t.size();
  std::vector<Value> items;
  size_t i = 0, j = 0;
  while (i < len) {
    size_t brk_start = len, brk_end = len;
    while (i < len) {
      unsigned char c = static_cast<unsigned char>(t[i]);
      if (c < 0x80) {
        if (cp_is_linebreak(c)) {
          brk_start = i;
          brk_end = (c == '\r' && i + 1 < len && t[i + 1] == '\n') ? i + 2 : i + 1;
          break;
        }
        ++i;
        continue;
      }
      size_t p = i;
      uint32_t cp = u8_decode(t, p);
      if (cp_is_linebreak(cp)) {
        brk_start = i;
        brk_end = p;
        break;
      }
      i = p;
    }
    size_t eol = brk_start;
    if (brk_start < len) {
      i = brk_end;
      if (keepends) eol = brk_end;
    } else {
      i = len;
    }
    if (j == 0 && eol == len && s->type == rt.t.str) {
      items.push_back(self);
      break;
    }
    Value part = str_subbytes(rt, self, j, eol);
    if (!part) return nullptr;
    items.push_back(std::move(part));
    j = i;
  }
  return new_list_of(rt, items, false);
}

Value partition_common(Runtime& rt, const Value& self, CallArgs a, const char* fname, bool reverse) {
  if (!str_check_pos(rt, a, fname, 1, 1)) return nullptr;
  const Value& sep = a[0];
  if (!arg_str(rt, sep)) return nullptr;
  if (S(sep)->length == 0) return rt.raise(rt.t.ValueError, "empty separator");
  std::string_view v = str_view(self), sp = str_view(sep);
  size_t pos = reverse ? v.rfind(sp) : v.find(sp);
  Value empty = Value::borrow(rt.empty_str);
  if (pos == std::string_view::npos) {
    return reverse ? make_tuple(rt, {empty, empty, self}) : make_tuple(rt, {self, empty, empty});
  }
  Value left = str_subbytes(rt, self, 0, pos);
  if (!left) return nullptr;
  Value right = str_subbytes(rt, self, pos + sp.size(), v.size());
  if (!right) return nullptr;
  return make_tuple(rt, {left, str_exact(rt, sep), right});
}

Value m_partition(Runtime& rt, const Value& self, CallArgs a) { return partition_common(rt, self, a, "partition", false); }
Value m_rpartition(Runtime& rt, const Value& self, CallArgs a) { return partition_common(rt, self, a, "rpartition", true); }

// ---------------------------------------------------------------------------------------------
// join

Value m_join(Runtime& rt, const Value& self, CallArgs a) {
  if (!str_check_pos(rt, a, "join", 1, 1)) return nullptr;
  const Value& iterable = a[0];
  std::vector<Value> owned;
  const Value* items;
  size_t n;
  TypeObject* it_type = iterable.type(rt);
  if (it_type == rt.t.list) {
    // No Python code runs below (type checks and copies only), so the list cannot change.
    ListObject* l = as_list(iterable);
    items = l->items;
    n = static_cast<size_t>(l->size);
  } else if (it_type == rt.t.tuple) {
    TupleObject* t = as_tuple(iterable);
    items = t->items();
    n = static_cast<size_t>(t->size);
  } else {
    Value it = iter(rt, iterable);
    if (!it) {
      if (rt.error_matches(rt.t.TypeError)) {
        rt.clear_error();
        return rt.raise(rt.t.TypeError, "can only join an iterable");
      }
      return nullptr;
    }
    for (;;) {
      Value x = next(rt, it);
      if (!x) {
        if (rt.has_error()) return nullptr;
        break;
      }
      owned.push_back(std::move(x));
    }
    items = owned.data();
    n = owned.size();
  }
  if (n == 0) return Value::borrow(rt.empty_str);
  StrObject* sep = S(self);
  if (n == 1 && items[0].is_obj() && items[0].obj()->type == rt.t.str) return items[0];
  uint64_t total = static_cast<uint64_t>(sep->nbytes) * (n - 1);
  int64_t length = sep->length * static_cast<int64_t>(n - 1);
  uint32_t maxchar = sep->maxchar;
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(rt, items[i])) {
      return rt.raise(rt.t.TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                          type_name(rt, items[i]) + " found");
    }
    StrObject* s = S(items[i]);
    total += static_cast<uint64_t>(s->nbytes);
    length += s->length;
    maxchar = std::max(maxchar, s->maxchar);
  }
  if (length == 0) return Value::borrow(rt.empty_str);
  if (!str_check_size(rt, total)) return nullptr;
  if (length == 1) {
    for (size_t i = 0; i < n; ++i) {
      if (S(items[i])->length == 1) return str_exact(rt, items[i]);
    }
    return str_exact(rt, self);
  }
  StrObject* r = str_alloc(rt, static_cast<size_t>(total), length, maxchar);
  if (!r) return nullptr;
  char* p = r->data();
  size_t sn = static_cast<size_t>(sep->nbytes);
  for (size_t i = 0; i < n; ++i) {
    if (i && sn) {
      std::memcpy(p, sep->data(), sn);
      p += sn;
    }
    StrObject* s = S(items[i]);
    std::memcpy(p, s->data(), static_cast<size_t>(s->nbytes));
    p += s->nbytes;
  }
  return Value::steal(r);
}

// ---------------------------------------------------------------------------------------------
// strip

Value strip_common(Runtime& rt, const Value& self, CallArgs a, const char* fname, bool left, bool right) {
  if (!str_check_pos(rt, a, fname, 0, 1)) return nullptr;
  StrObject* s = S(self);
  std::string_view v = s->view();
  size_t i = 0, j = v.size();
  if (a.nargs == 0 || rt.is_none(a[0])) {
    if (left) {
      while (i < j) {
        size_t p = i;
        if (!space_at(v, p)) break;
        i = p;
      }
    }
    if (right) {
      while (j > i) {
        size_t p = j;
        if (!cp_is_space(utf8_prev(v, p))) break;
        j = p;
      }
    }
  } else {
    if (!is_str(rt, a[0])) return rt.raise(rt.t.TypeError, std::string(fname) + " arg must be None or str");
    StrObject* chars = S(a[0]);
    bool ascii_set[128] = {};
    std::vector<uint32_t> other;
    std::string_view cv = chars->view();
    for (size_t p = 0; p < cv.size();) {
      uint32_t cp = u8_decode(cv, p);
      if (cp < 128) ascii_set[cp] = true;
      else other.push_back(cp);
    }
    auto in_set = [&](uint32_t cp) {
      if (cp < 128) return ascii_set[cp];
      return std::find(other.begin(), other.end(), cp) != other.end();
    };
    if (left) {
      while (i < j) {
        size_t p = i;
        if (!in_set(u8_decode(v, p))) break;
        i = p;
      }
    }
    if (right) {
      while (j > i) {
        size_t p = j;
        if (!in_set(utf8_prev(v, p))) break;
        j = p;
      }
    }
  }
  return str_subbytes(rt, self, i, j);
}

Value m_strip(Runtime& rt, const Value& self, CallArgs a) { return strip_common(rt, self, a, "strip", true, true); }
Value m_lstrip(Runtime& rt, const Value& self, CallArgs a) { return strip_common(rt, self, a, "lstrip", true, false); }
Value m_rstrip(Runtime& rt, const Value& self, CallArgs a) { return strip_common(rt, self, a, "rstrip", false, true); }

Value affix_common(Runtime& rt, const Value& self, CallArgs a, const char* fname, bool suffix) {
  if (!str_check_pos(rt, a, fname, 1, 1)) return nullptr;
  if (!is_str(rt, a[0])) {
    return rt.raise(rt.t.TypeError, std::string(fname) + "() argument must be str, not " + type_name(rt, a[0]));
  }
  std::string_view v = str_view(self), x = str_view(a[0]);
  if (!x.empty() && v.size() >= x.size()) {
    if (!suffix && v.substr(0, x.size()) == x) return str_subbytes(rt, self, x.size(), v.size());
    if (suffix && v.substr(v.size() - x.size()) == x) return str_subbytes(rt, self, 0, v.size() - x.size());
  }
  return str_exact(rt, self);
}

Value m_removeprefix(Runtime& rt, const Value& self, CallArgs a) {
  return affix_common(rt, self, a, "removeprefix", false);
}
Value m_removesuffix(Runtime& rt, const Value& self, CallArgs a) {
  return affix_common(rt, self, a, "removesuffix", true);
}

// ---------------------------------------------------------------------------------------------
// replace

Value m_replace(Runtime& rt, const Value& self, CallArgs a) {
  if (!str_check_pos(rt, a, "replace", 2, 3)) return nullptr;
  if (!is_str(rt, a[0])) return rt.raise(rt.t.TypeError, "replace() argument 1 must be str, not " + type_name(rt, a[0]));
  if (!is_str(rt, a[1])) return rt.raise(rt.t.TypeError, "replace() argument 2 must be str, not " + type_name(rt, a[1]));
  int64_t maxcount = -1;
  if (a.nargs > 2 && !arg_ssize(rt, a[2], &maxcount)) return nullptr;
  if (maxcount < 0) maxcount = INT64_MAX;
  StrObject* s = S(self);
  StrObject* o = S(a[0]);
  StrObject* w = S(a[1]);
  if (maxcount == 0 || str_equal(o, w)) return str_exact(rt, self);
  std::string_view v = s->view(), ov = o->view(), wv = w->view();
  if (o->length == 0) {
    int64_t n = std::min<int64_t>(maxcount, s->length + 1);
    uint64_t total = v.size() + static_cast<uint64_t>(n) * wv.size();
    if (!str_check_size(rt, total)) return nullptr;
    StrObject* r = str_alloc(rt, static_cast<size_t>(total), s->length + n * w->length, std::max(s->maxchar, w->maxchar));
    if (!r) return nullptr;
    char* p = r->data();
    size_t pos = 0;
    for (int64_t k = 0; k < n; ++k) {
      std::memcpy(p, wv.data(), wv.size());
      p += wv.size();
      if (pos < v.size()) {
        size_t q = pos + 1;
        while (q < v.size() && utf8_is_cont(static_cast<unsigned char>(v[q]))) ++q;
        std::memcpy(p, v.data() + pos, q - pos);
        p += q - pos;
        pos = q;
      }
    }
    std::memcpy(p, v.data() + pos, v.size() - pos);
    return Value::steal(r);
  }
  std::vector<size_t> hits;
  for (size_t pos = 0; static_cast<int64_t>(hits.size()) < maxcount;) {
    pos = ov.size() == 1 ? v.find(ov[0], pos) : v.find(ov, pos);
    if (pos == std::string_view::npos) break;
    hits.push_back(pos);
    pos += ov.size();
  }
  if (hits.empty()) return str_exact(rt, self);
  int64_t k = static_cast<int64_t>(hits.size());
  uint64_t nhits = hits.size();
  uint64_t total = v.size() - nhits * ov.size() + nhits * wv.size();
  int64_t length = s->length - k * o->length + k * w->length;
  if (!str_check_size(rt, total)) return nullptr;
  uint32_t maxchar = std::max(s->maxchar, w->maxchar);
  if (length <= 1) {
    std::string tmp;
    size_t prev = 0;
    for (size_t h : hits) {
      tmp.append(v.substr(prev, h - prev));
      tmp.append(wv);
      prev = h + ov.size();
    }
    tmp.append(v.substr(prev));
    return make_str(rt, tmp);
  }
  StrObject* r = str_alloc(rt, static_cast<size_t>(total), length, maxchar);
  if (!r) return nullptr;
  char* p = r->data();
  size_t prev = 0;
  for (size_t h : hits) {
    std::memcpy(p, v.data() + prev, h - prev);
    p += h - prev;
    std::memcpy(p, wv.data(), wv.size());
    p += wv.size();
    prev = h + ov.size();
  }
  std::memcpy(p, v.data() + prev, v.size() - prev);
  if (s->maxchar > w->maxchar && !s->is_ascii()) {
    // The replaced text may have held the largest character: recompute it.
    uint32_t mc = 0;
    utf8_length(r->view(), &mc);
    r->maxchar = mc;
  }
  return Value::steal(r);
}

// ---------------------------------------------------------------------------------------------
// Case mapping

// Final_Sigma context of CPython's handle_capital_sigma.
uint32_t capital_sigma(const std::vector<uint32_t>& cps, size_t i) {
  using namespace unicode;
  size_t n = cps.size();
  int64_t j = static_cast<int64_t>(i) - 1;
  uint32_t c = 0;
  for (; j >= 0; --j) {
    c = cps[static_cast<size_t>(j)];
    if (!has(c, kCaseIgnorable)) break;
  }
  bool final_sigma = j >= 0 && has(c, kCased);
  if (final_sigma && i + 1 < n) {
    size_t k = i + 1;
    for (; k < n; ++k) {
      c = cps[k];
      if (!has(c, kCaseIgnorable)) break;
    }
    final_sigma = k == n || !has(c, kCased);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

int lower_at(const std::vector<uint32_t>& cps, size_t i, uint32_t* out) {
  if (cps[i] == 0x3A3) {
    out[0] = capital_sigma(cps, i);
    return 1;
  }
  return unicode::to_lower_full(cps[i], out);
}

enum class CaseOp { Lower, Upper, Fold, Swap, Title, Capitalize };

Value case_map(Runtime& rt, const Value& self, CallArgs a, const char* fname, CaseOp op) {
  if (!str_check_pos(rt, a, fname, 0, 0)) return nullptr;
  StrObject* s = S(self);
  if (s->length == 0) return str_exact(rt, self);
  if (s->is_ascii()) {
    StrObject* r = str_alloc(rt, static_cast<size_t>(s->nbytes), s->length, 127);
    if (!r) return nullptr;
    const char* src = s->data();
    char* dst = r->data();
    size_t n = static_cast<size_t>(s->nbytes);
    auto lo = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
    auto up = [](char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; };
    auto is_alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    switch (op) {
      case CaseOp::Lower:
      case CaseOp::Fold:
        for (size_t i = 0; i < n; ++i) dst[i] = lo(src[i]);
        break;
      case CaseOp::Upper:
        for (size_t i = 0; i < n; ++i) dst[i] = up(src[i]);
        break;
      case CaseOp::Swap:
        for (size_t i = 0; i < n; ++i) dst[i] = (src[i] >= 'a' && src[i] <= 'z') ? up(src[i]) : lo(src[i]);
        break;
      case CaseOp::Title: {
        bool prev_cased = false;
        for (size_t i = 0; i < n; ++i) {
          dst[i] = prev_cased ? lo(src[i]) : up(src[i]);
          prev_cased = is_alpha(src[i]);
        }
        break;
      }
      case CaseOp::Capitalize:
        dst[0] = up(src[0]);
        for (size_t i = 1; i < n; ++i) dst[i] = lo(src[i]);
        break;
    }
    if (n == 1) {
      Value one = Value::borrow(rt.latin1_chars[static_cast<unsigned char>(dst[0])]);
      decref(r);
      return one;
    }
    return Value::steal(r);
  }
  using namespace unicode;
  std::vector<uint32_t> cps = codepoints(s);
  StrBuilder b;
  b.reserve(static_cast<size_t>(s->nbytes) + 8);
  uint32_t m[3];
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t c = cps[i];
    int k = 1;
    m[0] = c;
    switch (op) {
      case CaseOp::Lower: k = lower_at(cps, i, m); break;
      case CaseOp::Upper: k = to_upper_full(c, m); break;
      case CaseOp::Fold: k = to_fold_full(c, m); break;
      case CaseOp::Swap:
        if (has(c, kUpper)) k = lower_at(cps, i, m);
        else if (has(c, kLower)) k = to_upper_full(c, m);
        break;
      case CaseOp::Title:
        k = prev_cased ? lower_at(cps, i, m) : to_title_full(c, m);
        prev_cased = has(c, kCased);
        break;
      case CaseOp::Capitalize:
        k = i == 0 ? to_title_full(c, m) : lower_at(cps, i, m);
        break;
    }
    for (int j = 0; j < k; ++j) b.append_cp(m[j]);
  }
  return b.finish(rt);
}

Value m_lower(Runtime& rt, const Value& self, CallArgs a) { return case_map(rt, self, a, "lower", CaseOp::Lower); }
Value m_upper(Runtime& rt, const Value& self, CallArgs a) { return case_map(rt, self, a, "upper", CaseOp::Upper); }
Value m_casefold(Runtime& rt, const Value& self, CallArgs a) { return case_map(rt, self, a, "casefold", CaseOp::Fold); }
Value m_swapcase(Runtime& rt, const Value& self, CallArgs a) { return case_map(rt, self, a, "swapcase", CaseOp::Swap); }
Value m_title(Runtime& rt, const Value& self, CallArgs a) { return case_map(rt, self, a, "title", CaseOp::Title); }
Value m_capitalize(Runtime& rt, const Value& self, CallArgs a) {
  return case_map(rt, self, a, "capitalize", CaseOp::Capitalize);
}

// ---------------------------------------------------------------------------------------------
// Predicates

template <class F>
Value all_cps(Runtime& rt, const Value& self, CallArgs a, const char* fname, bool empty_result, F&& pred) {
  if (!str_check_pos(rt, a, fname, 0, 0)) return nullptr;
  std::string_view v = str_view(self);
  if (v.empty()) return rt.Bool(empty_result);
  for (size_t pos = 0; pos < v.size();) {
    if (!pred(u8_decode(v, pos))) return rt.False();
  }
  return rt.True();
}

Value m_isspace(Runtime& rt, const Value& self, CallArgs a) {
  return all_cps(rt, self, a, "isspace", false, [](uint32_t c) { return cp_is_space(c); });
}
Value m_isalpha(Runtime& rt, const Value& self, CallArgs a) {
  return all_cps(rt, self, a, "isalpha", false, [](uint32_t c) {
    if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
    return unicode::has(c, unicode::kAlpha);
  });
}
Value m_isalnum(Runtime& rt, const Value& self, CallArgs a) {
  return all_cps(rt, self, a, "isalnum", false, [](uint32_t c) {
    if (c < 128) return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9');
    return unicode::has(c, unicode::kAlpha | unicode::kDecimal | unicode::kDigit | unicode::kNumeric);
  });
}
Value m_isdecimal(Runtime& rt, const Value& self, CallArgs a) {
  return all_cps(rt, self, a, "isdecimal", false, [](uint32_t c) { return unicode::has(c, unicode::kDecimal); });
}
Value m_isdigit(Runtime& rt, const Value& self, CallArgs a) {
  return all_cps(rt, self, a, "isdigit", false, [](uint32_t c) { return unicode::has(c, unicode::kDigit); });
}
Value m_isnumeric(Runtime& rt, const Value& self, CallArgs a) {
  return all_cps(rt, self, a, "isnumeric", false, [](uint32_t c) { return unicode::has(c, unicode::kNumeric); });
}
Value m_isprintable(Runtime& rt, const Value& self, CallArgs a) {
  return all_cps(rt, self, a, "isprintable", true, [](uint32_t c) { return cp_is_printable(c); });
}
Value m_isascii(Runtime& rt, const Value& self, CallArgs a) {
  if (!str_check_pos(rt, a, "isascii", 0, 0)) return nullptr;
  return rt.Bool(S(self)->is_ascii());
}
Value m_isidentifier(Runtime& rt, const Value& self, CallArgs a) {
  if (!str_check_pos(rt, a, "isidentifier", 0, 0)) return nullptr;
  return rt.Bool(str_is_identifier(str_view(self)));
}

Value m_islower(Runtime& rt, const Value& self, CallArgs a) {
  if (!str_check_pos(rt, a, "islower", 0, 0)) return nullptr;
  std::string_view v = str_view(self);
  bool cased = false;
  for (size_t pos = 0; pos < v.size();) {
    uint32_t f = unicode::flags(u8_decode(v, pos));
    if (f & (unicode::kUpper | unicode::kTitle)) return rt.False();
    if (f & unicode::kLower) cased = true;
  }
  return rt.Bool(cased);
}

Value m_isupper(Runtime& rt, const Value& self, CallArgs a) {
  if (!str_check_pos(rt, a, "isupper", 0, 0)) return nullptr;
  std::string_view v = str_view(self);
  bool cased = false;
  for (size_t pos = 0; pos < v.size();) {
    uint32_t f = unicode::flags(u8_decode(v, pos));
    if (f & (unicode::kLower | unicode::kTitle)) return rt.False();
    if (f & unicode::kUpper) cased = true;
  }
  return rt.Bool(cased);
}

Value m_istitle(Runtime& rt, const Value& self, CallArgs a) {
  if (!str_check_pos(rt, a, "istitle", 0, 0)) return nullptr;
  std::string_view v = str_view(self);
  bool cased = false, prev_cased = false;
  for (size_t pos = 0; pos < v.size();) {
    uint32_t f = unicode::flags(u8_decode(v, pos));
    if (f & (unicode::kUpper | unicode::kTitle)) {
      if (prev_cased) return rt.False();
      prev_cased = cased = true;
    } else if (f & unicode::kLower) {
      if (!prev_cased) return rt.False();
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return rt.Bool(cased);
}

// ---------------------------------------------------------------------------------------------
// Padding

bool parse_fill(Runtime& rt, CallArgs a, size_t idx, uint32_t* fill) {
  *fill = ' ';
  if (a.nargs <= idx) return true;
  const Value& f = a[idx];
  if (!is_str(rt, f)) {
    rt.raise(rt.t.TypeError, "The fill character must be a unicode character, not " + type_name(rt, f));
    return false;
  }
  if (S(f)->length != 1) {
    rt.raise(rt.t.TypeError, "The fill character must be exactly one character long");
    return false;
  }
  *fill = str_codepoint_at(S(f), 0);
  return true;
}

Value pad(Runtime& rt, const Value& self, int64_t left, int64_t right, uint32_t fill) {
  StrObject* s = S(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return str_exact(rt, self);
  size_t fw = utf8_width(fill);
  uint64_t total = static_cast<uint64_t>(s->nbytes) + static_cast<uint64_t>(left + right) * fw;
  if (!str_check_size(rt, total)) return nullptr;
  StrObject* r = str_alloc(rt, static_cast<size_t>(total), s->length + left + right, std::max(s->maxchar, fill));
  if (!r) return nullptr;
  char* p = r->data();
  std::string one;
  utf8_append(one, fill);
  auto put_fill = [&](int64_t n) {
    if (fw == 1) {
      std::memset(p, one[0], static_cast<size_t>(n));
      p += n;
    } else {
      for (int64_t i = 0; i < n; ++i) {
        std::memcpy(p, one.data(), fw);
        p += fw;
      }
    }
  };
  put_fill(left);
  std::memcpy(p, s->data(), static_cast<size_t>(s->nbytes));
  p += s->nbytes;
  put_fill(right);
  return Value::steal(r);
}

Value just_common(Runtime& rt, const Value& self, CallArgs a, const char* fname, int mode) {
  if (!str_check_pos(rt, a, fname, 1, 2)) return nullptr;
  int64_t width;
  if (!arg_ssize(rt, a[0], &width)) return nullptr;
  uint32_t fill;
  if (!parse_fill(rt, a, 1, &fill)) return nullptr;
  int64_t len = S(self)->length;
  if (len >= width) return str_exact(rt, self);
  int64_t marg = width - len;
  if (mode < 0) return pad(rt, self, 0, marg, fill);
  if (mode > 0) return pad(rt, self, marg, 0, fill);
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(rt, self, left, marg - left, fill);
}

Value m_ljust(Runtime& rt, const Value& self, CallArgs a) { return just_common(rt, self, a, "ljust", -1); }
Value m_rjust(Runtime& rt, const Value& self, CallArgs a) { return just_common(rt, self, a, "rjust", 1); }
Value m_center(Runtime& rt, const Value& self, CallArgs a) { return just_common(rt, self, a, "center", 0); }

Value m_zfill(Runtime& rt, const Value& self, CallArgs a) {
  if (!str_check_pos(rt, a, "zfill", 1, 1)) return nullptr;
  int64_t width;
  if (!arg_ssize(rt, a[0], &width)) return nullptr;
  StrObject* s = S(self);
  if (s->length >= width) return str_exact(rt, self);
  int64_t fill = width - s->length;
  Value r = pad(rt, self, fill, 0, '0');
  if (!r) return nullptr;
  StrObject* rs = S(r);
  char* d = rs->data();
  if (s->nbytes > 0 && (d[fill] == '+' || d[fill] == '-')) {
    d[0] = d[fill];
    d[fill] = '0';
  }
  return r;
}

Value m_expandtabs(Runtime& rt, const Value& self, CallArgs a) {
  Value v[1];
  if (!str_parse_kw(rt, a, "expandtabs", {"tabsize"}, 0, v)) return nullptr;
  int64_t tabsize = 8;
  if (v[0] && !arg_ssize(rt, v[0], &tabsize)) return nullptr;
  StrObject* s = S(self);
  std::string_view t = s->view();
  if (t.find('\t') == std::string_view::npos) return str_exact(rt, self);
  StrBuilder b;
  b.reserve(t.size() + 16);
  int64_t col = 0;
  for (size_t pos = 0; pos < t.size();) {
    uint32_t cp = u8_decode(t, pos);
    if (cp == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - (col % tabsize);
        col += incr;
        if (!str_check_size(rt, b.nbytes() + static_cast<uint64_t>(incr))) return nullptr;
        b.append_repeat(' ', incr);
      }
    } else {
      ++col;
      b.append_cp(cp);
      if (cp == '\n' || cp == '\r') col = 0;
    }
  }
  return b.finish(rt);
}

// ---------------------------------------------------------------------------------------------
// maketrans / translate

Value m_maketrans(Runtime& rt, const Value&, CallArgs a) {
  if (!str_check_pos(rt, a, "maketrans", 1, 3)) return nullptr;
  if (a.nargs >= 2 && !is_str(rt, a[1])) {
    return rt.raise(rt.t.TypeError, "maketrans() argument 2 must be str, not " + type_name(rt, a[1]));
  }
  if (a.nargs >= 3 && !is_str(rt, a[2])) {
    return rt.raise(rt.t.TypeError, "maketrans() argument 3 must be str, not " + type_name(rt, a[2]));
  }
  Ref<DictObject> d = new_dict(rt);
  if (a.nargs == 1) {
    if (!isinstance(rt, a[0], rt.t.dict)) {
      return rt.raise(rt.t.TypeError, "if you give only one argument to maketrans it must be a dict");
    }
    DictObject* src = as_dict(a[0]);
    DictEntry* e;
    for (int64_t pos = 0; dict_next(src, &pos, &e);) {
      Value key;
      if (is_str(rt, e->key)) {
        if (S(e->key)->length != 1) {
          return rt.raise(rt.t.ValueError, "string keys in translate table must be of length 1");
        }
        key = Value::small(str_codepoint_at(S(e->key), 0));
      } else if (is_int(rt, e->key)) {
        key = e->key;
      } else {
        return rt.raise(rt.t.TypeError, "keys in translate table must be strings or integers");
      }
      if (!dict_set(rt, d.get(), key, e->value)) return nullptr;
    }
    return std::move(d).value();
  }
  StrObject* x = nullptr;
  if (!is_str(rt, a[0])) {
    return rt.raise(rt.t.TypeError, "first maketrans argument must be a string if there is a second argument");
  }
  x = S(a[0]);
  StrObject* y = S(a[1]);
  if (x->length != y->length) {
    return rt.raise(rt.t.ValueError, "the first two maketrans arguments must have equal length");
  }
  std::string_view xv = x->view(), yv = y->view();
  for (size_t p = 0, q = 0; p < xv.size();) {
    uint32_t cx = u8_decode(xv, p);
    uint32_t cy = u8_decode(yv, q);
    if (!dict_set(rt, d.get(), Value::small(cx), Value::small(cy))) return nullptr;
  }
  if (a.nargs == 3) {
    std::string_view zv = str_view(a[2]);
    for (size_t p = 0; p < zv.size();) {
      uint32_t cz = u8_decode(zv, p);
      if (!dict_set(rt, d.get(), Value::small(cz), rt.None())) return nullptr;
    }
  }
  return std::move(d).value();
}

Value m_translate(Runtime& rt, const Value& self, CallArgs a) {
  if (!str_check_pos(rt, a, "translate", 1, 1)) return nullptr;
  const Value& table = a[0];
  StrObject* s = S(self);
  std::string_view v = s->view();
  // Per-code-point cache of the mapping: null value = unchanged, empty str = deleted.
  struct Entry {
    bool known = false;
    bool keep = false;
    Value repl;  // str, or null for deletion
  };
  Entry ascii_cache[128];
  std::unordered_map<uint32_t, Entry> cache;
  StrBuilder b;
  b.reserve(v.size());
  for (size_t pos = 0; pos < v.size();) {
    size_t start = pos;
    uint32_t cp = u8_decode(v, pos);
    Entry* e;
    if (cp < 128) {
      e = &ascii_cache[cp];
    } else {
      e = &cache[cp];
    }
    if (!e->known) {
      Value r = getitem(rt, table, Value::small(cp));
      if (!r) {
        if (!rt.error_matches(rt.t.LookupError)) return nullptr;
        rt.clear_error();
        e->keep = true;
      } else if (rt.is_none(r)) {
        e->repl = nullptr;
      } else if (is_int(rt, r)) {
        int64_t c;
        if (!int_to_int64(r, &c) || c < 0 || c > 0x10FFFF) {
          return rt.raise(rt.t.ValueError, "character mapping must be in range(0x110000)");
        }
        e->repl = str_from_codepoint(rt, static_cast<uint32_t>(c));
      } else if (is_str(rt, r)) {
        e->repl = r;
      } else {
        return rt.raise(rt.t.TypeError, "character mapping must return integer, None or str");
      }
      e->known = true;
    }
    if (e->keep) {
      std::string_view raw = v.substr(start, pos - start);
      if (cp < 128) b.append_ascii(raw);
      else b.append_cp(cp);
    } else if (e->repl) {
      b.append_str(S(e->repl));
      if (b.nbytes() > (size_t(1) << 16) && !str_check_size(rt, b.nbytes())) return nullptr;
    }
  }
  if (!str_check_size(rt, b.nbytes())) return nullptr;
  return b.finish(rt);
}

// ---------------------------------------------------------------------------------------------
// Dunders without slots

Value m_getnewargs(Runtime& rt, const Value& self, CallArgs a) {
  if (!str_check_pos(rt, a, "__getnewargs__", 0, 0)) return nullptr;
  StrObject* s = S(self);
  StrObject* copy = str_alloc(rt, static_cast<size_t>(s->nbytes), s->length, s->maxchar);
  if (!copy) return nullptr;
  std::memcpy(copy->data(), s->data(), static_cast<size_t>(s->nbytes));
  return make_tuple(rt, {Value::steal(copy)});
}

Value m_sizeof(Runtime& rt, const Value& self, CallArgs a) {
  if (!str_check_pos(rt, a, "__sizeof__", 0, 0)) return nullptr;
  StrObject* s = S(self);
  int64_t n = s->length;
  int64_t size;
  if (s->is_ascii()) size = 48 + n + 1;
  else if (s->maxchar < 256) size = 72 + n + 1;
  else if (s->maxchar < 65536) size = 72 + 2 * (n + 1);
  else size = 72 + 4 * (n + 1);
  return Value::small(size);
}

}  // namespace

bool str_is_identifier(std::string_view v) {
  if (v.empty()) return false;
  size_t pos = 0;
  uint32_t c = u8_decode(v, pos);
  if (c < 128) {
    if (!(c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z'))) return false;
  } else if (!unicode::has(c, unicode::kXidStart)) {
    return false;
  }
  while (pos < v.size()) {
    c = u8_decode(v, pos);
    if (c < 128) {
      if (!(c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9'))) return false;
    } else if (!unicode::has(c, unicode::kXidContinue)) {
      return false;
    }
  }
  return true;
}

const MethodDef kStrMethods[] = {
    {"encode", str_encode_method},
    {"replace", m_replace},
    {"split", m_split},
    {"rsplit", m_rsplit},
    {"join", m_join},
    {"capitalize", m_capitalize},
    {"casefold", m_casefold},
    {"title", m_title},
    {"center", m_center},
    {"count", m_count},
    {"expandtabs", m_expandtabs},
    {"find", m_find},
    {"partition", m_partition},
    {"index", m_index},
    {"ljust", m_ljust},
    {"lower", m_lower},
    {"lstrip", m_lstrip},
    {"rfind", m_rfind},
    {"rindex", m_rindex},
    {"rjust", m_rjust},
    {"rstrip", m_rstrip},
    {"rpartition", m_rpartition},
    {"splitlines", m_splitlines},
    {"strip", m_strip},
    {"swapcase", m_swapcase},
    {"translate", m_translate},
    {"upper", m_upper},
    {"startswith", m_startswith},
    {"endswith", m_endswith},
    {"removeprefix", m_removeprefix},
    {"removesuffix", m_removesuffix},
    {"isascii", m_isascii},
    {"islower", m_islower},
    {"isupper", m_isupper},
    {"istitle", m_istitle},
    {"isspace", m_isspace},
    {"isdecimal", m_isdecimal},
    {"isdigit", m_isdigit},
    {"isnumeric", m_isnumeric},
    {"isalpha", m_isalpha},
    {"isalnum", m_isalnum},
    {"isidentifier", m_isidentifier},
    {"isprintable", m_isprintable},
    {"zfill", m_zfill},
    {"format", str_format_impl},
    {"format_map", str_format_map_impl},
    {"__format__", str_dunder_format},
    {"maketrans", m_maketrans, kMethStatic},
    {"__sizeof__", m_sizeof},
    {"__getnewargs__", m_getnewargs},
    {nullptr, nullptr},
};

}  // namespace ls
