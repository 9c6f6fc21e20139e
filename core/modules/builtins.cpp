// The builtins module: functions (print, len, sorted, ...) and the built-in names (types,
// exceptions, constants).
#include <algorithm>
#include <cmath>

#include "lang/compiler.hpp"
#include "lang/frame.hpp"
#include "lang/function.hpp"
#include "lang/traceback.hpp"
#include "lang/generator.hpp"
#include "lang/vm.hpp"
#include "modules/registry.hpp"
#include "object/bigint.hpp"
#include "object/bytes.hpp"
#include "object/cell.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/float.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/iterators.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "lang/interp_support.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// print

static Value b_print(Runtime& rt, const Value&, CallArgs a) {
  Value sep, end, file, flush;
  for (size_t k = 0; k < a.nkw(); ++k) {
    std::string_view n = str_view((*a.kwnames)[static_cast<int64_t>(k)]);
    const Value& v = a.kwvalues()[k];
    if (n == "sep") sep = v;
    else if (n == "end") end = v;
    else if (n == "file") file = v;
    else if (n == "flush") flush = v;
    else return rt.raise(rt.t.TypeError, "'" + std::string(n) + "' is an invalid keyword argument for print()");
  }
  if (sep && !rt.is_none(sep) && !is_str(rt, sep)) {
    return rt.raise(rt.t.TypeError, "sep must be None or a string, not " + type_name(rt, sep));
  }
  if (end && !rt.is_none(end) && !is_str(rt, end)) {
    return rt.raise(rt.t.TypeError, "end must be None or a string, not " + type_name(rt, end));
  }
  std::string_view sepv = (sep && !rt.is_none(sep)) ? str_view(sep) : std::string_view(" ");
  std::string_view endv = (end && !rt.is_none(end)) ? str_view(end) : std::string_view("\n");
  Value target = file;
  if (!target || rt.is_none(target)) {
    // sys.stdout may have been replaced by the program (or set to None: print does nothing).
    target = rt.vm->sys_module ? getattr_opt(rt, rt.vm->sys_module, rt.intern("stdout")) : Value();
    rt.clear_error();
    if (target && rt.is_none(target)) return rt.None();
  }
  if (!target || target.type(rt) == rt.t.text_io) {
    // The run's own streams: one write of the whole line (same bytes as CPython's pieces).
    std::string s;
    for (size_t i = 0; i < a.nargs; ++i) {
      if (i) s += sepv;
      Value v = str(rt, a[i]);
      if (!v) return nullptr;
      s += str_view(v);
    }
    s += endv;
    if (!target) {
      if (!rt.write(OutStream::Stdout, s)) return nullptr;
    } else if (!call_method(rt, target, rt.n.write, {make_str(rt, s)})) {
      return nullptr;
    }
  } else {
    // Any other object with write(): CPython calls it once per piece.
    for (size_t i = 0; i < a.nargs; ++i) {
      if (i && !call_method(rt, target, rt.n.write, {make_str(rt, sepv)})) return nullptr;
      Value v = str(rt, a[i]);
      if (!v) return nullptr;
      if (!call_method(rt, target, rt.n.write, {v})) return nullptr;
    }
    if (!call_method(rt, target, rt.n.write, {make_str(rt, endv)})) return nullptr;
  }
  if (flush && file && !rt.is_none(file)) {
    int t = truthy(rt, flush);
    if (t < 0) return nullptr;
    if (t && !call_method(rt, file, rt.n.flush, {})) return nullptr;
  }
  return rt.None();
}

// ---------------------------------------------------------------------------------------------
// Simple functions

static Value b_repr(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "repr", 1, 1)) return nullptr;
  return repr(rt, a[0]);
}
static Value b_ascii(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "ascii", 1, 1)) return nullptr;
  return ascii(rt, a[0]);
}
static Value b_len(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "len", 1, 1)) return nullptr;
  int64_t n = length(rt, a[0]);
  if (n < 0) return nullptr;
  return Value::small(n);
}
static Value b_id(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "id", 1, 1)) return nullptr;
  return make_int(rt, object_id(rt, a[0]));
}
static Value b_hash(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "hash", 1, 1)) return nullptr;
  int64_t h;
  if (!hash(rt, a[0], &h)) return nullptr;
  return make_int(rt, h);
}
static Value b_callable(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "callable", 1, 1)) return nullptr;
  return rt.Bool(callable(rt, a[0]));
}
static Value b_isinstance(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "isinstance", 2, 2)) return nullptr;
  int r = isinstance_generic(rt, a[0], a[1]);
  if (r < 0) return nullptr;
  return rt.Bool(r);
}
static Value b_issubclass(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "issubclass", 2, 2)) return nullptr;
  int r = issubclass_generic(rt, a[0], a[1]);
  if (r < 0) return nullptr;
  return rt.Bool(r);
}

static StrObject* attr_name(Runtime& rt, const Value& v, const char* fname) {
  if (!is_str(rt, v)) {
    rt.raise(rt.t.TypeError, std::string(fname) + "(): attribute name must be string");
    return nullptr;
  }
  return rt.intern(str_view(v));
}

static Value b_getattr(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "getattr", 2, 3)) return nullptr;
  if (!is_str(rt, a[1])) return rt.raise(rt.t.TypeError, "attribute name must be string, not '" + type_name(rt, a[1]) + "'");
  StrObject* n = rt.intern(str_view(a[1]));
  if (a.nargs == 3) {
    Value r = getattr(rt, a[0], n);
    if (r) return r;
    if (!rt.error_matches(rt.t.AttributeError)) return nullptr;
    rt.clear_error();
    return a[2];
  }
  return getattr(rt, a[0], n);
}
static Value b_setattr(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "setattr", 3, 3)) return nullptr;
  StrObject* n = attr_name(rt, a[1], "setattr");
  if (!n) return nullptr;
  if (!setattr(rt, a[0], n, a[2])) return nullptr;
  return rt.None();
}
static Value b_delattr(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "delattr", 2, 2)) return nullptr;
  StrObject* n = attr_name(rt, a[1], "delattr");
  if (!n) return nullptr;
  if (!delattr(rt, a[0], n)) return nullptr;
  return rt.None();
}
static Value b_hasattr(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "hasattr", 2, 2)) return nullptr;
  if (!is_str(rt, a[1])) return rt.raise(rt.t.TypeError, "hasattr(): attribute name must be string");
  int r = hasattr(rt, a[0], rt.intern(str_view(a[1])));
  if (r < 0) return nullptr;
  return rt.Bool(r);
}

static Value b_iter(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "iter", 1, 2)) return nullptr;
  if (a.nargs == 2) {
    if (!callable(rt, a[0])) return rt.raise(rt.t.TypeError, "iter(v, w): v must be callable");
    return make_callable_iterator(rt, a[0], a[1]);
  }
  return iter(rt, a[0]);
}
static Value b_next(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "next", 1, 2)) return nullptr;
  TypeObject* t = a[0].type(rt);
  if (!t->slots.next) return rt.raise(rt.t.TypeError, "'" + t->name + "' object is not an iterator");
  Value r;
  if (t == rt.t.generator) {
    // A generator's return value travels in StopIteration.value.
    Value out;
    SendResult sr = gen_send(rt, as_gen(a[0]), rt.None(), &out);
    if (sr == SendResult::Yield) return out;
    if (sr == SendResult::Error) return nullptr;
    if (a.nargs == 2) return a[1];
    Value e = rt.is_none(out) ? new_exception(rt, rt.t.StopIteration, {}) : new_stop_iteration(rt, out);
    if (e) rt.set_error(std::move(e));
    return nullptr;
  }
  if ((t->flags & kTypeHeapType) && !a[0].is_small()) {
    // A class's __next__: its StopIteration (with its value) propagates as raised.
    r = call_method(rt, a[0], rt.n.__next__, {});
  } else {
    r = t->slots.next(rt, a[0]);
  }
  if (r) return r;
  if (rt.has_error()) {
    if (a.nargs == 2 && rt.error_matches(rt.t.StopIteration)) {
      rt.clear_error();
      return a[1];
    }
    return nullptr;
  }
  if (a.nargs == 2) return a[1];
  return rt.raise_value(Value::borrow(rt.t.StopIteration));
}
static Value b_aiter(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "aiter", 1, 1)) return nullptr;
  TypeObject* t = a[0].type(rt);
  if (!t->slots.aiter) return rt.raise(rt.t.TypeError, "'" + t->name + "' object is not an async iterable");
  return t->slots.aiter(rt, a[0]);
}
// anext(aiterator, default): an awaitable that runs __anext__()'s awaitable and turns its
// StopAsyncIteration into the default value (CPython's anext_awaitable).
struct AnextAwaitableObject : Object {
  Value wrapped;   // what __anext__ returned
  Value iterator;  // its __await__ iterator, once started
  Value default_value;
};

static void aa_dealloc(Object* o) {
  auto* a = static_cast<AnextAwaitableObject*>(o);
  a->wrapped.reset();
  a->iterator.reset();
  a->default_value.reset();
}
static void aa_traverse(Object* o, Visitor& v) {
  auto* a = static_cast<AnextAwaitableObject*>(o);
  v(a->wrapped);
  v(a->iterator);
  v(a->default_value);
}

// CPython's anextawaitable_getiter: _PyCoro_GetAwaitableIter() of what __anext__ returned (a
// coroutine, a @types.coroutine generator, or the iterator its __await__ returns, checked).
static bool aa_start(Runtime& rt, AnextAwaitableObject* a) {
  if (a->iterator) return true;
  const Value& w = a->wrapped;
  TypeObject* t = w.type(rt);
  if (t == rt.t.coroutine ||
      (t == rt.t.generator && as_gen(w)->frame && (as_frame(as_gen(w)->frame)->code->flags & kCoIterableCoroutine))) {
    a->iterator = w;
    return true;
  }
  if (!t->slots.await) {
    rt.raise(rt.t.TypeError, "object " + type_name(rt, w) + " can't be used in 'await' expression");
    return false;
  }
  Value it = t->slots.await(rt, w);
  if (!it) return false;
  TypeObject* it_t = it.type(rt);
  if (it_t == rt.t.coroutine) {
    rt.raise(rt.t.TypeError, "__await__() returned a coroutine");
    return false;
  }
  if (!it_t->slots.next) {
    rt.raise(rt.t.TypeError, "__await__() returned non-iterator of type '" + it_t->name + "'");
    return false;
  }
  a->iterator = std::move(it);
  return true;
}

// Sends `v` (or throws `exc`) into the wrapped iterator.
static SendResult aa_resume(Runtime& rt, const Value& self, const Value& v, const Value& exc, Value* out) {
  auto* a = static_cast<AnextAwaitableObject*>(self.obj());
  if (!aa_start(rt, a)) return SendResult::Error;
  const Value& it = a->iterator;
  TypeObject* t = it.type(rt);
  SendResult r;
  if (exc) {
    if (t->slots.throw_) {
      r = t->slots.throw_(rt, it, exc, out);
    } else {
      Value res = call_method(rt, it, rt.n.throw_, {exc});
      r = res ? SendResult::Yield : SendResult::Error;
      if (res) *out = std::move(res);
    }
  } else if (t->slots.send) {
    r = t->slots.send(rt, it, v, out);
  } else {
    Value res = rt.is_none(v) && t->slots.next ? t->slots.next(rt, it) : call_method(rt, it, rt.n.send, {v});
    if (res) {
      *out = std::move(res);
      r = SendResult::Yield;
    } else if (!rt.has_error()) {
      *out = rt.None();
      r = SendResult::Return;
    } else if (rt.error_matches(rt.t.StopIteration)) {
      Value e = rt.take_error();
      Value val = as_exc(e)->extra[0];
      *out = val ? val : rt.None();
      r = SendResult::Return;
    } else {
      r = SendResult::Error;
    }
  }
  if (r == SendResult::Error && rt.error_matches(rt.t.StopAsyncIteration)) {
    rt.clear_error();
    *out = a->default_value;
    return SendResult::Return;
  }
  return r;
}

static SendResult aa_send(Runtime& rt, const Value& self, const Value& v, Value* out) {
  return aa_resume(rt, self, v ? v : rt.None(), Value(), out);
}
static SendResult aa_throw(Runtime& rt, const Value& self, const Value& exc, Value* out) {
  return aa_resume(rt, self, Value(), exc, out);
}
static Value aa_next(Runtime& rt, const Value& self) {
  Value out;
  SendResult r = aa_send(rt, self, rt.None(), &out);
  if (r == SendResult::Yield) return out;
  if (r == SendResult::Return) {
    Value e = rt.is_none(out) ? new_exception(rt, rt.t.StopIteration, {}) : new_stop_iteration(rt, out);
    if (e) rt.set_error(std::move(e));
  }
  return nullptr;
}
static Value aa_await(Runtime&, const Value& self) { return self; }
static Value aa_m_send(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "send", 1, 1)) return nullptr;
  Value out;
  SendResult r = aa_send(rt, self, a[0], &out);
  if (r == SendResult::Yield) return out;
  if (r == SendResult::Return) {
    Value e = rt.is_none(out) ? new_exception(rt, rt.t.StopIteration, {}) : new_stop_iteration(rt, out);
    if (e) rt.set_error(std::move(e));
  }
  return nullptr;
}
static Value aa_m_throw(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "throw", 1, 3)) return nullptr;
  // throw(type[, value[, tb]]) is passed on to the wrapped iterator: normalized as a generator's.
  Value exc = a[0];
  Value val = a.nargs > 1 && !rt.is_none(a[1]) ? a[1] : Value();
  if (is_exception_type(exc)) {
    if (!val) exc = call(rt, exc, {});
    else if (is_exception_instance(val) && isinstance(rt, val, static_cast<TypeObject*>(exc.obj()))) exc = val;
    else if (isinstance(rt, val, rt.t.tuple)) exc = call_kw(rt, exc, val, nullptr);
    else exc = call(rt, exc, {val});
  } else if (val && is_exception_instance(exc)) {
    return rt.raise(rt.t.TypeError, "instance exception may not have a separate value");
  }
  if (!exc) return nullptr;
  if (!is_exception_instance(exc)) return rt.raise(rt.t.TypeError, "exceptions must derive from BaseException");
  Value out;
  SendResult r = aa_throw(rt, self, exc, &out);
  if (r == SendResult::Yield) return out;
  if (r == SendResult::Return) {
    Value e = rt.is_none(out) ? new_exception(rt, rt.t.StopIteration, {}) : new_stop_iteration(rt, out);
    if (e) rt.set_error(std::move(e));
  }
  return nullptr;
}
static Value aa_m_close(Runtime& rt, const Value& self, CallArgs) {
  auto* a = static_cast<AnextAwaitableObject*>(self.obj());
  if (a->iterator) {
    Value close = getattr_opt(rt, a->iterator, rt.n.close);
    if (close && !call(rt, close, CallArgs{})) return nullptr;
    rt.clear_error();
  }
  return rt.None();
}
static Value aa_m_await(Runtime&, const Value& self, CallArgs) { return self; }
static const MethodDef kAnextAwaitableMethods[] = {{"send", aa_m_send},
                                                   {"throw", aa_m_throw},
                                                   {"close", aa_m_close},
                                                   {"__await__", aa_m_await},
                                                   {nullptr, nullptr}};

static TypeObject* anext_awaitable_type(Runtime& rt) {
  auto it = rt.module_state.find("builtins.anext_awaitable");
  if (it != rt.module_state.end()) return static_cast<TypeObject*>(it->second.get());
  TypeSlots s;
  s.dealloc = aa_dealloc;
  s.traverse = aa_traverse;
  s.clear = aa_dealloc;
  s.await = aa_await;
  s.iter = aa_await;
  s.next = aa_next;
  s.send = aa_send;
  s.throw_ = aa_throw;
  TypeObject* t = make_builtin_type(
      rt, TypeSpec{"anext_awaitable", nullptr, sizeof(AnextAwaitableObject), kTypeGc, kAnextAwaitableMethods}, s);
  // The type is owned by the runtime's static type list; the entry only finds it again.
  rt.module_state["builtins.anext_awaitable"] = std::shared_ptr<void>(t, [](void*) {});
  return t;
}

static Value b_anext(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "anext", 1, 2)) return nullptr;
  TypeObject* t = a[0].type(rt);
  if (!t->slots.anext) return rt.raise(rt.t.TypeError, "'" + t->name + "' object is not an async iterator");
  Value awaitable = t->slots.anext(rt, a[0]);
  if (!awaitable || a.nargs == 1) return awaitable;
  auto* aw = alloc<AnextAwaitableObject>(rt, anext_awaitable_type(rt));
  aw->wrapped = std::move(awaitable);
  aw->default_value = a[1];
  gc_track(rt, aw);
  return Value::steal(aw);
}

static Value b_abs(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "abs", 1, 1)) return nullptr;
  return unary_op(rt, a[0], UnOp::Abs);
}

static Value b_divmod(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "divmod", 2, 2)) return nullptr;
  // Classes may define __divmod__ / __rdivmod__ (tried like a binary operator).
  TypeObject* ta = a[0].type(rt);
  TypeObject* tb = a[1].type(rt);
  if ((ta->flags & kTypeHeapType) || (tb->flags & kTypeHeapType)) {
    StrObject* fwd = rt.intern("__divmod__");
    StrObject* rev = rt.intern("__rdivmod__");
    if ((ta->flags & kTypeHeapType) && type_lookup(ta, fwd)) {
      Value r = call_method(rt, a[0], fwd, {a[1]});
      if (!r || !r.is(Value::borrow(rt.not_implemented))) return r;
    }
    if (tb != ta && (tb->flags & kTypeHeapType) && type_lookup(tb, rev)) {
      Value r = call_method(rt, a[1], rev, {a[0]});
      if (!r || !r.is(Value::borrow(rt.not_implemented))) return r;
    }
  }
  Value q = binary_op(rt, a[0], a[1], BinOp::FloorDiv);
  if (!q) {
    if (rt.error_matches(rt.t.TypeError)) {
      rt.clear_error();
      return rt.raise(rt.t.TypeError, "unsupported operand type(s) for divmod(): '" + type_name(rt, a[0]) + "' and '" +
                                          type_name(rt, a[1]) + "'");
    }
    if (rt.error_matches(rt.t.ZeroDivisionError) && is_float(rt, a[0]) + is_float(rt, a[1]) > 0) {
      rt.clear_error();
      return rt.raise(rt.t.ZeroDivisionError, "float divmod()");
    }
    return nullptr;
  }
  Value r = binary_op(rt, a[0], a[1], BinOp::Mod);
  if (!r) return nullptr;
  return make_tuple(rt, {q, r});
}

static Value b_pow(Runtime& rt, const Value&, CallArgs a) {
  Value args[3];
  if (!parse_clinic_args(rt, a, "pow", {"base", "exp", "mod"}, 2, args)) return nullptr;
  return power3(rt, args[0], args[1], args[2]);
}

static Value b_round(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!parse_clinic_args(rt, a, "round", {"number", "ndigits"}, 1, args)) return nullptr;
  Object* m = type_lookup(args[0].type(rt), rt.n.__round__);
  if (!m) return rt.raise(rt.t.TypeError, "type " + type_name(rt, args[0]) + " doesn't define __round__ method");
  if (!args[1] || rt.is_none(args[1])) return call_method(rt, args[0], rt.n.__round__, {});
  return call_method(rt, args[0], rt.n.__round__, {args[1]});
}

static Value b_chr(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "chr", 1, 1)) return nullptr;
  int64_t i;
  if (!is_int(rt, a[0])) return rt.raise(rt.t.TypeError, "'" + type_name(rt, a[0]) + "' object cannot be interpreted as an integer");
  if (!index_int64(rt, a[0], &i)) return nullptr;
  if (i < 0 || i > 0x10FFFF) return rt.raise(rt.t.ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(rt, static_cast<uint32_t>(i));
}

static Value b_ord(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "ord", 1, 1)) return nullptr;
  if (is_str(rt, a[0])) {
    StrObject* s = as_str(a[0]);
    if (s->length != 1) {
      return rt.raise(rt.t.TypeError, "ord() expected a character, but string of length " + std::to_string(s->length) +
                                          " found");
    }
    return Value::small(str_codepoint_at(s, 0));
  }
  if (a[0].type(rt) == rt.t.bytes) {
    auto* b = static_cast<BytesObject*>(a[0].obj());
    if (b->size != 1) {
      return rt.raise(rt.t.TypeError, "ord() expected a character, but string of length " + std::to_string(b->size) +
                                          " found");
    }
    return Value::small(static_cast<unsigned char>(b->data()[0]));
  }
  return rt.raise(rt.t.TypeError, "ord() expected string of length 1, but " + type_name(rt, a[0]) + " found");
}

static Value base_string(Runtime& rt, CallArgs a, const char* name, int base) {
  if (!check_nargs(rt, a, name, 1, 1)) return nullptr;
  Value i = index(rt, a[0]);
  if (!i) return nullptr;
  return make_str(rt, int_to_big(i).to_prefixed_string(base));
}
static Value b_hex(Runtime& rt, const Value&, CallArgs a) { return base_string(rt, a, "hex", 16); }
static Value b_oct(Runtime& rt, const Value&, CallArgs a) { return base_string(rt, a, "oct", 8); }
static Value b_bin(Runtime& rt, const Value&, CallArgs a) { return base_string(rt, a, "bin", 2); }

static Value b_format(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "format", 1, 2)) return nullptr;
  Value spec = a.nargs == 2 ? a[1] : Value::borrow(rt.empty_str);
  if (!is_str(rt, spec)) {
    return rt.raise(rt.t.TypeError, "format() argument 2 must be str, not " + type_name(rt, spec));
  }
  return format(rt, a[0], spec);
}

// ---------------------------------------------------------------------------------------------
// Iteration helpers: sum, min, max, any, all, sorted

static Value b_sum(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!parse_clinic_args(rt, a, "sum", {"", "start"}, 1, args)) return nullptr;
  Value acc = args[1] ? args[1] : Value::small(0);
  if (is_str(rt, acc)) return rt.raise(rt.t.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (acc.type(rt) == rt.t.bytes) return rt.raise(rt.t.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  Value it = iter(rt, args[0]);
  if (!it) return nullptr;
  // Exact float accumulation like CPython (plain double adds in order).
  for (;;) {
    Value x = next(rt, it);
    if (!x) {
      if (rt.has_error()) return nullptr;
      return acc;
    }
    if (acc.is_small() && x.is_small()) {
      int64_t r = acc.small_value() + x.small_value();
      if (Value::fits_small(r)) {
        acc = Value::small(r);
        continue;
      }
    }
    if (acc.is_obj() && acc.obj()->type == rt.t.float_ && x.is_obj() && x.obj()->type == rt.t.float_) {
      acc = make_float(rt, float_value(acc) + float_value(x));
      continue;
    }
    acc = binary_op(rt, acc, x, BinOp::Add);
    if (!acc) return nullptr;
  }
}

static Value minmax(Runtime& rt, CallArgs a, bool is_min) {
  const char* name = is_min ? "min" : "max";
  Value key, dflt;
  for (size_t k = 0; k < a.nkw(); ++k) {
    std::string_view n = str_view((*a.kwnames)[static_cast<int64_t>(k)]);
    if (n == "key") key = a.kwvalues()[k];
    else if (n == "default") dflt = a.kwvalues()[k];
    else return rt.raise(rt.t.TypeError, "'" + std::string(n) + "' is an invalid keyword argument for " + name + "()");
  }
  if (key && rt.is_none(key)) key = nullptr;
  if (a.nargs == 0) {
    return rt.raise(rt.t.TypeError, std::string(name) + " expected at least 1 argument, got 0");
  }
  Value seq;
  if (a.nargs == 1) {
    seq = a[0];
  } else {
    if (dflt) {
      return rt.raise(rt.t.TypeError, std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    }
    seq = make_tuple(rt, a.args, static_cast<int64_t>(a.nargs));
  }
  Value it = iter(rt, seq);
  if (!it) return nullptr;
  Value best, best_key;
  for (;;) {
    Value x = next(rt, it);
    if (!x) {
      if (rt.has_error()) return nullptr;
      break;
    }
    Value k = key ? call(rt, key, {x}) : x;
    if (!k) return nullptr;
    if (!best) {
      best = x;
      best_key = k;
      continue;
    }
    int c = rich_compare_bool(rt, k, best_key, is_min ? CmpOp::Lt : CmpOp::Gt);
    if (c < 0) return nullptr;
    if (c) {
      best = x;
      best_key = k;
    }
  }
  if (!best) {
    if (dflt) return dflt;
    return rt.raise(rt.t.ValueError, std::string(name) + "() arg is an empty sequence");
  }
  return best;
}
static Value b_min(Runtime& rt, const Value&, CallArgs a) { return minmax(rt, a, true); }
static Value b_max(Runtime& rt, const Value&, CallArgs a) { return minmax(rt, a, false); }

static Value anyall(Runtime& rt, CallArgs a, bool is_any) {
  if (!check_nargs(rt, a, is_any ? "any" : "all", 1, 1)) return nullptr;
  Value it = iter(rt, a[0]);
  if (!it) return nullptr;
  for (;;) {
    Value x = next(rt, it);
    if (!x) {
      if (rt.has_error()) return nullptr;
      return rt.Bool(!is_any);
    }
    int t = truthy(rt, x);
    if (t < 0) return nullptr;
    if (is_any && t) return rt.True();
    if (!is_any && !t) return rt.False();
  }
}
static Value b_any(Runtime& rt, const Value&, CallArgs a) { return anyall(rt, a, true); }
static Value b_all(Runtime& rt, const Value&, CallArgs a) { return anyall(rt, a, false); }

static Value b_sorted(Runtime& rt, const Value&, CallArgs a) {
  if (a.nargs != 1) {
    return rt.raise(rt.t.TypeError, "sorted expected 1 argument, got " + std::to_string(a.nargs));
  }
  Value key, reverse;
  for (size_t k = 0; k < a.nkw(); ++k) {
    std::string_view n = str_view((*a.kwnames)[static_cast<int64_t>(k)]);
    if (n == "key") key = a.kwvalues()[k];
    else if (n == "reverse") reverse = a.kwvalues()[k];
    else return rt.raise(rt.t.TypeError, "'" + std::string(n) + "' is an invalid keyword argument for sort()");
  }
  Value l = list_from_iterable(rt, a[0]);
  if (!l) return nullptr;
  // list_from_iterable may return the argument itself for lists: sorted() needs a copy.
  if (l.is(a[0])) {
    Ref<ListObject> c = new_list(rt, as_list(l)->size);
    for (int64_t i = 0; i < as_list(l)->size; ++i) list_append(rt, c.get(), as_list(l)->items[i]);
    l = std::move(c).value();
  }
  int rev = reverse ? truthy(rt, reverse) : 0;
  if (rev < 0) return nullptr;
  if (!list_sort(rt, as_list(l), (key && !rt.is_none(key)) ? key : Value(), rev)) return nullptr;
  return l;
}

// ---------------------------------------------------------------------------------------------
// Namespaces

static Value b_globals(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "globals", 0, 0)) return nullptr;
  FrameObject* f = rt.vm->current;
  if (!f) return rt.None();
  return Value::borrow(f->globals);
}

static Value b_locals(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "locals", 0, 0)) return nullptr;
  FrameObject* f = rt.vm->current;
  if (!f) return rt.None();
  if (f->locals) return f->locals;
  Ref<DictObject> d = new_dict(rt);
  CodeObject* co = f->code;
  TupleObject* names = as_tuple(co->varnames);
  for (int64_t i = 0; i < names->size; ++i) {
    const Value& v = f->localsplus()[i];
    if (v) dict_set(rt, d.get(), (*names)[i], v);
  }
  TupleObject* cells = as_tuple(co->cellvars);
  for (int64_t i = 0; i < cells->size; ++i) {
    Value c = static_cast<CellObject*>(f->localsplus()[co->nlocals + i].obj())->ref;
    if (c) dict_set(rt, d.get(), (*cells)[i], c);
  }
  TupleObject* frees = as_tuple(co->freevars);
  for (int64_t i = 0; i < frees->size; ++i) {
    Value c = static_cast<CellObject*>(f->localsplus()[co->nlocals + co->ncells + i].obj())->ref;
    if (c) dict_set(rt, d.get(), (*frees)[i], c);
  }
  return std::move(d).value();
}

static Value b_vars(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "vars", 0, 1)) return nullptr;
  if (a.nargs == 0) return b_locals(rt, self, CallArgs{});
  Value d = getattr_opt(rt, a[0], rt.n.__dict__);
  if (!d) {
    if (!rt.has_error()) rt.raise(rt.t.TypeError, "vars() argument must have __dict__ attribute");
    return nullptr;
  }
  return d;
}

static Value b_dir(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "dir", 0, 1)) return nullptr;
  Value d;
  if (a.nargs == 0) {
    d = b_locals(rt, self, CallArgs{});
    if (!d) return nullptr;
    d = list_from_iterable(rt, d);
  } else if (isinstance(rt, a[0], rt.t.module)) {
    d = list_from_iterable(rt, as_module(a[0])->dict);
  } else if (isinstance(rt, a[0], rt.t.type)) {
    Ref<DictObject> names = new_dict(rt);
    TupleObject* mro = as_tuple(static_cast<TypeObject*>(a[0].obj())->mro);
    for (int64_t i = 0; i < mro->size; ++i) {
      if (!dict_update(rt, names.get(), static_cast<TypeObject*>((*mro)[i].obj())->dict)) return nullptr;
    }
    d = list_from_iterable(rt, names.value());
  } else {
    d = call_method(rt, a[0], rt.intern("__dir__"), {});
    if (!d) return nullptr;
    d = list_from_iterable(rt, d);
  }
  if (!d) return nullptr;
  if (d.is(a.nargs ? a[0] : Value())) d = list_from_iterable(rt, d);
  if (!list_sort(rt, as_list(d), Value(), false)) return nullptr;
  return d;
}

// ---------------------------------------------------------------------------------------------
// Classes

static Value b_build_class(Runtime& rt, const Value&, CallArgs a) {
  if (a.nargs < 2) return rt.raise(rt.t.TypeError, "__build_class__: not enough arguments");
  Value func = a[0];
  Value name = a[1];
  if (func.type(rt) != rt.t.function) return rt.raise(rt.t.TypeError, "__build_class__: func must be a function");
  if (!is_str(rt, name)) return rt.raise(rt.t.TypeError, "__build_class__: name is not a string");
  // Bases, resolving __mro_entries__ (PEP 560).
  std::vector<Value> orig(a.args + 2, a.args + a.nargs);
  std::vector<Value> bases;
  bool changed = false;
  for (const Value& b : orig) {
    if (isinstance(rt, b, rt.t.type)) {
      bases.push_back(b);
      continue;
    }
    Value me = getattr_opt(rt, b, rt.n.__mro_entries__);
    if (!me) {
      if (rt.has_error()) return nullptr;
      bases.push_back(b);
      continue;
    }
    Value r = call(rt, me, {make_tuple(rt, orig.data(), static_cast<int64_t>(orig.size()))});
    if (!r) return nullptr;
    if (!isinstance(rt, r, rt.t.tuple)) return rt.raise(rt.t.TypeError, "__mro_entries__ must return a tuple");
    for (int64_t i = 0; i < as_tuple(r)->size; ++i) bases.push_back((*as_tuple(r))[i]);
    changed = true;
  }
  Value bases_t = make_tuple(rt, bases.data(), static_cast<int64_t>(bases.size()));
  Value meta;
  Ref<DictObject> kw = new_dict(rt);
  for (size_t k = 0; k < a.nkw(); ++k) {
    const Value& kn = (*a.kwnames)[static_cast<int64_t>(k)];
    if (str_view(kn) == "metaclass") meta = a.kwvalues()[k];
    else dict_set(rt, kw.get(), kn, a.kwvalues()[k]);
  }
  bool is_class_meta = true;
  if (!meta) {
    meta = calculate_metaclass(rt, Value(), bases_t);
    if (!meta) return nullptr;
  } else if (isinstance(rt, meta, rt.t.type)) {
    meta = calculate_metaclass(rt, meta, bases_t);
    if (!meta) return nullptr;
  } else {
    is_class_meta = false;
  }
  (void)is_class_meta;
  // Namespace from __prepare__.
  Value ns;
  Value prep = getattr_opt(rt, meta, rt.intern("__prepare__"));
  if (prep) {
    Value args = make_tuple(rt, {name, bases_t});
    ns = call_kw(rt, prep, args, kw.value());
    if (!ns) return nullptr;
  } else {
    if (rt.has_error()) return nullptr;
    ns = new_dict(rt).value();
  }
  Value cell = run_class_body(rt, func, ns);
  if (!cell) return nullptr;
  if (changed) {
    Value ob = make_tuple(rt, orig.data(), static_cast<int64_t>(orig.size()));
    if (!setitem(rt, ns, Value::borrow(rt.intern("__orig_bases__")), ob)) return nullptr;
  }
  Value cls = call_kw(rt, meta, make_tuple(rt, {name, bases_t, ns}), kw.value());
  if (!cls) return nullptr;
  if (cell.type(rt) == rt.t.cell) {
    Value inner = as_cell(cell)->ref;
    if (!inner.is(cls)) {
      if (!inner) {
        return rt.raise(rt.t.RuntimeError, "__class__ not set defining '" + std::string(str_view(name)) + "' as " +
                                               std::string(str_view(repr(rt, cls))) +
                                               ". Was __classcell__ propagated to type.__new__?");
      }
      return rt.raise(rt.t.TypeError, "__class__ set to " + std::string(str_view(repr(rt, inner))) + " defining '" +
                                          std::string(str_view(name)) + "' as " + std::string(str_view(repr(rt, cls))));
    }
  }
  return cls;
}

static Value b_import(Runtime& rt, const Value&, CallArgs a) {
  Value args[5];
  if (!parse_clinic_args(rt, a, "__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, args)) return nullptr;
  if (!is_str(rt, args[0])) return rt.raise(rt.t.TypeError, "__import__() argument 1 must be str");
  // The import statement's semantics: "a.b" imports a then a.b and returns a, unless a
  // non-empty fromlist asks for the leaf module itself.
  Value level = args[4] ? args[4] : Value::small(0);
  return import_name(rt, args[0], args[3] ? args[3] : rt.None(), level, nullptr);
}

// ---------------------------------------------------------------------------------------------
// compile, exec, eval

// The SyntaxError (or IndentationError, TabError) of a failed compile, built as CPython's
// _PyPegen_raise_error / the compiler's error do: args (msg, (filename, lineno, offset, text,
// end_lineno, end_offset)). Errors found past the parser (symtable, compiler) read their text
// from the file, which a source string has not: None.
static Value raise_compile_error(Runtime& rt, const SyntaxErrorInfo& err, std::string_view filename) {
  if (err.type == "MemoryError") {
    Value e = call(rt, Value::borrow(rt.t.MemoryError), {});
    if (e) rt.set_error(std::move(e));
    return nullptr;
  }
  TypeObject* type = err.type == "IndentationError" ? rt.t.IndentationError
                     : err.type == "TabError"       ? rt.t.TabError
                                                    : rt.t.SyntaxError;
  Value text = err.from_compiler ? rt.None() : make_str(rt, err.text);
  // PyErr_SyntaxLocationObject (future.c) leaves the end offset unset: None
  Value end_offset = err.from_compiler && err.end_offset < 0 ? rt.None() : Value::small(err.end_offset);
  Value info = make_tuple(rt, {make_str(rt, filename), Value::small(err.lineno), Value::small(err.col_offset), text,
                               Value::small(err.end_lineno), end_offset});
  Value e = call(rt, Value::borrow(type), {make_str(rt, err.msg), info});
  if (e) rt.set_error(std::move(e));
  return nullptr;
}

// _Py_SourceAsString: the UTF-8 text of a str, bytes or buffer source; a NUL is an error.
static bool source_as_string(Runtime& rt, const Value& src, const char* fname, const char* what, std::string* out) {
  std::string_view view;
  if (is_str(rt, src)) {
    view = str_view(src);
  } else if (!bytes_like_view(rt, src, &view)) {
    rt.raise(rt.t.TypeError, std::string(fname) + "() arg 1 must be a " + what + " object");
    return false;
  }
  if (view.find('\0') != std::string_view::npos) {
    rt.raise(rt.t.SyntaxError, "source code string cannot contain null bytes");
    return false;
  }
  out->assign(view);
  return true;
}

static bool is_mapping(Runtime& rt, const Value& v) {
  return static_cast<bool>(type_lookup_value(v.type(rt), rt.intern("__getitem__")));
}

// PyEval_GetLocals(): the calling frame's namespace (a snapshot of a function's locals).
static Value caller_locals(Runtime& rt) { return b_locals(rt, Value(), CallArgs{}); }

static bool caller_future_annotations(Runtime& rt) {
  FrameObject* f = rt.vm->current;
  return f && f->code && (f->code->flags & kCoFutureAnnotations);
}

static Value compile_to_code(Runtime& rt, const std::string& src, std::string_view filename, ast::ModuleKind mode,
                             bool future_annotations) {
  CompileResult cr = compile_source(rt, src, filename, future_annotations, SourceKind::String, mode);
  if (cr.error) return raise_compile_error(rt, *cr.error, filename);
  // No register_source: like CPython's linecache, tracebacks and warnings have no text for
  // "<string>" (dataclasses' generated __init__ would otherwise show some other exec's lines).
  return cr.code;
}

static bool ensure_builtins(Runtime& rt, const Value& globals) {
  if (!dict_lookup_str(as_dict(globals), rt.n.__builtins__)) {
    dict_set_str(rt, as_dict(globals), rt.n.__builtins__, Value::borrow(rt.builtins_module));
  }
  return true;
}

static int64_t code_nfree(const Value& code) { return as_code(code)->nfrees; }

// exec(source, globals=None, locals=None, /, *, closure=None)
static Value b_exec(Runtime& rt, const Value&, CallArgs a) {
  Value args[4];
  if (!parse_clinic_args(rt, a, "exec", {"", "", "", "closure"}, 1, args, 3)) return nullptr;
  Value source = args[0];
  Value globals = args[1] ? args[1] : rt.None();
  Value locals = args[2] ? args[2] : rt.None();
  Value closure = args[3] && !rt.is_none(args[3]) ? args[3] : Value();
  FrameObject* f = rt.vm->current;
  if (rt.is_none(globals)) {
    if (!f) return rt.raise(rt.t.SystemError, "globals and locals cannot be NULL");
    globals = Value::borrow(f->globals);
    if (rt.is_none(locals)) locals = caller_locals(rt);
    if (!locals) return nullptr;
  } else if (rt.is_none(locals)) {
    locals = globals;
  }
  if (!isinstance(rt, globals, rt.t.dict)) {
    return rt.raise(rt.t.TypeError, "exec() globals must be a dict, not " + type_name(rt, globals));
  }
  if (!is_mapping(rt, locals)) {
    return rt.raise(rt.t.TypeError, "locals must be a mapping or None, not " + type_name(rt, locals));
  }
  ensure_builtins(rt, globals);
  Value code;
  if (source.type(rt) == rt.t.code) {
    int64_t nfree = code_nfree(source);
    if (nfree == 0) {
      if (closure) return rt.raise(rt.t.TypeError, "cannot use a closure with this code object");
    } else {
      bool ok = closure && closure.type(rt) == rt.t.tuple && as_tuple(closure)->size == nfree;
      for (int64_t i = 0; ok && i < nfree; ++i) ok = (*as_tuple(closure))[i].type(rt) == rt.t.cell;
      if (!ok) {
        return rt.raise(rt.t.TypeError, "code object requires a closure of exactly length " + std::to_string(nfree));
      }
    }
    code = source;
  } else {
    if (closure) return rt.raise(rt.t.TypeError, "closure can only be used when source is a code object");
    std::string src;
    if (!source_as_string(rt, source, "exec", "string, bytes or code", &src)) return nullptr;
    code = compile_to_code(rt, src, "<string>", ast::ModuleKind::Exec, caller_future_annotations(rt));
    if (!code) return nullptr;
  }
  Value r = exec_code(rt, code, globals, locals, closure);
  if (!r) return nullptr;
  return rt.None();
}

// eval(source, globals=None, locals=None, /)
static Value b_eval(Runtime& rt, const Value&, CallArgs a) {
  if (a.nkw() > 0) return rt.raise(rt.t.TypeError, "eval() takes no keyword arguments");
  if (a.nargs < 1) return rt.raise(rt.t.TypeError, "eval expected at least 1 argument, got " + std::to_string(a.nargs));
  if (a.nargs > 3) return rt.raise(rt.t.TypeError, "eval expected at most 3 arguments, got " + std::to_string(a.nargs));
  Value source = a[0];
  Value globals = a.nargs > 1 ? a[1] : rt.None();
  Value locals = a.nargs > 2 ? a[2] : rt.None();
  if (!rt.is_none(locals) && !is_mapping(rt, locals)) return rt.raise(rt.t.TypeError, "locals must be a mapping");
  if (!rt.is_none(globals) && !isinstance(rt, globals, rt.t.dict)) {
    return rt.raise(rt.t.TypeError, is_mapping(rt, globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                             : "globals must be a dict");
  }
  FrameObject* f = rt.vm->current;
  if (rt.is_none(globals)) {
    if (!f) return rt.raise(rt.t.TypeError, "eval must be given globals and locals when called without a frame");
    globals = Value::borrow(f->globals);
    if (rt.is_none(locals)) locals = caller_locals(rt);
    if (!locals) return nullptr;
  } else if (rt.is_none(locals)) {
    locals = globals;
  }
  ensure_builtins(rt, globals);
  Value code;
  if (source.type(rt) == rt.t.code) {
    if (code_nfree(source) > 0) {
      return rt.raise(rt.t.TypeError, "code object passed to eval() may not contain free variables");
    }
    code = source;
  } else {
    std::string src;
    if (!source_as_string(rt, source, "eval", "string, bytes or code", &src)) return nullptr;
    size_t i = 0;
    while (i < src.size() && (src[i] == ' ' || src[i] == '\t')) ++i;
    code = compile_to_code(rt, src.substr(i), "<string>", ast::ModuleKind::Eval, caller_future_annotations(rt));
    if (!code) return nullptr;
  }
  return exec_code(rt, code, globals, locals);
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)
static Value b_compile(Runtime& rt, const Value&, CallArgs a) {
  Value args[7];
  if (!parse_clinic_args(rt, a, "compile",
                         {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3,
                         args, 6))
    return nullptr;
  // filename: PyUnicode_FSDecoder
  Value fn = args[1];
  std::string filename;
  std::string_view bview;
  if (is_str(rt, fn)) {
    filename = std::string(str_view(fn));
  } else if (fn.type(rt) == rt.t.bytes && bytes_like_view(rt, fn, &bview)) {
    filename = std::string(bview);
  } else {
    Value fspath = type_lookup_value(fn.type(rt), rt.intern("__fspath__"));
    Value p = fspath ? call_method(rt, fn, rt.intern("__fspath__"), {}) : Value();
    if (!fspath || (p && !is_str(rt, p))) {
      if (rt.has_error()) return nullptr;
      return rt.raise(rt.t.TypeError, "expected str, bytes or os.PathLike object, not " + type_name(rt, fn));
    }
    if (!p) return nullptr;
    filename = std::string(str_view(p));
  }
  if (!is_str(rt, args[2])) {
    return rt.raise(rt.t.TypeError, "compile() argument 'mode' must be str, not " + type_name(rt, args[2]));
  }
  int64_t flags = 0, dont_inherit = 0, optimize = -1;
  if (args[3] && !index_int64(rt, args[3], &flags)) return nullptr;
  if (args[4]) {
    int t = truthy(rt, args[4]);
    if (t < 0) return nullptr;
    dont_inherit = t;
  }
  if (args[5] && !index_int64(rt, args[5], &optimize)) return nullptr;
  constexpr int64_t kFutureAnnotations = 0x1000000;
  constexpr int64_t kValidFlags = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 |
                                  kFutureAnnotations | 0x10 | 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000;
  if (flags & ~kValidFlags) return rt.raise(rt.t.ValueError, "compile(): unrecognised flags");
  if (optimize < -1 || optimize > 2) return rt.raise(rt.t.ValueError, "compile(): invalid optimize value");
  bool future_annotations = (flags & kFutureAnnotations) || (!dont_inherit && caller_future_annotations(rt));
  std::string_view mode = str_view(args[2]);
  ast::ModuleKind kind;
  if (mode == "exec") {
    kind = ast::ModuleKind::Exec;
  } else if (mode == "eval") {
    kind = ast::ModuleKind::Eval;
  } else if (mode == "single") {
    kind = ast::ModuleKind::Single;
  } else if (mode == "func_type" && !(flags & 0x400)) {
    return rt.raise(rt.t.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  } else {
    return rt.raise(rt.t.ValueError, (flags & 0x400) ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                                                     : "compile() mode must be 'exec', 'eval' or 'single'");
  }
  std::string src;
  if (!source_as_string(rt, args[0], "compile", "string, bytes or AST", &src)) return nullptr;
  return compile_to_code(rt, src, filename, kind, future_annotations);
}

static Value b_input(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "input", 0, 1)) return nullptr;
  if (a.nargs == 1) {
    Value s = str(rt, a[0]);
    if (!s || !rt.write(OutStream::Stdout, str_view(s))) return nullptr;
  }
  return rt.raise(rt.t.EOFError, "EOF when reading a line");
}

// open(): a file of the run's in-memory file system (modules/py/_memfs.py, empty at start).
static Value b_open(Runtime& rt, const Value&, CallArgs a) {
  Value fs = import_module(rt, make_str(rt, "_memfs"));
  if (!fs) return nullptr;
  Value fn = getattr(rt, fs, "open");
  if (!fn) return nullptr;
  return call(rt, fn, a);
}

// exit and quit: _sitebuiltins.Quitter instances (their repr tells how to leave).
struct QuitterObject : Object {
  const char* name;
};

static Value quitter_repr(Runtime& rt, const Value& self) {
  return make_str(rt, std::string("Use ") + static_cast<QuitterObject*>(self.obj())->name +
                          "() or Ctrl-D (i.e. EOF) to exit");
}

static Value quitter_call(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, static_cast<QuitterObject*>(self.obj())->name, 0, 1)) return nullptr;
  Value e = a.nargs ? call(rt, Value::borrow(rt.t.SystemExit), {a[0]}) : call(rt, Value::borrow(rt.t.SystemExit), {});
  if (!e) return nullptr;
  rt.set_error(std::move(e));
  return nullptr;
}

static void quitter_dealloc(Object*) {}

static void add_quitters(Runtime& rt, const Value& module) {
  TypeSlots s;
  s.dealloc = quitter_dealloc;
  s.repr = quitter_repr;
  s.call = quitter_call;
  TypeObject* t = make_builtin_type(rt, TypeSpec{"Quitter", nullptr, sizeof(QuitterObject), 0, nullptr, nullptr,
                                                 "_sitebuiltins"},
                                    s);
  for (const char* name : {"exit", "quit"}) {
    auto* q = alloc<QuitterObject>(rt, t);
    q->name = name;
    module_add(rt, module, name, Value::steal(q));
  }
}

// help: CPython's site adds _sitebuiltins._Helper(), whose call is pydoc.help(*args, **kwds).
static Value helper_repr(Runtime& rt, const Value&) {
  return make_str(rt, "Type help() for interactive help, or help(object) for help about object.");
}

static Value helper_call(Runtime& rt, const Value&, CallArgs a) {
  Value pydoc = import_module(rt, make_str(rt, "pydoc"));
  if (!pydoc) return nullptr;
  Value help = getattr(rt, pydoc, "help");
  if (!help) return nullptr;
  return call(rt, help, a);
}

static void add_helper(Runtime& rt, const Value& module) {
  TypeSlots s;
  s.dealloc = quitter_dealloc;
  s.repr = helper_repr;
  s.call = helper_call;
  TypeObject* t = make_builtin_type(rt, TypeSpec{"_Helper", nullptr, sizeof(Object), 0, nullptr, nullptr,
                                                 "_sitebuiltins"},
                                    s);
  module_add(rt, module, "help", Value::steal(alloc<Object>(rt, t)));
}

static const MethodDef kBuiltinFunctions[] = {
    {"print", b_print, kMethStatic},       {"repr", b_repr, kMethStatic},
    {"ascii", b_ascii, kMethStatic},       {"len", b_len, kMethStatic},
    {"id", b_id, kMethStatic},             {"hash", b_hash, kMethStatic},
    {"callable", b_callable, kMethStatic}, {"isinstance", b_isinstance, kMethStatic},
    {"issubclass", b_issubclass, kMethStatic}, {"getattr", b_getattr, kMethStatic},
    {"setattr", b_setattr, kMethStatic},   {"delattr", b_delattr, kMethStatic},
    {"hasattr", b_hasattr, kMethStatic},   {"iter", b_iter, kMethStatic},
    {"next", b_next, kMethStatic},         {"aiter", b_aiter, kMethStatic},
    {"anext", b_anext, kMethStatic},       {"abs", b_abs, kMethStatic},
    {"divmod", b_divmod, kMethStatic},     {"pow", b_pow, kMethStatic},
    {"round", b_round, kMethStatic},       {"chr", b_chr, kMethStatic},
    {"ord", b_ord, kMethStatic},           {"hex", b_hex, kMethStatic},
    {"oct", b_oct, kMethStatic},           {"bin", b_bin, kMethStatic},
    {"format", b_format, kMethStatic},     {"sum", b_sum, kMethStatic},
    {"min", b_min, kMethStatic},           {"max", b_max, kMethStatic},
    {"any", b_any, kMethStatic},           {"all", b_all, kMethStatic},
    {"sorted", b_sorted, kMethStatic},     {"globals", b_globals, kMethStatic},
    {"locals", b_locals, kMethStatic},     {"vars", b_vars, kMethStatic},
    {"dir", b_dir, kMethStatic},           {"__build_class__", b_build_class, kMethStatic},
    {"__import__", b_import, kMethStatic}, {"exec", b_exec, kMethStatic},
    {"eval", b_eval, kMethStatic},         {"input", b_input, kMethStatic},
    {"compile", b_compile, kMethStatic},
    {"open", b_open, kMethStatic},         {nullptr, nullptr},
};

Value make_builtins_module(Runtime& rt) {
  Value m = make_module(rt, "builtins");
  for (const MethodDef* d = kBuiltinFunctions; d->name; ++d) {
    Value f = make_builtin_function(rt, d->name, d->fn, m);
    module_add(rt, m, d->name, std::move(f));
  }
  struct {
    const char* name;
    TypeObject* type;
  } types[] = {
      {"object", rt.t.object},         {"type", rt.t.type},         {"int", rt.t.int_},
      {"bool", rt.t.bool_},            {"float", rt.t.float_},      {"complex", rt.t.complex_},      {"str", rt.t.str},
      {"bytes", rt.t.bytes},           {"bytearray", rt.t.bytearray}, {"memoryview", rt.t.memoryview}, {"tuple", rt.t.tuple},
      {"list", rt.t.list},             {"dict", rt.t.dict},         {"set", rt.t.set},
      {"frozenset", rt.t.frozenset},   {"range", rt.t.range},       {"slice", rt.t.slice},
      {"enumerate", rt.t.enumerate},   {"zip", rt.t.zip},           {"map", rt.t.map},
      {"filter", rt.t.filter},         {"reversed", rt.t.reversed}, {"property", rt.t.property},
      {"staticmethod", rt.t.staticmethod}, {"classmethod", rt.t.classmethod}, {"super", rt.t.super},
  };
  for (auto& t : types) {
    if (t.type) module_add(rt, m, t.name, Value::borrow(t.type));
  }
#define X(name, parent) module_add(rt, m, #name, Value::borrow(rt.t.name));
#include "object/exception_types.def"
#undef X
  module_add(rt, m, "EnvironmentError", Value::borrow(rt.t.OSError));
  module_add(rt, m, "IOError", Value::borrow(rt.t.OSError));
  module_add(rt, m, "None", rt.None());
  module_add(rt, m, "True", rt.True());
  module_add(rt, m, "False", rt.False());
  module_add(rt, m, "NotImplemented", rt.NotImplemented());
  module_add(rt, m, "Ellipsis", Value::borrow(rt.ellipsis));
  module_add(rt, m, "__debug__", rt.True());
  add_quitters(rt, m);
  add_helper(rt, m);
  return m;
}

}  // namespace ls
