// _loopscope: hooks through which the modules of core/modules/py/ reach the interpreter where
// plain Python cannot. Not a CPython module; programs have no use for it.
#include "modules/stdlib.hpp"
#include "object/class.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace ls {
namespace {

// builtin_type(cls, tp_name): `cls` stands for the C type whose tp_name is "module.Name" (CPython's
// collections.deque, itertools.count, datetime.datetime, ...): error messages and repr(cls) show
// tp_name, cls.__name__ and __qualname__ are "Name", cls.__module__ is "module". Returns cls.
Value lsm_builtin_type(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "builtin_type", 2, 2)) return nullptr;
  if (!isinstance(rt, a[0], rt.t.type) || !is_str(rt, a[1])) {
    return rt.raise(rt.t.TypeError, "builtin_type(cls, tp_name) takes a class and a str");
  }
  auto* t = static_cast<TypeObject*>(a[0].obj());
  set_builtin_type_name(rt, t, str_view(a[1]));
  type_modified(rt, t);
  return a[0];
}

// tp_name(cls): the name error messages show ("datetime.date"; a program's class: its __name__),
// which CPython's C types also use in their reprs ("datetime.date(2024, 1, 1)", "Sub(2024, 1, 1)").
Value lsm_tp_name(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "tp_name", 1, 1)) return nullptr;
  if (!isinstance(rt, a[0], rt.t.type)) return rt.raise(rt.t.TypeError, "tp_name(cls) takes a class");
  return make_str(rt, static_cast<TypeObject*>(a[0].obj())->name);
}

// is_coroutine_native(f): f is a native function standing for a CPython `async def` (asyncio.sleep,
// Queue.get, ...), for inspect.iscoroutinefunction.
Value lsm_is_coroutine_native(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "is_coroutine_native", 1, 1)) return nullptr;
  return rt.Bool(is_coroutine_native(rt, a[0]));
}

// instantiable(cls): can cls be created from Python at all (CPython: tp_new is set)? copy's
// object.__reduce_ex__ refuses the others: "cannot pickle 'coroutine' object".
Value lsm_instantiable(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "instantiable", 1, 1)) return nullptr;
  if (!isinstance(rt, a[0], rt.t.type)) return rt.raise(rt.t.TypeError, "instantiable(cls) takes a class");
  return rt.Bool(static_cast<TypeObject*>(a[0].obj())->slots.new_ != nullptr);
}

const MethodDef kFunctions[] = {
    {"instantiable", lsm_instantiable},
    {"is_coroutine_native", lsm_is_coroutine_native},
    {"builtin_type", lsm_builtin_type},
    {"tp_name", lsm_tp_name},
    {nullptr, nullptr},
};

}  // namespace

Value make_loopscope_module(Runtime& rt) {
  Value m = make_module(rt, "_loopscope");
  for (const MethodDef* d = kFunctions; d->name; ++d) module_add_function(rt, m, d->name, d->fn);
  return m;
}

}  // namespace ls
