// The dispatch loop. One C++ activation runs a whole chain of Python frames: CALL of a Python
// function pushes its frame and continues here; SEND to a suspended coroutine resumes its frame
// here; RETURN/YIELD hand the value back to the frame that called/resumed. Only entries from C++
// (a native function calling back into Python, or a Task stepping a coroutine) nest.
#include "lang/vm.hpp"

#include <cstring>

#include "lang/code.hpp"
#include "lang/function.hpp"
#include "lang/generator.hpp"
#include "lang/interp_support.hpp"
#include "lang/opcodes.hpp"
#include "object/cell.hpp"
#include "object/checked_math.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/float.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

VM::VM(Runtime& r) : rt(r) {}

VM& vm_of(Runtime& rt) { return *rt.vm; }

Value current_handled_exception(Runtime& rt) {
  for (ExcInfo* e = rt.vm->exc_info; e; e = e->previous) {
    if (e->exc && !rt.is_none(e->exc)) return e->exc;
  }
  return nullptr;
}

// CPython's _PyErr_SetObject implicit chaining: the new exception's __context__ becomes the one
// being handled, breaking any cycle that would create.
void chain_context(Runtime& rt, const Value& exc) {
  if (!rt.vm || !is_exception_instance(exc)) return;
  chain_context_to(rt, exc, current_handled_exception(rt));
}

void chain_context_to(Runtime& rt, const Value& exc, const Value& handled) {
  if (!handled || rt.is_none(handled) || handled.is(exc) || !is_exception_instance(exc)) return;
  Value o = handled;
  for (int guard = 0; guard < 10000; ++guard) {
    Value ctx = as_exc(o)->context;
    if (!ctx) break;
    if (ctx.is(exc)) {
      as_exc(o)->context.reset();
      break;
    }
    o = ctx;
  }
  as_exc(exc)->context = handled;
}

void set_error_chained(Runtime& rt, Value exc) { rt.set_error(std::move(exc)); }

// ---------------------------------------------------------------------------------------------
// Helpers used by the loop

static Value name_error(Runtime& rt, StrObject* name) {
  Value e = new_exception_msg(rt, rt.t.NameError, "name '" + std::string(name->view()) + "' is not defined");
  if (e) {
    as_exc(e)->extra[0] = Value::borrow(name);
    rt.set_error(std::move(e));
  }
  return nullptr;
}

static Value unbound_local(Runtime& rt, CodeObject* co, int32_t index) {
  TupleObject* names = as_tuple(co->varnames);
  std::string n = index < names->size ? std::string(str_view((*names)[index])) : "?";
  Value e = new_exception_msg(rt, rt.t.UnboundLocalError,
                              "cannot access local variable '" + n + "' where it is not associated with a value");
  if (e) {
    as_exc(e)->extra[0] = make_str(rt, n);
    rt.set_error(std::move(e));
  }
  return nullptr;
}

static std::string deref_name(CodeObject* co, int32_t index) {
  int32_t i = index - co->nlocals;
  if (i < co->ncells) return std::string(str_view((*as_tuple(co->cellvars))[i]));
  return std::string(str_view((*as_tuple(co->freevars))[i - co->ncells]));
}

static Value unbound_deref(Runtime& rt, CodeObject* co, int32_t index) {
  std::string n = deref_name(co, index);
  if (index - co->nlocals < co->ncells) {
    Value e = new_exception_msg(rt, rt.t.UnboundLocalError,
                                "cannot access local variable '" + n + "' where it is not associated with a value");
    if (e) {
      as_exc(e)->extra[0] = make_str(rt, n);
      rt.set_error(std::move(e));
    }
  } else {
    Value e = new_exception_msg(rt, rt.t.NameError, "cannot access free variable '" + n +
                                                        "' where it is not associated with a value in enclosing scope");
    if (e) {
      as_exc(e)->extra[0] = make_str(rt, n);
      rt.set_error(std::move(e));
    }
  }
  return nullptr;
}

static Value lookup_name(Runtime& rt, FrameObject* f, StrObject* name) {
  if (f->locals) {
    if (f->locals.obj()->type == rt.t.dict) {
      Value* v = dict_lookup_str(as_dict(f->locals), name);
      if (v) return *v;
    } else {
      Value r = getitem(rt, f->locals, Value::borrow(name));
      if (r) return r;
      if (!rt.error_matches(rt.t.KeyError)) return nullptr;
      rt.clear_error();
    }
  }
  Value* v = dict_lookup_str(f->globals, name);
  if (v) return *v;
  v = dict_lookup_str(f->builtins, name);
  if (v) return *v;
  return name_error(rt, name);
}

// CPython's _PyObject_FunctionStr: "module.qualname()" ("qualname()" for builtins) for call
// error messages, else str(func).
static std::string function_str(Runtime& rt, const Value& func) {
  Value qn = getattr_opt(rt, func, rt.n.__qualname__);
  if (!qn || !is_str(rt, qn)) {
    rt.clear_error();
    std::string s;
    if (!str_string(rt, func, &s)) rt.clear_error();
    return s;
  }
  Value mod = getattr_opt(rt, func, rt.n.__module__);
  rt.clear_error();
  if (mod && is_str(rt, mod) && str_view(mod) != "builtins") {
    return std::string(str_view(mod)) + "." + std::string(str_view(qn)) + "()";
  }
  return std::string(str_view(qn)) + "()";
}

// LOAD_ATTR/STORE_ATTR inline cache: key1 = the type's version; key2 = the entry number of the
// attribute in the instance dict, or kSlotCache | the byte offset of an inline __slots__ value.
static constexpr uint64_t kSlotCache = uint64_t(1) << 63;

// Fills the LOAD_ATTR/STORE_ATTR inline cache after a generic lookup/assignment found or
// replaced `name` in the instance dict of `owner`, or reached a __slots__ member stored inline
// (see those opcodes).
static void attr_cache_fill(Runtime& rt, InlineCache& c, const Value& owner, StrObject* name, bool load) {
  if (!owner.is_obj()) return;
  TypeObject* tp = owner.obj()->type;
  bool generic = load ? tp->slots.getattr == generic_getattr : tp->slots.setattr == generic_setattr;
  if (!generic || !(tp->flags & kTypeHasDict) || tp->version == 0 || !(name->flags & kInterned)) return;
  Value descr = type_lookup_value(tp, name);
  if (descr.is_obj() && descr.obj()->type->slots.descr_set) {
    // A data descriptor wins; a slot member's value is a Value at a fixed offset.
    if (uint32_t off = member_inline_offset(rt, descr, tp)) {
      c.key1 = tp->version;
      c.key2 = kSlotCache | off;
    }
    return;
  }
  if (tp->flags & kTypeSlotsOnly) return;  // the hidden storage is not the instance's __dict__
  const Value& dv = *instance_dict_slot(owner.obj());
  if (!dv) return;
  int64_t i = dict_index_str(as_dict(dv), name);
  if (i < 0) return;
  c.key1 = tp->version;
  c.key2 = static_cast<uint64_t>(i);
  (void)rt;
}

static Value format_value(Runtime& rt, const Value& v, uint32_t flags, const Value& spec) {
  Value conv;
  switch (flags & 3) {
    case 1: conv = str(rt, v); break;
    case 2: conv = repr(rt, v); break;
    case 3: conv = ascii(rt, v); break;
    default: conv = v;
  }
  if (!conv) return nullptr;
  if (!spec) {
    if (conv.is_obj() && conv.obj()->type == rt.t.str) return conv;
    return format(rt, conv, Value::borrow(rt.empty_str));
  }
  return format(rt, conv, spec);
}

// BUILD_STRING (CPython's _PyUnicode_JoinArray): one allocation, the lengths taken from the parts.
static Value build_string(Runtime& rt, Value* items, uint32_t n) { return str_join_values(rt, items, n); }

// CPython's unicode_concatenate: for `s = s + t` / `s += t` with exact strs, when the next
// instruction stores into the variable that holds `lhs` and that variable and `lhs` are its only
// references, the variable lets go of it so that the string can grow in place (a loop building
// a string this way is then linear, as in CPython). The variable is stored right after; if the
// append fails it gets its value back.
static bool concat_in_place(Runtime& rt, FrameObject* f, uint32_t next, Value* locals, const Value* names,
                            Value& lhs, const Value& rhs) {
  if (lhs.obj()->refcnt != 2) return false;
  uint32_t arg = arg_of(next);
  Value* slot = nullptr;
  bool in_dict = false;
  switch (op_of(next)) {
    case Op::STORE_FAST:
      slot = &locals[arg];
      break;
    case Op::STORE_DEREF:
      slot = &as_cell(locals[arg])->ref;
      break;
    case Op::STORE_NAME:
      if (!f->locals || f->locals.obj()->type != rt.t.dict) return false;
      slot = dict_lookup_str(as_dict(f->locals), as_str(names[arg]));
      in_dict = true;
      break;
    case Op::STORE_GLOBAL:
      slot = dict_lookup_str(f->globals, as_str(names[arg]));
      in_dict = true;
      break;
    default:
      return false;
  }
  if (!slot || !slot->is(lhs)) return false;
  // A dict entry keeps a value (None) until the store replaces it.
  if (in_dict) *slot = rt.None();
  else slot->reset();
  if (str_append_inplace(rt, lhs, rhs)) return true;
  *slot = lhs;
  return false;
}

static bool unpack_sequence(Runtime& rt, const Value& seq, uint32_t n, Value* out /* n slots, reversed */) {
  TypeObject* t = seq.type(rt);
  if (t == rt.t.tuple || t == rt.t.list) {
    int64_t size = t == rt.t.tuple ? as_tuple(seq)->size : as_list(seq)->size;
    const Value* items = t == rt.t.tuple ? as_tuple(seq)->items() : as_list(seq)->items;
    if (size != static_cast<int64_t>(n)) {
      if (size < static_cast<int64_t>(n)) {
        rt.raise(rt.t.ValueError, "not enough values to unpack (expected " + std::to_string(n) + ", got " +
                                      std::to_string(size) + ")");
      } else {
        rt.raise(rt.t.ValueError, "too many values to unpack (expected " + std::to_string(n) + ")");
      }
      return false;
    }
    for (uint32_t i = 0; i < n; ++i) out[n - 1 - i] = items[i];
    return true;
  }
  Value it = iter(rt, seq);
  if (!it) {
    if (rt.error_matches(rt.t.TypeError) && !t->slots.iter && !t->slots.getitem) {
      rt.clear_error();
      rt.raise(rt.t.TypeError, "cannot unpack non-iterable " + t->name + " object");
    }
    return false;
  }
  for (uint32_t i = 0; i < n; ++i) {
    Value x = next(rt, it);
    if (!x) {
      if (!rt.has_error()) {
        rt.raise(rt.t.ValueError, "not enough values to unpack (expected " + std::to_string(n) + ", got " +
                                      std::to_string(i) + ")");
      }
      return false;
    }
    out[n - 1 - i] = std::move(x);
  }
  Value extra = next(rt, it);
  if (extra) {
    rt.raise(rt.t.ValueError, "too many values to unpack (expected " + std::to_string(n) + ")");
    return false;
  }
  return !rt.has_error();
}

static bool unpack_ex(Runtime& rt, const Value& seq, uint32_t before, uint32_t after, Value* out) {
  // out receives before + 1 + after values, reversed (top of stack = first).
  Value l = list_from_iterable(rt, seq);
  if (!l) {
    if (rt.error_matches(rt.t.TypeError) && !seq.type(rt)->slots.iter && !seq.type(rt)->slots.getitem) {
      rt.clear_error();
      rt.raise(rt.t.TypeError, "cannot unpack non-iterable " + type_name(rt, seq) + " object");
    }
    return false;
  }
  ListObject* lo = as_list(l);
  int64_t size = lo->size;
  if (size < static_cast<int64_t>(before + after)) {
    rt.raise(rt.t.ValueError, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                  ", got " + std::to_string(size) + ")");
    return false;
  }
  uint32_t total = before + 1 + after;
  uint32_t k = 0;
  for (uint32_t i = 0; i < before; ++i) out[total - 1 - k++] = lo->items[i];
  Ref<ListObject> mid = new_list(rt, size - before - after);
  for (int64_t i = before; i < size - after; ++i) list_append(rt, mid.get(), lo->items[i]);
  out[total - 1 - k++] = std::move(mid).value();
  for (int64_t i = size - after; i < size; ++i) out[total - 1 - k++] = lo->items[i];
  return true;
}

// Checks the class given to `except` (CPython's check_except_type_valid).
static bool check_except_type(Runtime& rt, const Value& t) {
  auto ok = [&](const Value& v) { return is_exception_type(v); };
  if (isinstance(rt, t, rt.t.tuple)) {
    TupleObject* tt = as_tuple(t);
    for (int64_t i = 0; i < tt->size; ++i) {
      if (!ok((*tt)[i])) {
        rt.raise(rt.t.TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return false;
      }
    }
    return true;
  }
  if (!ok(t)) {
    rt.raise(rt.t.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return false;
  }
  return true;
}

// `raise exc from cause` / `raise exc` / bare `raise`. Always leaves an error set; returns true
// for a bare re-raise (which adds no traceback entry).
static bool do_raise(Runtime& rt, Value exc, Value cause) {
  if (!exc) {
    Value h = current_handled_exception(rt);
    if (!h) {
      rt.raise(rt.t.RuntimeError, "No active exception to reraise");
      return false;
    }
    rt.exc = h;  // re-raise: no new chaining
    return true;
  }
  Value value;
  if (is_exception_type(exc)) {
    value = call(rt, exc, {});
    if (!value) return false;
    if (!is_exception_instance(value)) {
      rt.raise(rt.t.TypeError, "calling " + std::string(str_view(type_repr(rt, exc))) +
                                   " should have returned an instance of BaseException, not " + type_name(rt, value));
      return false;
    }
  } else if (is_exception_instance(exc)) {
    value = exc;
  } else {
    rt.raise(rt.t.TypeError, "exceptions must derive from BaseException");
    return false;
  }
  if (cause) {
    Value fixed;
    if (is_exception_type(cause)) {
      fixed = call(rt, cause, {});
      if (!fixed) return false;
    } else if (is_exception_instance(cause)) {
      fixed = cause;
    } else if (rt.is_none(cause)) {
      fixed = nullptr;
    } else {
      rt.raise(rt.t.TypeError, "exception causes must derive from BaseException");
      return false;
    }
    as_exc(value)->cause = fixed;
    as_exc(value)->suppress_context = true;
  }
  rt.set_error(std::move(value));
  return false;
}

// StopIteration leaving a generator becomes RuntimeError (PEP 479).
static void convert_stop_iteration(Runtime& rt, GenObject* gen) {
  if (!rt.exc) return;
  bool async_gen = gen->kind == GenKind::AsyncGenerator;
  if (rt.error_matches(rt.t.StopIteration) ||
      (async_gen && rt.error_matches(rt.t.StopAsyncIteration))) {
    Value cause = rt.take_error();
    const char* what = gen->kind == GenKind::Coroutine ? "coroutine" : async_gen ? "async generator" : "generator";
    std::string msg = std::string(what) + " raised " +
                      (is_subtype(cause.obj()->type, rt.t.StopIteration) ? "StopIteration" : "StopAsyncIteration");
    Value e = new_exception_msg(rt, rt.t.RuntimeError, msg);
    as_exc(e)->cause = cause;
    as_exc(e)->context = cause;
    as_exc(e)->suppress_context = true;
    rt.exc = std::move(e);
  }
}

// Links/unlinks a generator's exception state while its frame runs.
static inline void gen_enter(VM& vm, GenObject* g) {
  g->exc_state.previous = vm.exc_info;
  vm.exc_info = &g->exc_state;
  g->running = true;
}
static inline void gen_leave(VM& vm, GenObject* g) {
  vm.exc_info = g->exc_state.previous;
  g->exc_state.previous = nullptr;
  g->running = false;
}

static void gen_finished(Runtime& rt, GenObject* g) {
  Value fr = std::move(g->frame);
  if (fr) frame_finish_generator(as_frame(fr));
  (void)rt;
}

// The builtins module's next() (the built-in function itself, not another one of that name).
static bool is_builtin_next(Runtime& rt, BuiltinFunctionObject* b) {
  if (std::strcmp(b->name, "next") != 0 || !rt.vm->builtins) return false;
  Value v = dict_get_str(as_dict(rt.vm->builtins), rt.intern("next"));
  return v && v.is_obj() && v.obj()->type == rt.t.builtin_function &&
         static_cast<BuiltinFunctionObject*>(v.obj())->fn == b->fn;
}

// Runs generator g's frame next in this dispatch loop, above `caller` (SEND and a FOR_ITER over a
// generator). False, with RecursionError raised, at the recursion limit: CPython raises it as the
// generator's frame starts, which ends the generator (a coroutine that hit the limit was not
// "never awaited", a generator is exhausted). `fresh`: the frame had not started yet.
static inline bool gen_push_frame(Runtime& rt, VM& vm, GenObject* g, FrameObject* caller, FrameEntry entry,
                                  bool& fresh) {
  if (++rt.call_depth > rt.limits.recursion_limit) {
    --rt.call_depth;
    rt.raise(rt.t.RecursionError, "maximum recursion depth exceeded");
    gen_finished(rt, g);
    return false;
  }
  FrameObject* gf = as_frame(g->frame);
  gen_enter(vm, g);
  gf->back = caller;
  gf->entry = entry;
  gf->is_entry = false;
  fresh = gf->state == FrameState::Created;
  gf->state = FrameState::Running;
  vm.current = gf;
  return true;
}

static Value get_awaitable(Runtime& rt, const Value& v, uint32_t where) {
  TypeObject* t = v.type(rt);
  if (t == rt.t.coroutine) {
    GenObject* g = as_gen(v);
    if (g->frame && gen_yieldfrom(g)) {
      return rt.raise(rt.t.RuntimeError, "coroutine is being awaited already");
    }
    return v;
  }
  if (t == rt.t.generator && as_gen(v)->frame &&
      (as_frame(as_gen(v)->frame)->code->flags & kCoIterableCoroutine)) {
    return v;
  }
  if (t->slots.await) {
    Value it = t->slots.await(rt, v);
    if (!it) return nullptr;
    TypeObject* it_t = it.type(rt);
    if (it_t == rt.t.coroutine) {
      return rt.raise(rt.t.TypeError, "__await__() returned a coroutine");
    }
    if (!it_t->slots.next) {
      return rt.raise(rt.t.TypeError, "__await__() returned non-iterator of type '" + it_t->name + "'");
    }
    return it;
  }
  if (where == 1) {
    return rt.raise(rt.t.TypeError, "'async with' received an object from __aenter__ that does not implement "
                                    "__await__: " + type_name(rt, v));
  }
  if (where == 2) {
    return rt.raise(rt.t.TypeError, "'async with' received an object from __aexit__ that does not implement "
                                    "__await__: " + type_name(rt, v));
  }
  return rt.raise(rt.t.TypeError, "object " + type_name(rt, v) + " can't be used in 'await' expression");
}

// Sends into a non-generator sub-iterator (a Future's iterator, a user __await__ iterator...).
static SendResult send_other(Runtime& rt, const Value& recv, const Value& v, Value* out) {
  TypeObject* t = recv.type(rt);
  if (t->slots.send) return t->slots.send(rt, recv, v, out);
  Value r;
  if (rt.is_none(v) && t->slots.next) {
    r = t->slots.next(rt, recv);
    if (!r) {
      if (rt.has_error()) return SendResult::Error;
      *out = rt.None();
      return SendResult::Return;
    }
  } else {
    r = call_method(rt, recv, rt.n.send, {v});
    if (!r) {
      if (rt.error_matches(rt.t.StopIteration)) {
        Value e = rt.take_error();
        Value val = as_exc(e)->extra[0];
        *out = val ? val : rt.None();
        return SendResult::Return;
      }
      return SendResult::Error;
    }
  }
  *out = std::move(r);
  return SendResult::Yield;
}

// ---------------------------------------------------------------------------------------------
// The loop

enum class StartMode { Normal, Throw, SendReturn };

static constexpr int kMaxNativeDepth = 180;
static constexpr int64_t kStepChunk = 4096;

void raise_limit_error(Runtime& rt) {
  if (rt.abort_message == kMemoryLimitExceeded) {
    rt.raise(rt.t.MemoryError, "");
  } else if (rt.abort_message == kDeadlock) {
    rt.raise(rt.t.RuntimeError,
             "LoopScope: the event loop has no ready callback and no timer: the program would wait forever");
  } else if (rt.abort_message == kOutputLimitExceeded) {
    rt.raise(rt.t.RuntimeError, "LoopScope stopped the program after it wrote " +
                                    std::to_string(rt.limits.max_output >> 20) + " MB of output (the output limit)");
  } else {
    rt.raise(rt.t.RuntimeError, "LoopScope stopped the program after " + std::to_string(rt.limits.max_steps) +
                                    " steps (the step budget): it may be stuck in a loop");
  }
}

bool vm_limits_reached(Runtime& rt) {
  VM& vm = *rt.vm;
  if (vm.suspend_request && vm.suspend_saved_budget > 0) {
    // A native step while a suspension is pending: taken from what is left of the chunk.
    --vm.suspend_saved_budget;
    vm.budget = 0;
    return false;
  }
  rt.steps += vm.chunk;
  if (!rt.aborting()) {
    if (rt.limits.max_steps > 0 && rt.steps >= rt.limits.max_steps) {
      rt.abort_message = kStepBudgetExhausted;
    } else if (rt.heap.over_limit) {
      rt.heap.over_limit = false;
      rt.abort_message = kMemoryLimitExceeded;
    } else if (rt.output_exceeded) {
      rt.abort_message = kOutputLimitExceeded;
    }
  }
  if (rt.aborting()) {
    // Also when the run was already ending, yet code runs on: C++ on the way out (an import, a
    // clear_error()) swallowed the limit's error. Raise it again; no handler catches it. The budget
    // stays at 0, so every step comes back here until the run has unwound.
    vm.chunk = vm.budget = 0;
    raise_limit_error(rt);
    return true;
  }
  vm.chunk = kStepChunk;
  if (rt.limits.max_steps > 0 && rt.limits.max_steps - rt.steps < vm.chunk) vm.chunk = rt.limits.max_steps - rt.steps;
  vm.budget = vm.chunk;
  return false;
}

static SendResult execute(Runtime& rt, FrameObject* entry, FrameObject* start, StartMode mode, Value* out);

// A call whose `npos` positional arguments fill exactly the parameters of `co` (no defaults,
// keywords, *args, **kwargs or cells to set up): they can move straight into the new frame,
// whose free variables then come from the closure (set_free_vars).
static inline bool exact_positional(const CodeObject* co, size_t npos) {
  return npos == static_cast<size_t>(co->argcount) && co->kwonlyargcount == 0 &&
         !(co->flags & (kCoVarargs | kCoVarkeywords)) && co->ncells == 0;
}

// A new frame's free variables: the closure's cells (bind_arguments does the same).
static inline void set_free_vars(FunctionObject* fn, CodeObject* co, Value* l) {
  if (__builtin_expect(co->nfrees > 0, 0)) {
    const Value* cl = as_tuple(fn->closure)->items();
    Value* fv = l + co->nlocals + co->ncells;
    for (int32_t i = 0; i < co->nfrees; ++i) fv[i].put(cl[i]);
  }
}

// Links the frame `nf` of a Python call made by `caller` in the same dispatch loop, after the
// recursion check. False (nf released, RecursionError set) when the limit is reached.
static inline bool enter_call_frame(Runtime& rt, FrameObject* caller, FrameObject* nf, FrameEntry entry) {
  if (++rt.call_depth > rt.limits.recursion_limit) {
    --rt.call_depth;
    decref(nf);
    rt.raise(rt.t.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  nf->back = caller;
  nf->entry = entry;
  nf->is_entry = false;
  nf->state = FrameState::Running;
  return true;
}

SendResult vm_run(Runtime& rt, FrameObject* frame, Value* out, bool throwing) {
  return execute(rt, frame, frame, throwing ? StartMode::Throw : StartMode::Normal, out);
}

SendResult vm_run_chain(Runtime& rt, FrameObject* entry, FrameObject* inner, bool throwing, Value* out) {
  return execute(rt, entry, inner, throwing ? StartMode::Throw : StartMode::SendReturn, out);
}

SendResult vm_run_thread(Runtime& rt, FrameObject* entry, FrameObject* inner, Value* out) {
  if (!inner) return execute(rt, entry, entry, StartMode::Normal, out);
  rt.vm->sliced = true;  // resume the chain as a sliced one: no new entry, no depth counted again
  return execute(rt, entry, inner, StartMode::Normal, out);
}

bool vm_tail_call(Runtime& rt, const Value& func, std::vector<Value> args) {
  VM& vm = *rt.vm;
  if (!vm.tail_ok || !func.is_obj() || func.obj()->type != rt.t.function) return false;
  vm.tail_ok = false;
  vm.tail_func = func;
  vm.tail_args = std::move(args);
  return true;
}

void vm_request_suspend(Runtime& rt, int depth) {
  VM& vm = *rt.vm;
  vm.suspend_depth = depth;
  if (vm.suspend_request) return;
  vm.suspend_request = true;
  vm.suspend_saved_budget = vm.budget;
  vm.budget = 0;
}

SendResult vm_resume_sliced(Runtime& rt, FrameObject* entry, Value* out) {
  VM& vm = *rt.vm;
  FrameObject* inner = vm.current ? vm.current : entry;
  return execute(rt, entry, inner, StartMode::Normal, out);
}

#if defined(__GNUC__) || defined(__clang__)
#define LS_COMPUTED_GOTO 1
#endif

static SendResult execute(Runtime& rt, FrameObject* entry, FrameObject* start, StartMode mode, Value* out) {
  VM& vm = *rt.vm;
  if (vm.native_depth >= kMaxNativeDepth) {
    // Python code re-entered from C++ (a dunder method, a callback): CPython's check on that
    // path words it so.
    rt.raise(rt.t.RecursionError, "maximum recursion depth exceeded while calling a Python object");
    return SendResult::Error;
  }
  if (++vm.native_depth > vm.peak_native_depth) vm.peak_native_depth = vm.native_depth;
  FrameObject* saved_current = vm.current;
  bool resuming_slice = entry->is_entry && vm.sliced;
  vm.sliced = false;
  if (!resuming_slice) {
    entry->back = saved_current;
    entry->entry = FrameEntry::Host;
    entry->is_entry = true;
  }

  FrameObject* f = start;
  const uint32_t* base;
  const uint32_t* ip;
  Value* sp;
  // The frame's locals follow its header: not a variable of their own, one pointer less for the
  // register allocator to keep.
#define LOCALS (f->localsplus())
// The code object's constants and names are read through the frame where used: fewer values
// live across the dispatch loop (V8 keeps each in a spill slot and copies it on every jump back).
#define co (f->code)
#define CONSTS (as_tuple(f->code->consts)->items())
#define NAMES (as_tuple(f->code->names)->items())
  SendResult result = SendResult::Error;
  int64_t& budget = vm.budget;  // shared with nested loops: a step is a step wherever it runs
  uint32_t w = 0;
  uint32_t oparg = 0;

#define LOAD_FRAME()                                             \
  do {                                                           \
    base = f->code->code.data();                                      \
    ip = base + f->lasti + 1;                                    \
    sp = f->stack_base() + f->stacktop;                          \
  } while (0)
#define SAVE_FRAME()                                             \
  do {                                                           \
    f->lasti = static_cast<int32_t>(ip - base) - 1;              \
    f->stacktop = static_cast<int32_t>(sp - f->stack_base());    \
  } while (0)
// Enters the callee's frame `nf` from this loop (the caller's position saved): the handler then
// dispatches its first instruction.
#define ENTER_CALL_FRAME(nf)                                          \
  do {                                                                \
    SAVE_FRAME();                                                     \
    if (!enter_call_frame(rt, f, nf, FrameEntry::Call)) goto error;   \
    f = nf;                                                           \
    vm.current = f;                                                   \
    LOAD_FRAME();                                                     \
  } while (0)
#define PUSH(v) ((sp++)->put(v))
#define POP() (std::move(*--sp))
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<std::ptrdiff_t>(n)])
#define DROP() ((--sp)->reset())

  // Enter the start frame.
  LOAD_FRAME();
  // throw() into a generator/coroutine that never ran (a task cancelled before its first step)
  // raises at its very start, where no try block is active: none of its handlers may run.
  bool thrown_before_start = mode == StartMode::Throw && f->state == FrameState::Created;
  f->state = FrameState::Running;
  vm.current = f;
  if (!resuming_slice) {
    if (++rt.call_depth > rt.limits.recursion_limit) {
      rt.raise(rt.t.RecursionError, "maximum recursion depth exceeded");
      mode = StartMode::Throw;
    }
  }
  if (mode == StartMode::Throw) {
    ip = base + (f->lasti < 0 ? 0 : f->lasti) + 1;
    if (thrown_before_start) goto error_noline;  // lasti stays -1: the `def` line, no position
    goto error;
  }
  if (mode == StartMode::SendReturn) {
    // The frame is suspended in a yield-from loop whose sub-iterator just returned `*out`:
    // finish the SEND (pop the receiver, push the value) and continue after it.
    int32_t send_index = f->lasti - 1;  // YIELD_VALUE follows SEND
    uint32_t sw = base[send_index];
    DROP();
    PUSH(std::move(*out));
    ip = base + arg_of(sw);
  }

#ifdef LS_COMPUTED_GOTO
  static const void* const kLabels[] = {
#define X(name) &&op_##name,
      LS_OPCODES(X)
#undef X
  };
#define TARGET(name) op_##name:
// The threaded jump to the next instruction. A computed goto does NOT run the destructors of the
// handler's locals (a Value popped into a local would leak), so FAST_DISPATCH is only for
// handlers without such locals; DISPATCH leaves the handler's scope with a plain goto first.
#define FAST_DISPATCH()                                       \
  do {                                                        \
    if (__builtin_expect(--budget < 0, 0)) goto budget_check; \
    f->cur_ip = ip;                                           \
    w = *ip++;                                                \
    oparg = w >> 8;                                           \
    goto *kLabels[w & 0xff];                                  \
  } while (0)
#define DISPATCH() goto dispatch_next
#else
#define TARGET(name) case Op::name:
#define DISPATCH() goto dispatch
#define FAST_DISPATCH() goto dispatch
#endif

#ifdef LS_COMPUTED_GOTO
dispatch_next:
#endif
  FAST_DISPATCH();

budget_check:
  // Runs when the slice budget is exhausted: account the steps, enforce the run's limit, and
  // hand control back to the host when this is the outermost loop.
  {
    if (__builtin_expect(vm.suspend_request, 0)) {
      // A green thread's time.sleep asked to suspend (vm_request_suspend): the budget comes back.
      vm.suspend_request = false;
      budget = vm.suspend_saved_budget;
      if (vm.native_depth == vm.suspend_depth) {
        SAVE_FRAME();
        result = SendResult::Yield;
        *out = nullptr;
        goto leave_sliced;
      }
      if (--budget >= 0) {
        f->cur_ip = ip;
        w = *ip++;
        oparg = w >> 8;
#ifdef LS_COMPUTED_GOTO
        goto *kLabels[w & 0xff];
#else
        goto dispatch_switch;
#endif
      }
    }
    // A limit error is reported at the instruction that just ran.
    f->lasti = ip > base ? static_cast<int32_t>(ip - base) - 1 : 0;
    if (vm_limits_reached(rt)) {
      if (rt.abort_message == kStepBudgetExhausted) f->lasti = static_cast<int32_t>(ip - base) - 1;
      goto error_noline;
    }
    if (vm.interrupt_pending) {
      vm.interrupt_pending = false;
      rt.set_error(new_exception(rt, rt.t.KeyboardInterrupt, {}));
      goto error_noline;
    }
    gc_maybe_collect(rt);
    if (vm.native_depth == 1 && vm.host_slicing && (vm.slice_left -= vm.chunk) <= 0) {
      // Pause: keep the chain, return to the host.
      SAVE_FRAME();
      vm.sliced = true;
      result = SendResult::Yield;
      *out = nullptr;
      goto leave_sliced;
    }
    w = *ip++;
    oparg = w >> 8;
#ifdef LS_COMPUTED_GOTO
    goto *kLabels[w & 0xff];
#else
    goto dispatch_switch;
#endif
  }

#ifndef LS_COMPUTED_GOTO
dispatch:
  if (--budget < 0) goto budget_check;
  f->cur_ip = ip;
  w = *ip++;
  oparg = w >> 8;
dispatch_switch:
  switch (op_of(w)) {
#endif

  TARGET(NOP) { FAST_DISPATCH(); }

  TARGET(POP_TOP) {
    DROP();
    FAST_DISPATCH();
  }

  TARGET(PUSH_NULL) {
    PUSH(Value());
    FAST_DISPATCH();
  }

  TARGET(COPY) {
    Value v = PEEK(oparg);
    PUSH(std::move(v));
    DISPATCH();
  }

  TARGET(SWAP) {
    TOP().swap(PEEK(oparg));
    DISPATCH();
  }

  TARGET(LOAD_CONST) {
    PUSH(CONSTS[oparg]);
    FAST_DISPATCH();
  }

  TARGET(LOAD_FAST) {
    const Value& v = LOCALS[oparg];
    if (__builtin_expect(v.is_null(), 0)) {
      unbound_local(rt, co, static_cast<int32_t>(oparg));
      goto error;
    }
    PUSH(v);
    FAST_DISPATCH();
  }

  TARGET(STORE_FAST) {
    LOCALS[oparg] = POP();
    FAST_DISPATCH();
  }

  TARGET(DELETE_FAST) {
    if (LOCALS[oparg].is_null()) {
      unbound_local(rt, co, static_cast<int32_t>(oparg));
      goto error;
    }
    LOCALS[oparg].reset();
    DISPATCH();
  }

  TARGET(LOAD_DEREF) {
    const Value& c = as_cell(LOCALS[oparg])->ref;
    if (c.is_null()) {
      unbound_deref(rt, co, static_cast<int32_t>(oparg));
      goto error;
    }
    PUSH(c);
    DISPATCH();
  }

  TARGET(STORE_DEREF) {
    as_cell(LOCALS[oparg])->ref = POP();
    DISPATCH();
  }

  TARGET(DELETE_DEREF) {
    Value& c = as_cell(LOCALS[oparg])->ref;
    if (c.is_null()) {
      unbound_deref(rt, co, static_cast<int32_t>(oparg));
      goto error;
    }
    c.reset();
    DISPATCH();
  }

  TARGET(LOAD_CLOSURE) {
    PUSH(LOCALS[oparg]);
    DISPATCH();
  }

  TARGET(LOAD_CLASSDEREF) {
    // Class body: the class namespace first, then the closure cell.
    std::string n = deref_name(co, static_cast<int32_t>(oparg));
    StrObject* name = rt.intern(n);
    if (f->locals) {
      Value v;
      if (f->locals.obj()->type == rt.t.dict) {
        Value* p = dict_lookup_str(as_dict(f->locals), name);
        if (p) v = *p;
      } else {
        v = getitem(rt, f->locals, Value::borrow(name));
        if (!v) {
          if (!rt.error_matches(rt.t.KeyError)) goto error;
          rt.clear_error();
        }
      }
      if (v) {
        PUSH(std::move(v));
        DISPATCH();
      }
    }
    const Value& c = as_cell(LOCALS[oparg])->ref;
    if (c.is_null()) {
      unbound_deref(rt, co, static_cast<int32_t>(oparg));
      goto error;
    }
    PUSH(c);
    DISPATCH();
  }

  TARGET(LOAD_NAME) {
    Value v = lookup_name(rt, f, as_str(NAMES[oparg]));
    if (!v) goto error;
    PUSH(std::move(v));
    DISPATCH();
  }

  TARGET(STORE_NAME) {
    Value v = POP();
    StrObject* name = as_str(NAMES[oparg]);
    if (!f->locals) {
      rt.raise(rt.t.SystemError, "no locals found when storing " + std::string(name->view()));
      goto error;
    }
    bool ok = f->locals.obj()->type == rt.t.dict ? dict_set_str(rt, as_dict(f->locals), name, std::move(v))
                                                 : setitem(rt, f->locals, Value::borrow(name), v);
    if (!ok) goto error;
    DISPATCH();
  }

  TARGET(DELETE_NAME) {
    StrObject* name = as_str(NAMES[oparg]);
    int r = f->locals.obj()->type == rt.t.dict ? dict_del_str(rt, as_dict(f->locals), name)
                                               : (delitem(rt, f->locals, Value::borrow(name)) ? 1 : -1);
    if (r < 0) {
      if (rt.error_matches(rt.t.KeyError)) {
        rt.clear_error();
        name_error(rt, name);
      }
      goto error;
    }
    if (r == 0) {
      name_error(rt, name);
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_GLOBAL) {
    StrObject* name = as_str(NAMES[oparg >> 1]);
    if (oparg & 1) PUSH(Value());
    InlineCache& c = co->caches[static_cast<size_t>(ip - base - 1)];
    if (c.key1 == f->globals->version && c.key2 == f->builtins->version && c.value) {
      PUSH(Value::borrow(c.value));
      FAST_DISPATCH();
    }
    Value* v = dict_lookup_str(f->globals, name);
    if (!v) v = dict_lookup_str(f->builtins, name);
    if (!v) {
      name_error(rt, name);
      goto error;
    }
    if (v->is_obj()) {
      c.key1 = f->globals->version;
      c.key2 = f->builtins->version;
      c.value = v->obj();
    }
    PUSH(*v);
    DISPATCH();
  }

  TARGET(STORE_GLOBAL) {
    if (!dict_set_str(rt, f->globals, as_str(NAMES[oparg]), POP())) goto error;
    DISPATCH();
  }

  TARGET(DELETE_GLOBAL) {
    int r = dict_del_str(rt, f->globals, as_str(NAMES[oparg]));
    if (r <= 0) {
      if (r == 0) name_error(rt, as_str(NAMES[oparg]));
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    // Inline cache (key1 = type version, key2 = entry number): an instance attribute found in
    // the instance dict of a class whose attribute lookup is the generic one and which has no
    // data descriptor for the name. Any change to the class changes its version.
    {
      Value& owner = sp[-1];
      if (owner.is_obj()) {
        TypeObject* tp = owner.obj()->type;
        const InlineCache& c = co->caches[static_cast<size_t>(ip - base - 1)];
        if (c.key1 == tp->version && c.key1 != 0) {
          if (c.key2 & kSlotCache) {
            const Value& sv = *reinterpret_cast<const Value*>(reinterpret_cast<const char*>(owner.obj()) +
                                                               static_cast<uint32_t>(c.key2));
            if (sv) {
              {
                Value r = sv;  // a reference before the owner is dropped
                owner = std::move(r);
              }
              FAST_DISPATCH();
            }
          } else {
            const Value& dv = *instance_dict_slot(owner.obj());
            if (dv) {
              DictObject* d = as_dict(dv);
              int64_t i = static_cast<int64_t>(c.key2);
              if (i < d->nentries && d->entries[i].key.bits() == NAMES[oparg].bits()) {
                {
                  Value r = d->entries[i].value;  // a reference before the owner is dropped
                  owner = std::move(r);
                }  // r's scope ends here: clang rejects computed gotos out of it
                FAST_DISPATCH();
              }
            }
          }
        }
      }
    }
    {
      Value owner = POP();
      StrObject* name = as_str(NAMES[oparg]);
      Value r = getattr(rt, owner, name);
      if (!r) goto error;
      attr_cache_fill(rt, co->caches[static_cast<size_t>(ip - base - 1)], owner, name, true);
      PUSH(std::move(r));
    }
    FAST_DISPATCH();
  }

  TARGET(STORE_ATTR) {
    // Same cache for assignments that replace an existing instance attribute.
    {
      Value& owner = sp[-1];
      if (owner.is_obj()) {
        TypeObject* tp = owner.obj()->type;
        const InlineCache& c = co->caches[static_cast<size_t>(ip - base - 1)];
        if (c.key1 == tp->version && c.key1 != 0) {
          if (c.key2 & kSlotCache) {
            {
              Value& sv = *reinterpret_cast<Value*>(reinterpret_cast<char*>(owner.obj()) +
                                                    static_cast<uint32_t>(c.key2));
              Value old = std::move(sv);
              sv = std::move(sp[-2]);
              DROP();  // the owner
              --sp;    // the value slot, moved into the instance
            }  // the old value is released here
            FAST_DISPATCH();
          }
          const Value& dv = *instance_dict_slot(owner.obj());
          if (dv) {
            DictObject* d = as_dict(dv);
            int64_t i = static_cast<int64_t>(c.key2);
            if (i < d->nentries && d->entries[i].key.bits() == NAMES[oparg].bits()) {
              {
                Value old = std::move(d->entries[i].value);
                d->entries[i].value = std::move(sp[-2]);
                d->version = rt.next_dict_version++;
                DROP();  // the owner
                --sp;    // the value slot, moved into the dict
              }  // the old value is released here
              FAST_DISPATCH();
            }
          }
        }
      }
    }
    {
      Value owner = POP();
      Value v = POP();
      StrObject* name = as_str(NAMES[oparg]);
      if (!setattr(rt, owner, name, v)) goto error;
      attr_cache_fill(rt, co->caches[static_cast<size_t>(ip - base - 1)], owner, name, false);
    }
    FAST_DISPATCH();
  }

  TARGET(DELETE_ATTR) {
    Value owner = POP();
    if (!delattr(rt, owner, as_str(NAMES[oparg]))) goto error;
    DISPATCH();
  }

  TARGET(LOAD_METHOD) {
    // [obj] -> [function, obj] when obj.name is a plain method (no bound method object),
    // else [NULL, attribute]. Inline cache: key1 = type version, value = the function found
    // in the class (borrowed: the class dict holds it while the version is unchanged).
    {
      Value& owner = sp[-1];
      if (owner.is_obj()) {
        TypeObject* tp = owner.obj()->type;
        const InlineCache& c = co->caches[static_cast<size_t>(ip - base - 1)];
        if (c.key1 == tp->version && c.key1 != 0 && c.value) {
          bool shadowed = false;
          if (tp->flags & kTypeHasDict) {
            const Value& dv = *instance_dict_slot(owner.obj());
            if (dv && as_dict(dv)->used > 0 && dict_lookup_str(as_dict(dv), as_str(NAMES[oparg]))) shadowed = true;
          }
          if (!shadowed) {
            sp[0].put(std::move(owner));  // [obj] -> [function, obj]
            owner.put(Value::borrow(c.value));
            ++sp;
            FAST_DISPATCH();
          }
        }
      }
    }
    Value obj = POP();
    StrObject* name = as_str(NAMES[oparg]);
    TypeObject* t = obj.type(rt);
    // (types made before object's slots existed -- str, dict... -- have a null getattr slot,
    // which getattr() treats as the generic one)
    if (t->slots.getattr == generic_getattr || !t->slots.getattr) {
      Object* d = type_lookup(t, name);
      if (d && (d->type == rt.t.function || d->type == rt.t.method_descriptor)) {
        bool shadowed = false;
        if (obj.is_obj() && (t->flags & kTypeHasDict)) {
          Value& dict = *instance_dict_slot(obj.obj());
          if (dict && dict_lookup_str(as_dict(dict), name)) shadowed = true;
        }
        if (!shadowed) {
          if (obj.is_obj() && t->version != 0) {
            InlineCache& c = co->caches[static_cast<size_t>(ip - base - 1)];
            c.key1 = t->version;
            c.value = d;
          }
          PUSH(Value::borrow(d));
          PUSH(std::move(obj));
          DISPATCH();
        }
      }
    }
    Value r = getattr(rt, obj, name);
    if (!r) goto error;
    PUSH(Value());
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(KW_NAMES) {
    // The CALL right after it reads the names from this instruction (see CALL): no variable
    // carries them across the dispatch, and a pause between the two loses nothing.
    FAST_DISPATCH();
  }

  TARGET(CALL) {
    // Stack: [callable_or_null, self_or_callable, args...]. A non-null first slot means a
    // method call: the function is there and `self` becomes the first argument.
    uint32_t argc = oparg;
    // The compiler emits KW_NAMES immediately before the CALL it belongs to.
    TupleObject* kw = ip - base >= 2 && op_of(ip[-2]) == Op::KW_NAMES ? as_tuple(CONSTS[arg_of(ip[-2])]) : nullptr;
    Value* slot0 = sp - argc - 2;
    Value* args;
    size_t nargs;
    if (!slot0[0].is_null()) {
      args = slot0 + 1;
      nargs = argc + 1;
    } else if (slot0[1].is_obj() && slot0[1].obj()->type == rt.t.method) {
      // A bound method: unpack it into function + self (no extra frame, no allocation).
      auto* m = static_cast<MethodObject*>(slot0[1].obj());
      slot0[0] = m->func;
      Value self = m->self;
      slot0[1] = std::move(self);  // may free the method object: not used after this
      args = slot0 + 1;
      nargs = argc + 1;
    } else if (Object* callfn = slot0[1].is_obj() ? type_python_call(rt, slot0[1].obj()->type) : nullptr) {
      // An instance of a class with a Python __call__: called as that method (its frame runs in
      // this loop, as a bound method's does, rather than nested through the type's call slot).
      slot0[0] = Value::borrow(callfn);
      args = slot0 + 1;
      nargs = argc + 1;
    } else {
      args = slot0 + 2;
      nargs = argc;
    }
    const Value& callable = slot0[0].is_null() ? slot0[1] : slot0[0];
    size_t npos = nargs - (kw ? static_cast<size_t>(kw->size) : 0);
    if (callable.is_obj() && (callable.obj()->type == rt.t.function || callable.obj()->type == rt.t.native_function)) {
      FunctionObject* fn = as_function(callable);
      CodeObject* fco = as_code(fn->code);
      if (!(fco->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
        FrameObject* nf;
        if (!kw && exact_positional(fco, npos)) {
          // Exact positional call: the arguments move from this stack into the new frame.
          nf = new_frame(rt, fco, fn, as_dict(fn->globals), as_dict(fn->builtins), Value());
          Value* l = nf->localsplus();
          for (size_t i = 0; i < npos; ++i) l[i].put(std::move(args[i]));
          set_free_vars(fn, fco, l);
          // The arguments moved out: only the two call slots hold references.
          slot0[0].reset();
          slot0[1].reset();
          sp = slot0;
        } else {
          nf = bind_arguments(rt, fn, CallArgs{args, npos, kw});
          if (!nf) goto error;
          // Pop the call from the caller's stack.
          while (sp > slot0) DROP();
        }
        ENTER_CALL_FRAME(nf);
        FAST_DISPATCH();
      }
    }
    if (!slot0[0].is_null() && callable.is_obj() && callable.obj()->type == rt.t.method &&
        static_cast<MethodObject*>(callable.obj())->func.is_obj() &&
        static_cast<MethodObject*>(callable.obj())->func.obj()->type == rt.t.function &&
        !(as_code(as_function(static_cast<MethodObject*>(callable.obj())->func)->code)->flags &
          (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
      // A bound method in the first slot (the __exit__ a with statement calls with three Nones):
      // its function runs in this loop with `self` first, so that a green thread blocking in it
      // can suspend its chain.
      auto* m = static_cast<MethodObject*>(callable.obj());
      std::vector<Value> margs;
      margs.reserve(nargs + 1);
      margs.push_back(m->self);
      for (size_t i = 0; i < nargs; ++i) margs.push_back(args[i]);
      FrameObject* nf = bind_arguments(rt, as_function(m->func), CallArgs{margs.data(), npos + 1, kw});
      if (!nf) goto call_error;
      while (sp > slot0) DROP();
      ENTER_CALL_FRAME(nf);
      DISPATCH();
    }
    if (nargs == 1 && !kw && args[0].is_obj() && args[0].obj()->type == rt.t.generator && as_gen(args[0])->frame &&
        !as_gen(args[0])->running && callable.is_obj() && callable.obj()->type == rt.t.builtin_function &&
        is_builtin_next(rt, static_cast<BuiltinFunctionObject*>(callable.obj()))) {
      // next(gen): the generator runs in this loop (as FOR_ITER resumes one; FrameEntry::Next):
      // its yield is the call's result, its return raises StopIteration here. Its frames then
      // belong to the caller's chain, which a green thread can suspend (a @contextmanager's
      // __enter__ and __exit__ call next() on their generator).
      GenObject* g = as_gen(args[0]);
      Value keep = args[0];
      while (sp > slot0) DROP();
      PUSH(std::move(keep));  // the generator stays on the stack while it runs (a yield replaces it)
      SAVE_FRAME();
      bool fresh;
      if (!gen_push_frame(rt, vm, g, f, FrameEntry::Next, fresh)) goto error;
      f = vm.current;
      LOAD_FRAME();
      if (!fresh) PUSH(rt.None());
      DISPATCH();
    }
    if (slot0[0].is_null() && callable.is_obj() && callable.obj()->type->slots.call == type_call &&
        callable.obj() != rt.t.type) {
      // Instantiation of a class whose __init__ is a Python function (type_call's work, with
      // __init__ run in this loop, CPython 3.12's CALL_ALLOC_AND_ENTER_INIT): the instance waits
      // in slot0[0] and becomes the call's result when __init__ returns None (FrameEntry::Init).
      auto* tp = static_cast<TypeObject*>(callable.obj());
      Object* init = tp->slots.new_ ? type_python_init(rt, tp) : nullptr;
      if (init && !(as_code(static_cast<FunctionObject*>(init)->code)->flags &
                    (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
        SAVE_FRAME();
        Value obj = tp->slots.new_(rt, tp, CallArgs{args, npos, kw});
        if (!obj) goto call_error;
        if (obj.type(rt) != tp) {
          // __new__ returned something else: type_call's rules apply to it.
          TypeObject* ot = obj.type(rt);
          if (is_subtype(ot, tp) && ot->slots.init && !ot->slots.init(rt, obj, CallArgs{args, npos, kw})) {
            goto call_error;
          }
          while (sp > slot0) DROP();
          PUSH(std::move(obj));
          DISPATCH();
        }
        auto* ifn = static_cast<FunctionObject*>(init);
        CodeObject* ico = as_code(ifn->code);
        FrameObject* nf;
        // [type, instance, args...]: the instance is __init__'s first argument.
        slot0[0] = std::move(slot0[1]);
        slot0[1] = obj;
        if (!kw && exact_positional(ico, npos + 1)) {
          nf = new_frame(rt, ico, ifn, as_dict(ifn->globals), as_dict(ifn->builtins), Value());
          Value* l = nf->localsplus();
          for (size_t i = 0; i <= npos; ++i) l[i].put(std::move(slot0[1 + i]));
          set_free_vars(ifn, ico, l);
          sp = slot0 + 1;
        } else {
          nf = bind_arguments(rt, ifn, CallArgs{slot0 + 1, npos + 1, kw});
          if (!nf) goto call_error;
          while (sp > slot0 + 1) DROP();
        }
        slot0[0] = std::move(obj);  // [instance]
        SAVE_FRAME();               // the stack as it is while __init__ runs
        if (!enter_call_frame(rt, f, nf, FrameEntry::Init)) goto error;
        f = nf;
        vm.current = f;
        LOAD_FRAME();
        DISPATCH();
      }
    }
    SAVE_FRAME();
    {
      vm.tail_ok = true;
      Value r = call(rt, callable, CallArgs{args, npos, kw});
      vm.tail_ok = false;
      while (sp > slot0) DROP();
      if (!r) {
        vm.tail_func.reset();
        goto error;
      }
      if (__builtin_expect(static_cast<bool>(vm.tail_func), 0)) goto tail_call;
      PUSH(std::move(r));
    }
    FAST_DISPATCH();
  call_error:
    while (sp > slot0) DROP();
    goto error;
  }

tail_call: {
    // The built-in handed the call on (vm_tail_call): its Python function runs here, in its place.
    Value fn = std::move(vm.tail_func);
    std::vector<Value> targs = std::move(vm.tail_args);
    vm.tail_func.reset();
    vm.tail_args.clear();
    FrameObject* nf = bind_arguments(rt, as_function(fn), CallArgs{targs.data(), targs.size(), nullptr});
    if (!nf) goto error;
    ENTER_CALL_FRAME(nf);
    DISPATCH();
  }

  TARGET(CALL_FUNCTION_EX) {
    Value kwargs;
    if (oparg & 1) kwargs = POP();
    Value callargs = POP();
    Value func = POP();
    DROP();  // NULL
    if (!isinstance(rt, callargs, rt.t.tuple)) {
      Value t = list_from_iterable(rt, callargs);
      if (!t) {
        if (rt.error_matches(rt.t.TypeError)) {
          rt.clear_error();
          rt.raise(rt.t.TypeError, function_str(rt, func) + " argument after * must be an iterable, not " +
                                       type_name(rt, callargs));
        }
        goto error;
      }
      callargs = make_tuple(rt, as_list(t)->items, as_list(t)->size);
    }
    if (kwargs && !isinstance(rt, kwargs, rt.t.dict)) {
      Value d = new_dict(rt).value();
      if (!dict_update(rt, as_dict(d), kwargs)) goto error;
      kwargs = d;
    }
    // Flatten into vectorcall form; a Python function runs inline like CALL.
    TupleObject* at = as_tuple(callargs);
    std::vector<Value> flat(at->items(), at->items() + at->size);
    Value knames;
    if (kwargs && as_dict(kwargs)->used > 0) {
      DictObject* d = as_dict(kwargs);
      Ref<TupleObject> kn = new_tuple(rt, d->used);
      int64_t k = 0;
      for (int64_t pos = 0;;) {
        DictEntry* e;
        if (!dict_next(d, &pos, &e)) break;
        if (!is_str(rt, e->key)) {
          rt.raise(rt.t.TypeError, "keywords must be strings");
          goto error;
        }
        (*kn)[k++] = e->key;
        flat.push_back(e->value);
      }
      knames = std::move(kn).value();
    }
    CallArgs ca{flat.data(), static_cast<size_t>(at->size), knames ? as_tuple(knames) : nullptr};
    Value callable = func;
    std::vector<Value> with_self;
    if (callable.is_obj() && callable.obj()->type == rt.t.method) {
      auto* m = static_cast<MethodObject*>(callable.obj());
      with_self.reserve(flat.size() + 1);
      with_self.push_back(m->self);
      for (Value& v : flat) with_self.push_back(v);
      callable = m->func;
      ca = CallArgs{with_self.data(), static_cast<size_t>(at->size) + 1, ca.kwnames};
    }
    if (callable.is_obj() && (callable.obj()->type == rt.t.function || callable.obj()->type == rt.t.native_function) &&
        !(as_code(as_function(callable)->code)->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
      FrameObject* nf = bind_arguments(rt, as_function(callable), ca);
      if (!nf) goto error;
      ENTER_CALL_FRAME(nf);
      DISPATCH();
    }
    SAVE_FRAME();
    vm.tail_ok = true;
    Value r = call(rt, callable, ca);
    vm.tail_ok = false;
    if (!r) {
      vm.tail_func.reset();
      goto error;
    }
    if (__builtin_expect(static_cast<bool>(vm.tail_func), 0)) goto tail_call;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(BINARY_OP) {
    if (sp[-1].is_small() && sp[-2].is_small()) {
      // Small ints: no references to drop, so the result overwrites the left operand.
      int64_t a = sp[-2].small_value(), b = sp[-1].small_value();
      int64_t r;
      bool done = true;
      switch (static_cast<BinOp>(oparg & 15)) {
        case BinOp::Add: r = a + b; done = Value::fits_small(r); break;
        case BinOp::Sub: r = a - b; done = Value::fits_small(r); break;
        case BinOp::Mul: done = !mul_overflow_i64(a, b, &r) && Value::fits_small(r); break;
        case BinOp::FloorDiv:
          done = b > 0;
          if (done) {
            r = a / b;
            if ((a % b != 0) && (a < 0)) --r;
          }
          break;
        case BinOp::Mod:
          done = b > 0;
          if (done) {
            r = a % b;
            if (r < 0) r += b;
          }
          break;
        case BinOp::And: r = a & b; break;
        case BinOp::Or: r = a | b; break;
        case BinOp::Xor: r = a ^ b; break;
        default: done = false; break;
      }
      if (done) {
        DROP();  // popped slots stay null: a pooled frame may reuse this slot as a local
        {
          Value v = Value::small(r);
          sp[-1].swap(v);  // v takes the small int operand: nothing to release
        }
        FAST_DISPATCH();
      }
    }
    if (sp[-2].is_obj() && sp[-1].is_obj() && sp[-2].obj()->type == sp[-1].obj()->type &&
        (sp[-2].obj()->type->flags & kTypeHeapType)) {
      // Both operands of one class with a Python __add__...: it runs in this loop (FrameEntry::
      // BinOp); the operands stay on this stack for the TypeError of a NotImplemented result.
      Object* fn = type_python_binop(rt, sp[-2].obj()->type, static_cast<BinOp>(oparg & 15), oparg & 16);
      if (fn) {
        auto* bfn = static_cast<FunctionObject*>(fn);
        CodeObject* bco = as_code(bfn->code);
        if (!(bco->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) && exact_positional(bco, 2)) {
          FrameObject* nf = new_frame(rt, bco, bfn, as_dict(bfn->globals), as_dict(bfn->builtins), Value());
          Value* l = nf->localsplus();
          l[0].put(sp[-2]);
          l[1].put(sp[-1]);
          set_free_vars(bfn, bco, l);
          SAVE_FRAME();
          if (!enter_call_frame(rt, f, nf, FrameEntry::BinOp)) goto error;
          f = nf;
          vm.current = f;
          LOAD_FRAME();
          FAST_DISPATCH();
        }
      }
    }
    Value rhs = POP();
    Value lhs = POP();
    uint32_t op = oparg & 15;
    if (lhs.is_small() && rhs.is_small()) {
      int64_t a = lhs.small_value(), b = rhs.small_value();
      switch (static_cast<BinOp>(op)) {
        case BinOp::Add: {
          int64_t r = a + b;
          if (Value::fits_small(r)) {
            PUSH(Value::small(r));
            DISPATCH();
          }
          break;
        }
        case BinOp::Sub: {
          int64_t r = a - b;
          if (Value::fits_small(r)) {
            PUSH(Value::small(r));
            DISPATCH();
          }
          break;
        }
        case BinOp::Mul: {
          int64_t r;
          if (!mul_overflow_i64(a, b, &r) && Value::fits_small(r)) {
            PUSH(Value::small(r));
            DISPATCH();
          }
          break;
        }
        case BinOp::FloorDiv:
          if (b > 0) {
            int64_t q = a / b;
            if ((a % b != 0) && (a < 0)) --q;
            PUSH(Value::small(q));
            DISPATCH();
          }
          break;
        case BinOp::Mod:
          if (b > 0) {
            int64_t r = a % b;
            if (r < 0) r += b;
            PUSH(Value::small(r));
            DISPATCH();
          }
          break;
        case BinOp::And:
          PUSH(Value::small(a & b));
          DISPATCH();
        case BinOp::Or:
          PUSH(Value::small(a | b));
          DISPATCH();
        case BinOp::Xor:
          PUSH(Value::small(a ^ b));
          DISPATCH();
        default:
          break;
      }
    }
    if (op == static_cast<uint32_t>(BinOp::Add) && lhs.is_obj() && rhs.is_obj() &&
        lhs.obj()->type == rt.t.str && rhs.obj()->type == rt.t.str) {
      if (concat_in_place(rt, f, *ip, LOCALS, NAMES, lhs, rhs)) {
        PUSH(std::move(lhs));
        DISPATCH();
      }
      if (rt.has_error()) goto error;
    }
    Value r = (oparg & 16) ? inplace_op(rt, lhs, rhs, static_cast<BinOp>(op))
                           : binary_op(rt, lhs, rhs, static_cast<BinOp>(op));
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(COMPARE_OP) {
    if (sp[-1].is_small() && sp[-2].is_small()) {
      int64_t a = sp[-2].small_value(), b = sp[-1].small_value();
      bool r = false;
      switch (static_cast<CmpOp>(oparg)) {
        case CmpOp::Lt: r = a < b; break;
        case CmpOp::Le: r = a <= b; break;
        case CmpOp::Eq: r = a == b; break;
        case CmpOp::Ne: r = a != b; break;
        case CmpOp::Gt: r = a > b; break;
        case CmpOp::Ge: r = a >= b; break;
      }
      uint32_t nw = *ip;
      if ((op_of(nw) == Op::POP_JUMP_IF_FALSE || op_of(nw) == Op::POP_JUMP_IF_TRUE) && budget > 0) {
        // The conditional jump that follows runs here, without a bool on the stack: its step is
        // counted (with steps left, so no limit check falls on it) and nothing can observe the
        // instructions in between.
        --budget;
        sp[-1].reset();  // small ints: nothing to release, the slots stay null
        sp[-2].reset();
        sp -= 2;
        ++ip;
        if (r == (op_of(nw) == Op::POP_JUMP_IF_TRUE)) ip = base + arg_of(nw);
        FAST_DISPATCH();
      }
      DROP();  // popped slots stay null: a pooled frame may reuse this slot as a local
      {
        Value v = rt.Bool(r);
        sp[-1].swap(v);  // v takes the small int operand: nothing to release
      }
      FAST_DISPATCH();
    }
    Value rhs = POP();
    Value lhs = POP();
    Value r = rich_compare(rt, lhs, rhs, static_cast<CmpOp>(oparg));
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(IS_OP) {
    Value rhs = POP();
    Value lhs = POP();
    PUSH(rt.Bool(lhs.is(rhs) != (oparg == 1)));
    DISPATCH();
  }

  TARGET(CONTAINS_OP) {
    Value container = POP();
    Value item = POP();
    int r = contains(rt, container, item);
    if (r < 0) goto error;
    PUSH(rt.Bool((r == 1) != (oparg == 1)));
    DISPATCH();
  }

  TARGET(UNARY_NEGATIVE) {
    Value v = POP();
    Value r = unary_op(rt, v, UnOp::Neg);
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(UNARY_POSITIVE) {
    Value v = POP();
    Value r = unary_op(rt, v, UnOp::Pos);
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(UNARY_INVERT) {
    Value v = POP();
    Value r = unary_op(rt, v, UnOp::Invert);
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(UNARY_NOT) {
    Value v = POP();
    int t = truthy(rt, v);
    if (t < 0) goto error;
    PUSH(rt.Bool(!t));
    DISPATCH();
  }

  TARGET(BINARY_SUBSCR) {
    Value key = POP();
    Value container = POP();
    if (key.is_small() && container.is_obj() && container.obj()->type == rt.t.list) {
      ListObject* l = as_list(container);
      int64_t i = key.small_value();
      if (i < 0) i += l->size;
      if (i >= 0 && i < l->size) {
        PUSH(l->items[i]);
        DISPATCH();
      }
    }
    Value r = getitem(rt, container, key);
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(STORE_SUBSCR) {
    Value key = POP();
    Value container = POP();
    Value v = POP();
    if (!setitem(rt, container, key, v)) goto error;
    DISPATCH();
  }

  TARGET(DELETE_SUBSCR) {
    Value key = POP();
    Value container = POP();
    if (!delitem(rt, container, key)) goto error;
    DISPATCH();
  }

  TARGET(BUILD_SLICE) {
    Value step = oparg == 3 ? POP() : rt.None();
    Value stop = POP();
    Value startv = POP();
    PUSH(make_slice(rt, std::move(startv), std::move(stop), std::move(step)));
    DISPATCH();
  }

  TARGET(BUILD_TUPLE) {
    Ref<TupleObject> t = new_tuple(rt, oparg);
    for (uint32_t i = oparg; i > 0; --i) (*t)[i - 1] = POP();
    PUSH(std::move(t).value());
    DISPATCH();
  }

  TARGET(BUILD_LIST) {
    Ref<ListObject> l = new_list(rt, oparg);
    Value* items = sp - oparg;
    for (uint32_t i = 0; i < oparg; ++i) list_append(rt, l.get(), std::move(items[i]));
    sp -= oparg;
    PUSH(std::move(l).value());
    DISPATCH();
  }

  TARGET(BUILD_SET) {
    Ref<SetObject> s = new_set(rt);
    Value* items = sp - oparg;
    bool ok = true;
    for (uint32_t i = 0; i < oparg; ++i) {
      if (ok && set_add(rt, s.get(), items[i]) < 0) ok = false;
      items[i].reset();
    }
    sp -= oparg;
    if (!ok) goto error;
    PUSH(std::move(s).value());
    DISPATCH();
  }

  TARGET(BUILD_MAP) {
    Ref<DictObject> d = new_dict(rt, oparg);
    Value* items = sp - 2 * oparg;
    bool ok = true;
    for (uint32_t i = 0; i < oparg; ++i) {
      if (ok && !dict_set(rt, d.get(), std::move(items[2 * i]), std::move(items[2 * i + 1]))) ok = false;
      items[2 * i].reset();
      items[2 * i + 1].reset();
    }
    sp -= 2 * oparg;
    if (!ok) goto error;
    PUSH(std::move(d).value());
    DISPATCH();
  }

  TARGET(BUILD_CONST_KEY_MAP) {
    Value keys = POP();
    Ref<DictObject> d = new_dict(rt, oparg);
    Value* items = sp - oparg;
    bool ok = true;
    for (uint32_t i = 0; i < oparg; ++i) {
      if (ok && !dict_set(rt, d.get(), (*as_tuple(keys))[i], std::move(items[i]))) ok = false;
      items[i].reset();
    }
    sp -= oparg;
    if (!ok) goto error;
    PUSH(std::move(d).value());
    DISPATCH();
  }

  TARGET(BUILD_STRING) {
    Value r = build_string(rt, sp - oparg, oparg);
    for (uint32_t i = 0; i < oparg; ++i) DROP();
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(LIST_APPEND) {
    Value v = POP();
    list_append(rt, as_list(PEEK(oparg)), std::move(v));
    DISPATCH();
  }

  TARGET(SET_ADD) {
    Value v = POP();
    if (set_add(rt, as_set(PEEK(oparg)), v) < 0) goto error;
    DISPATCH();
  }

  TARGET(MAP_ADD) {
    Value v = POP();
    Value k = POP();
    if (!dict_set(rt, as_dict(PEEK(oparg)), std::move(k), std::move(v))) goto error;
    DISPATCH();
  }

  TARGET(LIST_EXTEND) {
    Value iterable = POP();
    if (!list_extend(rt, as_list(PEEK(oparg)), iterable)) {
      if (rt.error_matches(rt.t.TypeError) && !iterable.type(rt)->slots.iter && !iterable.type(rt)->slots.getitem) {
        rt.clear_error();
        rt.raise(rt.t.TypeError, "Value after * must be an iterable, not " + type_name(rt, iterable));
      }
      goto error;
    }
    DISPATCH();
  }

  TARGET(SET_UPDATE) {
    Value iterable = POP();
    if (!set_update(rt, as_set(PEEK(oparg)), iterable)) goto error;
    DISPATCH();
  }

  TARGET(DICT_UPDATE) {
    Value update = POP();
    // PyDict_Update takes a mapping only (no sequence of pairs, unlike dict.update).
    bool mapping = isinstance(rt, update, rt.t.dict);
    if (!mapping) {
      Value keys = getattr_opt(rt, update, rt.n.keys);
      mapping = static_cast<bool>(keys);
      if (!mapping && !rt.has_error()) rt.raise(rt.t.AttributeError, "keys");
    }
    if (!mapping || !dict_update(rt, as_dict(PEEK(oparg)), update)) {
      if (rt.error_matches(rt.t.AttributeError)) {
        rt.clear_error();
        rt.raise(rt.t.TypeError, "'" + type_name(rt, update) + "' object is not a mapping");
      }
      goto error;
    }
    DISPATCH();
  }

  TARGET(DICT_MERGE) {
    Value update = POP();
    DictObject* d = as_dict(PEEK(oparg));
    Value func = PEEK(oparg + 2);
    if (!isinstance(rt, update, rt.t.dict)) {
      Value keys = getattr_opt(rt, update, rt.n.keys);
      if (!keys) {
        if (!rt.has_error()) {
          rt.raise(rt.t.TypeError, function_str(rt, func) + " argument after ** must be a mapping, not " +
                                       type_name(rt, update));
        }
        goto error;
      }
    }
    Value tmp = new_dict(rt).value();
    if (!dict_update(rt, as_dict(tmp), update)) goto error;
    for (int64_t pos = 0;;) {
      DictEntry* e;
      if (!dict_next(as_dict(tmp), &pos, &e)) break;
      Value existing = dict_get(rt, d, e->key);
      if (existing) {
        rt.raise(rt.t.TypeError, function_str(rt, func) + " got multiple values for keyword argument '" +
                                     std::string(is_str(rt, e->key) ? str_view(e->key) : "?") + "'");
        goto error;
      }
      if (!dict_set(rt, d, e->key, e->value)) goto error;
    }
    DISPATCH();
  }

  TARGET(LIST_TO_TUPLE) {
    Value l = POP();
    PUSH(make_tuple(rt, as_list(l)->items, as_list(l)->size));
    DISPATCH();
  }

  TARGET(UNPACK_SEQUENCE) {
    Value seq = POP();
    if (!unpack_sequence(rt, seq, oparg, sp)) {
      for (uint32_t i = 0; i < oparg; ++i) sp[i].reset();
      goto error;
    }
    sp += oparg;
    DISPATCH();
  }

  TARGET(UNPACK_EX) {
    Value seq = POP();
    uint32_t before = oparg & 0xff, after = oparg >> 8;
    if (!unpack_ex(rt, seq, before, after, sp)) {
      for (uint32_t i = 0; i < before + after + 1; ++i) sp[i].reset();
      goto error;
    }
    sp += before + after + 1;
    DISPATCH();
  }

  TARGET(FORMAT_VALUE) {
    Value spec = (oparg & 4) ? POP() : Value();
    Value v = POP();
    Value r = format_value(rt, v, oparg, spec);
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(JUMP_FORWARD) {
    ip = base + oparg;
    FAST_DISPATCH();
  }

  TARGET(JUMP_BACKWARD) {
    ip = base + oparg;
    FAST_DISPATCH();
  }

  TARGET(POP_JUMP_IF_FALSE) {
    {
      Object* o = sp[-1].is_obj() ? sp[-1].obj() : nullptr;
      if (o == rt.false_) {
        DROP();
        ip = base + oparg;
        FAST_DISPATCH();
      }
      if (o == rt.true_) {
        DROP();
        FAST_DISPATCH();
      }
    }
    {
      Value v = POP();
      int t = truthy(rt, v);
      if (t < 0) goto error;
      if (!t) ip = base + oparg;
    }
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_TRUE) {
    {
      Object* o = sp[-1].is_obj() ? sp[-1].obj() : nullptr;
      if (o == rt.true_) {
        DROP();
        ip = base + oparg;
        FAST_DISPATCH();
      }
      if (o == rt.false_) {
        DROP();
        FAST_DISPATCH();
      }
    }
    {
      Value v = POP();
      int t = truthy(rt, v);
      if (t < 0) goto error;
      if (t) ip = base + oparg;
    }
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_NONE) {
    Value v = POP();
    if (rt.is_none(v)) ip = base + oparg;
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_NOT_NONE) {
    Value v = POP();
    if (!rt.is_none(v)) ip = base + oparg;
    DISPATCH();
  }

  TARGET(JUMP_IF_FALSE_OR_POP) {
    int t = truthy(rt, TOP());
    if (t < 0) goto error;
    if (!t) ip = base + oparg;
    else DROP();
    DISPATCH();
  }

  TARGET(JUMP_IF_TRUE_OR_POP) {
    int t = truthy(rt, TOP());
    if (t < 0) goto error;
    if (t) ip = base + oparg;
    else DROP();
    DISPATCH();
  }

  TARGET(GET_ITER) {
    Value v = POP();
    Value it = iter(rt, v);
    if (!it) goto error;
    PUSH(std::move(it));
    DISPATCH();
  }

  TARGET(FOR_ITER) {
    Value& it = TOP();
    Value next_v;
    TypeObject* t = it.type(rt);
    if (t == rt.t.range_iterator || t == rt.t.list_iterator) {
      next_v = t->slots.next(rt, it);
    } else if (t == rt.t.generator && as_gen(it)->frame && !as_gen(it)->running) {
      // A generator runs in this loop (as SEND resumes one): its yield hands the value to the
      // loop's body, its return ends the loop (see RETURN_VALUE). A generator's frames then form
      // one chain with their consumer's, which a green thread can suspend (loop/green.cpp).
      GenObject* g = as_gen(it);
      SAVE_FRAME();
      bool fresh;
      if (!gen_push_frame(rt, vm, g, f, FrameEntry::ForIter, fresh)) goto error;
      f = vm.current;
      LOAD_FRAME();
      if (!fresh) PUSH(rt.None());
      DISPATCH();
    } else {
      SAVE_FRAME();
      // The slot itself: next() would count a second step for this one.
      next_v = t->slots.next ? t->slots.next(rt, it) : next(rt, it);
    }
    if (next_v) {
      PUSH(std::move(next_v));
      DISPATCH();
    }
    if (rt.has_error()) goto error;
    DROP();
    ip = base + oparg;
    DISPATCH();
  }

  TARGET(RETURN_VALUE) {
    Value retval = POP();
    goto do_return;
  do_return:
    f->state = FrameState::Completed;
    --rt.call_depth;
    if (f->is_entry) {
      *out = std::move(retval);
      result = SendResult::Return;
      SAVE_FRAME();
      goto leave;
    }
    if (f->entry == FrameEntry::Call || f->entry == FrameEntry::Init || f->entry == FrameEntry::BinOp) {
      // An inline call returns to its caller in this loop.
      FrameEntry how = f->entry;
      FrameObject* caller = f->back;
      f->stacktop = static_cast<int32_t>(sp - f->stack_base());
      vm.current = caller;  // finalizers run by the release see the caller running, as in CPython
      release_frame(f);
      f = caller;
      LOAD_FRAME();
      if (how == FrameEntry::Call) {
        PUSH(std::move(retval));
        goto return_fast_dispatch;  // leave retval's scope first: clang rejects computed gotos out of it
      }
      if (how == FrameEntry::Init) {
        // A class's __init__ has returned: the instance is on the caller's stack (see CALL).
        if (!rt.is_none(retval)) {
          rt.raise(rt.t.TypeError, "__init__() should return None, not '" + type_name(rt, retval) + "'");
          goto error;
        }
        goto return_fast_dispatch;
      }
      // A binary operator's method has returned: its operands are on the caller's stack.
      if (retval.is_obj() && retval.obj() == rt.not_implemented) {
        uint32_t bw = base[f->lasti];
        binop_type_error(rt, sp[-2], sp[-1], static_cast<BinOp>(arg_of(bw) & 15), arg_of(bw) & 16);
        goto error;
      }
      DROP();
      sp[-1] = std::move(retval);
      goto return_fast_dispatch;
    }
    {
      // Send: a generator/coroutine resumed by its parent's yield-from loop has returned.
      // ForIter: a generator a `for` loop drives has returned: the loop ends.
      FrameObject* parent = f->back;
      bool for_iter = f->entry == FrameEntry::ForIter;
      bool next_call = f->entry == FrameEntry::Next;
      auto* g = static_cast<GenObject*>(f->gen);
      gen_leave(vm, g);
      f->back = nullptr;
      gen_finished(rt, g);  // may free f
      f = parent;
      vm.current = f;
      LOAD_FRAME();
      if (next_call) {
        // next(gen) on a generator that returned: StopIteration, carrying a value other than None.
        DROP();  // the generator
        Value e = rt.is_none(retval) ? new_exception(rt, rt.t.StopIteration, {}) : new_stop_iteration(rt, retval);
        if (e) rt.set_error(std::move(e));
        goto error_noline_caller;
      }
      // parent: [receiver] at its SEND (or FOR_ITER); finish it.
      uint32_t sw = base[f->lasti];
      DROP();
      if (!for_iter) PUSH(std::move(retval));
      ip = base + arg_of(sw);
      goto return_dispatch;
    }
  }
return_fast_dispatch:
  FAST_DISPATCH();
return_dispatch:
  DISPATCH();

  TARGET(YIELD_VALUE) {
    Value v = POP();
    SAVE_FRAME();
    f->state = FrameState::Suspended;
    --rt.call_depth;
    if (f->is_entry) {
      *out = std::move(v);
      result = SendResult::Yield;
      goto leave;
    }
    {
      // Resumed inline by the parent's SEND: the parent yields the same value (its YIELD_VALUE
      // right after the SEND), all the way up to the frame the host resumed.
      FrameObject* parent = f->back;
      auto* g = static_cast<GenObject*>(f->gen);
      gen_leave(vm, g);
      f->back = nullptr;
      bool next_call = f->entry == FrameEntry::Next;
      f = parent;
      vm.current = f;
      LOAD_FRAME();
      if (next_call) {
        sp[-1] = std::move(v);  // next(gen)'s result, in the generator's place
        DISPATCH();
      }
      PUSH(std::move(v));
      // parent->lasti is its SEND; continue at the YIELD_VALUE after it.
      DISPATCH();
    }
  }

  TARGET(SEND) {
    Value v = POP();
    Value& receiver = TOP();
    TypeObject* rtp = receiver.type(rt);
    if ((rtp == rt.t.coroutine || rtp == rt.t.generator) && as_gen(receiver)->frame &&
        !as_gen(receiver)->running) {
      GenObject* g = as_gen(receiver);
      FrameObject* gf = as_frame(g->frame);
      if (gf->state == FrameState::Created && !rt.is_none(v)) {
        rt.raise(rt.t.TypeError, std::string("can't send non-None value to a just-started ") +
                                     (g->kind == GenKind::Coroutine ? "coroutine" : "generator"));
        goto error;
      }
      SAVE_FRAME();
      bool fresh;
      if (!gen_push_frame(rt, vm, g, f, FrameEntry::Send, fresh)) goto error;
      f = vm.current;
      LOAD_FRAME();
      if (!fresh) PUSH(std::move(v));
      DISPATCH();
    }
    if ((rtp == rt.t.coroutine || rtp == rt.t.generator) && !as_gen(receiver)->frame) {
      if (rtp == rt.t.coroutine) {
        rt.raise(rt.t.RuntimeError, "cannot reuse already awaited coroutine");
        goto error;
      }
      DROP();
      PUSH(rt.None());
      ip = base + oparg;
      DISPATCH();
    }
    if ((rtp == rt.t.coroutine || rtp == rt.t.generator) && as_gen(receiver)->running) {
      rt.raise(rt.t.ValueError, std::string(rtp == rt.t.coroutine ? "coroutine" : "generator") + " already executing");
      goto error;
    }
    SAVE_FRAME();
    Value r;
    SendResult sr = send_other(rt, receiver, v, &r);
    if (sr == SendResult::Error) goto error;
    if (sr == SendResult::Return) {
      DROP();
      PUSH(std::move(r));
      ip = base + oparg;
      DISPATCH();
    }
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(GET_AWAITABLE) {
    Value v = POP();
    Value a = get_awaitable(rt, v, oparg);
    if (!a) {
      goto error;
    }
    PUSH(std::move(a));
    DISPATCH();
  }

  TARGET(GET_YIELD_FROM_ITER) {
    Value v = TOP();
    TypeObject* t = v.type(rt);
    if (t == rt.t.coroutine) {
      if (!(co->flags & (kCoCoroutine | kCoIterableCoroutine))) {
        rt.raise(rt.t.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        goto error;
      }
    } else if (t != rt.t.generator) {
      Value it = iter(rt, v);
      if (!it) goto error;
      TOP() = std::move(it);
    }
    DISPATCH();
  }

  TARGET(GET_AITER) {
    Value obj = POP();
    TypeObject* t = obj.type(rt);
    if (!t->slots.aiter) {
      rt.raise(rt.t.TypeError, "'async for' requires an object with __aiter__ method, got " + t->name);
      goto error;
    }
    Value it = t->slots.aiter(rt, obj);
    if (!it) goto error;
    if (!it.type(rt)->slots.anext) {
      rt.raise(rt.t.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: " +
                                   type_name(rt, it));
      goto error;
    }
    PUSH(std::move(it));
    DISPATCH();
  }

  TARGET(GET_ANEXT) {
    Value& aiter = TOP();
    TypeObject* t = aiter.type(rt);
    if (!t->slots.anext) {
      rt.raise(rt.t.TypeError, "'async for' requires an iterator with __anext__ method, got " + t->name);
      goto error;
    }
    Value n = t->slots.anext(rt, aiter);
    if (!n) goto error;
    Value a = get_awaitable(rt, n, 0);
    if (!a) {
      // CPython's _PyErr_FormatFromCause: whatever getting the awaitable raised (a missing or
      // failing __await__) becomes the cause (and context) of the TypeError.
      if (rt.aborting()) goto error;
      Value cause = rt.take_error();
      if (!cause) goto error;
      Value e = new_exception_msg(rt, rt.t.TypeError,
                                  "'async for' received an invalid object from __anext__: " + type_name(rt, n));
      if (!e) goto error;
      as_exc(e)->cause = cause;
      as_exc(e)->context = cause;
      as_exc(e)->suppress_context = true;
      rt.exc = std::move(e);
      goto error;
    }
    PUSH(std::move(a));
    DISPATCH();
  }

  TARGET(END_ASYNC_FOR) {
    // [aiter, exc]: StopAsyncIteration ends the loop; anything else propagates.
    Value exc = POP();
    if (is_subtype(exc.obj()->type, rt.t.StopAsyncIteration)) {
      DROP();
      DISPATCH();
    }
    rt.exc = std::move(exc);
    f->lasti = static_cast<int32_t>(ip - base) - 1;
    goto exception_unwind;
  }

  TARGET(ASYNC_GEN_WRAP) {
    TOP() = wrap_async_gen_value(rt, TOP());
    DISPATCH();
  }

  TARGET(MAKE_FUNCTION) {
    Value code = POP();
    Value fn = make_function(rt, code, Value::borrow(f->globals), Value());
    FunctionObject* func = as_function(fn);
    if (oparg & 8) func->closure = POP();
    if (oparg & 4) func->annotations = POP();
    if (oparg & 2) func->kwdefaults = POP();
    if (oparg & 1) func->defaults = POP();
    PUSH(std::move(fn));
    DISPATCH();
  }

  TARGET(LOAD_BUILD_CLASS) {
    Value* bc = dict_lookup_str(f->builtins, rt.intern("__build_class__"));
    if (!bc) {
      rt.raise(rt.t.NameError, "__build_class__ not found");
      goto error;
    }
    PUSH(*bc);
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    Value fromlist = POP();
    Value level = POP();
    SAVE_FRAME();
    Value m = import_name(rt, NAMES[oparg], fromlist, level, f);
    if (!m) goto error;
    PUSH(std::move(m));
    DISPATCH();
  }

  TARGET(IMPORT_FROM) {
    Value r = import_from(rt, TOP(), as_str(NAMES[oparg]));
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(IMPORT_STAR) {
    Value m = POP();
    if (!import_star(rt, m, f)) goto error;
    DISPATCH();
  }

  TARGET(RAISE_VARARGS) {
    Value cause, exc;
    if (oparg == 2) cause = POP();
    if (oparg >= 1) exc = POP();
    if (do_raise(rt, std::move(exc), std::move(cause))) {
      f->lasti = static_cast<int32_t>(ip - base) - 1;
      goto exception_unwind;  // bare raise: no new traceback entry
    }
    goto error;
  }

  TARGET(RERAISE) {
    // The handler lookup continues from here (the cleanup code); the restored lasti only
    // records where the exception originally happened.
    Value exc = POP();
    if (oparg) {
      const Value& lasti = PEEK(oparg);
      if (lasti.is_small()) f->lasti = static_cast<int32_t>(lasti.small_value());
    }
    rt.exc = std::move(exc);
    goto exception_unwind;
  }

  TARGET(PUSH_EXC_INFO) {
    Value v = POP();
    Value prev = vm.exc_info->exc;
    PUSH(prev ? prev : rt.None());
    vm.exc_info->exc = v;
    PUSH(std::move(v));
    DISPATCH();
  }

  TARGET(POP_EXCEPT) {
    Value v = POP();
    vm.exc_info->exc = rt.is_none(v) ? Value() : std::move(v);
    DISPATCH();
  }

  TARGET(CHECK_EXC_MATCH) {
    Value type = POP();
    if (!check_except_type(rt, type)) goto error;
    int r = isinstance_generic(rt, TOP(), type);
    if (r < 0) goto error;
    if (r && rt.on_exc_caught) rt.on_exc_caught(rt, TOP(), co->line_at(static_cast<int32_t>(ip - base) - 1));
    PUSH(rt.Bool(r));
    DISPATCH();
  }

  TARGET(CHECK_EG_MATCH) {
    Value type = POP();
    if (!check_except_type(rt, type)) goto error;
    if (isinstance(rt, type, rt.t.type) && is_subtype(static_cast<TypeObject*>(type.obj()), rt.t.BaseExceptionGroup)) {
      rt.raise(rt.t.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
      goto error;
    }
    if (isinstance(rt, type, rt.t.tuple)) {
      TupleObject* tt = as_tuple(type);
      for (int64_t i = 0; i < tt->size; ++i) {
        if (is_subtype(static_cast<TypeObject*>((*tt)[i].obj()), rt.t.BaseExceptionGroup)) {
          rt.raise(rt.t.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
          goto error;
        }
      }
    }
    Value match, rest;
    if (!exception_group_match(rt, TOP(), type, &match, &rest)) goto error;
    if (!match) {
      PUSH(rt.None());
    } else {
      TOP() = rest ? rest : rt.None();
      vm.exc_info->exc = match;
      PUSH(std::move(match));
    }
    DISPATCH();
  }

  TARGET(PREP_RERAISE_STAR) {
    Value excs = POP();
    Value orig = POP();
    Value r = prep_reraise_star(rt, orig, excs);
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(BEFORE_WITH) {
    Value mgr = POP();
    TypeObject* t = mgr.type(rt);
    Object* enter = type_lookup(t, rt.n.__enter__);
    Object* exit = enter ? type_lookup(t, rt.n.__exit__) : nullptr;
    if (!enter || !exit) {
      rt.raise(rt.t.TypeError, "'" + t->name + "' object does not support the context manager protocol" +
                                   (enter ? " (missed __exit__ method)" : ""));
      goto error;
    }
    Value exit_bound = getattr(rt, mgr, rt.n.__exit__);
    if (!exit_bound) goto error;
    PUSH(std::move(exit_bound));
    if (enter->type == rt.t.function &&
        !(as_code(static_cast<FunctionObject*>(enter)->code)->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
      // A Python __enter__ runs in this loop, as a method called by CALL would (its result is
      // pushed when it returns): a green thread blocking in it (a threading.Lock's acquire) can
      // suspend its chain.
      FrameObject* nf = bind_arguments(rt, static_cast<FunctionObject*>(enter), CallArgs{&mgr, 1, nullptr});
      if (!nf) goto error;
      ENTER_CALL_FRAME(nf);
      DISPATCH();
    }
    SAVE_FRAME();
    Value r = call_method(rt, mgr, rt.n.__enter__, {});
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(BEFORE_ASYNC_WITH) {
    Value mgr = POP();
    TypeObject* t = mgr.type(rt);
    Object* enter = type_lookup(t, rt.n.__aenter__);
    Object* exit = enter ? type_lookup(t, rt.n.__aexit__) : nullptr;
    if (!enter || !exit) {
      rt.raise(rt.t.TypeError, "'" + t->name + "' object does not support the asynchronous context manager protocol" +
                                   (enter ? " (missed __aexit__ method)" : ""));
      goto error;
    }
    Value exit_bound = getattr(rt, mgr, rt.n.__aexit__);
    if (!exit_bound) goto error;
    PUSH(std::move(exit_bound));
    SAVE_FRAME();
    Value r = call_method(rt, mgr, rt.n.__aenter__, {});
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(WITH_EXCEPT_START) {
    // [exit_func, lasti, prev_exc, exc] -> + exit_func(type(exc), exc, tb)
    Value& exc = PEEK(1);
    Value& exit_func = PEEK(4);
    Value tb = as_exc(exc)->traceback;
    if (exit_func.is_obj() && exit_func.obj()->type == rt.t.method) {
      auto* m = static_cast<MethodObject*>(exit_func.obj());
      if (m->func.is_obj() && m->func.obj()->type == rt.t.function &&
          !(as_code(as_function(m->func)->code)->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
        // A Python __exit__ runs in this loop (its result pushed when it returns), as on the
        // normal path's CALL: a green thread blocking in it suspends its chain.
        Value margs[4] = {m->self, Value::borrow(exc.type(rt)), exc, tb ? tb : rt.None()};
        FrameObject* nf = bind_arguments(rt, as_function(m->func), CallArgs{margs, 4, nullptr});
        if (!nf) goto error;
        ENTER_CALL_FRAME(nf);
        DISPATCH();
      }
    }
    SAVE_FRAME();
    Value r = call(rt, exit_func, {Value::borrow(exc.type(rt)), exc, tb ? tb : rt.None()});
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(Value::borrow(rt.t.AssertionError));
    DISPATCH();
  }

  TARGET(SETUP_ANNOTATIONS) {
    if (!f->locals) {
      rt.raise(rt.t.SystemError, "no locals found when setting up annotations");
      goto error;
    }
    if (f->locals.obj()->type == rt.t.dict) {
      if (!dict_lookup_str(as_dict(f->locals), rt.n.__annotations__)) {
        dict_set_str(rt, as_dict(f->locals), rt.n.__annotations__, new_dict(rt).value());
      }
    } else {
      Value a = getitem(rt, f->locals, Value::borrow(rt.n.__annotations__));
      if (!a) {
        if (!rt.error_matches(rt.t.KeyError)) goto error;
        rt.clear_error();
        if (!setitem(rt, f->locals, Value::borrow(rt.n.__annotations__), new_dict(rt).value())) goto error;
      }
    }
    DISPATCH();
  }

  TARGET(LOAD_LOCALS) {
    if (!f->locals) {
      rt.raise(rt.t.SystemError, "no locals found");
      goto error;
    }
    PUSH(f->locals);
    DISPATCH();
  }

  TARGET(RETURN_GENERATOR) { DISPATCH(); }

  TARGET(CALL_INTRINSIC) {
    if (oparg == static_cast<uint32_t>(Intrinsic::PrintExpr)) {
      // PRINT_EXPR: sys.displayhook(value); the result replaces the value
      Value hook = rt.vm->sys_module ? getattr_opt(rt, rt.vm->sys_module, rt.intern("displayhook")) : Value();
      if (!hook) {
        if (!rt.has_error()) rt.raise(rt.t.RuntimeError, "lost sys.displayhook");
        goto error;
      }
      Value v = POP();
      Value r = call(rt, hook, {v});
      if (!r) goto error;
      PUSH(std::move(r));
    }
    DISPATCH();
  }

  TARGET(GET_LEN) {
    int64_t n = length(rt, TOP());
    if (n < 0) goto error;
    PUSH(make_int(rt, n));
    DISPATCH();
  }

  TARGET(MATCH_MAPPING) {
    int r = match_mapping(rt, TOP());
    if (r < 0) goto error;
    PUSH(rt.Bool(r == 1));
    DISPATCH();
  }

  TARGET(MATCH_SEQUENCE) {
    int r = match_sequence(rt, TOP());
    if (r < 0) goto error;
    PUSH(rt.Bool(r == 1));
    DISPATCH();
  }

  TARGET(MATCH_KEYS) {
    Value r = match_keys(rt, PEEK(2), TOP());
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

  TARGET(MATCH_CLASS) {
    Value names = POP();
    Value type = POP();
    Value r = match_class(rt, TOP(), type, oparg, names);
    if (!r) goto error;
    TOP().swap(r);
    DISPATCH();
  }

#ifndef LS_COMPUTED_GOTO
    default:
      rt.raise(rt.t.SystemError, "unknown opcode");
      goto error;
  }
#endif

error:
  // An exception was raised at the current instruction: record this frame in its traceback.
  f->lasti = static_cast<int32_t>(ip - base) - 1;
error_noline:
  // Code standing for a C function of CPython's (kCoNative) leaves no traceback entry.
  if (rt.exc && !(co->flags & kCoNative)) {
    exception_add_traceback(rt, rt.exc, Value::borrow(f), co->line_at(f->lasti), f->lasti);
  }

exception_unwind:
  {
    if (!rt.exc) rt.raise(rt.t.SystemError, "error return without exception set");
    int32_t lasti = static_cast<int32_t>(ip - base) - 1;
    if (lasti < 0) lasti = 0;
    const ExceptionEntry* h =
        rt.aborting() || thrown_before_start ? nullptr : find_handler(co, static_cast<uint32_t>(lasti));
    thrown_before_start = false;
    if (h) {
      Value* level = f->stack_base() + h->depth;
      while (sp > level) DROP();
      // The pushed lasti is the frame's (RERAISE may have restored an earlier instruction).
      if (h->lasti) PUSH(Value::small(f->lasti));
      exception_mark_caught(rt.exc);
      PUSH(rt.take_error());
      ip = base + h->handler;
      DISPATCH();
    }
    // No handler: this frame is done.
    while (sp > f->stack_base()) DROP();
    f->state = FrameState::Completed;
    --rt.call_depth;
    if (f->is_entry) {
      result = SendResult::Error;
      f->stacktop = 0;
      goto leave;
    }
    if (f->entry == FrameEntry::Call || f->entry == FrameEntry::Init || f->entry == FrameEntry::BinOp) {
      FrameObject* caller = f->back;
      vm.current = caller;  // finalizers run by the release see the caller running, as in CPython
      release_frame(f);
      f = caller;
      LOAD_FRAME();
      goto error_noline_caller;
    }
    {
      FrameObject* parent = f->back;
      auto* g = static_cast<GenObject*>(f->gen);
      gen_leave(vm, g);
      f->back = nullptr;
      convert_stop_iteration(rt, g);
      if (g->in_throw_chain) {
        // Leaving a generator that throw() reached through its parent's `await`/`yield from`:
        // CPython throws the error on into the parent (gen_send_ex), which chains it again.
        chain_context_to(rt, rt.exc, static_cast<GenObject*>(parent->gen)->exc_state.exc);
      }
      gen_finished(rt, g);
      f = parent;
      vm.current = f;
      LOAD_FRAME();
      goto error_noline_caller;
    }
  }

error_noline_caller:
  // The caller's lasti is the CALL/SEND that was running.
  ip = base + f->lasti + 1;
  goto error_noline;

leave_sliced:
  vm.current = f;
  --vm.native_depth;
  return result;

leave:
  vm.current = saved_current;
  --vm.native_depth;
  return result;

#undef LOCALS
#undef co
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef ENTER_CALL_FRAME
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef DROP
#undef TARGET
#undef DISPATCH
#undef FAST_DISPATCH
}

// ---------------------------------------------------------------------------------------------
// Entry points from C++

Value function_call(Runtime& rt, const Value& func, CallArgs args) {
  FunctionObject* fn = as_function(func);
  FrameObject* f = bind_arguments(rt, fn, args);
  if (!f) return nullptr;
  CodeObject* co = as_code(fn->code);
  if (co->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) {
    Value g = make_generator(rt, f, fn);
    decref(f);
    return g;
  }
  Value out;
  SendResult r = vm_run(rt, f, &out, false);
  if (r == SendResult::Return) {
    frame_clear(f);
    decref(f);
    return out;
  }
  frame_clear(f);
  decref(f);
  return nullptr;
}

Value exec_code(Runtime& rt, const Value& code, const Value& globals, const Value& locals, const Value& closure) {
  VM& vm = *rt.vm;
  CodeObject* co = as_code(code);
  if (co->flags & (kCoOptimized | kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) {
    // A function's code (exec(f.__code__)): CPython's PyEval_EvalCode runs it as a call with no
    // arguments, so parameters are missing and a generator's code makes a generator.
    Value fn = make_function(rt, code, globals, co->qualname);
    if (!fn) return nullptr;
    if (co->nfrees > 0) as_function(fn)->closure = closure;
    return function_call(rt, fn, CallArgs{});
  }
  Value builtins = builtins_from_globals(rt, globals);
  FrameObject* f = new_frame(rt, co, nullptr, as_dict(globals), as_dict(builtins), locals);
  if (co->ncells > 0 || co->nfrees > 0) {
    Value* lp = f->localsplus();
    for (int32_t i = 0; i < co->ncells; ++i) lp[co->nlocals + i] = make_cell(rt, Value());
    for (int32_t i = 0; i < co->nfrees; ++i) {
      lp[co->nlocals + co->ncells + i] = closure ? (*as_tuple(closure))[i] : make_cell(rt, Value());
    }
  }
  Value out;
  SendResult r = vm_run(rt, f, &out, false);
  Value keep = Value::steal(f);
  if (r == SendResult::Return) return out;
  if (r == SendResult::Yield && vm.sliced) return nullptr;
  return nullptr;
}

}  // namespace ls

namespace ls {

Value run_class_body(Runtime& rt, const Value& func, const Value& ns) {
  FunctionObject* fn = as_function(func);
  CodeObject* co = as_code(fn->code);
  FrameObject* f = new_frame(rt, co, fn, as_dict(fn->globals), as_dict(fn->builtins), ns);
  Value* locals = f->localsplus();
  int32_t nl = co->nlocals;
  for (int32_t i = 0; i < co->ncells; ++i) locals[nl + i] = make_cell(rt, Value());
  if (co->nfrees > 0) {
    TupleObject* cl = as_tuple(fn->closure);
    for (int32_t i = 0; i < co->nfrees; ++i) locals[nl + co->ncells + i] = (*cl)[i];
  }
  Value out;
  SendResult r = vm_run(rt, f, &out, false);
  frame_clear(f);
  decref(f);
  if (r != SendResult::Return) return nullptr;
  return out;
}

Value zero_arg_super(Runtime& rt) {
  VM& vm = *rt.vm;
  FrameObject* f = vm.current;
  if (!f) return rt.raise(rt.t.RuntimeError, "super(): no current frame");
  CodeObject* co = f->code;
  if (co->argcount == 0) return rt.raise(rt.t.RuntimeError, "super(): no arguments");
  Value first = f->localsplus()[0];
  // The first argument may live in a cell (a closure captured `self`).
  for (int32_t i = 0; i < co->ncells; ++i) {
    if (co->cell2arg[static_cast<size_t>(i)] == 0) {
      first = as_cell(f->localsplus()[co->nlocals + i])->ref;
      break;
    }
  }
  if (!first) return rt.raise(rt.t.RuntimeError, "super(): arg[0] deleted");
  TupleObject* fv = as_tuple(co->freevars);
  for (int64_t i = 0; i < fv->size; ++i) {
    if (str_view((*fv)[i]) != "__class__") continue;
    Value cell = f->localsplus()[co->nlocals + co->ncells + static_cast<int32_t>(i)];
    Value cls = as_cell(cell)->ref;
    if (!cls) return rt.raise(rt.t.RuntimeError, "super(): empty __class__ cell");
    if (!isinstance(rt, cls, rt.t.type)) {
      return rt.raise(rt.t.RuntimeError, "super(): __class__ is not a type (" + type_name(rt, cls) + ")");
    }
    return make_super(rt, static_cast<TypeObject*>(cls.obj()), first);
  }
  return rt.raise(rt.t.RuntimeError, "super(): __class__ cell not found");
}

}  // namespace ls
