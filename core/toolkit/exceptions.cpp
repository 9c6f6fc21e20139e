// asyncio.exceptions (beyond CancelledError / InvalidStateError, which the core owns) and the
// queue exceptions of asyncio.queues.
#include "object/class.hpp"
#include "object/exception.hpp"
#include "object/native.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/util.hpp"

namespace ls {

static TypeObject* exc_type(Runtime& rt, const char* name, TypeObject* base, const char* module,
                            const MethodDef* methods = nullptr, InitFn init = nullptr) {
  TypeSlots s;
  s.init = init;
  TypeObject* t = make_builtin_type(
      rt,
      TypeSpec{name, base, base->basicsize, base->flags & (kTypeGc | kTypeHasDict | kTypeBaseType | kTypeIsException),
               methods, nullptr, module},
      s);
  add_slot_wrappers(rt, t);
  return t;
}

// IncompleteReadError(partial, expected)
static bool ire_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "IncompleteReadError.__init__", {"partial", "expected"}, 2, 2, args)) return false;
  std::string r_expected = "undefined";
  if (!rt.is_none(args[1]) && !repr_string(rt, args[1], &r_expected)) return false;
  int64_t n = length(rt, args[0]);
  if (n < 0) return false;
  as_exc(self)->args = make_tuple(rt, {make_str(rt, std::to_string(n) + " bytes read on a total of " + r_expected +
                                                     " expected bytes")});
  return setattr(rt, self, rt.intern("partial"), args[0]) && setattr(rt, self, rt.intern("expected"), args[1]);
}
static Value ire_reduce(Runtime& rt, const Value& self, CallArgs) {
  Value p = getattr(rt, self, rt.intern("partial"));
  if (!p) return nullptr;
  Value e = getattr(rt, self, rt.intern("expected"));
  if (!e) return nullptr;
  return make_tuple(rt, {Value::borrow(self.type(rt)), make_tuple(rt, {p, e})});
}
static const MethodDef kIreMethods[] = {{"__reduce__", ire_reduce}, {nullptr, nullptr}};

// LimitOverrunError(message, consumed)
static bool loe_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "LimitOverrunError.__init__", {"message", "consumed"}, 2, 2, args)) return false;
  as_exc(self)->args = make_tuple(rt, {args[0]});
  return setattr(rt, self, rt.intern("consumed"), args[1]);
}
static Value loe_reduce(Runtime& rt, const Value& self, CallArgs) {
  Value c = getattr(rt, self, rt.intern("consumed"));
  if (!c) return nullptr;
  TupleObject* args = as_tuple(as_exc(self)->args);
  Value first = args->size > 0 ? (*args)[0] : rt.None();
  return make_tuple(rt, {Value::borrow(self.type(rt)), make_tuple(rt, {first, c})});
}
static const MethodDef kLoeMethods[] = {{"__reduce__", loe_reduce}, {nullptr, nullptr}};

ToolkitExceptions& toolkit_exceptions(Runtime& rt) {
  const char* key = "asyncio.toolkit_exceptions";
  auto it = rt.module_state.find(key);
  if (it != rt.module_state.end()) return *static_cast<ToolkitExceptions*>(it->second.get());
  auto ex = std::make_shared<ToolkitExceptions>();
  rt.module_state[key] = ex;
  ex->queue_empty = exc_type(rt, "QueueEmpty", rt.t.Exception, "asyncio.queues");
  ex->queue_full = exc_type(rt, "QueueFull", rt.t.Exception, "asyncio.queues");
  ex->broken_barrier = exc_type(rt, "BrokenBarrierError", rt.t.RuntimeError, "asyncio.exceptions");
  ex->incomplete_read = exc_type(rt, "IncompleteReadError", rt.t.EOFError, "asyncio.exceptions", kIreMethods, ire_init);
  ex->limit_overrun = exc_type(rt, "LimitOverrunError", rt.t.Exception, "asyncio.exceptions", kLoeMethods, loe_init);
  ex->sendfile_not_available = exc_type(rt, "SendfileNotAvailableError", rt.t.RuntimeError, "asyncio.exceptions");
  return *ex;
}

void add_exception_names(Runtime& rt, const Value& m) {
  ToolkitExceptions& ex = toolkit_exceptions(rt);
  module_add(rt, m, "BrokenBarrierError", Value::borrow(ex.broken_barrier));
  module_add(rt, m, "IncompleteReadError", Value::borrow(ex.incomplete_read));
  module_add(rt, m, "LimitOverrunError", Value::borrow(ex.limit_overrun));
  module_add(rt, m, "SendfileNotAvailableError", Value::borrow(ex.sendfile_not_available));
}

}  // namespace ls
