// Internals shared by the toolkit files (see util.hpp).
#include "toolkit/util.hpp"

#include "lang/code.hpp"
#include "lang/frame.hpp"
#include "lang/generator.hpp"
#include "modules/registry.hpp"
#include "object/class.hpp"
#include "object/exception.hpp"
#include "object/float.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// SubCoro / Delegate

bool SubCoro::step(Outcome in, Outcome* out) {
  NativePromise& p = h.promise();
  p.resume = std::move(in);
  p.yielded.reset();
  h.resume();
  if (h.done()) {
    *out = std::move(p.result);
    NativeHandle dead = h;
    h = NativeHandle{};
    dead.destroy();
    return false;
  }
  yielded = std::move(p.yielded);
  return true;
}

static bool is_gen_like(Runtime& rt, const Value& v) {
  TypeObject* t = v.type(rt);
  return t == rt.t.coroutine || t == rt.t.generator;
}

Delegate::Delegate(Runtime& r, const Value& aw) : rt(r) {
  TypeObject* t = aw.type(rt);
  if (t == rt.t.coroutine) {
    GenObject* g = as_gen(aw);
    if (g->frame && gen_yieldfrom(g)) {
      rt.raise(rt.t.RuntimeError, "coroutine is being awaited already");
      init_error = rt.take_error();
      return;
    }
    it = aw;
    return;
  }
  if (t == rt.t.native_coroutine ||
      (t == rt.t.generator && as_gen(aw)->frame &&
       (as_frame(as_gen(aw)->frame)->code->flags & kCoIterableCoroutine))) {
    it = aw;
    return;
  }
  if (t->slots.await) {
    Value i = t->slots.await(rt, aw);
    if (!i) {
      init_error = rt.take_error();
      return;
    }
    TypeObject* it_t = i.type(rt);
    if (it_t == rt.t.coroutine) {
      rt.raise(rt.t.TypeError, "__await__() returned a coroutine");
      init_error = rt.take_error();
      return;
    }
    if (!it_t->slots.next) {
      rt.raise(rt.t.TypeError, "__await__() returned non-iterator of type '" + it_t->name + "'");
      init_error = rt.take_error();
      return;
    }
    it = std::move(i);
    return;
  }
  rt.raise(rt.t.TypeError, "object " + type_name(rt, aw) + " can't be used in 'await' expression");
  init_error = rt.take_error();
}

// One send/throw into an arbitrary iterator (generators, coroutines, native slots, or methods).
static SendResult send_any(Runtime& rt, const Value& it, const Outcome& in, Value* out) {
  TypeObject* t = it.type(rt);
  if (!in.failed()) {
    Value arg = in.value ? in.value : rt.None();
    if (is_gen_like(rt, it)) return gen_send(rt, as_gen(it), arg, out);
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
  } else {
    if (is_gen_like(rt, it)) return gen_throw(rt, as_gen(it), in.error, out);
    if (t->slots.throw_) return t->slots.throw_(rt, it, in.error, out);
    Value m = getattr_opt(rt, it, rt.n.throw_);
    if (!m) {
      if (!rt.has_error()) rt.exc = in.error;
      return SendResult::Error;
    }
    Value r = call(rt, m, {in.error});
    if (r) {
      *out = std::move(r);
      return SendResult::Yield;
    }
  }
  if (rt.error_matches(rt.t.StopIteration)) {
    Value e = rt.take_error();
    *out = as_exc(e)->extra[0] ? as_exc(e)->extra[0] : rt.None();
    return SendResult::Return;
  }
  return SendResult::Error;
}

bool Delegate::step(Outcome in, Outcome* out) {
  if (!it) {
    *out = Outcome::err(init_error ? init_error : new_exception_msg(rt, rt.t.RuntimeError, "await failed"));
    return false;
  }
  if (in.failed() && isinstance(rt, in.error, rt.t.GeneratorExit)) {
    // yield from: GeneratorExit closes the sub-iterator, then propagates.
    bool ok = true;
    if (is_gen_like(rt, it)) {
      ok = gen_close(rt, as_gen(it));
    } else {
      Value c = getattr_opt(rt, it, rt.n.close);
      if (c) ok = static_cast<bool>(call(rt, c, CallArgs{}));
      else ok = !rt.has_error();
    }
    it.reset();
    *out = ok ? std::move(in) : Outcome::from_error(rt);
    return false;
  }
  Value res;
  SendResult r = send_any(rt, it, in, &res);
  started = true;
  if (r == SendResult::Yield) {
    yielded = std::move(res);
    if (rt.is_none(yielded)) yielded.reset();
    return true;
  }
  it.reset();
  if (r == SendResult::Return) {
    *out = Outcome::ok(std::move(res));
  } else {
    *out = Outcome::from_error(rt);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Arguments

static std::string quoted_list(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

static bool bind_args_impl(Runtime& rt, CallArgs a, const char* fname, std::initializer_list<const char*> names,
                           size_t npos, size_t nrequired, Value* out, int self_count) {
  size_t n = names.size();
  std::string f(fname);
  for (size_t i = 0; i < n; ++i) out[i] = nullptr;
  if (a.nargs > npos) {
    size_t req_pos = std::min(nrequired, npos);
    size_t lo = req_pos + self_count, hi = npos + self_count;
    std::string takes = lo == hi ? std::to_string(hi) : "from " + std::to_string(lo) + " to " + std::to_string(hi);
    size_t given = a.nargs + self_count;
    rt.raise(rt.t.TypeError, f + "() takes " + takes + " positional argument" + (hi == 1 && lo == hi ? "" : "s") +
                                 " but " + std::to_string(given) + (given == 1 ? " was" : " were") + " given");
    return false;
  }
  for (size_t i = 0; i < a.nargs; ++i) out[i] = a.args[i];
  for (size_t k = 0; k < a.nkw(); ++k) {
    std::string_view kn = str_view((*a.kwnames)[static_cast<int64_t>(k)]);
    size_t idx = n, i = 0;
    for (const char* nm : names) {
      if (kn == nm) {
        idx = i;
        break;
      }
      ++i;
    }
    if (idx == n) {
      rt.raise(rt.t.TypeError, f + "() got an unexpected keyword argument '" + std::string(kn) + "'");
      return false;
    }
    if (out[idx]) {
      rt.raise(rt.t.TypeError, f + "() got multiple values for argument '" + std::string(kn) + "'");
      return false;
    }
    out[idx] = a.kwvalues()[k];
  }
  std::vector<std::string> missing_pos, missing_kw;
  size_t i = 0;
  for (const char* nm : names) {
    if (i >= nrequired) break;
    if (!out[i]) (i < npos ? missing_pos : missing_kw).push_back(nm);
    ++i;
  }
  if (!missing_pos.empty()) {
    size_t m = missing_pos.size();
    rt.raise(rt.t.TypeError, f + "() missing " + std::to_string(m) + " required positional argument" +
                                 (m == 1 ? "" : "s") + ": " + quoted_list(missing_pos));
    return false;
  }
  if (!missing_kw.empty()) {
    size_t m = missing_kw.size();
    rt.raise(rt.t.TypeError, f + "() missing " + std::to_string(m) + " required keyword-only argument" +
                                 (m == 1 ? "" : "s") + ": " + quoted_list(missing_kw));
    return false;
  }
  return true;
}

bool bind_args(Runtime& rt, CallArgs a, const char* fname, std::initializer_list<const char*> names, size_t npos,
               size_t nrequired, Value* out, int self_count) {
  if (bind_args_impl(rt, a, fname, names, npos, nrequired, out, self_count)) return true;
  mark_binding_error(rt);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Helpers

Value bound_loop(Runtime& rt, const Value& self, Value& loop_field) {
  Value loop = get_running_loop(rt);
  if (!loop_field || rt.is_none(loop_field)) loop_field = loop ? loop : Value();
  Value bound = loop_field;
  if (!(loop ? bound.is(loop) : !bound)) {
    std::string r;
    if (!repr_string(rt, self, &r)) return nullptr;
    return rt.raise(rt.t.RuntimeError, r + " is bound to a different event loop");
  }
  if (!loop) return rt.raise(rt.t.AttributeError, "'NoneType' object has no attribute 'create_future'");
  return loop;
}

Value create_future_on(Runtime& rt, const Value& loop) {
  if (is_loop(rt, loop) && !(loop.type(rt)->flags & kTypeHeapType)) return loop_create_future(rt, loop);
  return call_method(rt, loop, rt.intern("create_future"), {});
}

int cancel_any(Runtime& rt, const Value& fut, const Value& msg, CancelSource source) {
  AsyncioState& st = asyncio_state(rt);
  CancelSourceScope scope(st, source);
  TypeObject* t = fut.type(rt);
  if (is_task(rt, fut) && !(t->flags & kTypeHeapType)) return task_cancel(rt, as_task(fut), msg) ? 1 : 0;
  if (is_future_exact(rt, fut) && !(t->flags & kTypeHeapType) && t == st.future_type) {
    uint64_t ev = st.trace ? st.trace->cancel_begin(fut, msg && !rt.is_none(msg) ? msg : Value(), source) : 0;
    bool r = future_cancel(rt, as_future(fut), msg);
    if (st.trace) st.trace->cancel_end(ev, r);
    if (!r && rt.has_error()) return -1;
    return r ? 1 : 0;
  }
  Value r = future_like_cancel(rt, fut, msg);
  if (!r) return -1;
  return truthy(rt, r);
}

bool set_result_any(Runtime& rt, const Value& fut, const Value& v) {
  if (is_future_exact(rt, fut) && !(fut.type(rt)->flags & kTypeHeapType)) {
    return future_set_result(rt, as_future(fut), v);
  }
  return static_cast<bool>(call_method(rt, fut, rt.intern("set_result"), {v}));
}

bool remove_done_callback_any(Runtime& rt, const Value& fut, const Value& fn) {
  if (is_future_exact(rt, fut) && !(fut.type(rt)->flags & kTypeHeapType)) {
    return future_remove_done_callback(rt, as_future(fut), fn) >= 0;
  }
  return static_cast<bool>(call_method(rt, fut, rt.n.remove_done_callback, {fn}));
}

Value call_soon_any(Runtime& rt, const Value& loop, const Value& fn) {
  if (is_loop(rt, loop) && !(loop.type(rt)->flags & kTypeHeapType)) {
    return loop_call_soon(rt, loop, fn, Value::borrow(rt.empty_tuple), Value());
  }
  return call_method(rt, loop, rt.intern("call_soon"), {fn});
}

Value call_at_any(Runtime& rt, const Value& loop, const Value& when, const Value& fn) {
  if (is_loop(rt, loop) && !(loop.type(rt)->flags & kTypeHeapType)) {
    double w;
    if (!to_double(rt, when, &w)) return nullptr;
    return loop_call_at(rt, loop, w, fn, Value::borrow(rt.empty_tuple), Value());
  }
  return call_method(rt, loop, rt.intern("call_at"), {when, fn});
}

Value loop_time_any(Runtime& rt, const Value& loop) {
  if (is_loop(rt, loop) && !(loop.type(rt)->flags & kTypeHeapType)) {
    return make_float(rt, loop_time(rt, as_loop(loop)));
  }
  return call_method(rt, loop, rt.intern("time"), {});
}

static Value release_waiter(Runtime& rt, const Value& waiter, CallArgs) {
  int d = future_like_done(rt, waiter);
  if (d < 0) return nullptr;
  if (!d && !set_result_any(rt, waiter, rt.None())) return nullptr;
  return rt.None();
}

Value release_waiter_fn(Runtime& rt, const Value& waiter) {
  // functools.partial(_release_waiter, waiter) in CPython
  register_native_callback(release_waiter, "_release_waiter", "tasks.py", 431, true);
  return make_builtin_function(rt, "_release_waiter", release_waiter, waiter);
}

bool is_coroutine_value(Runtime& rt, const Value& v) {
  TypeObject* t = v.type(rt);
  // 3.11's _COROUTINE_TYPES include generators.
  if (t == rt.t.coroutine || t == rt.t.native_coroutine || t == rt.t.generator) return true;
  return type_lookup(t, rt.n.send) && type_lookup(t, rt.n.throw_) && type_lookup(t, rt.n.close) &&
         type_lookup(t, rt.n.__await__);
}

std::string hex_id(Runtime& rt, const Value& v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%#llx", static_cast<unsigned long long>(object_id(rt, v)));
  return buf;
}

std::string object_repr_inner(Runtime& rt, const Value& v) {
  return type_full_name(v.type(rt)) + " object at " + hex_id(rt, v);
}

TypeObject* toolkit_type(Runtime& rt, const char* key, const TypeSpec& spec, const TypeSlots& slots,
                         bool slot_wrappers) {
  auto it = rt.module_state.find(key);
  if (it != rt.module_state.end()) return static_cast<TypeObject*>(it->second.get());
  TypeObject* t = make_builtin_type(rt, spec, slots);
  if (slot_wrappers) add_slot_wrappers(rt, t);
  // Types live as long as the runtime; the map only finds them again.
  rt.module_state[key] = std::shared_ptr<void>(t, [](void*) {});
  return t;
}

TypeObject* closure_state_type(Runtime& rt, const char* key, const char* name, size_t size, DeallocFn dealloc,
                               TraverseFn traverse) {
  TypeSlots s;
  s.dealloc = dealloc;
  s.traverse = traverse;
  s.clear = dealloc;
  return toolkit_type(rt, key, TypeSpec{name, nullptr, size, kTypeGc, nullptr, nullptr, "asyncio"}, s, false);
}

bool overrides(Runtime& rt, const Value& self, TypeObject* base, const char* name) {
  TypeObject* t = self.type(rt);
  if (t == base || !(t->flags & kTypeHeapType)) return false;
  StrObject* n = rt.intern(name);
  return type_lookup(t, n) != type_lookup(base, n);
}

bool deque_remove(std::deque<Value>& d, const Value& v) {
  for (auto it = d.begin(); it != d.end(); ++it) {
    if (it->is(v)) {
      d.erase(it);
      return true;
    }
  }
  return false;
}

Value deque_snapshot(Runtime& rt, const std::deque<Value>* d, bool none_if_null) {
  if (!d && none_if_null) return rt.None();
  Ref<ListObject> l = new_list(rt);
  if (d) {
    for (const Value& v : *d) list_append(rt, l.get(), v);
  }
  Value mod = import_module(rt, make_str(rt, "collections"));
  if (!mod) {
    rt.clear_error();
    return std::move(l).value();
  }
  Value cls = getattr_opt(rt, mod, rt.intern("deque"));
  if (!cls) {
    rt.clear_error();
    return std::move(l).value();
  }
  return call(rt, cls, {std::move(l).value()});
}

Value raise_bare(Runtime& rt, TypeObject* type) { return rt.raise_value(Value::borrow(type)); }

}  // namespace ls
