// memoryview: CPython 3.11's one-dimensional views of format 'B' over bytes and bytearray
// (memoryobject.c): indexing, slicing into new views, writes through a bytearray's view, tobytes/
// tolist/hex, release and the context manager, ==, hash of read-only views, and the attributes.
// The view reads its base's current buffer at each access; a bytearray that shrank under a view
// (CPython refuses to resize an exported bytearray) makes the view's accesses raise.
#include <cstdio>

#include "object/bytes.hpp"
#include "object/class.hpp"
#include "object/container_util.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

struct MemoryViewObject : Object {
  Value base;       // the bytes/bytearray exporting the memory
  Value flat;       // bytes copy of a strided view, made when a contiguous buffer is asked for
  int64_t start;    // offset of item 0 in the base
  int64_t length;   // number of items
  int64_t step;     // stride in bytes (negative for reversed slices)
  bool readonly;
  bool released;
};

static MemoryViewObject* as_mv(const Value& v) { return static_cast<MemoryViewObject*>(v.obj()); }

bool is_memoryview(const Runtime& rt, const Value& v) {
  return v.is_obj() && rt.t.memoryview && v.obj()->type == rt.t.memoryview;
}

static bool check_released(Runtime& rt, MemoryViewObject* m) {
  if (!m->released) return true;
  rt.raise(rt.t.ValueError, "operation forbidden on released memoryview object");
  return false;
}

// The base's bytes, checked to still hold the view's window.
static bool window(Runtime& rt, MemoryViewObject* m, std::string_view* out) {
  if (!check_released(rt, m)) return false;
  std::string_view v;
  bytes_like_view(rt, m->base, &v);
  if (m->length > 0) {
    int64_t last = m->start + (m->length - 1) * m->step;
    int64_t n = static_cast<int64_t>(v.size());
    if (m->start < 0 || m->start >= n || last < 0 || last >= n) {
      rt.raise(rt.t.ValueError, "memoryview: underlying buffer was resized");
      return false;
    }
  }
  *out = v;
  return true;
}

static std::string contents(std::string_view v, MemoryViewObject* m) {
  std::string out;
  out.reserve(static_cast<size_t>(m->length));
  for (int64_t k = 0; k < m->length; ++k) out.push_back(v[static_cast<size_t>(m->start + k * m->step)]);
  return out;
}

// The bytes a memoryview shows, for bytes_like_view: contiguous views point into the base, strided
// ones into a copy kept on the view. False when released.
bool memoryview_buffer(const Runtime& crt, const Value& v, std::string_view* out) {
  auto& rt = const_cast<Runtime&>(crt);
  MemoryViewObject* m = as_mv(v);
  if (m->released) return false;
  std::string_view base;
  bytes_like_view(rt, m->base, &base);
  int64_t n = static_cast<int64_t>(base.size());
  if (m->length == 0) {
    *out = std::string_view();
    return true;
  }
  int64_t last = m->start + (m->length - 1) * m->step;
  if (m->start < 0 || m->start >= n || last < 0 || last >= n) return false;
  if (m->step == 1) {
    *out = base.substr(static_cast<size_t>(m->start), static_cast<size_t>(m->length));
    return true;
  }
  m->flat = make_bytes(rt, contents(base, m));
  if (!m->flat) {
    rt.clear_error();
    return false;
  }
  bytes_like_view(rt, m->flat, out);
  return true;
}

static Value new_view(Runtime& rt, const Value& base, int64_t start, int64_t length, int64_t step, bool readonly) {
  auto* m = alloc<MemoryViewObject>(rt, rt.t.memoryview);
  m->base = base;
  m->start = start;
  m->length = length;
  m->step = step;
  m->readonly = readonly;
  m->released = false;
  return Value::steal(m);
}

static Value mv_new(Runtime& rt, TypeObject*, CallArgs a) {
  Value args[1];
  if (!parse_clinic_args(rt, a, "memoryview", {"object"}, 1, args)) return nullptr;
  const Value& obj = args[0];
  if (is_memoryview(rt, obj)) {
    MemoryViewObject* src = as_mv(obj);
    if (!check_released(rt, src)) return nullptr;
    return new_view(rt, src->base, src->start, src->length, src->step, src->readonly);
  }
  std::string_view v;
  if (!bytes_like_view(rt, obj, &v)) {
    return rt.raise(rt.t.TypeError, "memoryview: a bytes-like object is required, not '" + type_name(rt, obj) + "'");
  }
  bool readonly = !isinstance(rt, obj, rt.t.bytearray);
  return new_view(rt, obj, 0, static_cast<int64_t>(v.size()), 1, readonly);
}

static void mv_dealloc(Object* o) {
  auto* m = static_cast<MemoryViewObject*>(o);
  m->base.reset();
  m->flat.reset();
}

static Value mv_repr(Runtime& rt, const Value& self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%#llx>", static_cast<unsigned long long>(object_id(rt, self)));
  return make_str(rt, std::string(as_mv(self)->released ? "<released memory at " : "<memory at ") + buf);
}

static int64_t mv_len(Runtime& rt, const Value& self) {
  if (!check_released(rt, as_mv(self))) return -1;
  return as_mv(self)->length;
}

static bool is_slice(Runtime& rt, const Value& key) { return key.is_obj() && key.obj()->type == rt.t.slice; }

// An item index (ints and __index__ objects), else "memoryview: invalid slice key".
static bool item_index(Runtime& rt, MemoryViewObject* m, const Value& key, int64_t* out) {
  if (!has_index(rt, key)) {
    rt.raise(rt.t.TypeError, "memoryview: invalid slice key");
    return false;
  }
  int64_t i;
  if (!index_int64(rt, key, &i)) return false;
  if (i < 0) i += m->length;
  if (i < 0 || i >= m->length) {
    rt.raise(rt.t.IndexError, "index out of bounds on dimension 1");
    return false;
  }
  *out = i;
  return true;
}

static Value mv_getitem(Runtime& rt, const Value& self, const Value& key) {
  MemoryViewObject* m = as_mv(self);
  std::string_view v;
  if (!window(rt, m, &v)) return nullptr;
  if (is_slice(rt, key)) {
    int64_t start, stop, step, len;
    if (!slice_indices(rt, static_cast<SliceObject*>(key.obj()), m->length, &start, &stop, &step, &len)) return nullptr;
    return new_view(rt, m->base, m->start + start * m->step, len, m->step * step, m->readonly);
  }
  int64_t i;
  if (!item_index(rt, m, key, &i)) return nullptr;
  return Value::small(static_cast<unsigned char>(v[static_cast<size_t>(m->start + i * m->step)]));
}

static bool mv_setitem(Runtime& rt, const Value& self, const Value& key, const Value& value) {
  MemoryViewObject* m = as_mv(self);
  std::string_view v;
  if (!window(rt, m, &v)) return false;
  if (m->readonly) {
    rt.raise(rt.t.TypeError, "cannot modify read-only memory");
    return false;
  }
  if (!value) {
    rt.raise(rt.t.TypeError, "cannot delete memory");
    return false;
  }
  char* data = const_cast<char*>(v.data());
  if (is_slice(rt, key)) {
    int64_t start, stop, step, len;
    if (!slice_indices(rt, static_cast<SliceObject*>(key.obj()), m->length, &start, &stop, &step, &len)) return false;
    std::string_view src;
    if (!bytes_like_view(rt, value, &src)) {
      rt.raise(rt.t.TypeError, "a bytes-like object is required, not '" + type_name(rt, value) + "'");
      return false;
    }
    if (static_cast<int64_t>(src.size()) != len) {
      rt.raise(rt.t.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      return false;
    }
    std::string copy(src);  // the source may overlap the destination
    for (int64_t k = 0; k < len; ++k) data[m->start + (start + k * step) * m->step] = copy[static_cast<size_t>(k)];
    return true;
  }
  int64_t i;
  if (!item_index(rt, m, key, &i)) return false;
  if (!has_index(rt, value)) {
    rt.raise(rt.t.TypeError, "memoryview: invalid type for format 'B'");
    return false;
  }
  int64_t x;
  if (!index_int64(rt, value, &x)) return false;
  if (x < 0 || x > 255) {
    rt.raise(rt.t.ValueError, "memoryview: invalid value for format 'B'");
    return false;
  }
  data[m->start + i * m->step] = static_cast<char>(x);
  return true;
}

static Value mv_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_memoryview(rt, a)) return rt.NotImplemented();
  if (a.obj() == b.obj()) return rt.Bool(op == CmpOp::Eq);
  MemoryViewObject* m = as_mv(a);
  bool equal = false;
  std::string_view x, y;
  if (m->released || (is_memoryview(rt, b) && as_mv(b)->released)) {
    equal = false;
  } else if (!bytes_like_view(rt, b, &y)) {
    return rt.NotImplemented();
  } else {
    std::string yy(y);  // bytes_like_view of a strided view reuses its copy
    if (!bytes_like_view(rt, a, &x)) return nullptr;
    equal = x == yy;
  }
  return rt.Bool(op == CmpOp::Eq ? equal : !equal);
}

static bool mv_hash(Runtime& rt, const Value& self, int64_t* out) {
  MemoryViewObject* m = as_mv(self);
  std::string_view v;
  if (!window(rt, m, &v)) return false;
  if (!m->readonly) {
    rt.raise(rt.t.ValueError, "cannot hash writable memoryview object");
    return false;
  }
  Value b = make_bytes(rt, contents(v, m));
  if (!b) return false;
  return hash(rt, b, out);
}

static Value m_tobytes(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!parse_clinic_args(rt, a, "tobytes", {"order"}, 0, args)) return nullptr;
  std::string_view v;
  if (!window(rt, as_mv(self), &v)) return nullptr;
  return make_bytes(rt, contents(v, as_mv(self)));
}

static Value m_tolist(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "memoryview.tolist", 0, 0)) return nullptr;
  MemoryViewObject* m = as_mv(self);
  std::string_view v;
  if (!window(rt, m, &v)) return nullptr;
  Ref<ListObject> out = new_list(rt);
  for (int64_t k = 0; k < m->length; ++k) {
    list_append(rt, out.get(), Value::small(static_cast<unsigned char>(v[static_cast<size_t>(m->start + k * m->step)])));
  }
  return std::move(out).value();
}

static Value m_hex(Runtime& rt, const Value& self, CallArgs a) {
  std::string_view v;
  if (!window(rt, as_mv(self), &v)) return nullptr;
  Value b = make_bytes(rt, contents(v, as_mv(self)));
  if (!b) return nullptr;
  Value hex = getattr(rt, b, rt.intern("hex"));
  if (!hex) return nullptr;
  return call(rt, hex, a);
}

static Value m_release(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "memoryview.release", 0, 0)) return nullptr;
  as_mv(self)->released = true;
  as_mv(self)->flat.reset();
  return rt.None();
}

static Value m_enter(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "memoryview.__enter__", 0, 0)) return nullptr;
  if (!check_released(rt, as_mv(self))) return nullptr;
  return self;
}

static Value m_exit(Runtime& rt, const Value& self, CallArgs) {
  as_mv(self)->released = true;
  as_mv(self)->flat.reset();
  return rt.None();
}

static Value m_cast(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  if (!parse_clinic_args(rt, a, "cast", {"format", "shape"}, 1, args)) return nullptr;
  if (!check_released(rt, as_mv(self))) return nullptr;
  if (!is_str(rt, args[0])) return rt.raise(rt.t.TypeError, "memoryview: format argument must be a string");
  if (str_view(args[0]) != "B" || args[1]) {
    return rt.raise(rt.t.NotImplementedError, "memoryview: only the one-dimensional format 'B' is supported by LoopScope");
  }
  MemoryViewObject* m = as_mv(self);
  if (m->step != 1) return rt.raise(rt.t.TypeError, "memoryview: casts are restricted to C-contiguous views");
  return new_view(rt, m->base, m->start, m->length, 1, m->readonly);
}

#define MV_GETTER(fname, expr)                                 \
  static Value fname(Runtime& rt, const Value& self) {        \
    MemoryViewObject* m = as_mv(self);                         \
    if (!check_released(rt, m)) return nullptr;                \
    return expr;                                               \
  }

MV_GETTER(get_obj, m->base)
MV_GETTER(get_nbytes, Value::small(m->length))
MV_GETTER(get_readonly, rt.Bool(m->readonly))
MV_GETTER(get_itemsize, Value::small(1))
MV_GETTER(get_format, make_str(rt, "B"))
MV_GETTER(get_ndim, Value::small(1))
MV_GETTER(get_shape, make_tuple(rt, {Value::small(m->length)}))
MV_GETTER(get_strides, make_tuple(rt, {Value::small(m->step)}))
MV_GETTER(get_suboffsets, make_tuple(rt, {}))
MV_GETTER(get_contiguous, rt.Bool(m->step == 1 || m->length <= 1))

static const MethodDef kMemoryViewMethods[] = {
    {"tobytes", m_tobytes},   {"tolist", m_tolist},   {"hex", m_hex},       {"release", m_release},
    {"__enter__", m_enter},   {"__exit__", m_exit},   {"cast", m_cast},     {nullptr, nullptr},
};

static const GetSetDef kMemoryViewGetSets[] = {
    {"obj", get_obj},
    {"nbytes", get_nbytes},
    {"readonly", get_readonly},
    {"itemsize", get_itemsize},
    {"format", get_format},
    {"ndim", get_ndim},
    {"shape", get_shape},
    {"strides", get_strides},
    {"suboffsets", get_suboffsets},
    {"c_contiguous", get_contiguous},
    {"f_contiguous", get_contiguous},
    {"contiguous", get_contiguous},
    {nullptr, nullptr},
};

void init_memoryview_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = mv_dealloc;
  s.repr = mv_repr;
  s.hash = mv_hash;
  s.compare = mv_compare;
  s.new_ = mv_new;
  s.len = mv_len;
  s.getitem = mv_getitem;
  s.setitem = mv_setitem;
  rt.t.memoryview = make_builtin_type(
      rt, TypeSpec{"memoryview", nullptr, sizeof(MemoryViewObject), 0, kMemoryViewMethods, kMemoryViewGetSets}, s);
}

}  // namespace ls
