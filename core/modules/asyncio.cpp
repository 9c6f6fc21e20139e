// The asyncio module seen by programs: thin bindings onto the C++ core (loop/) and toolkit
// (toolkit/). Names, signatures and error messages follow CPython 3.11.
#include "modules/asyncio.hpp"

#include "lang/function.hpp"
#include "lang/generator.hpp"
#include "loop/asyncio.hpp"
#include "loop/source_tb.hpp"
#include "loop/green.hpp"
#include "loop/runner.hpp"
#include "modules/registry.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/toolkit.hpp"
#include "toolkit/util.hpp"
#include "trace/sink.hpp"

namespace ls {

static Value require_running_loop(Runtime& rt) {
  Value l = get_running_loop(rt);
  if (!l) return rt.raise(rt.t.RuntimeError, "no running event loop");
  return l;
}

static Value a_run(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "run", {"main", "debug"}, 1, 1, args, 0)) return nullptr;
  return asyncio_run(rt, args[0], args[1]);
}

static Value custom_policy(Runtime& rt);

static Value a_get_event_loop(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "_asyncio.get_event_loop", 0, 0)) return nullptr;
  // CPython: the running loop, else get_event_loop_policy().get_event_loop().
  Value running = get_running_loop(rt);
  if (running) return running;
  if (Value p = custom_policy(rt)) return call_method(rt, p, rt.intern("get_event_loop"), {});
  return get_event_loop(rt);
}

static Value a_get_event_loop_policy(Runtime& rt, const Value& self, CallArgs);

// The installed policy when it is not exactly the default one (a program's policy class, or a
// subclass of the default that may override its methods): null under the default policy, whose
// methods the natives below stand for.
static Value custom_policy(Runtime& rt) {
  Value m = import_module(rt, make_str(rt, "asyncio"));
  if (!m) {
    rt.clear_error();
    return nullptr;
  }
  Value p = dict_get_str(as_dict(as_module(m)->dict), rt.intern("_policy"));
  if (!p) return nullptr;
  Value def = dict_get_str(as_dict(as_module(m)->dict), rt.intern("DefaultEventLoopPolicy"));
  if (def && p.type(rt) == static_cast<TypeObject*>(def.obj())) return nullptr;
  return p;
}

bool asyncio_policy_set_event_loop(Runtime& rt, const Value& loop, bool* handled) {
  Value p = custom_policy(rt);
  *handled = static_cast<bool>(p);
  if (!p) return true;
  return static_cast<bool>(call_method(rt, p, rt.intern("set_event_loop"), {loop}));
}

// events.new_event_loop(): get_event_loop_policy().new_event_loop() (the native loop directly
// under the default policy).
static Value policy_new_event_loop(Runtime& rt) {
  Value m = import_module(rt, make_str(rt, "asyncio"));
  if (!m) return nullptr;
  Value p = dict_get_str(as_dict(as_module(m)->dict), rt.intern("_policy"));
  if (!p) return new_event_loop(rt);
  Value def = dict_get_str(as_dict(as_module(m)->dict), rt.intern("DefaultEventLoopPolicy"));
  if (def && p.obj()->type == static_cast<TypeObject*>(def.obj())) return new_event_loop(rt);
  return call_method(rt, p, rt.intern("new_event_loop"), {});
}

static Value a_new_event_loop(Runtime& rt, const Value&, CallArgs a) {
  if (!bind_args(rt, a, "new_event_loop", {}, 0, 0, nullptr, 0)) return nullptr;
  return policy_new_event_loop(rt);
}

static Value p_set_event_loop(Runtime& rt, const Value& self, CallArgs a);

static Value a_set_event_loop(Runtime& rt, const Value&, CallArgs a) {
  Value arg1[1];
  if (!bind_args(rt, a, "set_event_loop", {"loop"}, 1, 1, arg1, 0)) return nullptr;
  a = CallArgs{arg1, 1, nullptr};
  if (Value p = custom_policy(rt)) {  // get_event_loop_policy().set_event_loop(loop)
    if (!call_method(rt, p, rt.intern("set_event_loop"), {a[0]})) return nullptr;
    return rt.None();
  }
  return p_set_event_loop(rt, Value(), a);
}

// BaseDefaultEventLoopPolicy.set_event_loop(loop).
static Value base_policy_set_event_loop(Runtime& rt, CallArgs a) {
  AsyncioState& st = asyncio_state(rt);
  if (!rt.is_none(a[0]) && !is_loop(rt, a[0])) {
    return rt.raise(rt.t.TypeError, "loop must be an instance of AbstractEventLoop or None, not '" +
                                        type_name(rt, a[0]) + "'");
  }
  st.set_called = true;
  st.event_loop = rt.is_none(a[0]) ? Value() : a[0];
  return rt.None();
}

static Value a_get_running_loop(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "_asyncio.get_running_loop", 0, 0)) return nullptr;
  return require_running_loop(rt);
}

static Value a__get_running_loop(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "_asyncio._get_running_loop", 0, 0)) return nullptr;
  Value l = get_running_loop(rt);
  return l ? l : rt.None();
}

static Value a_create_task(Runtime& rt, const Value&, CallArgs a) {
  Value args[3];
  if (!bind_args(rt, a, "create_task", {"coro", "name", "context"}, 1, 1, args, 0)) return nullptr;
  Value loop = require_running_loop(rt);
  if (!loop) return nullptr;
  // As 3.11's tasks.create_task: the task is created unnamed (taking a Task-N number) and then
  // renamed, so a named task still advances the counter.
  // Debug mode: the task was created at tasks.create_task's loop.create_task call.
  static const SourceSite kNoContext[] = {{"tasks.py", 384, "create_task", "task = loop.create_task(coro)"}};
  static const SourceSite kContext[] = {
      {"tasks.py", 386, "create_task", "task = loop.create_task(coro, context=context)"}};
  Value t;
  {
    TaskSiteScope site(rt, args[2] && !rt.is_none(args[2]) ? kContext : kNoContext, 1);
    t = loop_create_task(rt, loop, args[0], Value(), args[2]);
  }
  if (!t) return nullptr;
  if (args[1] && !rt.is_none(args[1])) {
    Value sn = getattr(rt, t, "set_name");
    if (!sn || !call(rt, sn, {args[1]})) return nullptr;
  }
  return t;
}

static Value a_ensure_future(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "ensure_future", {"coro_or_future", "loop"}, 1, 1, args, 0)) return nullptr;
  return ensure_future(rt, args[0], args[1]);
}

static Value a_sleep(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "sleep", {"delay", "result"}, 2, 1, args, 0)) return nullptr;
  return toolkit_sleep(rt, args[0], args[1]);
}

static Value a_shield(Runtime& rt, const Value&, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "shield", {"arg"}, 1, 1, args, 0)) return nullptr;
  return toolkit_shield(rt, args[0]);
}

static Value a_gather(Runtime& rt, const Value&, CallArgs a) {
  bool return_exceptions = false;
  for (size_t k = 0; k < a.nkw(); ++k) {
    std::string_view n = str_view((*a.kwnames)[static_cast<int64_t>(k)]);
    if (n != "return_exceptions") {
      rt.raise(rt.t.TypeError, "gather() got an unexpected keyword argument '" + std::string(n) + "'");
      mark_binding_error(rt);
      return nullptr;
    }
    int t = truthy(rt, a.kwvalues()[k]);
    if (t < 0) return nullptr;
    return_exceptions = t;
  }
  std::vector<Value> aws(a.args, a.args + a.nargs);
  return toolkit_gather(rt, aws, return_exceptions);
}

static Value current_task_of(Runtime& rt, const Value& module, const Value& loop);
static Value module_registry(Runtime& rt, const Value& module, const char* name, bool create, bool weakset);

static Value a_current_task(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "current_task", {"loop"}, 1, 0, args, 0)) return nullptr;
  Value loop = args[0] && !rt.is_none(args[0]) ? args[0] : require_running_loop(rt);
  if (!loop) return nullptr;
  return current_task_of(rt, self, loop);
}

static Value a_all_tasks(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "all_tasks", {"loop"}, 1, 0, args, 0)) return nullptr;
  Value loop = args[0] && !rt.is_none(args[0]) ? args[0] : require_running_loop(rt);
  if (!loop) return nullptr;
  Ref<SetObject> s = new_set(rt);
  for (const Value& t : all_tasks(rt, loop)) {
    if (set_add(rt, s.get(), t) < 0) return nullptr;
  }
  // Objects registered by _register_task that are not Tasks: `futures._get_loop(t) is loop and
  // not t.done()`.
  if (Value foreign = module_registry(rt, self, "_ls_registered_tasks", false, true)) {
    Value items = list_from_iterable(rt, foreign);
    if (!items) return nullptr;
    for (int64_t i = 0; i < as_list(items)->size; ++i) {
      Value t = as_list(items)->items[i];
      Value get_loop = getattr_opt(rt, t, rt.intern("get_loop"));
      if (!get_loop && rt.has_error()) return nullptr;
      Value tl = get_loop ? call(rt, get_loop, CallArgs{}) : getattr(rt, t, "_loop");
      if (!tl) return nullptr;
      if (!tl.is(loop)) continue;
      Value done = call_method(rt, t, rt.intern("done"), {});
      int d = done ? truthy(rt, done) : -1;
      if (d < 0) return nullptr;
      if (!d && set_add(rt, s.get(), t) < 0) return nullptr;
    }
  }
  return std::move(s).value();
}

// events._set_running_loop(loop): what get_running_loop() returns from now on (None: no loop).
// Only asyncio's own loops can run here: another object is refused.
static Value a__set_running_loop(Runtime& rt, const Value&, CallArgs a) {
  if (!no_kwargs(rt, a, "_asyncio._set_running_loop") || !check_nargs(rt, a, "_asyncio._set_running_loop", 1, 1)) {
    return nullptr;
  }
  AsyncioState& st = asyncio_state(rt);
  if (rt.is_none(a[0])) {
    st.running_loop.reset();
    return rt.None();
  }
  if (!is_loop(rt, a[0])) {
    return rt.raise(rt.t.TypeError, "_set_running_loop(): LoopScope runs only asyncio's own event loops, not '" +
                                        type_name(rt, a[0]) + "'");
  }
  st.running_loop = a[0];
  return rt.None();
}

// The registries CPython keeps in asyncio.tasks (_current_tasks, _all_tasks) for what the
// native structures do not hold: the current task of loops that are not asyncio's own (a dict
// loop -> task) and registered objects that are not Tasks (a WeakSet). They live in the asyncio
// module's dict (created on first use), so they go with the module.
static Value module_registry(Runtime& rt, const Value& module, const char* name, bool create, bool weakset) {
  if (!module.is_obj() || module.type(rt) != rt.t.module) return Value();
  DictObject* d = as_dict(as_module(module)->dict);
  Value v = dict_get_str(d, rt.intern(name));
  if (v || !create) return v;
  if (weakset) {
    Value mod = import_module(rt, make_str(rt, "_weakrefset"));
    Value ws = mod ? getattr(rt, mod, "WeakSet") : Value();
    v = ws ? call(rt, ws, CallArgs{}) : Value();
    if (!v) return nullptr;
  } else {
    v = new_dict(rt).value();
  }
  if (!dict_set_str(rt, d, rt.intern(name), v)) return nullptr;
  return v;
}
static constexpr const char* kForeignCurrent = "_ls_current_tasks";
static constexpr const char* kForeignTasks = "_ls_registered_tasks";

// The current task of a loop (its LoopObject field, or the dict for another loop).
static Value current_task_of(Runtime& rt, const Value& module, const Value& loop) {
  if (is_loop(rt, loop)) return current_task(rt, loop);
  Value reg = module_registry(rt, module, kForeignCurrent, false, false);
  if (!reg) return rt.None();
  Value t = dict_get(rt, as_dict(reg), loop);
  if (!t) return rt.has_error() ? Value() : rt.None();
  return t;
}

// tasks._enter_task(loop, task): task becomes the loop's current task; RuntimeError if another one is.
static Value a__enter_task(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  if (!parse_clinic_args(rt, a, "_enter_task", {"loop", "task"}, 2, args)) return nullptr;
  Value loop = args[0], task = args[1];
  Value cur = current_task_of(rt, self, loop);
  if (!cur) return nullptr;
  if (!rt.is_none(cur)) {
    std::string tr, cr;
    if (!repr_string(rt, task, &tr) || !repr_string(rt, cur, &cr)) return nullptr;
    return rt.raise(rt.t.RuntimeError,
                    "Cannot enter into task " + tr + " while another task " + cr + " is being executed.");
  }
  if (is_loop(rt, loop)) {
    as_loop(loop)->current_task = task;
    return rt.None();
  }
  Value reg = module_registry(rt, self, kForeignCurrent, true, false);
  if (!reg || !dict_set(rt, as_dict(reg), loop, task)) return nullptr;
  return rt.None();
}

// tasks._leave_task(loop, task): RuntimeError unless task is the loop's current task.
static Value a__leave_task(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  if (!parse_clinic_args(rt, a, "_leave_task", {"loop", "task"}, 2, args)) return nullptr;
  Value loop = args[0], task = args[1];
  Value cur = current_task_of(rt, self, loop);
  if (!cur) return nullptr;
  if (!cur.is(task)) {
    std::string tr, cr;
    if (!repr_string(rt, task, &tr) || !repr_string(rt, cur, &cr)) return nullptr;
    return rt.raise(rt.t.RuntimeError, "Leaving task " + tr + " does not match the current task " + cr + ".");
  }
  if (is_loop(rt, loop)) {
    as_loop(loop)->current_task.reset();
    return rt.None();
  }
  Value reg = module_registry(rt, self, kForeignCurrent, false, false);
  if (reg && dict_del(rt, as_dict(reg), loop) < 0) return nullptr;
  return rt.None();
}

// tasks._register_task(task) / _unregister_task(task): in or out of the set all_tasks() reads.
static Value a__register_task(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!parse_clinic_args(rt, a, "_register_task", {"task"}, 1, args)) return nullptr;
  a = CallArgs{args, 1, nullptr};
  if (is_task(rt, a[0])) {
    task_register(rt, as_task(a[0]));
    return rt.None();
  }
  Value set = module_registry(rt, self, kForeignTasks, true, true);
  if (!set || !call_method(rt, set, rt.intern("add"), {a[0]})) return nullptr;
  return rt.None();
}
static Value a__unregister_task(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!parse_clinic_args(rt, a, "_unregister_task", {"task"}, 1, args)) return nullptr;
  a = CallArgs{args, 1, nullptr};
  if (is_task(rt, a[0])) {
    task_unregister(rt, as_task(a[0]));
    return rt.None();
  }
  Value set = module_registry(rt, self, kForeignTasks, true, true);
  if (!set || !call_method(rt, set, rt.intern("discard"), {a[0]})) return nullptr;
  return rt.None();
}

static bool is_coroutine_obj(Runtime& rt, const Value& v) {
  TypeObject* t = v.type(rt);
  if (t == rt.t.coroutine || t == rt.t.generator) return true;
  return type_lookup(t, rt.n.send) && type_lookup(t, rt.n.throw_) && type_lookup(t, rt.n.close) &&
         type_lookup(t, rt.n.__await__);
}

static Value a_iscoroutine(Runtime& rt, const Value&, CallArgs a) {
  Value arg1[1];
  if (!bind_args(rt, a, "iscoroutine", {"obj"}, 1, 1, arg1, 0)) return nullptr;
  a = CallArgs{arg1, 1, nullptr};
  return rt.Bool(is_coroutine_obj(rt, a[0]));
}

static Value a_iscoroutinefunction(Runtime& rt, const Value& self, CallArgs a) {
  Value arg1[1];
  if (!bind_args(rt, a, "iscoroutinefunction", {"func"}, 1, 1, arg1, 0)) return nullptr;
  a = CallArgs{arg1, 1, nullptr};
  Value f = a[0];
  // inspect.iscoroutinefunction unwraps bound methods and functools.partial.
  for (int i = 0; i < 50; ++i) {
    if (f.type(rt) == rt.t.method) {
      f = static_cast<MethodObject*>(f.obj())->func;
      continue;
    }
    Value inner = type_short_name(f.type(rt)) == "partial" ? getattr_opt(rt, f, rt.intern("func")) : Value();
    rt.clear_error();
    if (inner) {
      f = inner;
      continue;
    }
    break;
  }
  if (f.type(rt) == rt.t.function && (as_code(as_function(f)->code)->flags & kCoCoroutine)) return rt.True();
  if (is_coroutine_native(rt, f)) return rt.True();
  // CPython: getattr(func, '_is_coroutine', None) is coroutines._is_coroutine (a marker object).
  Value marker = getattr_opt(rt, a[0], rt.intern("_is_coroutine"));
  if (!marker) {
    if (rt.has_error()) return nullptr;
    return rt.False();
  }
  Value sub = getattr_opt(rt, self, rt.intern("coroutines"));
  Value expected = sub ? getattr_opt(rt, sub, rt.intern("_is_coroutine")) : Value();
  rt.clear_error();
  return rt.Bool(expected && marker.is(expected));
}

// CPython's asyncio is Python code but for its _asyncio accelerator (Future, Task and a few
// functions): the natives standing for the rest are marked as Python functions (their frames
// outlive a failure in the traceback; their type reads 'function' in messages).
static bool is_c_accelerated(std::string_view name) {
  for (std::string_view n : {"get_running_loop", "_get_running_loop", "_set_running_loop", "get_event_loop",
                             "_register_task", "_unregister_task", "_enter_task", "_leave_task"}) {
    if (n == name) return true;
  }
  return false;
}

static void mark_native_value(Runtime& rt, const Value& v) {
  if (!v.is_obj()) return;
  if (v.obj()->type == rt.t.builtin_function) {
    mark_python_native(static_cast<BuiltinFunctionObject*>(v.obj())->fn);
  } else if (v.obj()->type == rt.t.method_descriptor) {
    mark_python_native(static_cast<MethodDescrObject*>(v.obj())->def->fn);
  }
}

static void mark_python_level_natives(Runtime& rt, const Value& m) {
  DictObject* md = as_dict(as_module(m)->dict);
  DictEntry* e;
  for (int64_t i = 0; dict_next(md, &i, &e);) {
    if (!is_str(rt, e->key) || is_c_accelerated(str_view(e->key))) continue;
    if (!isinstance(rt, e->value, rt.t.type)) {
      mark_native_value(rt, e->value);
      continue;
    }
    auto* t = static_cast<TypeObject*>(e->value.obj());
    Value mod = t->module_name;
    if (!mod || !is_str(rt, mod) || !str_view(mod).starts_with("asyncio.") || !t->dict) continue;
    DictEntry* te;
    for (int64_t j = 0; dict_next(as_dict(t->dict), &j, &te);) mark_native_value(rt, te->value);
  }
}

static Value a_isfuture(Runtime& rt, const Value&, CallArgs a) {
  Value arg1[1];
  if (!bind_args(rt, a, "isfuture", {"obj"}, 1, 1, arg1, 0)) return nullptr;
  a = CallArgs{arg1, 1, nullptr};
  int r = isfuture(rt, a[0]);
  if (r < 0) return nullptr;
  return rt.Bool(r);
}

// --- a minimal event loop policy ---------------------------------------------------------------
static Value p_get_event_loop(Runtime& rt, const Value&, CallArgs a) {
  if (!bind_args(rt, a, "BaseDefaultEventLoopPolicy.get_event_loop", {}, 0, 0, nullptr)) return nullptr;
  AsyncioState& st = asyncio_state(rt);
  if (!st.event_loop && !st.set_called) {
    st.event_loop = new_event_loop(rt);
    if (!st.event_loop) return nullptr;  // the selector's debug log failed
    st.set_called = true;
  }
  if (!st.event_loop) {
    std::string name = "MainThread";
    int64_t ident;
    green_thread_identity(rt, &name, &ident);  // an executor's worker (loop/green.cpp)
    return rt.raise(rt.t.RuntimeError, "There is no current event loop in thread '" + name + "'.");
  }
  return st.event_loop;
}
static Value p_set_event_loop(Runtime& rt, const Value&, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "BaseDefaultEventLoopPolicy.set_event_loop", {"loop"}, 1, 1, args)) return nullptr;
  return base_policy_set_event_loop(rt, CallArgs{args, 1, nullptr});
}
static Value p_new_event_loop(Runtime& rt, const Value&, CallArgs a) {
  if (!bind_args(rt, a, "BaseDefaultEventLoopPolicy.new_event_loop", {}, 0, 0, nullptr)) return nullptr;
  return new_event_loop(rt);
}

// AbstractEventLoopPolicy's methods all raise NotImplementedError.
static Value ap_get_event_loop(Runtime& rt, const Value&, CallArgs a) {
  if (!bind_args(rt, a, "AbstractEventLoopPolicy.get_event_loop", {}, 0, 0, nullptr)) return nullptr;
  return rt.raise_value(Value::borrow(rt.t.NotImplementedError));
}
static Value ap_set_event_loop(Runtime& rt, const Value&, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "AbstractEventLoopPolicy.set_event_loop", {"loop"}, 1, 1, args)) return nullptr;
  return rt.raise_value(Value::borrow(rt.t.NotImplementedError));
}
static Value ap_new_event_loop(Runtime& rt, const Value&, CallArgs a) {
  if (!bind_args(rt, a, "AbstractEventLoopPolicy.new_event_loop", {}, 0, 0, nullptr)) return nullptr;
  return rt.raise_value(Value::borrow(rt.t.NotImplementedError));
}
static Value ap_get_child_watcher(Runtime& rt, const Value&, CallArgs a) {
  if (!bind_args(rt, a, "AbstractEventLoopPolicy.get_child_watcher", {}, 0, 0, nullptr)) return nullptr;
  return rt.raise_value(Value::borrow(rt.t.NotImplementedError));
}
static Value ap_set_child_watcher(Runtime& rt, const Value&, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "AbstractEventLoopPolicy.set_child_watcher", {"watcher"}, 1, 1, args)) return nullptr;
  return rt.raise_value(Value::borrow(rt.t.NotImplementedError));
}
static const MethodDef kAbstractPolicyMethods[] = {
    {"get_event_loop", ap_get_event_loop},       {"set_event_loop", ap_set_event_loop},
    {"new_event_loop", ap_new_event_loop},       {"get_child_watcher", ap_get_child_watcher},
    {"set_child_watcher", ap_set_child_watcher}, {nullptr, nullptr},
};

static const MethodDef kPolicyMethods[] = {
    {"get_event_loop", p_get_event_loop},
    {"set_event_loop", p_set_event_loop},
    {"new_event_loop", p_new_event_loop},
    {nullptr, nullptr},
};

static Value a_get_event_loop_policy(Runtime& rt, const Value& self, CallArgs a) {
  if (!bind_args(rt, a, "get_event_loop_policy", {}, 0, 0, nullptr, 0)) return nullptr;
  auto* m = as_module(self);
  Value p = dict_get_str(as_dict(m->dict), rt.intern("_policy"));
  if (p) return p;
  Value cls = dict_get_str(as_dict(m->dict), rt.intern("DefaultEventLoopPolicy"));
  p = call(rt, cls, CallArgs{});
  if (!p) return nullptr;
  dict_set_str(rt, as_dict(m->dict), rt.intern("_policy"), p);
  return p;
}
static Value a_set_event_loop_policy(Runtime& rt, const Value& self, CallArgs a) {
  Value arg1[1];
  if (!bind_args(rt, a, "set_event_loop_policy", {"policy"}, 1, 1, arg1, 0)) return nullptr;
  a = CallArgs{arg1, 1, nullptr};
  auto* m = as_module(self);
  Value abstract = dict_get_str(as_dict(m->dict), rt.intern("AbstractEventLoopPolicy"));
  if (!rt.is_none(a[0]) && abstract && !isinstance(rt, a[0], static_cast<TypeObject*>(abstract.obj()))) {
    return rt.raise(rt.t.TypeError, "policy must be an instance of AbstractEventLoopPolicy or None, not '" +
                                        type_name(rt, a[0]) + "'");
  }
  if (rt.is_none(a[0])) dict_del_str(rt, as_dict(m->dict), rt.intern("_policy"));
  else dict_set_str(rt, as_dict(m->dict), rt.intern("_policy"), a[0]);
  return rt.None();
}

static const MethodDef kFunctions[] = {
    {"run", a_run},
    {"get_event_loop", a_get_event_loop},
    {"new_event_loop", a_new_event_loop},
    {"set_event_loop", a_set_event_loop},
    {"get_running_loop", a_get_running_loop},
    {"_get_running_loop", a__get_running_loop},
    {"_get_event_loop", a_get_event_loop},
    {"create_task", a_create_task},
    {"ensure_future", a_ensure_future},
    {"sleep", a_sleep},
    {"shield", a_shield},
    {"gather", a_gather},
    {"current_task", a_current_task},
    {"_set_running_loop", a__set_running_loop},
    {"_enter_task", a__enter_task},
    {"_leave_task", a__leave_task},
    {"_register_task", a__register_task},
    {"_unregister_task", a__unregister_task},
    {"all_tasks", a_all_tasks},
    {"iscoroutine", a_iscoroutine},
    {"iscoroutinefunction", a_iscoroutinefunction},
    {"isfuture", a_isfuture},
    {"get_event_loop_policy", a_get_event_loop_policy},
    {"set_event_loop_policy", a_set_event_loop_policy},
    {nullptr, nullptr},
};

Value make_asyncio_module(Runtime& rt) {
  AsyncioState& st = asyncio_state(rt);
  st.policy_new_event_loop = policy_new_event_loop;
  Value m = make_module(rt, "asyncio");
  for (const MethodDef* d = kFunctions; d->name; ++d) {
    module_add(rt, m, d->name, make_builtin_function(rt, d->name, d->fn, m));
  }
  module_add(rt, m, "Future", Value::borrow(st.future_type));
  module_add(rt, m, "Task", Value::borrow(st.task_type));
  module_add(rt, m, "Handle", Value::borrow(st.handle_type));
  module_add(rt, m, "TimerHandle", Value::borrow(st.timer_handle_type));
  module_add(rt, m, "AbstractEventLoop", Value::borrow(st.abstract_loop_type));
  module_add(rt, m, "BaseEventLoop", Value::borrow(st.base_loop_type));
  module_add(rt, m, "SelectorEventLoop", Value::borrow(st.loop_type));
  module_add(rt, m, "Runner", Value::borrow(runner_type(rt)));
  module_add(rt, m, "CancelledError", Value::borrow(st.cancelled_error));
  module_add(rt, m, "InvalidStateError", Value::borrow(st.invalid_state_error));
  module_add(rt, m, "TimeoutError", Value::borrow(rt.t.TimeoutError));
  module_add(rt, m, "FIRST_COMPLETED", make_str(rt, "FIRST_COMPLETED"));
  module_add(rt, m, "FIRST_EXCEPTION", make_str(rt, "FIRST_EXCEPTION"));
  module_add(rt, m, "ALL_COMPLETED", make_str(rt, "ALL_COMPLETED"));
  {
    TypeSlots s;
    s.dealloc = [](Object*) {};
    s.new_ = [](Runtime& r, TypeObject* t, CallArgs) { return Value::steal(alloc_object(r, t)); };
    // events.AbstractEventLoopPolicy <- events.BaseDefaultEventLoopPolicy <- unix_events._UnixDefaultEventLoopPolicy
    TypeObject* abstract = make_builtin_type(
        rt, TypeSpec{"AbstractEventLoopPolicy", nullptr, sizeof(Object), kTypeBaseType, kAbstractPolicyMethods,
                     nullptr, "asyncio.events"},
        s);
    TypeObject* base = make_builtin_type(rt,
                                         TypeSpec{"BaseDefaultEventLoopPolicy", abstract, sizeof(Object), kTypeBaseType,
                                                  kPolicyMethods, nullptr, "asyncio.events"},
                                         s);
    TypeObject* policy = make_builtin_type(
        rt, TypeSpec{"_UnixDefaultEventLoopPolicy", base, sizeof(Object), kTypeBaseType, nullptr, nullptr,
                     "asyncio.unix_events"},
        s);
    module_add(rt, m, "AbstractEventLoopPolicy", Value::borrow(abstract));
    module_add(rt, m, "_BaseDefaultEventLoopPolicy", Value::borrow(base));
    module_add(rt, m, "DefaultEventLoopPolicy", Value::borrow(policy));
  }
  // The rest of the toolkit (core/toolkit/*.cpp), then the submodules that re-export it all.
  add_wait_names(rt, m);
  add_timeout_names(rt, m);
  add_taskgroup_names(rt, m);
  add_queue_names(rt, m);
  add_lock_names(rt, m);
  add_exception_names(rt, m);
  add_thread_names(rt, m);
  add_task_stack_names(rt, m);
  add_stream_names(rt, m);
  // The natives that are `async def` in CPython's asyncio: iscoroutinefunction() is True for them.
  {
    static const char* const kCoroutineFunctions[] = {
        "sleep", "wait", "wait_for", "to_thread",
        "Queue.get", "Queue.put", "Queue.join",
        "Lock.acquire", "Lock.__aenter__", "Lock.__aexit__",
        "Event.wait",
        "Condition.acquire", "Condition.wait", "Condition.wait_for", "Condition.__aenter__", "Condition.__aexit__",
        "Semaphore.acquire", "Semaphore.__aenter__", "Semaphore.__aexit__",
        "BoundedSemaphore.acquire", "BoundedSemaphore.__aenter__", "BoundedSemaphore.__aexit__",
        "Barrier.wait", "Barrier.reset", "Barrier.abort", "Barrier.__aenter__", "Barrier.__aexit__",
        "Timeout.__aenter__", "Timeout.__aexit__",
        "TaskGroup.__aenter__", "TaskGroup.__aexit__",
        "SelectorEventLoop.shutdown_asyncgens", "SelectorEventLoop.shutdown_default_executor",
        "SelectorEventLoop.sock_recv", "SelectorEventLoop.sock_recv_into", "SelectorEventLoop.sock_sendall",
        "SelectorEventLoop.sock_connect", "SelectorEventLoop.sock_accept", "SelectorEventLoop.create_connection",
        "SelectorEventLoop.create_server", "SelectorEventLoop.getaddrinfo", "SelectorEventLoop.getnameinfo",
        "SelectorEventLoop.sendfile", "SelectorEventLoop.start_tls", "SelectorEventLoop.create_datagram_endpoint",
        "SelectorEventLoop.subprocess_exec", "SelectorEventLoop.subprocess_shell", "SelectorEventLoop.connect_read_pipe",
        "SelectorEventLoop.connect_write_pipe", "SelectorEventLoop.connect_accepted_socket",
        "open_connection", "start_server", "create_subprocess_exec", "create_subprocess_shell",
    };
    mark_coroutine_native(abstract_not_implemented_async);
    DictObject* md = as_dict(as_module(m)->dict);
    for (const char* dotted : kCoroutineFunctions) {
      std::string_view d(dotted);
      size_t dot = d.find('.');
      Value v = dict_get_str(md, rt.intern(d.substr(0, dot)));
      if (v && dot != std::string_view::npos) {
        if (!isinstance(rt, v, rt.t.type)) continue;
        Object* o = type_lookup(static_cast<TypeObject*>(v.obj()), rt.intern(d.substr(dot + 1)));
        v = o ? Value::borrow(o) : Value();
      }
      if (!v || !v.is_obj()) continue;
      if (v.obj()->type == rt.t.builtin_function) {
        mark_coroutine_native(static_cast<BuiltinFunctionObject*>(v.obj())->fn);
      } else if (v.obj()->type == rt.t.method_descriptor) {
        mark_coroutine_native(static_cast<MethodDescrObject*>(v.obj())->def->fn);
      }
    }
  }
  mark_python_level_natives(rt, m);
  add_asyncio_submodules(rt, m);
  {  // events.BaseDefaultEventLoopPolicy is not in events.__all__: not an attribute of asyncio itself
    DictObject* md = as_dict(as_module(m)->dict);
    Value base = dict_get_str(md, rt.intern("_BaseDefaultEventLoopPolicy"));
    Value events = dict_get_str(md, rt.intern("events"));
    if (base && events) module_add(rt, events, "BaseDefaultEventLoopPolicy", base);
    dict_del_str(rt, md, rt.intern("_BaseDefaultEventLoopPolicy"));
  }
  return m;
}

}  // namespace ls
