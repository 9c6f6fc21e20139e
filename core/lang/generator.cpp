// Generators, coroutines, async generators and their helper awaitables.
#include "lang/generator.hpp"

#include <cstdio>

#include "lang/interp_support.hpp"
#include "lang/opcodes.hpp"
#include "lang/traceback.hpp"
#include "lang/vm.hpp"
#include "object/class.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "trace/sink.hpp"

namespace ls {

SendResult vm_run_chain(Runtime& rt, FrameObject* entry, FrameObject* inner, bool throwing, Value* out);

bool is_coroutine_object(const Runtime& rt, const Value& v) { return v.is_obj() && v.obj()->type == rt.t.coroutine; }
bool is_generator_object(const Runtime& rt, const Value& v) { return v.is_obj() && v.obj()->type == rt.t.generator; }

static const char* kind_name(GenKind k) {
  switch (k) {
    case GenKind::Generator: return "generator";
    case GenKind::Coroutine: return "coroutine";
    case GenKind::AsyncGenerator: return "async generator";
  }
  return "generator";
}

// cr_origin (CPython's compute_cr_origin): (filename, lineno, function name) of the frames that
// are running when the coroutine is made, innermost first, at most coro_origin_depth of them.
static Value coro_origin(Runtime& rt) {
  std::vector<Value> items;
  int depth = rt.vm->coro_origin_depth;
  for (FrameObject* f = visible_frame(rt.vm->current); f && static_cast<int>(items.size()) < depth;
       f = visible_frame(f->back)) {
    items.push_back(make_tuple(rt, {f->code->filename, make_int(rt, f->line()), f->code->name}));
  }
  return make_tuple(rt, items.data(), static_cast<int64_t>(items.size()));
}

Value make_generator(Runtime& rt, FrameObject* frame, FunctionObject* func) {
  CodeObject* co = frame->code;
  TypeObject* t = rt.t.generator;
  GenKind kind = GenKind::Generator;
  if (co->flags & kCoCoroutine) {
    t = rt.t.coroutine;
    kind = GenKind::Coroutine;
  } else if (co->flags & kCoAsyncGenerator) {
    t = rt.t.async_generator;
    kind = GenKind::AsyncGenerator;
  }
  auto* g = alloc<GenObject>(rt, t);
  g->kind = kind;
  g->frame = Value::borrow(frame);
  frame->gen = g;
  g->name = func ? func->name : co->name;
  g->qualname = func ? func->qualname : co->qualname;
  g->code = Value::borrow(co);
  if (kind == GenKind::Coroutine && rt.vm && rt.vm->coro_origin_depth > 0) g->origin = coro_origin(rt);
  gc_track(rt, frame);
  gc_track(rt, g);
  return Value::steal(g);
}

Value gen_yieldfrom(GenObject* gen) {
  if (!gen->frame) return nullptr;
  FrameObject* f = as_frame(gen->frame);
  if (f->state != FrameState::Suspended || f->lasti < 0) return nullptr;
  uint32_t w = f->code->code[static_cast<size_t>(f->lasti)];
  if (op_of(w) != Op::YIELD_VALUE || arg_of(w) != 1 || f->stacktop < 1) return nullptr;
  return f->stack_base()[f->stacktop - 1];
}

static inline void enter(VM& vm, GenObject* g) {
  g->exc_state.previous = vm.exc_info;
  vm.exc_info = &g->exc_state;
  g->running = true;
}
static inline void leave(VM& vm, GenObject* g) {
  vm.exc_info = g->exc_state.previous;
  g->exc_state.previous = nullptr;
  g->running = false;
}

static void finish(GenObject* g) {
  Value fr = std::move(g->frame);
  if (fr) frame_finish_generator(as_frame(fr));
}

static void convert_stop(Runtime& rt, GenObject* gen) {
  bool async_gen = gen->kind == GenKind::AsyncGenerator;
  if (rt.error_matches(rt.t.StopIteration) || (async_gen && rt.error_matches(rt.t.StopAsyncIteration))) {
    Value cause = rt.take_error();
    std::string msg = std::string(kind_name(gen->kind)) + " raised " +
                      (is_subtype(cause.obj()->type, rt.t.StopIteration) ? "StopIteration" : "StopAsyncIteration");
    Value e = new_exception_msg(rt, rt.t.RuntimeError, msg);
    as_exc(e)->cause = cause;
    as_exc(e)->context = cause;
    as_exc(e)->suppress_context = true;
    rt.exc = std::move(e);
  }
}

// Runs the generator's frame after the caller prepared it. Handles completion.
static SendResult run_gen(Runtime& rt, GenObject* gen, Value* out, bool throwing) {
  VM& vm = *rt.vm;
  FrameObject* f = as_frame(gen->frame);
  Value keep = Value::borrow(gen);
  enter(vm, gen);
  SendResult r = vm_run(rt, f, out, throwing);
  leave(vm, gen);
  if (r == SendResult::Return) {
    finish(gen);
  } else if (r == SendResult::Error) {
    convert_stop(rt, gen);
    finish(gen);
  }
  return r;
}

static bool check_runnable(Runtime& rt, GenObject* gen) {
  if (gen->running) {
    rt.raise(rt.t.ValueError, std::string(kind_name(gen->kind)) + " already executing");
    return false;
  }
  return true;
}

SendResult gen_send(Runtime& rt, GenObject* gen, const Value& value, Value* out) {
  if (!check_runnable(rt, gen)) return SendResult::Error;
  if (!gen->frame) {
    if (gen->kind == GenKind::Coroutine) {
      rt.raise(rt.t.RuntimeError, "cannot reuse already awaited coroutine");
      return SendResult::Error;
    }
    if (gen->kind == GenKind::AsyncGenerator) {
      rt.raise_value(Value::borrow(rt.t.StopAsyncIteration));
      return SendResult::Error;
    }
    *out = rt.None();
    return SendResult::Return;
  }
  FrameObject* f = as_frame(gen->frame);
  if (f->state == FrameState::Created) {
    if (value && !rt.is_none(value)) {
      rt.raise(rt.t.TypeError, std::string("can't send non-None value to a just-started ") + kind_name(gen->kind));
      return SendResult::Error;
    }
  } else {
    f->stack_base()[f->stacktop++] = value ? value : rt.None();
  }
  return run_gen(rt, gen, out, false);
}

static Value normalize_throw(Runtime& rt, const Value& typ, const Value& val, const Value& tb) {
  if (tb && !rt.is_none(tb) && tb.type(rt) != rt.t.traceback) {
    return rt.raise(rt.t.TypeError, "throw() third argument must be a traceback object");
  }
  Value exc;
  if (is_exception_type(typ)) {
    if (!val || rt.is_none(val)) exc = call(rt, typ, {});
    else if (is_exception_instance(val) && isinstance(rt, val, static_cast<TypeObject*>(typ.obj()))) exc = val;
    else if (isinstance(rt, val, rt.t.tuple)) exc = call_kw(rt, typ, val, nullptr);
    else exc = call(rt, typ, {val});
    if (!exc) return nullptr;
  } else if (is_exception_instance(typ)) {
    if (val && !rt.is_none(val)) {
      return rt.raise(rt.t.TypeError, "instance exception may not have a separate value");
    }
    exc = typ;
  } else {
    return rt.raise(rt.t.TypeError, "exceptions must be classes or instances deriving from BaseException, not " +
                                        type_name(rt, typ));
  }
  if (tb && !rt.is_none(tb)) as_exc(exc)->traceback = tb;
  return exc;
}

SendResult gen_throw(Runtime& rt, GenObject* gen, const Value& exc_in, Value* out) {
  if (!check_runnable(rt, gen)) return SendResult::Error;
  Value exc = exc_in;
  if (!gen->frame) {
    // An exhausted coroutine refuses (CPython's gen_send_ex2, unless closing); a finished
    // generator re-raises the thrown exception.
    if (gen->kind == GenKind::Coroutine) {
      rt.raise(rt.t.RuntimeError, "cannot reuse already awaited coroutine");
      return SendResult::Error;
    }
    rt.exc = exc;
    return SendResult::Error;
  }
  bool is_exit = is_subtype(exc.obj()->type, rt.t.GeneratorExit);
  // Walk the yield-from chain down to the innermost generator frame.
  std::vector<GenObject*> chain{gen};
  GenObject* g = gen;
  bool delegate_returned = false;
  Value delegate_value;
  bool have_error = false;
  for (;;) {
    Value yf = gen_yieldfrom(g);
    if (!yf) break;
    TypeObject* t = yf.type(rt);
    if ((t == rt.t.generator || t == rt.t.coroutine) && as_gen(yf)->frame && !as_gen(yf)->running) {
      g = as_gen(yf);
      chain.push_back(g);
      continue;
    }
    // A non-generator delegate (a future's iterator, a user awaitable).
    if (is_exit) {
      Value close = getattr_opt(rt, yf, rt.n.close);
      if (close) {
        Value r = call(rt, close, CallArgs{});
        if (!r) have_error = true;
      } else if (rt.has_error()) {
        have_error = true;
      }
      break;
    }
    if (t->slots.throw_) {
      Value r;
      SendResult sr = t->slots.throw_(rt, yf, exc, &r);
      if (sr == SendResult::Yield) {
        *out = std::move(r);
        return SendResult::Yield;
      }
      if (sr == SendResult::Return) {
        delegate_returned = true;
        delegate_value = std::move(r);
      } else {
        have_error = true;
      }
      break;
    }
    Value meth = getattr_opt(rt, yf, rt.n.throw_);
    if (meth) {
      Value r = call(rt, meth, {exc});
      if (r) {
        *out = std::move(r);
        return SendResult::Yield;
      }
      if (rt.error_matches(rt.t.StopIteration)) {
        Value e = rt.take_error();
        delegate_returned = true;
        delegate_value = as_exc(e)->extra[0] ? as_exc(e)->extra[0] : rt.None();
      } else {
        have_error = true;
      }
      break;
    }
    if (rt.has_error()) have_error = true;
    break;
  }
  if (!have_error && !delegate_returned) rt.exc = exc;  // raise it at the innermost frame
  // Link the chain: outer frames wait in their SEND for the inner ones.
  VM& vm = *rt.vm;
  Value keep = Value::borrow(gen);
  enter(vm, gen);
  std::vector<Value> chain_refs;
  for (size_t i = 1; i < chain.size(); ++i) {
    GenObject* inner = chain[i];
    inner->in_throw_chain = true;
    chain_refs.push_back(Value::borrow(inner));  // the throw may finish and free it
    FrameObject* pf = as_frame(chain[i - 1]->frame);
    FrameObject* cf = as_frame(inner->frame);
    // The parent is parked on the YIELD_VALUE after its SEND: point it back at the SEND.
    pf->lasti -= 1;
    pf->state = FrameState::Running;
    cf->back = pf;
    cf->entry = FrameEntry::Send;
    cf->is_entry = false;
    enter(vm, inner);
    ++rt.call_depth;
  }
  if (rt.exc) {
    // CPython's gen_send_ex: an exception entering the innermost generator gets, as __context__,
    // the exception that generator was handling when it suspended (a task cancelled while it
    // awaits inside an `except` block).
    chain_context_to(rt, rt.exc, chain.back()->exc_state.exc);
  }
  FrameObject* entry = as_frame(gen->frame);
  FrameObject* innermost = as_frame(chain.back()->frame);
  SendResult r;
  if (delegate_returned) {
    *out = std::move(delegate_value);
    r = vm_run_chain(rt, entry, innermost, false, out);
  } else {
    r = vm_run_chain(rt, entry, innermost, true, out);
  }
  leave(vm, gen);
  for (const Value& inner : chain_refs) as_gen(inner)->in_throw_chain = false;
  if (r == SendResult::Return) {
    finish(gen);
  } else if (r == SendResult::Error) {
    convert_stop(rt, gen);
    finish(gen);
  }
  return r;
}

bool gen_close(Runtime& rt, GenObject* gen) {
  if (!gen->frame) return true;
  FrameObject* f = as_frame(gen->frame);
  if (f->state == FrameState::Created) {
    finish(gen);
    return true;
  }
  Value exc = new_exception(rt, rt.t.GeneratorExit, {});
  if (!exc) return false;
  Value out;
  SendResult r = gen_throw(rt, gen, exc, &out);
  if (r == SendResult::Yield) {
    const char* what = gen->kind == GenKind::Coroutine ? "coroutine ignored GeneratorExit"
                       : gen->kind == GenKind::AsyncGenerator ? "async generator ignored GeneratorExit"
                                                               : "generator ignored GeneratorExit";
    rt.raise(rt.t.RuntimeError, what);
    return false;
  }
  if (r == SendResult::Return) return true;
  if (rt.error_matches(rt.t.GeneratorExit) || rt.error_matches(rt.t.StopIteration)) {
    rt.clear_error();
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Slots and methods shared by the three kinds

static void gen_forget_weak(GenObject* g) {
  if (!g->weak_forget) return;
  auto forget = g->weak_forget;
  g->weak_forget = nullptr;
  Value owner = std::move(g->weak_owner);
  forget(owner, g);
}

void gen_register_weak(GenObject* gen, const Value& owner, void (*forget)(const Value& owner, Object* gen)) {
  gen_forget_weak(gen);
  gen->weak_owner = owner;
  gen->weak_forget = forget;
}

static void gen_dealloc(Object* o) {
  auto* g = static_cast<GenObject*>(o);
  gen_forget_weak(g);
  if (g->frame) {
    FrameObject* f = as_frame(g->frame);
    f->gen = nullptr;
  }
  g->frame.reset();
  g->name.reset();
  g->qualname.reset();
  g->code.reset();
  g->exc_state.exc.reset();
  g->finalizer.reset();
  g->origin.reset();
}

static void gen_traverse(Object* o, Visitor& v) {
  auto* g = static_cast<GenObject*>(o);
  v(g->frame);
  v(g->name);
  v(g->qualname);
  v(g->code);
  v(g->exc_state.exc);
  v(g->finalizer);
  v(g->weak_owner);
  v(g->origin);
}

static void gen_clear(Object* o) {
  auto* g = static_cast<GenObject*>(o);
  if (g->running) return;
  gen_forget_weak(g);
  g->exc_state.exc.reset();
  g->finalizer.reset();
  Value fr = std::move(g->frame);
  if (fr) as_frame(fr)->gen = nullptr;
}

// warnings._warn_unawaited_coroutine: the never-awaited warning of a coroutine with a cr_origin
// goes on with "Coroutine created at (most recent call last)" and the frames as
// traceback.format_list() shows them (outermost first, source lines stripped, a run of more than
// three identical entries folded), the message's trailing newline removed.
static std::string origin_text(Runtime& rt, const Value& origin) {
  if (!isinstance(rt, origin, rt.t.tuple)) return "";
  TupleObject* t = as_tuple(origin);
  std::string out = "\nCoroutine created at (most recent call last)\n";
  std::string last;
  int repeat = 0;
  auto flush = [&] {
    if (repeat > 3) {
      int more = repeat - 3;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    }
  };
  for (int64_t i = t->size - 1; i >= 0; --i) {
    const Value& e = t->items()[i];
    if (!isinstance(rt, e, rt.t.tuple) || as_tuple(e)->size != 3) continue;
    TupleObject* et = as_tuple(e);
    std::string file, name, lineno_s;
    if (!str_string(rt, et->items()[0], &file) || !str_string(rt, et->items()[2], &name) ||
        !str_string(rt, et->items()[1], &lineno_s)) {
      rt.clear_error();
      continue;
    }
    int64_t lineno = 0;
    for (char c : lineno_s) lineno = lineno * 10 + (c - '0');
    std::string entry = "  File \"" + file + "\", line " + lineno_s + ", in " + name + "\n";
    std::string line = source_line(rt, file, static_cast<int>(lineno));
    size_t b = line.find_first_not_of(" \t\f\v\r\n");
    size_t e2 = line.find_last_not_of(" \t\f\v\r\n");
    if (b != std::string::npos) entry += "    " + line.substr(b, e2 - b + 1) + "\n";
    if (entry == last) {
      if (++repeat > 3) continue;
    } else {
      flush();
      last = entry;
      repeat = 1;
    }
    out += entry;
  }
  flush();
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

// Destruction of an unfinished generator closes it (runs its finally blocks); a coroutine that
// never started reports "coroutine ... was never awaited".
static void gen_finalize(Runtime& rt, Object* o) {
  auto* g = static_cast<GenObject*>(o);
  if (!g->frame) return;
  Value saved = rt.take_error();
  Value self = Value::borrow(o);
  FrameObject* f = as_frame(g->frame);
  if (g->kind == GenKind::Coroutine && f->state == FrameState::Created) {
    std::string msg = "coroutine '" + std::string(str_view(g->qualname)) + "' was never awaited";
    if (g->origin) msg += origin_text(rt, g->origin);
    if (rt.trace) rt.trace->diagnostic(Diagnostic::NeverAwaited, self, msg);
    if (rt.warn && !rt.warn(rt, rt.t.RuntimeWarning, msg, 1, self)) {
      report_unraisable(rt, "Exception ignored in: ", self);
    }
    finish(g);
    rt.exc = std::move(saved);
    return;
  }
  if (g->kind == GenKind::AsyncGenerator && !g->closed && f->state == FrameState::Suspended && g->finalizer) {
    Value fin = g->finalizer;
    Value r = call(rt, fin, {self});
    if (!r) report_unraisable(rt, "Exception ignored in: ", fin);
    rt.exc = std::move(saved);
    return;
  }
  if (f->state == FrameState::Suspended) {
    if (!gen_close(rt, g)) report_unraisable(rt, "Exception ignored in: ", self);
  }
  rt.exc = std::move(saved);
}

static Value gen_repr(Runtime& rt, const Value& self) {
  auto* g = as_gen(self);
  char buf[48];
  std::snprintf(buf, sizeof buf, " at %#llx>", static_cast<unsigned long long>(object_id(rt, self)));
  const char* what = g->kind == GenKind::Coroutine ? "coroutine" : g->kind == GenKind::AsyncGenerator
                                                                       ? "async_generator"
                                                                       : "generator";
  return make_str(rt, std::string("<") + what + " object " + std::string(str_view(g->qualname)) + buf);
}

static SendResult gen_send_slot(Runtime& rt, const Value& self, const Value& arg, Value* out) {
  return gen_send(rt, as_gen(self), arg, out);
}
static SendResult gen_throw_slot(Runtime& rt, const Value& self, const Value& exc, Value* out) {
  return gen_throw(rt, as_gen(self), exc, out);
}

// Turns a SendResult into the Python-level method result (StopIteration on return).
static Value method_result(Runtime& rt, SendResult r, Value v, GenKind kind) {
  if (r == SendResult::Yield) return v;
  if (r == SendResult::Error) return nullptr;
  if (kind == GenKind::AsyncGenerator) return rt.raise_value(Value::borrow(rt.t.StopAsyncIteration));
  Value e = rt.is_none(v) ? new_exception(rt, rt.t.StopIteration, {}) : new_stop_iteration(rt, v);
  if (e) rt.set_error(std::move(e));
  return nullptr;
}

static Value m_send(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "send", 1, 1)) return nullptr;
  Value out;
  SendResult r = gen_send(rt, as_gen(self), a[0], &out);
  return method_result(rt, r, std::move(out), as_gen(self)->kind);
}

static Value m_throw(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "throw", 1, 3)) return nullptr;
  Value exc = normalize_throw(rt, a[0], a.nargs > 1 ? a[1] : Value(), a.nargs > 2 ? a[2] : Value());
  if (!exc) return nullptr;
  Value out;
  SendResult r = gen_throw(rt, as_gen(self), exc, &out);
  return method_result(rt, r, std::move(out), as_gen(self)->kind);
}

static Value m_close(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "close", 0, 0)) return nullptr;
  if (!gen_close(rt, as_gen(self))) return nullptr;
  return rt.None();
}

static Value gen_iternext(Runtime& rt, const Value& self) {
  Value out;
  SendResult r = gen_send(rt, as_gen(self), rt.None(), &out);
  if (r == SendResult::Yield) return out;
  return nullptr;  // Return: exhausted (no error); Error: error set
}

static Value gen_iter(Runtime&, const Value& self) { return self; }

static Value g_name(Runtime&, const Value& s) { return as_gen(s)->name; }
static bool s_name(Runtime& rt, const Value& s, const Value& v) {
  if (!v || !is_str(rt, v)) {
    rt.raise(rt.t.TypeError, "__name__ must be set to a string object");
    return false;
  }
  as_gen(s)->name = v;
  return true;
}
static Value g_qualname(Runtime&, const Value& s) { return as_gen(s)->qualname; }
static bool s_qualname(Runtime& rt, const Value& s, const Value& v) {
  if (!v || !is_str(rt, v)) {
    rt.raise(rt.t.TypeError, "__qualname__ must be set to a string object");
    return false;
  }
  as_gen(s)->qualname = v;
  return true;
}
static Value g_frame(Runtime& rt, const Value& s) {
  Value f = as_gen(s)->frame;
  if (!f || as_frame(f)->state == FrameState::Completed) return rt.None();
  return f;
}
static Value g_running(Runtime& rt, const Value& s) { return rt.Bool(as_gen(s)->running); }
static Value g_code(Runtime& rt, const Value& s) {
  GenObject* g = as_gen(s);
  return g->code ? g->code : rt.None();
}
static Value g_yieldfrom(Runtime& rt, const Value& s) {
  Value y = gen_yieldfrom(as_gen(s));
  return y ? y : rt.None();
}
static Value g_origin(Runtime& rt, const Value& s) {
  GenObject* g = as_gen(s);
  return g->origin ? g->origin : rt.None();
}
static Value g_suspended(Runtime& rt, const Value& s) {
  GenObject* g = as_gen(s);
  return rt.Bool(g->frame && as_frame(g->frame)->state == FrameState::Suspended);
}

static const GetSetDef kGenGetSets[] = {
    {"__name__", g_name, s_name}, {"__qualname__", g_qualname, s_qualname},
    {"gi_frame", g_frame},        {"gi_running", g_running},
    {"gi_code", g_code},          {"gi_yieldfrom", g_yieldfrom},
    {"gi_suspended", g_suspended}, {nullptr, nullptr},
};
static const GetSetDef kCoroGetSets[] = {
    {"__name__", g_name, s_name}, {"__qualname__", g_qualname, s_qualname},
    {"cr_frame", g_frame},        {"cr_running", g_running},
    {"cr_code", g_code},          {"cr_await", g_yieldfrom},
    {"cr_suspended", g_suspended}, {"cr_origin", g_origin}, {nullptr, nullptr},
};
static const GetSetDef kAsyncGenGetSets[] = {
    {"__name__", g_name, s_name}, {"__qualname__", g_qualname, s_qualname},
    {"ag_frame", g_frame},        {"ag_running", g_running},
    {"ag_code", g_code},          {"ag_await", g_yieldfrom},
    {nullptr, nullptr},
};

static const MethodDef kGenMethods[] = {
    {"send", m_send}, {"throw", m_throw}, {"close", m_close}, {nullptr, nullptr}};

// ---------------------------------------------------------------------------------------------
// coroutine.__await__() -> coroutine_wrapper

struct CoroWrapperObject : Object {
  Value coro;
};

static void cw_dealloc(Object* o) { static_cast<CoroWrapperObject*>(o)->coro.reset(); }
static void cw_traverse(Object* o, Visitor& v) { v(static_cast<CoroWrapperObject*>(o)->coro); }
static SendResult cw_send(Runtime& rt, const Value& self, const Value& arg, Value* out) {
  return gen_send(rt, as_gen(static_cast<CoroWrapperObject*>(self.obj())->coro), arg, out);
}
static SendResult cw_throw(Runtime& rt, const Value& self, const Value& exc, Value* out) {
  return gen_throw(rt, as_gen(static_cast<CoroWrapperObject*>(self.obj())->coro), exc, out);
}
static Value cw_next(Runtime& rt, const Value& self) {
  Value out;
  SendResult r = cw_send(rt, self, rt.None(), &out);
  if (r == SendResult::Yield) return out;
  if (r == SendResult::Return) {
    if (!rt.is_none(out)) {
      Value e = new_stop_iteration(rt, out);
      if (e) rt.set_error(std::move(e));
    }
  }
  return nullptr;
}
static Value cw_m_send(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "send", 1, 1)) return nullptr;
  Value out;
  SendResult r = cw_send(rt, self, a[0], &out);
  return method_result(rt, r, std::move(out), GenKind::Coroutine);
}
static Value cw_m_throw(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "throw", 1, 3)) return nullptr;
  Value exc = normalize_throw(rt, a[0], a.nargs > 1 ? a[1] : Value(), a.nargs > 2 ? a[2] : Value());
  if (!exc) return nullptr;
  Value out;
  SendResult r = cw_throw(rt, self, exc, &out);
  return method_result(rt, r, std::move(out), GenKind::Coroutine);
}
static Value cw_m_close(Runtime& rt, const Value& self, CallArgs) {
  if (!gen_close(rt, as_gen(static_cast<CoroWrapperObject*>(self.obj())->coro))) return nullptr;
  return rt.None();
}
static const MethodDef kCoroWrapperMethods[] = {
    {"send", cw_m_send}, {"throw", cw_m_throw}, {"close", cw_m_close}, {nullptr, nullptr}};

static Value coro_await(Runtime& rt, const Value& self) {
  auto* w = alloc<CoroWrapperObject>(rt, rt.t.coroutine_wrapper);
  w->coro = self;
  gc_track(rt, w);
  return Value::steal(w);
}

// ---------------------------------------------------------------------------------------------
// Async generators: asend / athrow awaitables and the wrapped-value marker

struct WrappedValueObject : Object {
  Value value;
};

Value wrap_async_gen_value(Runtime& rt, const Value& v) {
  auto* w = alloc<WrappedValueObject>(rt, rt.t.async_gen_wrapped);
  w->value = v;
  return Value::steal(w);
}

static void wv_dealloc(Object* o) { static_cast<WrappedValueObject*>(o)->value.reset(); }

enum class AwaitState : uint8_t { Init, Iter, Closed };

struct AsendObject : Object {
  Value gen;
  Value sendval;
  AwaitState state;
  bool is_throw;   // athrow / aclose
  bool is_close;   // aclose()
  Value exc;       // athrow: the exception to throw
};

static void init_hooks(Runtime& rt, GenObject* g) {
  if (g->hooks_inited) return;
  g->hooks_inited = true;
  VM& vm = *rt.vm;
  if (vm.asyncgen_finalizer) g->finalizer = vm.asyncgen_finalizer;
  if (vm.asyncgen_firstiter) {
    Value r = call(rt, vm.asyncgen_firstiter, {Value::borrow(g)});
    (void)r;
  }
}

// Interprets what the async generator's frame produced for an asend/athrow in progress.
static SendResult unwrap(Runtime& rt, AsendObject* a, SendResult r, Value* out) {
  GenObject* g = as_gen(a->gen);
  if (r == SendResult::Yield) {
    if (out->is_obj() && out->obj()->type == rt.t.async_gen_wrapped) {
      Value v = static_cast<WrappedValueObject*>(out->obj())->value;
      a->state = AwaitState::Closed;
      g->running_async = false;
      if (a->is_close) {
        rt.raise(rt.t.RuntimeError, "async generator ignored GeneratorExit");
        return SendResult::Error;
      }
      *out = std::move(v);
      return SendResult::Return;  // StopIteration(value): the await's result
    }
    return SendResult::Yield;  // an awaited future passing through
  }
  a->state = AwaitState::Closed;
  g->running_async = false;
  if (r == SendResult::Return) {
    if (a->is_close) {
      *out = rt.None();
      return SendResult::Return;
    }
    g->closed = true;
    rt.raise_value(Value::borrow(rt.t.StopAsyncIteration));
    return SendResult::Error;
  }
  if (rt.error_matches(rt.t.StopAsyncIteration) || rt.error_matches(rt.t.GeneratorExit)) {
    g->closed = true;
    if (a->is_close) {
      rt.clear_error();
      *out = rt.None();
      return SendResult::Return;
    }
  }
  return SendResult::Error;
}

static SendResult asend_send(Runtime& rt, const Value& self, const Value& arg, Value* out) {
  auto* a = static_cast<AsendObject*>(self.obj());
  GenObject* g = as_gen(a->gen);
  if (a->state == AwaitState::Closed) {
    rt.raise(rt.t.RuntimeError, a->is_throw ? "cannot reuse already awaited aclose()/athrow()"
                                            : "cannot reuse already awaited __anext__()/asend()");
    return SendResult::Error;
  }
  if (a->state == AwaitState::Init) {
    if (g->running_async) {
      rt.raise(rt.t.RuntimeError, a->is_throw ? (a->is_close ? "aclose(): asynchronous generator is already running"
                                                             : "athrow(): asynchronous generator is already running")
                                              : "anext(): asynchronous generator is already running");
      return SendResult::Error;
    }
    // CPython 3.11 (genobject.c): aclose()/athrow() of a generator whose frame has completed
    // gives None; of one that aclose() already closed (ag_closed, set when aclose() starts or
    // when StopAsyncIteration/GeneratorExit came out of it) StopAsyncIteration, even while
    // its frame is still suspended (it ignored GeneratorExit). __anext__()/asend() do not look
    // at ag_closed: they resume such a frame, and a completed one raises StopAsyncIteration.
    if (a->is_throw && !g->frame) {
      a->state = AwaitState::Closed;
      *out = rt.None();
      return SendResult::Return;
    }
    if (a->is_throw && g->closed) {
      a->state = AwaitState::Closed;
      rt.raise_value(Value::borrow(rt.t.StopAsyncIteration));
      return SendResult::Error;
    }
    if (!a->is_throw && !g->frame) {
      a->state = AwaitState::Closed;
      rt.raise_value(Value::borrow(rt.t.StopAsyncIteration));
      return SendResult::Error;
    }
    init_hooks(rt, g);
    g->running_async = true;
    a->state = AwaitState::Iter;
    if (a->is_close) g->closed = true;  // aclose() mode marks the generator closed up front
    if (a->is_throw) {
      if (!g->frame || as_frame(g->frame)->state == FrameState::Created) {
        if (a->is_close) {
          finish(g);
          g->closed = true;
          a->state = AwaitState::Closed;
          g->running_async = false;
          *out = rt.None();
          return SendResult::Return;
        }
      }
      SendResult r = gen_throw(rt, g, a->exc, out);
      return unwrap(rt, a, r, out);
    }
    Value v = (arg && !rt.is_none(arg)) ? arg : a->sendval;
    SendResult r = gen_send(rt, g, v ? v : rt.None(), out);
    return unwrap(rt, a, r, out);
  }
  SendResult r = gen_send(rt, g, arg, out);
  return unwrap(rt, a, r, out);
}

static SendResult asend_throw(Runtime& rt, const Value& self, const Value& exc, Value* out) {
  auto* a = static_cast<AsendObject*>(self.obj());
  if (a->state == AwaitState::Closed) {
    rt.raise(rt.t.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    return SendResult::Error;
  }
  SendResult r = gen_throw(rt, as_gen(a->gen), exc, out);
  return unwrap(rt, a, r, out);
}

static Value asend_next(Runtime& rt, const Value& self) {
  Value out;
  SendResult r = asend_send(rt, self, rt.None(), &out);
  if (r == SendResult::Yield) return out;
  if (r == SendResult::Return) {
    Value e = rt.is_none(out) ? new_exception(rt, rt.t.StopIteration, {}) : new_stop_iteration(rt, out);
    if (e) rt.set_error(std::move(e));
  }
  return nullptr;
}

static Value asend_m_send(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "send", 1, 1)) return nullptr;
  Value out;
  SendResult r = asend_send(rt, self, a[0], &out);
  return method_result(rt, r, std::move(out), GenKind::Coroutine);
}
static Value asend_m_throw(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "throw", 1, 3)) return nullptr;
  Value exc = normalize_throw(rt, a[0], a.nargs > 1 ? a[1] : Value(), a.nargs > 2 ? a[2] : Value());
  if (!exc) return nullptr;
  Value out;
  SendResult r = asend_throw(rt, self, exc, &out);
  return method_result(rt, r, std::move(out), GenKind::Coroutine);
}
static Value asend_m_close(Runtime& rt, const Value& self, CallArgs) {
  static_cast<AsendObject*>(self.obj())->state = AwaitState::Closed;
  return rt.None();
}
static const MethodDef kAsendMethods[] = {
    {"send", asend_m_send}, {"throw", asend_m_throw}, {"close", asend_m_close}, {nullptr, nullptr}};

static void asend_dealloc(Object* o) {
  auto* a = static_cast<AsendObject*>(o);
  a->gen.reset();
  a->sendval.reset();
  a->exc.reset();
}
static void asend_traverse(Object* o, Visitor& v) {
  auto* a = static_cast<AsendObject*>(o);
  v(a->gen);
  v(a->sendval);
  v(a->exc);
}

static Value new_asend(Runtime& rt, const Value& gen, TypeObject* type, const Value& val, bool is_throw,
                       bool is_close, const Value& exc) {
  auto* a = alloc<AsendObject>(rt, type);
  a->gen = gen;
  a->sendval = val;
  a->is_throw = is_throw;
  a->is_close = is_close;
  a->exc = exc;
  a->state = AwaitState::Init;
  gc_track(rt, a);
  return Value::steal(a);
}

static Value agen_anext(Runtime& rt, const Value& self) {
  return new_asend(rt, self, rt.t.async_gen_asend, rt.None(), false, false, Value());
}
static Value agen_aiter(Runtime&, const Value& self) { return self; }
static Value agen_m_asend(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "asend", 1, 1)) return nullptr;
  return new_asend(rt, self, rt.t.async_gen_asend, a[0], false, false, Value());
}
static Value agen_m_athrow(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "athrow", 1, 3)) return nullptr;
  Value exc = normalize_throw(rt, a[0], a.nargs > 1 ? a[1] : Value(), a.nargs > 2 ? a[2] : Value());
  if (!exc) return nullptr;
  return new_asend(rt, self, rt.t.async_gen_athrow, Value(), true, false, exc);
}
static Value agen_m_aclose(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "aclose", 0, 0)) return nullptr;
  Value exc = new_exception(rt, rt.t.GeneratorExit, {});
  return new_asend(rt, self, rt.t.async_gen_athrow, Value(), true, true, exc);
}
static const MethodDef kAsyncGenMethods[] = {
    {"asend", agen_m_asend}, {"athrow", agen_m_athrow}, {"aclose", agen_m_aclose}, {nullptr, nullptr}};

// ---------------------------------------------------------------------------------------------

void init_generator_types(Runtime& rt) {
  TypeSlots s;
  s.dealloc = gen_dealloc;
  s.traverse = gen_traverse;
  s.clear = gen_clear;
  s.finalize = gen_finalize;
  s.repr = gen_repr;
  s.send = gen_send_slot;
  s.throw_ = gen_throw_slot;
  TypeSlots gs = s;
  gs.iter = gen_iter;
  gs.next = gen_iternext;
  rt.t.generator = make_builtin_type(
      rt, TypeSpec{"generator", nullptr, sizeof(GenObject), kTypeGc, kGenMethods, kGenGetSets}, gs);
  TypeSlots cs = s;
  cs.await = coro_await;
  rt.t.coroutine = make_builtin_type(
      rt, TypeSpec{"coroutine", nullptr, sizeof(GenObject), kTypeGc, kGenMethods, kCoroGetSets}, cs);
  TypeSlots as = s;
  as.send = nullptr;
  as.throw_ = nullptr;
  as.aiter = agen_aiter;
  as.anext = agen_anext;
  rt.t.async_generator = make_builtin_type(
      rt, TypeSpec{"async_generator", nullptr, sizeof(GenObject), kTypeGc, kAsyncGenMethods, kAsyncGenGetSets}, as);

  TypeSlots w;
  w.dealloc = cw_dealloc;
  w.traverse = cw_traverse;
  w.clear = cw_dealloc;
  w.send = cw_send;
  w.throw_ = cw_throw;
  w.next = cw_next;
  w.iter = gen_iter;
  rt.t.coroutine_wrapper = make_builtin_type(
      rt, TypeSpec{"coroutine_wrapper", nullptr, sizeof(CoroWrapperObject), kTypeGc, kCoroWrapperMethods}, w);

  TypeSlots a;
  a.dealloc = asend_dealloc;
  a.traverse = asend_traverse;
  a.clear = asend_dealloc;
  a.send = asend_send;
  a.throw_ = asend_throw;
  a.next = asend_next;
  a.iter = gen_iter;
  a.await = gen_iter;
  rt.t.async_gen_asend = make_builtin_type(
      rt, TypeSpec{"async_generator_asend", nullptr, sizeof(AsendObject), kTypeGc, kAsendMethods}, a);
  rt.t.async_gen_athrow = make_builtin_type(
      rt, TypeSpec{"async_generator_athrow", nullptr, sizeof(AsendObject), kTypeGc, kAsendMethods}, a);

  TypeSlots v;
  v.dealloc = wv_dealloc;
  rt.t.async_gen_wrapped = make_builtin_type(
      rt, TypeSpec{"async_generator_wrapped_value", nullptr, sizeof(WrappedValueObject)}, v);
}

}  // namespace ls
