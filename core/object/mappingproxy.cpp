// mappingproxy: the read-only view of a mapping that `Class.__dict__` and vars(Class) return.
#include "object/mappingproxy.hpp"

#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/gc.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace ls {

namespace {

struct MappingProxyObject : Object {
  Value mapping;
};

MappingProxyObject* as_proxy(const Value& v) { return static_cast<MappingProxyObject*>(v.obj()); }

void mp_dealloc(Object* o) { static_cast<MappingProxyObject*>(o)->mapping.reset(); }
void mp_traverse(Object* o, Visitor& visit) { visit(static_cast<MappingProxyObject*>(o)->mapping); }
void mp_clear(Object* o) { static_cast<MappingProxyObject*>(o)->mapping.reset(); }

Value mp_repr(Runtime& rt, const Value& self) {
  std::string r;
  if (!repr_string(rt, as_proxy(self)->mapping, &r)) return nullptr;
  return make_str(rt, "mappingproxy(" + r + ")");
}
Value mp_str(Runtime& rt, const Value& self) { return str(rt, as_proxy(self)->mapping); }
int64_t mp_len(Runtime& rt, const Value& self) { return length(rt, as_proxy(self)->mapping); }
Value mp_getitem(Runtime& rt, const Value& self, const Value& key) {
  return getitem(rt, as_proxy(self)->mapping, key);
}
int mp_contains(Runtime& rt, const Value& self, const Value& item) {
  return contains(rt, as_proxy(self)->mapping, item);
}
Value mp_iter(Runtime& rt, const Value& self) { return iter(rt, as_proxy(self)->mapping); }
Value mp_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  return rich_compare(rt, as_proxy(a)->mapping, b, op);
}

Value mp_forward(Runtime& rt, const Value& self, const char* name, CallArgs args) {
  Value m = getattr(rt, as_proxy(self)->mapping, rt.intern(name));
  if (!m) return nullptr;
  return call(rt, m, args);
}
Value mp_keys(Runtime& rt, const Value& self, CallArgs a) { return mp_forward(rt, self, "keys", a); }
Value mp_values(Runtime& rt, const Value& self, CallArgs a) { return mp_forward(rt, self, "values", a); }
Value mp_items(Runtime& rt, const Value& self, CallArgs a) { return mp_forward(rt, self, "items", a); }
Value mp_get(Runtime& rt, const Value& self, CallArgs a) { return mp_forward(rt, self, "get", a); }
Value mp_copy(Runtime& rt, const Value& self, CallArgs a) { return mp_forward(rt, self, "copy", a); }

const MethodDef kMethods[] = {
    {"keys", mp_keys}, {"values", mp_values}, {"items", mp_items}, {"get", mp_get}, {"copy", mp_copy},
    {nullptr, nullptr},
};

Value mp_new(Runtime& rt, TypeObject*, CallArgs a) {
  Value args[1];
  if (!parse_clinic_args(rt, a, "mappingproxy", {"mapping"}, 1, args)) return nullptr;
  TypeObject* t = args[0].type(rt);
  if (!t->slots.getitem || t == rt.t.list || t == rt.t.tuple || is_subtype(t, rt.t.list) ||
      is_subtype(t, rt.t.tuple)) {
    return rt.raise(rt.t.TypeError, "mappingproxy() argument must be a mapping, not " + t->name);
  }
  return make_mappingproxy(rt, args[0]);
}

}  // namespace

Value make_mappingproxy(Runtime& rt, const Value& mapping) {
  auto* p = alloc<MappingProxyObject>(rt, rt.t.mappingproxy);
  p->mapping = mapping;
  gc_track(rt, p);
  return Value::steal(p);
}

void init_mappingproxy_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = mp_dealloc;
  s.traverse = mp_traverse;
  s.clear = mp_clear;
  s.repr = mp_repr;
  s.str = mp_str;
  s.len = mp_len;
  s.getitem = mp_getitem;
  s.contains = mp_contains;
  s.iter = mp_iter;
  s.compare = mp_compare;
  s.new_ = mp_new;
  rt.t.mappingproxy = make_builtin_type(
      rt, TypeSpec{"mappingproxy", nullptr, sizeof(MappingProxyObject), kTypeGc, kMethods, nullptr}, s);
}

}  // namespace ls
