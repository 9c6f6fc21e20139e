// asyncio.taskgroups: TaskGroup — CPython 3.11's taskgroups.py in C++.
//
// The first child that fails (with anything but CancelledError) aborts the group: every other
// child is cancelled, and so is the parent task (once: `_parent_cancel_requested`), so that the
// body of `async with` stops at its next await. __aexit__ waits for all children, takes back
// the parent's cancellation with uncancel(), and raises the failures as one
// BaseExceptionGroup/ExceptionGroup('unhandled errors in a TaskGroup'). KeyboardInterrupt and
// SystemExit are not grouped: the first one is re-raised as is. A CancelledError of the parent
// that did not come from the group is propagated unless other errors take priority.
#include "loop/source_tb.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/toolkit.hpp"
#include "toolkit/util.hpp"

namespace ls {

bool task_uncancel_any(Runtime& rt, const Value& task, int64_t* out);

struct TaskGroupObject : Object {
  Value loop;
  Value parent_task;
  Value tasks;             // set
  Value errors;            // list; null (None) once __aexit__ raised the group
  Value base_error;
  Value on_completed_fut;
  Value on_done_cb;        // the bound _on_task_done
  bool entered;
  bool exiting;
  bool aborting;
  bool parent_cancel_requested;
};

static TaskGroupObject* G(const Value& v) { return static_cast<TaskGroupObject*>(v.obj()); }
static TypeObject* taskgroup_type(Runtime& rt);

static bool check_no_args(Runtime& rt, CallArgs a, const char* fname) {
  Value dummy[1];
  return bind_args(rt, a, fname, {}, 0, 0, dummy);
}

static int64_t ntasks(TaskGroupObject* g) { return g->tasks ? as_set(g->tasks)->used : 0; }

static bool is_base_error(Runtime& rt, const Value& exc) {
  return isinstance(rt, exc, rt.t.SystemExit) || isinstance(rt, exc, rt.t.KeyboardInterrupt);
}

static std::string tg_repr_string(TaskGroupObject* g) {
  std::string s = "<TaskGroup";
  if (ntasks(g)) s += " tasks=" + std::to_string(ntasks(g));
  if (g->errors && as_list(g->errors)->size) s += " errors=" + std::to_string(as_list(g->errors)->size);
  if (g->aborting) s += " cancelling";
  else if (g->entered) s += " entered";
  return s + ">";
}

static Value tg_repr(Runtime& rt, const Value& self) { return make_str(rt, tg_repr_string(G(self))); }

// "TaskGroup <repr> ..." (repr through the instance, as the f-string does)
static Value tg_error(Runtime& rt, const Value& self, const char* what) {
  std::string r;
  if (!repr_string(rt, self, &r)) return nullptr;
  return rt.raise(rt.t.RuntimeError, "TaskGroup " + r + " " + what);
}

// _abort(): cancel every child that is not done.
static bool tg_abort(Runtime& rt, TaskGroupObject* g) {
  g->aborting = true;
  std::vector<Value> snapshot;
  SetObject* s = as_set(g->tasks);
  int64_t pos = 0;
  SetEntry* e;
  while (set_next(s, &pos, &e)) snapshot.push_back(e->key);
  for (const Value& t : snapshot) {
    int d = future_like_done(rt, t);
    if (d < 0) return false;
    if (!d && cancel_any(rt, t, Value(), CancelSource::TaskGroup) < 0) return false;
  }
  return true;
}

// _on_task_done(task)
static Value on_task_done(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nargs != 1) return rt.raise(rt.t.TypeError, "TaskGroup._on_task_done() takes 2 positional arguments");
  TaskGroupObject* g = G(self);
  const Value& task = a[0];
  if (set_discard(rt, as_set(g->tasks), task) < 0) return nullptr;
  if (g->on_completed_fut && ntasks(g) == 0) {
    int d = future_like_done(rt, g->on_completed_fut);
    if (d < 0) return nullptr;
    if (!d && !set_result_any(rt, g->on_completed_fut, rt.True())) return nullptr;
  }
  int c = future_like_cancelled(rt, task);
  if (c < 0) return nullptr;
  if (c) return rt.None();
  Value exc = future_like_exception(rt, task);
  if (!exc) return nullptr;
  if (rt.is_none(exc)) return rt.None();
  if (!g->errors) return rt.raise(rt.t.AttributeError, "'NoneType' object has no attribute 'append'");
  list_append(rt, as_list(g->errors), exc);
  if (is_base_error(rt, exc) && !g->base_error) g->base_error = exc;
  int pd = future_like_done(rt, g->parent_task);
  if (pd < 0) return nullptr;
  if (pd) {
    std::string tr, pr;
    if (!repr_string(rt, task, &tr) || !str_string(rt, g->parent_task, &pr)) return nullptr;
    Ref<DictObject> ctx = new_dict(rt);
    dict_set_str(rt, ctx.get(), rt.intern("message"),
                 make_str(rt, "Task " + tr + " has errored out but its parent task " + pr + " is already completed"));
    dict_set_str(rt, ctx.get(), rt.intern("exception"), exc);
    dict_set_str(rt, ctx.get(), rt.intern("task"), task);
    if (is_loop(rt, g->loop) && !(g->loop.type(rt)->flags & kTypeHeapType)) {
      loop_call_exception_handler(rt, g->loop, ctx.value());
      if (rt.has_error()) return nullptr;
    } else if (!call_method(rt, g->loop, rt.intern("call_exception_handler"), {ctx.value()})) {
      return nullptr;
    }
    return rt.None();
  }
  if (!g->aborting && !g->parent_cancel_requested) {
    if (!tg_abort(rt, g)) return nullptr;
    g->parent_cancel_requested = true;
    if (cancel_any(rt, g->parent_task, Value(), CancelSource::TaskGroup) < 0) return nullptr;
  }
  return rt.None();
}

static NativeCoro tg_aenter_impl(Runtime& rt, Value self) {
  TaskGroupObject* g = G(self);
  if (g->entered) {
    tg_error(rt, self, "has already been entered");
    co_return Outcome::from_error(rt);
  }
  if (!g->loop) {
    Value loop = get_running_loop(rt);
    if (!loop) {
      rt.raise(rt.t.RuntimeError, "no running event loop");
      co_return Outcome::from_error(rt);
    }
    g->loop = loop;
  }
  Value parent = is_loop(rt, g->loop) ? current_task(rt, g->loop) : rt.None();
  g->parent_task = rt.is_none(parent) ? Value() : parent;
  if (!g->parent_task) {
    tg_error(rt, self, "cannot determine the parent task");
    co_return Outcome::from_error(rt);
  }
  g->entered = true;
  co_return Outcome::ok(self);
}

static NativeCoro tg_aexit_impl(Runtime& rt, Value self, Value et, Value exc) {
  TaskGroupObject* g = G(self);
  AsyncioState& st = asyncio_state(rt);
  g->exiting = true;
  bool has_exc = exc && !rt.is_none(exc);
  bool has_et = et && !rt.is_none(et);
  if (has_exc && is_base_error(rt, exc) && !g->base_error) g->base_error = exc;
  Value propagate = (et.is_obj() && et.obj() == st.cancelled_error) ? exc : Value();
  co_await gc_visible(&self, &et, &exc, &propagate);
  if (g->parent_cancel_requested) {
    // If this flag is set we *must* call uncancel().
    int64_t n;
    if (!task_uncancel_any(rt, g->parent_task, &n)) co_return Outcome::from_error(rt);
    if (n == 0) propagate.reset();
  }
  if (has_et && !g->aborting) {
    // The parent is being cancelled, or the body of `async with` raised.
    if (!tg_abort(rt, g)) co_return Outcome::from_error(rt);
  }
  while (ntasks(g)) {
    if (!g->on_completed_fut) {
      g->on_completed_fut = create_future_on(rt, g->loop);
      if (!g->on_completed_fut) co_return Outcome::from_error(rt);
    }
    Value fut = g->on_completed_fut;
    auto seen = gc_scope(co_await this_promise(), &fut);
    Outcome r = co_await await_future(rt, fut);
    if (r.failed()) {
      if (!isinstance(rt, r.error, st.cancelled_error)) co_return r;
      if (!g->aborting) {
        // "wrapper" is being cancelled while a child is still running.
        propagate = r.error;
        if (!tg_abort(rt, g)) co_return Outcome::from_error(rt);
      }
    }
    g->on_completed_fut.reset();
  }
  if (g->base_error) co_return Outcome::err(g->base_error);
  bool no_errors = !g->errors || as_list(g->errors)->size == 0;
  if (propagate && !rt.is_none(propagate) && no_errors) {
    int t = truthy(rt, propagate);
    if (t < 0) co_return Outcome::from_error(rt);
    if (t) co_return Outcome::err(propagate);
  }
  if (has_et && !(et.is_obj() && et.obj() == st.cancelled_error)) {
    if (!g->errors) {
      rt.raise(rt.t.AttributeError, "'NoneType' object has no attribute 'append'");
      co_return Outcome::from_error(rt);
    }
    list_append(rt, as_list(g->errors), exc);
  }
  if (g->errors && as_list(g->errors)->size) {
    Value errors = std::move(g->errors);  // finally: self._errors = None
    Value me = new_exception_group(rt, "unhandled errors in a TaskGroup", errors);
    if (!me) co_return Outcome::from_error(rt);
    ExceptionObject* x = as_exc(me);
    x->cause.reset();
    x->suppress_context = true;
    if (has_exc && !x->context) x->context = exc;
    co_return Outcome::err(std::move(me));
  }
  co_return Outcome::ok(rt.None());
}

// ---------------------------------------------------------------------------------------------
// Python-level

static Value tg_new(Runtime& rt, TypeObject* type, CallArgs) {
  Object* o = alloc_object(rt, type);
  Value v = Value::steal(o);
  gc_track(rt, o);
  return v;
}

static bool tg_init(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "TaskGroup.__init__")) return false;
  TaskGroupObject* g = G(self);
  g->entered = g->exiting = g->aborting = g->parent_cancel_requested = false;
  g->loop.reset();
  g->parent_task.reset();
  g->tasks = new_set(rt).value();
  g->errors = new_list(rt).value();
  g->base_error.reset();
  g->on_completed_fut.reset();
  return true;
}

static void tg_dealloc(Object* o) {
  auto* g = static_cast<TaskGroupObject*>(o);
  g->loop.reset();
  g->parent_task.reset();
  g->tasks.reset();
  g->errors.reset();
  g->base_error.reset();
  g->on_completed_fut.reset();
  g->on_done_cb.reset();
}
static void tg_traverse(Object* o, Visitor& v) {
  auto* g = static_cast<TaskGroupObject*>(o);
  v(g->loop);
  v(g->parent_task);
  v(g->tasks);
  v(g->errors);
  v(g->base_error);
  v(g->on_completed_fut);
  v(g->on_done_cb);
}

static Value m_create_task(Runtime& rt, const Value& self, CallArgs a) {
  Value args[3];
  if (!bind_args(rt, a, "TaskGroup.create_task", {"coro", "name", "context"}, 1, 1, args)) return nullptr;
  TaskGroupObject* g = G(self);
  if (!g->tasks) return rt.raise(rt.t.AttributeError, "'TaskGroup' object has no attribute '_entered'");
  if (!g->entered) return tg_error(rt, self, "has not been entered");
  if (g->exiting && ntasks(g) == 0) return tg_error(rt, self, "is finished");
  if (g->aborting) return tg_error(rt, self, "is shutting down");
  Value context = (args[2] && !rt.is_none(args[2])) ? args[2] : Value();
  Value task;
  if (is_loop(rt, g->loop) && !(g->loop.type(rt)->flags & kTypeHeapType)) {
    static const SourceSite kNoContext[] = {
        {"taskgroups.py", 161, "create_task", "task = self._loop.create_task(coro)"}};
    static const SourceSite kContext[] = {
        {"taskgroups.py", 163, "create_task", "task = self._loop.create_task(coro, context=context)"}};
    TaskSiteScope site(rt, context ? kContext : kNoContext, 1);  // debug mode's creation site
    task = loop_create_task(rt, g->loop, args[0], Value(), context);
  } else if (context) {
    Value names = make_tuple(rt, {make_str(rt, "context")});
    Value cargs[2] = {args[0], context};
    Value m = getattr(rt, g->loop, rt.intern("create_task"));
    task = m ? call(rt, m, CallArgs{cargs, 1, as_tuple(names)}) : Value();
  } else {
    task = call_method(rt, g->loop, rt.intern("create_task"), {args[0]});
  }
  if (!task) return nullptr;
  if (args[1] && !rt.is_none(args[1])) {
    // tasks._set_task_name(task, name)
    if (!call_method(rt, task, rt.intern("set_name"), {args[1]})) return nullptr;
  }
  if (!g->on_done_cb) g->on_done_cb = make_builtin_function(rt, "_on_task_done", on_task_done, self, taskgroup_type(rt));
  if (!future_like_add_done_callback(rt, task, g->on_done_cb)) return nullptr;
  if (set_add(rt, as_set(g->tasks), task) < 0) return nullptr;
  return task;
}

static Value m_aenter(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "TaskGroup.__aenter__")) return nullptr;
  return wrap_native(rt, "TaskGroup.__aenter__", tg_aenter_impl(rt, self));
}
static Value m_aexit(Runtime& rt, const Value& self, CallArgs a) {
  Value args[3];
  if (!bind_args(rt, a, "TaskGroup.__aexit__", {"et", "exc", "tb"}, 3, 3, args)) return nullptr;
  return wrap_native(rt, "TaskGroup.__aexit__", tg_aexit_impl(rt, self, args[0], args[1]));
}
static Value m_on_task_done(Runtime& rt, const Value& self, CallArgs a) { return on_task_done(rt, self, a); }
static Value m_abort(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "TaskGroup._abort")) return nullptr;
  if (!tg_abort(rt, G(self))) return nullptr;
  return rt.None();
}
static Value m_is_base_error(Runtime& rt, const Value&, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "TaskGroup._is_base_error", {"exc"}, 1, 1, args)) return nullptr;
  return rt.Bool(is_base_error(rt, args[0]));
}

#define TG_FIELD_GETTER(fname, field)                        \
  static Value fname(Runtime& rt, const Value& s) {          \
    Value v = G(s)->field;                                   \
    return v ? v : rt.None();                                \
  }
TG_FIELD_GETTER(g_loop, loop)
TG_FIELD_GETTER(g_parent_task, parent_task)
TG_FIELD_GETTER(g_tasks, tasks)
TG_FIELD_GETTER(g_errors, errors)
TG_FIELD_GETTER(g_base_error, base_error)
TG_FIELD_GETTER(g_on_completed_fut, on_completed_fut)
#undef TG_FIELD_GETTER
static Value g_entered(Runtime& rt, const Value& s) { return rt.Bool(G(s)->entered); }
static Value g_exiting(Runtime& rt, const Value& s) { return rt.Bool(G(s)->exiting); }
static Value g_aborting(Runtime& rt, const Value& s) { return rt.Bool(G(s)->aborting); }
static Value g_pcr(Runtime& rt, const Value& s) { return rt.Bool(G(s)->parent_cancel_requested); }

static const MethodDef kTaskGroupMethods[] = {
    {"create_task", m_create_task}, {"__aenter__", m_aenter},         {"__aexit__", m_aexit},
    {"_on_task_done", m_on_task_done}, {"_abort", m_abort},           {"_is_base_error", m_is_base_error},
    {nullptr, nullptr},
};
static const GetSetDef kTaskGroupGetSets[] = {
    {"_loop", g_loop},
    {"_parent_task", g_parent_task},
    {"_tasks", g_tasks},
    {"_errors", g_errors},
    {"_base_error", g_base_error},
    {"_on_completed_fut", g_on_completed_fut},
    {"_entered", g_entered},
    {"_exiting", g_exiting},
    {"_aborting", g_aborting},
    {"_parent_cancel_requested", g_pcr},
    {nullptr, nullptr},
};

static TypeObject* taskgroup_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = tg_dealloc;
  s.traverse = tg_traverse;
  s.clear = tg_dealloc;
  s.repr = tg_repr;
  s.new_ = tg_new;
  s.init = tg_init;
  return toolkit_type(rt, "asyncio.TaskGroup",
                      TypeSpec{"TaskGroup", nullptr, sizeof(TaskGroupObject), kTypeGc | kTypeBaseType | kTypeHasDict,
                               kTaskGroupMethods, kTaskGroupGetSets, "asyncio.taskgroups"},
                      s);
}

TypeObject* toolkit_taskgroup_type(Runtime& rt) { return taskgroup_type(rt); }

void add_taskgroup_names(Runtime& rt, const Value& m) {
  module_add(rt, m, "TaskGroup", Value::borrow(taskgroup_type(rt)));
}

}  // namespace ls
