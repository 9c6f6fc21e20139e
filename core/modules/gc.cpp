// The gc module: the run's cycle collector (object/gc.cpp) seen from Python. Reference counting
// frees most objects at once, as in CPython, so gc.collect() matters for cycles and for the
// moment finalizers run ("Task was destroyed but it is pending!", "never retrieved" reports).
#include "modules/stdlib.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/tuple.hpp"

namespace ls {
namespace {

Value gc_collect_fn(Runtime& rt, const Value&, CallArgs a) {
  Value args[1];
  if (!parse_args(rt, a, "collect", {"generation"}, 0, args, 1)) return nullptr;
  if (args[0] && !args[0].is_small()) return rt.raise(rt.t.TypeError, "an integer is required");
  if (args[0] && (args[0].small_value() < 0 || args[0].small_value() > 2)) return rt.raise(rt.t.ValueError, "invalid generation");
  size_t freed = gc_collect(rt);
  if (rt.has_error()) return nullptr;
  return make_int(rt, static_cast<int64_t>(freed));
}

Value gc_enable(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "enable", 0, 0)) return nullptr;
  rt.heap.gc_enabled = true;
  return rt.None();
}

Value gc_disable(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "disable", 0, 0)) return nullptr;
  rt.heap.gc_enabled = false;
  return rt.None();
}

Value gc_isenabled(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "isenabled", 0, 0)) return nullptr;
  return rt.Bool(rt.heap.gc_enabled);
}

// One generation here: the count is what was allocated since the last collection.
Value gc_get_count(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "get_count", 0, 0)) return nullptr;
  return make_tuple(rt, {make_int(rt, static_cast<int64_t>(rt.heap.gc_allocs)), Value::small(0), Value::small(0)});
}

Value gc_get_threshold(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "get_threshold", 0, 0)) return nullptr;
  return make_tuple(rt, {Value::small(700), Value::small(10), Value::small(10)});
}

// Accepted and ignored: the collector sizes its own threshold from the live heap.
Value gc_set_threshold(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "set_threshold", 1, 3)) return nullptr;
  return rt.None();
}

Value gc_is_tracked(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "is_tracked", 1, 1)) return nullptr;
  const Value& v = a.args[0];
  return rt.Bool(v.is_obj() && (v.obj()->flags & kGcTracked));
}

const MethodDef kGcFunctions[] = {
    {"collect", gc_collect_fn},     {"enable", gc_enable},
    {"disable", gc_disable},        {"isenabled", gc_isenabled},
    {"get_count", gc_get_count},    {"get_threshold", gc_get_threshold},
    {"set_threshold", gc_set_threshold}, {"is_tracked", gc_is_tracked},
    {nullptr, nullptr},
};

}  // namespace

Value make_gc_module(Runtime& rt) {
  Value m = make_module(rt, "gc");
  for (const MethodDef* d = kGcFunctions; d->name; ++d) module_add_function(rt, m, d->name, d->fn);
  module_add(rt, m, "DEBUG_STATS", Value::small(1));
  module_add(rt, m, "DEBUG_COLLECTABLE", Value::small(2));
  module_add(rt, m, "DEBUG_UNCOLLECTABLE", Value::small(4));
  module_add(rt, m, "DEBUG_SAVEALL", Value::small(32));
  module_add(rt, m, "DEBUG_LEAK", Value::small(38));
  return m;
}

}  // namespace ls
