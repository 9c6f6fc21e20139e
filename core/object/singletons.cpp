// None, NotImplemented and Ellipsis.
#include "object/singletons.hpp"

#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace ls {

static void no_dealloc(Object*) {}

static Value none_repr(Runtime& rt, const Value&) { return Value::borrow(rt.n.None); }
static int none_truth(Runtime&, const Value&) { return 0; }
static Value none_new(Runtime& rt, TypeObject*, CallArgs a) {
  if (a.nargs || a.nkw()) return rt.raise(rt.t.TypeError, "NoneType takes no arguments");
  return rt.None();
}
static Value ni_repr(Runtime& rt, const Value&) { return make_str(rt, "NotImplemented"); }
static Value ni_new(Runtime& rt, TypeObject*, CallArgs a) {
  if (a.nargs || a.nkw()) return rt.raise(rt.t.TypeError, "NotImplementedType takes no arguments");
  return rt.NotImplemented();
}
static Value ellipsis_repr(Runtime& rt, const Value&) { return make_str(rt, "Ellipsis"); }
static Value ellipsis_new(Runtime& rt, TypeObject*, CallArgs a) {
  if (a.nargs || a.nkw()) return rt.raise(rt.t.TypeError, "ellipsis takes no arguments");
  return Value::borrow(rt.ellipsis);
}

static Object* immortal(Runtime& rt, TypeObject* type) {
  Object* o = alloc_object(rt, type);
  o->flags |= kImmortal;
  o->refcnt = 1u << 30;
  return o;
}

void init_singleton_types(Runtime& rt) {
  TypeSlots s;
  s.dealloc = no_dealloc;
  s.repr = none_repr;
  s.truth = none_truth;
  s.new_ = none_new;
  rt.t.none = make_builtin_type(rt, TypeSpec{"NoneType"}, s);
  rt.none = immortal(rt, rt.t.none);

  TypeSlots n;
  n.dealloc = no_dealloc;
  n.repr = ni_repr;
  n.new_ = ni_new;
  rt.t.not_implemented = make_builtin_type(rt, TypeSpec{"NotImplementedType"}, n);
  rt.not_implemented = immortal(rt, rt.t.not_implemented);

  TypeSlots e;
  e.dealloc = no_dealloc;
  e.repr = ellipsis_repr;
  e.new_ = ellipsis_new;
  rt.t.ellipsis = make_builtin_type(rt, TypeSpec{"ellipsis"}, e);
  rt.ellipsis = immortal(rt, rt.t.ellipsis);
}

}  // namespace ls
