// sleep(), shield(), gather() and ensure_future() (tasks.py).
#include "lang/generator.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/float.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "loop/source_tb.hpp"
#include "toolkit/toolkit.hpp"
#include "toolkit/util.hpp"
#include "trace/sink.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// ensure_future

// _wrap_awaitable(): a coroutine delegating to an arbitrary awaitable's iterator.
struct WrapAwaitableObject : Object {
  Value iter;
};

static SendResult wa_send(Runtime& rt, const Value& self, const Value& arg, Value* out) {
  Value it = static_cast<WrapAwaitableObject*>(self.obj())->iter;
  TypeObject* t = it.type(rt);
  if (t == rt.t.coroutine || t == rt.t.generator) return gen_send(rt, as_gen(it), arg, out);
  if (t->slots.send) return t->slots.send(rt, it, arg, out);
  Value r = (rt.is_none(arg) && t->slots.next) ? t->slots.next(rt, it) : call_method(rt, it, rt.n.send, {arg});
  if (r) {
    *out = std::move(r);
    return SendResult::Yield;
  }
  if (!rt.has_error()) {
    *out = rt.None();
    return SendResult::Return;
  }
  if (rt.error_matches(rt.t.StopIteration)) {
    Value e = rt.take_error();
    *out = as_exc(e)->extra[0] ? as_exc(e)->extra[0] : rt.None();
    return SendResult::Return;
  }
  return SendResult::Error;
}
static SendResult wa_throw(Runtime& rt, const Value& self, const Value& exc, Value* out) {
  Value it = static_cast<WrapAwaitableObject*>(self.obj())->iter;
  TypeObject* t = it.type(rt);
  if (t->slots.throw_) return t->slots.throw_(rt, it, exc, out);
  Value m = getattr_opt(rt, it, rt.n.throw_);
  if (!m) {
    if (!rt.has_error()) rt.exc = exc;
    return SendResult::Error;
  }
  Value r = call(rt, m, {exc});
  if (r) {
    *out = std::move(r);
    return SendResult::Yield;
  }
  if (rt.error_matches(rt.t.StopIteration)) {
    Value e = rt.take_error();
    *out = as_exc(e)->extra[0] ? as_exc(e)->extra[0] : rt.None();
    return SendResult::Return;
  }
  return SendResult::Error;
}
static Value wa_m_send(Runtime& rt, const Value& self, CallArgs a) {
  Value out;
  SendResult r = wa_send(rt, self, a.nargs ? a[0] : rt.None(), &out);
  if (r == SendResult::Yield) return out;
  if (r == SendResult::Return) rt.set_error(new_stop_iteration(rt, out));
  return nullptr;
}
static Value wa_m_throw(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nargs < 1) return rt.raise(rt.t.TypeError, "throw expected an argument");
  Value exc = is_exception_type(a[0]) ? call(rt, a[0], {}) : a[0];
  if (!exc) return nullptr;
  Value out;
  SendResult r = wa_throw(rt, self, exc, &out);
  if (r == SendResult::Yield) return out;
  if (r == SendResult::Return) rt.set_error(new_stop_iteration(rt, out));
  return nullptr;
}
static Value wa_m_close(Runtime& rt, const Value& self, CallArgs) {
  Value it = static_cast<WrapAwaitableObject*>(self.obj())->iter;
  Value c = getattr_opt(rt, it, rt.n.close);
  if (c && !call(rt, c, CallArgs{})) return nullptr;
  rt.clear_error();
  return rt.None();
}
static Value wa_self(Runtime&, const Value& self, CallArgs) { return self; }
static Value wa_await(Runtime&, const Value& self) { return self; }
static Value wa_next(Runtime& rt, const Value& self) {
  Value out;
  SendResult r = wa_send(rt, self, rt.None(), &out);
  if (r == SendResult::Yield) return out;
  if (r == SendResult::Return && !rt.is_none(out)) rt.set_error(new_stop_iteration(rt, out));
  return nullptr;
}
static Value wa_name(Runtime& rt, const Value&) { return make_str(rt, "_wrap_awaitable"); }
static void wa_dealloc(Object* o) { static_cast<WrapAwaitableObject*>(o)->iter.reset(); }
static void wa_traverse(Object* o, Visitor& v) { v(static_cast<WrapAwaitableObject*>(o)->iter); }
static const MethodDef kWrapMethods[] = {
    {"send", wa_m_send}, {"throw", wa_m_throw}, {"close", wa_m_close}, {"__await__", wa_self}, {nullptr, nullptr}};
static const GetSetDef kWrapGetSets[] = {{"__qualname__", wa_name}, {"__name__", wa_name}, {nullptr, nullptr}};

static TypeObject* wrap_awaitable_type(Runtime& rt) {
  static const char* kKey = "asyncio._wrap_awaitable";
  auto it = rt.module_state.find(kKey);
  if (it != rt.module_state.end()) return static_cast<TypeObject*>(it->second.get());
  TypeSlots s;
  s.dealloc = wa_dealloc;
  s.traverse = wa_traverse;
  s.clear = wa_dealloc;
  s.send = wa_send;
  s.throw_ = wa_throw;
  s.next = wa_next;
  s.iter = wa_await;
  s.await = wa_await;
  TypeObject* t = make_builtin_type(
      rt, TypeSpec{"generator", nullptr, sizeof(WrapAwaitableObject), kTypeGc, kWrapMethods, kWrapGetSets}, s);
  // Types live as long as the runtime; the map only needs to find it again.
  rt.module_state[kKey] = std::shared_ptr<void>(t, [](void*) {});
  return t;
}

Value ensure_future(Runtime& rt, const Value& obj, const Value& loop_in) {
  int isf = isfuture(rt, obj);
  if (isf < 0) return nullptr;
  if (isf) {
    if (loop_in && !rt.is_none(loop_in)) {
      Value l = future_get_loop(rt, obj);
      if (!l) return nullptr;
      if (!l.is(loop_in)) {
        return rt.raise(rt.t.ValueError,
                        "The future belongs to a different loop than the one specified as the loop argument");
      }
    }
    return obj;
  }
  Value coro = obj;
  bool wrapped = false;
  TypeObject* t = obj.type(rt);
  bool is_coro = t == rt.t.coroutine || t == rt.t.generator ||
                 (type_lookup(t, rt.n.send) && type_lookup(t, rt.n.throw_) && type_lookup(t, rt.n.close) &&
                  type_lookup(t, rt.n.__await__));
  if (!is_coro) {
    if (!t->slots.await) {
      return rt.raise(rt.t.TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
    }
    Value it = t->slots.await(rt, obj);
    if (!it) return nullptr;
    auto* w = alloc<WrapAwaitableObject>(rt, wrap_awaitable_type(rt));
    w->iter = it;
    gc_track(rt, w);
    coro = Value::steal(w);
    wrapped = true;
  }
  Value loop = (loop_in && !rt.is_none(loop_in)) ? loop_in : get_event_loop(rt);
  if (!loop) return nullptr;
  static const SourceSite kEnsureFuture[] = {
      {"tasks.py", 680, "_ensure_future", "return loop.create_task(coro_or_future)"}};
  Value task;
  if (is_loop(rt, loop)) {
    TaskSiteScope site(rt, kEnsureFuture, 1);  // debug mode: created at _ensure_future's create_task
    task = loop_create_task(rt, loop, coro, Value(), Value());
  } else {
    task = call_method(rt, loop, rt.intern("create_task"), {coro});
  }
  if (!task && !wrapped && rt.error_matches(rt.t.RuntimeError)) {
    Value e = rt.take_error();
    Value c = getattr_opt(rt, coro, rt.n.close);
    if (c) call(rt, c, CallArgs{});
    rt.clear_error();
    rt.exc = e;
  }
  return task;
}

// ---------------------------------------------------------------------------------------------
// sleep

static Value set_result_unless_cancelled(Runtime& rt, const Value&, CallArgs a) {
  if (a.nargs != 2) return rt.raise(rt.t.TypeError, "_set_result_unless_cancelled() takes 2 arguments");
  int c = future_like_cancelled(rt, a[0]);
  if (c < 0) return nullptr;
  if (c) return rt.None();
  if (is_future_exact(rt, a[0])) {
    if (!future_set_result(rt, as_future(a[0]), a[1])) return nullptr;
  } else if (!call_method(rt, a[0], rt.intern("set_result"), {a[1]})) {
    return nullptr;
  }
  return rt.None();
}

Value set_result_unless_cancelled_fn(Runtime& rt) {
  register_native_callback(set_result_unless_cancelled, "_set_result_unless_cancelled", "futures.py", 311);
  return make_builtin_function(rt, "_set_result_unless_cancelled", set_result_unless_cancelled);
}

static NativeCoro sleep_impl(Runtime& rt, Value delay, Value result) {
  // `if delay <= 0` runs when the coroutine starts, as in Python.
  Value le = rich_compare(rt, delay, Value::small(0), CmpOp::Le);
  if (!le) co_return Outcome::from_error(rt);
  int t = truthy(rt, le);
  if (t < 0) co_return Outcome::from_error(rt);
  if (t) {
    co_await at_line(640);  // await __sleep0()
    Outcome y = co_await yield_now();
    if (y.failed()) co_return y;
    co_return Outcome::ok(result);
  }
  Value loop = get_running_loop(rt);
  if (!loop) {
    rt.raise(rt.t.RuntimeError, "no running event loop");
    co_return Outcome::from_error(rt);
  }
  double when;
  if (!loop_later_when(rt, as_loop(loop), delay, &when)) co_return Outcome::from_error(rt);
  Value fut = loop_create_future(rt, loop);
  Value h = loop_call_at(rt, loop, when, set_result_unless_cancelled_fn(rt),
                         make_tuple(rt, {fut, result}), Value());
  if (!h) co_return Outcome::from_error(rt);
  co_await gc_visible(&delay, &result, &loop, &fut, &h);
  Outcome r = co_await await_future(rt, fut);
  handle_cancel(rt, as_handle(h));  // finally: h.cancel()
  co_return r;
}

Value toolkit_sleep(Runtime& rt, const Value& delay, const Value& result) {
  return wrap_native(rt, "sleep", sleep_impl(rt, delay, result ? result : rt.None()));
}

// ---------------------------------------------------------------------------------------------
// shield

struct ShieldState : Object {
  Value inner;
  Value outer;
  Value inner_cb;
};

static Value shield_inner_done(Runtime& rt, const Value& self, CallArgs a) {
  auto* s = static_cast<ShieldState*>(self.obj());
  const Value& inner = a[0];
  Value outer = s->outer;
  int oc = future_like_cancelled(rt, outer);
  if (oc < 0) return nullptr;
  if (oc) {
    int ic = future_like_cancelled(rt, inner);
    if (ic < 0) return nullptr;
    if (!ic && !future_like_exception(rt, inner)) return nullptr;  // mark the result retrieved
    return rt.None();
  }
  int ic = future_like_cancelled(rt, inner);
  if (ic < 0) return nullptr;
  if (ic) {
    if (!future_like_cancel(rt, outer, Value())) return nullptr;
    if (AsyncioState& st = asyncio_state(rt); st.trace) st.trace->future_linked(outer, inner);
    return rt.None();
  }
  Value exc = future_like_exception(rt, inner);
  if (!exc) return nullptr;
  if (!rt.is_none(exc)) {
    if (!future_set_exception(rt, as_future(outer), exc)) return nullptr;
  } else {
    Value r = future_like_result(rt, inner);
    if (!r || !future_set_result(rt, as_future(outer), r)) return nullptr;
  }
  return rt.None();
}

static Value shield_outer_done(Runtime& rt, const Value& self, CallArgs) {
  auto* s = static_cast<ShieldState*>(self.obj());
  int d = future_like_done(rt, s->inner);
  if (d < 0) return nullptr;
  if (!d) {
    AsyncioState& st = asyncio_state(rt);
    if (st.trace) st.trace->shield_absorbed(s->outer, s->inner);
    if (is_future_exact(rt, s->inner)) {
      future_remove_done_callback(rt, as_future(s->inner), s->inner_cb);
    } else if (!call_method(rt, s->inner, rt.n.remove_done_callback, {s->inner_cb})) {
      return nullptr;
    }
  }
  return rt.None();
}

static void shield_dealloc(Object* o) {
  auto* s = static_cast<ShieldState*>(o);
  s->inner.reset();
  s->outer.reset();
  s->inner_cb.reset();
}
static void shield_traverse(Object* o, Visitor& v) {
  auto* s = static_cast<ShieldState*>(o);
  v(s->inner);
  v(s->outer);
  v(s->inner_cb);
}

static TypeObject* state_type(Runtime& rt, const char* key, const char* name, size_t size, DeallocFn dealloc,
                              TraverseFn traverse) {
  auto it = rt.module_state.find(key);
  if (it != rt.module_state.end()) return static_cast<TypeObject*>(it->second.get());
  TypeSlots s;
  s.dealloc = dealloc;
  s.traverse = traverse;
  s.clear = dealloc;
  TypeObject* t = make_builtin_type(rt, TypeSpec{name, nullptr, size, kTypeGc, nullptr, nullptr, "asyncio.tasks"}, s);
  rt.module_state[key] = std::shared_ptr<void>(t, [](void*) {});
  return t;
}

Value toolkit_shield(Runtime& rt, const Value& aw) {
  Value inner = ensure_future(rt, aw, Value());
  if (!inner) return nullptr;
  int d = future_like_done(rt, inner);
  if (d < 0) return nullptr;
  if (d) return inner;
  Value loop = future_get_loop(rt, inner);
  if (!loop) return nullptr;
  Value outer = is_loop(rt, loop) ? loop_create_future(rt, loop) : call_method(rt, loop, rt.intern("create_future"), {});
  if (!outer) return nullptr;
  TypeObject* t = state_type(rt, "asyncio.shield_state", "shield", sizeof(ShieldState), shield_dealloc, shield_traverse);
  auto* s = alloc<ShieldState>(rt, t);
  Value sv = Value::steal(s);
  gc_track(rt, s);
  s->inner = inner;
  s->outer = outer;
  TypeObject* owner = nullptr;
  register_native_callback(shield_inner_done, "shield.<locals>._inner_done_callback", "tasks.py", 891);
  register_native_callback(shield_outer_done, "shield.<locals>._outer_done_callback", "tasks.py", 908);
  Value inner_cb = make_builtin_function(rt, "_inner_done_callback", shield_inner_done, sv, owner);
  Value outer_cb = make_builtin_function(rt, "_outer_done_callback", shield_outer_done, sv, owner);
  s->inner_cb = inner_cb;
  if (!future_like_add_done_callback(rt, inner, inner_cb)) return nullptr;
  if (!future_like_add_done_callback(rt, outer, outer_cb)) return nullptr;
  return outer;
}

// ---------------------------------------------------------------------------------------------
// gather

struct GatheringFuture : FutureObject {
  Value children;  // list
  bool cancel_requested;
};

struct GatherState : Object {
  Value outer;     // the _GatheringFuture (null until created)
  Value children;  // list of futures, one per argument (duplicates repeated)
  int64_t nfuts;
  int64_t nfinished;
  bool return_exceptions;
};

static Value gather_done(Runtime& rt, const Value& self, CallArgs a) {
  auto* s = static_cast<GatherState*>(self.obj());
  AsyncioState& st = asyncio_state(rt);
  const Value& fut = a[0];
  s->nfinished += 1;
  Value outer = s->outer;
  if (!outer || as_future(outer)->state != FutureState::Pending) {
    int c = future_like_cancelled(rt, fut);
    if (c < 0) return nullptr;
    if (!c && !future_like_exception(rt, fut)) return nullptr;  // mark the exception retrieved
    return rt.None();
  }
  FutureObject* of = as_future(outer);
  if (!s->return_exceptions) {
    int c = future_like_cancelled(rt, fut);
    if (c < 0) return nullptr;
    if (c) {
      Value exc = is_future_exact(rt, fut) ? make_cancelled_error(rt, as_future(fut))
                                           : call_method(rt, fut, rt.intern("_make_cancelled_error"), {});
      if (!exc || !future_set_exception(rt, of, exc)) return nullptr;
      if (st.trace) st.trace->future_linked(outer, fut);
      return rt.None();
    }
    Value exc = future_like_exception(rt, fut);
    if (!exc) return nullptr;
    if (!rt.is_none(exc)) {
      if (!future_set_exception(rt, of, exc)) return nullptr;
      return rt.None();
    }
  }
  if (s->nfinished == s->nfuts) {
    Ref<ListObject> results = new_list(rt);
    ListObject* ch = as_list(s->children);
    for (int64_t i = 0; i < ch->size; ++i) {
      const Value& f = ch->items[i];
      Value res;
      int c = future_like_cancelled(rt, f);
      if (c < 0) return nullptr;
      if (c) {
        Value m = is_future_exact(rt, f) ? as_future(f)->cancel_message : getattr_opt(rt, f, rt.intern("_cancel_message"));
        if (!m || rt.is_none(m)) m = make_str(rt, "");
        res = call(rt, Value::borrow(st.cancelled_error), {m});
      } else {
        res = future_like_exception(rt, f);
        if (res && rt.is_none(res)) res = future_like_result(rt, f);
      }
      if (!res) return nullptr;
      list_append(rt, results.get(), res);
    }
    if (static_cast<GatheringFuture*>(of)->cancel_requested) {
      // As in tasks.py, `fut` here is the last child (the loop variable above).
      Value last = ch->items[ch->size - 1];
      Value exc = is_future_exact(rt, last) ? make_cancelled_error(rt, as_future(last))
                                            : call_method(rt, last, rt.intern("_make_cancelled_error"), {});
      if (!exc || !future_set_exception(rt, of, exc)) return nullptr;
      if (st.trace) st.trace->future_linked(outer, last);
    } else if (!future_set_result(rt, of, std::move(results).value())) {
      return nullptr;
    }
  }
  return rt.None();
}

static void gstate_dealloc(Object* o) {
  auto* s = static_cast<GatherState*>(o);
  s->outer.reset();
  s->children.reset();
}
static void gstate_traverse(Object* o, Visitor& v) {
  auto* s = static_cast<GatherState*>(o);
  v(s->outer);
  v(s->children);
}

// _GatheringFuture.cancel(msg=None): cancels the children.
static Value gf_cancel(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!parse_args(rt, a, "cancel", {"msg"}, 0, args)) return nullptr;
  auto* g = static_cast<GatheringFuture*>(self.obj());
  if (g->state != FutureState::Pending) return rt.False();
  bool ret = false;
  AsyncioState& st = asyncio_state(rt);
  // The request on the gather itself (made by whoever called cancel()) is the cause of the
  // requests gather() makes on its children.
  uint64_t ev = st.trace ? st.trace->cancel_begin(self, args[0] ? args[0] : Value(), st.cancel_source) : 0;
  CancelSourceScope scope(st, CancelSource::Gather);
  ListObject* ch = as_list(g->children);
  for (int64_t i = 0; i < ch->size; ++i) {
    Value child = ch->items[i];
    // child.cancel(msg=msg): a Task/Future subclass's override is called.
    int r = cancel_any(rt, child, args[0], CancelSource::Gather);
    if (r < 0) {
      if (st.trace) st.trace->cancel_end(ev, false);
      return nullptr;
    }
    if (r > 0) ret = true;
  }
  if (st.trace) st.trace->cancel_end(ev, ret);
  if (ret) g->cancel_requested = true;
  return rt.Bool(ret);
}

static void gf_dealloc(Object* o);
static void gf_traverse(Object* o, Visitor& v);
static const MethodDef kGatheringMethods[] = {{"cancel", gf_cancel}, {nullptr, nullptr}};

static Value g_children(Runtime& rt, const Value& s) {
  Value c = static_cast<GatheringFuture*>(s.obj())->children;
  return c ? c : rt.None();
}
static Value g_cancel_requested(Runtime& rt, const Value& s) {
  return rt.Bool(static_cast<GatheringFuture*>(s.obj())->cancel_requested);
}
static const GetSetDef kGatheringGetSets[] = {
    {"_children", g_children}, {"_cancel_requested", g_cancel_requested}, {nullptr, nullptr}};

void future_clear_fields(FutureObject* f);
void future_traverse_fields(FutureObject* f, Visitor& v);
static void gf_dealloc(Object* o) {
  auto* g = static_cast<GatheringFuture*>(o);
  g->children.reset();
  future_clear_fields(g);
}
static void gf_traverse(Object* o, Visitor& v) {
  auto* g = static_cast<GatheringFuture*>(o);
  v(g->children);
  future_traverse_fields(g, v);
}

static TypeObject* gathering_future_type(Runtime& rt) {
  const char* key = "asyncio._GatheringFuture";
  auto it = rt.module_state.find(key);
  if (it != rt.module_state.end()) return static_cast<TypeObject*>(it->second.get());
  AsyncioState& st = asyncio_state(rt);
  TypeSlots s = st.future_type->slots;
  s.dealloc = gf_dealloc;
  s.traverse = gf_traverse;
  s.clear = gf_dealloc;
  TypeObject* t = make_builtin_type(rt, TypeSpec{"_GatheringFuture", st.future_type, sizeof(GatheringFuture),
                                                 kTypeGc | kTypeHasDict, kGatheringMethods, kGatheringGetSets,
                                                 "asyncio.tasks"},
                                    s);
  add_slot_wrappers(rt, t);
  rt.module_state[key] = std::shared_ptr<void>(t, [](void*) {});
  return t;
}

Value gather_futures(Runtime& rt, const std::vector<Value>& aws, bool return_exceptions, const Value& loop_in) {
  if (aws.empty()) {
    Value loop = (loop_in && !rt.is_none(loop_in)) ? loop_in : get_event_loop(rt);
    if (!loop) return nullptr;
    Value outer = loop_create_future(rt, loop);
    future_set_result(rt, as_future(outer), new_list(rt).value());
    return outer;
  }
  TypeObject* stype = state_type(rt, "asyncio.gather_state", "gather", sizeof(GatherState), gstate_dealloc,
                                 gstate_traverse);
  auto* s = alloc<GatherState>(rt, stype);
  Value sv = Value::steal(s);
  gc_track(rt, s);
  s->return_exceptions = return_exceptions;
  s->children = new_list(rt).value();
  register_native_callback(gather_done, "gather.<locals>._done_callback", "tasks.py", 764);
  Value done_cb = make_builtin_function(rt, "_done_callback", gather_done, sv);
  Ref<DictObject> arg_to_fut = new_dict(rt);
  Value loop = loop_in;
  for (const Value& arg : aws) {
    Value fut = dict_get(rt, arg_to_fut.get(), arg);
    if (rt.has_error()) return nullptr;
    if (!fut) {
      fut = ensure_future(rt, arg, loop);
      if (!fut) return nullptr;
      if (!loop || rt.is_none(loop)) {
        loop = future_get_loop(rt, fut);
        if (!loop) return nullptr;
      }
      if (!fut.is(arg)) {
        if (is_task(rt, fut)) as_task(fut)->log_destroy_pending = false;
        else if (!setattr(rt, fut, rt.intern("_log_destroy_pending"), rt.False())) rt.clear_error();
      }
      s->nfuts += 1;
      if (!dict_set(rt, arg_to_fut.get(), arg, fut)) return nullptr;
      if (!future_like_add_done_callback(rt, fut, done_cb)) return nullptr;
    }
    list_append(rt, as_list(s->children), fut);
  }
  TypeObject* gt = gathering_future_type(rt);
  auto* g = static_cast<GatheringFuture*>(alloc_object(rt, gt));
  Value outer = Value::steal(g);
  gc_track(rt, g);
  g->state = FutureState::Pending;
  g->loop = loop;
  g->id = ++asyncio_state(rt).next_id;
  static const SourceSite kGather[] = {
      {"tasks.py", 847, "gather", "outer = _GatheringFuture(children, loop=loop)"},
      {"tasks.py", 709, "__init__", "super().__init__(loop=loop)"}};
  g->source_tb = capture_source_traceback(rt, loop, kGather, 2);
  g->children = s->children;
  s->outer = outer;
  return outer;
}

Value toolkit_gather(Runtime& rt, const std::vector<Value>& aws, bool return_exceptions) {
  return gather_futures(rt, aws, return_exceptions, Value());
}

}  // namespace ls
