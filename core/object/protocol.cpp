// The abstract object API. See protocol.hpp. Error messages follow CPython 3.11 word for word.
#include "object/protocol.hpp"

#include <vector>

#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/int.hpp"
#include "object/iterators.hpp"
#include "object/native.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "lang/vm.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// Types and identity

bool is_subtype(const TypeObject* a, const TypeObject* b) {
  if (a == b) return true;
  const Value& mro = a->mro;
  if (!mro) {
    for (const TypeObject* t = a; t; t = t->base)
      if (t == b) return true;
    return false;
  }
  TupleObject* m = as_tuple(mro);
  for (int64_t i = 0; i < m->size; ++i) {
    if ((*m)[i].obj() == b) return true;
  }
  return false;
}

const std::string& type_name(const Runtime& rt, const Value& v) {
  TypeObject* t = v.type(rt);
  if (t == rt.t.builtin_function || t == rt.t.method_descriptor) [[unlikely]] {
    // A native standing for a CPython `def` is a 'function' there.
    if (const std::string* n = python_native_type_name(rt, v)) return *n;
  }
  return t->name;
}

int64_t object_id(Runtime& rt, const Value& v) {
  if (v.is_small()) return 0x10000000 + v.small_value() * 32;
  Object* o = v.obj();
  if (o->flags & kHasId) return rt.ids[o];
  int64_t id = 0x7f0000000000LL + static_cast<int64_t>(++rt.id_counter) * 0x40;
  rt.ids[o] = id;
  o->flags |= kHasId;
  return id;
}

static int isinstance_one(Runtime& rt, const Value& obj, const Value& cls, int depth) {
  if (cls.is_obj() && cls.obj()->type == rt.t.type) return isinstance(rt, obj, static_cast<TypeObject*>(cls.obj()));
  if (isinstance(rt, cls, rt.t.tuple)) {
    if (depth > 100) {
      rt.raise(rt.t.RecursionError, "maximum recursion depth exceeded in __instancecheck__");
      return -1;
    }
    TupleObject* t = as_tuple(cls);
    for (int64_t i = 0; i < t->size; ++i) {
      int r = isinstance_one(rt, obj, (*t)[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  // __instancecheck__ of a metaclass, or of any other object's class (typing.Sequence...).
  Object* check = type_lookup(cls.type(rt), rt.intern("__instancecheck__"));
  if (check && (!isinstance(rt, cls, rt.t.type) || cls.type(rt) != rt.t.type)) {
    Value r = call_method(rt, cls, rt.intern("__instancecheck__"), {obj});
    if (!r) return -1;
    return truthy(rt, r);
  }
  if (isinstance(rt, cls, rt.t.type)) return isinstance(rt, obj, static_cast<TypeObject*>(cls.obj()));
  Value args = getattr_opt(rt, cls, rt.intern("__args__"));
  if (args && isinstance(rt, args, rt.t.tuple) && cls.type(rt)->name == "types.UnionType") {
    return isinstance_one(rt, obj, args, depth + 1);
  }
  if (rt.has_error()) return -1;
  rt.raise(rt.t.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

int isinstance_generic(Runtime& rt, const Value& obj, const Value& cls) { return isinstance_one(rt, obj, cls, 0); }

static int issubclass_one(Runtime& rt, const Value& derived, const Value& cls, int depth) {
  if (isinstance(rt, cls, rt.t.tuple)) {
    if (depth > 100) {
      rt.raise(rt.t.RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
      return -1;
    }
    TupleObject* t = as_tuple(cls);
    for (int64_t i = 0; i < t->size; ++i) {
      int r = issubclass_one(rt, derived, (*t)[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  if (cls.is_obj() && cls.obj()->type != rt.t.type && isinstance(rt, cls, rt.t.type)) {
    // A metaclass may define __subclasscheck__.
    Object* check = type_lookup(cls.type(rt), rt.intern("__subclasscheck__"));
    if (check && check->type == rt.t.function) {
      Value r = call_method(rt, cls, rt.intern("__subclasscheck__"), {derived});
      if (!r) return -1;
      return truthy(rt, r);
    }
  }
  if (cls.is_obj() && !isinstance(rt, cls, rt.t.type)) {
    // Any object whose class defines __subclasscheck__ decides (typing.Sequence...).
    if (type_lookup(cls.type(rt), rt.intern("__subclasscheck__"))) {
      Value r = call_method(rt, cls, rt.intern("__subclasscheck__"), {derived});
      if (!r) return -1;
      return truthy(rt, r);
    }
  }
  if (!isinstance(rt, derived, rt.t.type)) {
    rt.raise(rt.t.TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (!isinstance(rt, cls, rt.t.type)) {
    Value args = getattr_opt(rt, cls, rt.intern("__args__"));
    if (args && isinstance(rt, args, rt.t.tuple) && cls.type(rt)->name == "types.UnionType") {
      return issubclass_one(rt, derived, args, depth + 1);
    }
    if (rt.has_error()) return -1;
    rt.raise(rt.t.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return is_subtype(static_cast<TypeObject*>(derived.obj()), static_cast<TypeObject*>(cls.obj()));
}

int issubclass_generic(Runtime& rt, const Value& derived, const Value& cls) {
  return issubclass_one(rt, derived, cls, 0);
}

// ---------------------------------------------------------------------------------------------
// Text

Value repr(Runtime& rt, const Value& v) {
  TypeObject* t = v.type(rt);
  if (!t->slots.repr) return default_repr(rt, v);
  if (++rt.c_depth > kMaxCDepth) {
    --rt.c_depth;
    // A class's __repr__ recursing reaches CPython's limit on the call into Python first.
    return rt.raise(rt.t.RecursionError, (t->flags & kTypeHeapType)
                                             ? "maximum recursion depth exceeded while calling a Python object"
                                             : "maximum recursion depth exceeded while getting the repr of an object");
  }
  Value r = t->slots.repr(rt, v);
  --rt.c_depth;
  if (r && !is_str(rt, r)) {
    return rt.raise(rt.t.TypeError, "__repr__ returned non-string (type " + type_name(rt, r) + ")");
  }
  return r;
}

Value str(Runtime& rt, const Value& v) {
  TypeObject* t = v.type(rt);
  if (t == rt.t.str) return v;
  if (!t->slots.str) return repr(rt, v);
  if (++rt.c_depth > kMaxCDepth) {
    --rt.c_depth;
    return rt.raise(rt.t.RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  Value r = t->slots.str(rt, v);
  --rt.c_depth;
  if (r && !is_str(rt, r)) {
    return rt.raise(rt.t.TypeError, "__str__ returned non-string (type " + type_name(rt, r) + ")");
  }
  return r;
}

Value ascii(Runtime& rt, const Value& v) {
  Value r = repr(rt, v);
  if (!r) return nullptr;
  StrObject* s = as_str(r);
  if (s->is_ascii()) return r;
  std::string out;
  std::string_view in = s->view();
  for (size_t pos = 0; pos < in.size();) {
    uint32_t cp = utf8_decode(in, pos);
    char buf[16];
    if (cp < 128) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
  }
  return make_str(rt, out);
}

Value format(Runtime& rt, const Value& v, const Value& spec_in) {
  Value spec = spec_in ? spec_in : Value::borrow(rt.empty_str);
  TypeObject* t = v.type(rt);
  // CPython's fast paths: an empty spec formats an exact str as itself, an exact int as str().
  if (as_str(spec)->length == 0) {
    if (t == rt.t.str) return v;
    if (t == rt.t.int_) return str(rt, v);
  }
  // A special method: looked up on the type and bound to v (format(SomeClass) uses type's
  // __format__, not the class's unbound one).
  Value f = type_lookup_value(t, rt.n.__format__);
  if (!f) return rt.raise(rt.t.TypeError, "Type " + t->name + " doesn't define __format__");
  Value r;
  if (f.is_obj() && f.obj()->type == rt.t.method_descriptor) {
    // A built-in method found on v's type: call it with v as self (what binding then calling
    // does, without the bound method object).
    r = static_cast<MethodDescrObject*>(f.obj())->def->fn(rt, v, CallArgs{&spec, 1, nullptr});
  } else {
    DescrGetFn get = f.is_obj() ? f.obj()->type->slots.descr_get : nullptr;
    Value bound = get ? get(rt, f, v, Value::borrow(t)) : f;
    if (!bound) return nullptr;
    r = call(rt, bound, {spec});
  }
  if (r && !is_str(rt, r)) {
    return rt.raise(rt.t.TypeError, "__format__ must return a str, not " + type_name(rt, r));
  }
  return r;
}

bool repr_string(Runtime& rt, const Value& v, std::string* out) {
  Value r = repr(rt, v);
  if (!r) return false;
  *out = std::string(str_view(r));
  return true;
}

bool str_string(Runtime& rt, const Value& v, std::string* out) {
  Value r = str(rt, v);
  if (!r) return false;
  *out = std::string(str_view(r));
  return true;
}

// ---------------------------------------------------------------------------------------------
// Hash and comparison

bool hash(Runtime& rt, const Value& v, int64_t* out) {
  if (v.is_small()) {
    int64_t i = v.small_value();
    return int_hash_small(i, out);
  }
  TypeObject* t = v.obj()->type;
  if (t == rt.t.str) {
    *out = str_hash(as_str(v));
    return true;
  }
  if (!t->slots.hash) {
    rt.raise(rt.t.TypeError, "unhashable type: '" + t->name + "'");
    return false;
  }
  return t->slots.hash(rt, v, out);
}

static CmpOp swapped(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
    default: return op;
  }
}

static const char* cmp_symbol(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return "<";
    case CmpOp::Le: return "<=";
    case CmpOp::Eq: return "==";
    case CmpOp::Ne: return "!=";
    case CmpOp::Gt: return ">";
    case CmpOp::Ge: return ">=";
  }
  return "?";
}

Value rich_compare(Runtime& rt, const Value& v, const Value& w, CmpOp op) {
  TypeObject* tv = v.type(rt);
  TypeObject* tw = w.type(rt);
  if (++rt.c_depth > kMaxCDepth) {
    --rt.c_depth;
    return rt.raise(rt.t.RecursionError, "maximum recursion depth exceeded in comparison");
  }
  struct Guard {
    Runtime& rt;
    ~Guard() { --rt.c_depth; }
  } guard{rt};
  const Value ni = Value::borrow(rt.not_implemented);
  bool checked_reverse = false;
  if (tv != tw && is_subtype(tw, tv) && tw->slots.compare) {
    checked_reverse = true;
    Value r = tw->slots.compare(rt, w, v, swapped(op));
    if (!r || !r.is(ni)) return r;
  }
  if (tv->slots.compare) {
    Value r = tv->slots.compare(rt, v, w, op);
    if (!r || !r.is(ni)) return r;
  }
  if (!checked_reverse && tw->slots.compare) {
    Value r = tw->slots.compare(rt, w, v, swapped(op));
    if (!r || !r.is(ni)) return r;
  }
  if (op == CmpOp::Eq) return rt.Bool(v.is(w));
  if (op == CmpOp::Ne) return rt.Bool(!v.is(w));
  return rt.raise(rt.t.TypeError, std::string("'") + cmp_symbol(op) + "' not supported between instances of '" +
                                      tv->name + "' and '" + tw->name + "'");
}

int rich_compare_bool(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if (a.is(b)) {
    if (op == CmpOp::Eq) return 1;
    if (op == CmpOp::Ne) return 0;
  }
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small_value(), y = b.small_value();
    switch (op) {
      case CmpOp::Lt: return x < y;
      case CmpOp::Le: return x <= y;
      case CmpOp::Eq: return x == y;
      case CmpOp::Ne: return x != y;
      case CmpOp::Gt: return x > y;
      case CmpOp::Ge: return x >= y;
    }
  }
  Value r = rich_compare(rt, a, b, op);
  if (!r) return -1;
  if (r.is_obj() && r.obj() == rt.true_) return 1;
  if (r.is_obj() && r.obj() == rt.false_) return 0;
  return truthy(rt, r);
}

int equal(Runtime& rt, const Value& a, const Value& b) {
  if (a.is(b)) return 1;
  if (a.is_small() && b.is_small()) return 0;
  if (a.is_obj() && b.is_obj() && a.obj()->type == rt.t.str && b.obj()->type == rt.t.str) {
    return str_equal(as_str(a), as_str(b));
  }
  return rich_compare_bool(rt, a, b, CmpOp::Eq);
}

int truthy(Runtime& rt, const Value& v) {
  if (v.is_small()) return v.small_value() != 0;
  Object* o = v.obj();
  if (o == rt.true_) return 1;
  if (o == rt.false_ || o == rt.none) return 0;
  TypeObject* t = o->type;
  if (t->slots.truth) return t->slots.truth(rt, v);
  if (t->slots.len) {
    int64_t n = t->slots.len(rt, v);
    if (n < 0) return -1;
    return n > 0;
  }
  return 1;
}

// ---------------------------------------------------------------------------------------------
// Attributes

Value raise_attribute_error(Runtime& rt, const Value& obj, StrObject* name) {
  std::string msg;
  if (isinstance(rt, obj, rt.t.module)) {
    Value mname = getattr_opt(rt, obj, rt.n.__name__);
    rt.clear_error();
    msg = "module '" + (mname && is_str(rt, mname) ? std::string(str_view(mname)) : std::string("?")) +
          "' has no attribute '" + std::string(name->view()) + "'";
  } else if (isinstance(rt, obj, rt.t.type)) {
    msg = "type object '" + static_cast<TypeObject*>(obj.obj())->name + "' has no attribute '" +
          std::string(name->view()) + "'";
  } else {
    msg = "'" + type_name(rt, obj) + "' object has no attribute '" + std::string(name->view()) + "'";
  }
  Value e = new_exception_msg(rt, rt.t.AttributeError, msg);
  if (!e) return nullptr;
  as_exc(e)->extra[0] = Value::borrow(name);  // .name
  as_exc(e)->extra[1] = obj;                  // .obj
  rt.set_error(std::move(e));
  return nullptr;
}

Value getattr(Runtime& rt, const Value& obj, StrObject* name) {
  TypeObject* t = obj.type(rt);
  if (t->slots.getattr) return t->slots.getattr(rt, obj, name);
  return generic_getattr(rt, obj, name);
}

Value getattr(Runtime& rt, const Value& obj, std::string_view name) { return getattr(rt, obj, rt.intern(name)); }

Value getattr_opt(Runtime& rt, const Value& obj, StrObject* name) {
  Value r = getattr(rt, obj, name);
  if (!r && rt.error_matches(rt.t.AttributeError)) rt.clear_error();
  return r;
}

bool setattr(Runtime& rt, const Value& obj, StrObject* name, const Value& v) {
  TypeObject* t = obj.type(rt);
  if (t->slots.setattr) return t->slots.setattr(rt, obj, name, v);
  return generic_setattr(rt, obj, name, v);
}

bool delattr(Runtime& rt, const Value& obj, StrObject* name) { return setattr(rt, obj, name, nullptr); }

int hasattr(Runtime& rt, const Value& obj, StrObject* name) {
  Value r = getattr(rt, obj, name);
  if (r) return 1;
  if (rt.error_matches(rt.t.AttributeError)) {
    rt.clear_error();
    return 0;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Calls

Value call(Runtime& rt, const Value& fn, CallArgs args) {
  TypeObject* t = fn.type(rt);
  if (!t->slots.call) return rt.raise(rt.t.TypeError, "'" + t->name + "' object is not callable");
  if (++rt.c_depth > kMaxCDepth) {
    --rt.c_depth;
    return rt.raise(rt.t.RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  Value r = t->slots.call(rt, fn, args);
  --rt.c_depth;
  return r;
}

Value call(Runtime& rt, const Value& fn, std::initializer_list<Value> args) {
  return call(rt, fn, CallArgs{args.begin(), args.size(), nullptr});
}

Value call_kw(Runtime& rt, const Value& fn, const Value& args_tuple, const Value& kwargs) {
  TupleObject* at = as_tuple(args_tuple);
  std::vector<Value> buf;
  buf.reserve(static_cast<size_t>(at->size) + (kwargs ? static_cast<size_t>(as_dict(kwargs)->used) : 0));
  for (int64_t i = 0; i < at->size; ++i) buf.push_back((*at)[i]);
  Value names;
  if (kwargs && as_dict(kwargs)->used > 0) {
    DictObject* d = as_dict(kwargs);
    Ref<TupleObject> kn = new_tuple(rt, d->used);
    int64_t k = 0;
    for (int64_t pos = 0;;) {
      DictEntry* e;
      if (!dict_next(d, &pos, &e)) break;
      if (!is_str(rt, e->key)) return rt.raise(rt.t.TypeError, "keywords must be strings");
      (*kn)[k++] = e->key;
      buf.push_back(e->value);
    }
    names = std::move(kn).value();
  }
  return call(rt, fn, CallArgs{buf.data(), static_cast<size_t>(at->size), names ? as_tuple(names) : nullptr});
}

Value call_method(Runtime& rt, const Value& obj, StrObject* name, std::initializer_list<Value> args) {
  Value m = getattr(rt, obj, name);
  if (!m) return nullptr;
  return call(rt, m, CallArgs{args.begin(), args.size(), nullptr});
}

int callable(Runtime& rt, const Value& v) { return v.type(rt)->slots.call != nullptr; }

// ---------------------------------------------------------------------------------------------
// Iteration

Value iter(Runtime& rt, const Value& v) {
  TypeObject* t = v.type(rt);
  if (t->slots.iter) return t->slots.iter(rt, v);
  if (t->slots.getitem && t != rt.t.dict && !is_subtype(t, rt.t.dict)) return make_seq_iterator(rt, v);
  return rt.raise(rt.t.TypeError, "'" + t->name + "' object is not iterable");
}

Value next(Runtime& rt, const Value& it) {
  TypeObject* t = it.type(rt);
  if (!t->slots.next) return rt.raise(rt.t.TypeError, "'" + t->name + "' object is not an iterator");
  if (!vm_native_step(rt)) return nullptr;
  return t->slots.next(rt, it);
}

// ---------------------------------------------------------------------------------------------
// Numbers

const char* binop_symbol(BinOp op) {
  static const char* const kSym[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
  return kSym[static_cast<int>(op)];
}

static Value binary_op1(Runtime& rt, const Value& v, const Value& w, BinOp op) {
  TypeObject* tv = v.type(rt);
  TypeObject* tw = w.type(rt);
  int i = static_cast<int>(op);
  BinaryFn slotv = tv->slots.binop[i];
  BinaryFn slotw = nullptr;
  if (tw != tv) {
    slotw = tw->slots.binop[i];
    if (slotw == slotv) slotw = nullptr;
  }
  const Value ni = Value::borrow(rt.not_implemented);
  if (slotv) {
    if (slotw && is_subtype(tw, tv)) {
      Value x = slotw(rt, v, w);
      if (!x || !x.is(ni)) return x;
      slotw = nullptr;
    }
    Value x = slotv(rt, v, w);
    if (!x || !x.is(ni)) return x;
  }
  if (slotw) return slotw(rt, v, w);
  return ni;
}

static bool is_sequence_type(Runtime& rt, TypeObject* t) {
  return is_subtype(t, rt.t.str) || is_subtype(t, rt.t.list) || is_subtype(t, rt.t.tuple) ||
         is_subtype(t, rt.t.bytes);
}

Value binop_type_error(Runtime& rt, const Value& v, const Value& w, BinOp op, bool inplace) {
  TypeObject* tv = v.type(rt);
  TypeObject* tw = w.type(rt);
  if (op == BinOp::Add && is_sequence_type(rt, tv) && !is_subtype(tv, tw)) {
    const char* base = is_subtype(tv, rt.t.str) ? "str" : is_subtype(tv, rt.t.list) ? "list"
                       : is_subtype(tv, rt.t.tuple) ? "tuple" : "bytes";
    if (std::string_view(base) == "bytes") {
      return rt.raise(rt.t.TypeError, "can't concat " + tw->name + " to bytes");
    }
    return rt.raise(rt.t.TypeError, std::string("can only concatenate ") + base + " (not \"" + tw->name +
                                        "\") to " + base);
  }
  if (op == BinOp::Mul && (is_sequence_type(rt, tv) || is_sequence_type(rt, tw))) {
    const Value& other = is_sequence_type(rt, tv) ? w : v;
    return rt.raise(rt.t.TypeError, "can't multiply sequence by non-int of type '" + type_name(rt, other) + "'");
  }
  std::string sym = binop_symbol(op);
  if (inplace) sym += "=";
  else if (op == BinOp::Pow) sym = "** or pow()";
  std::string msg = "unsupported operand type(s) for " + sym + ": '" + type_name(rt, v) + "' and '" +
                    type_name(rt, w) + "'";
  // CPython's binary_op1 failure path (abstract.c): `print >> f` gets the Python 2 hint.
  if (op == BinOp::RShift && !inplace && v.is_obj() && v.obj()->type == rt.t.builtin_function &&
      std::string_view(static_cast<BuiltinFunctionObject*>(v.obj())->name) == "print") {
    msg += ". Did you mean \"print(<message>, file=<output_stream>)\"?";
  }
  return rt.raise(rt.t.TypeError, msg);
}

Value binary_op(Runtime& rt, const Value& v, const Value& w, BinOp op) {
  Value r = binary_op1(rt, v, w, op);
  if (r && r.is_obj() && r.obj() == rt.not_implemented) return binop_type_error(rt, v, w, op, false);
  return r;
}

Value inplace_op(Runtime& rt, const Value& v, const Value& w, BinOp op) {
  BinaryFn f = v.type(rt)->slots.inplace[static_cast<int>(op)];
  if (f) {
    Value r = f(rt, v, w);
    if (!r || !(r.is_obj() && r.obj() == rt.not_implemented)) return r;
  }
  Value r = binary_op1(rt, v, w, op);
  if (r && r.is_obj() && r.obj() == rt.not_implemented) return binop_type_error(rt, v, w, op, true);
  return r;
}

Value unary_op(Runtime& rt, const Value& a, UnOp op) {
  UnaryFn f = a.type(rt)->slots.unop[static_cast<int>(op)];
  if (f) return f(rt, a);
  static const char* const kNames[] = {"unary -", "unary +", "unary ~", "abs()"};
  return rt.raise(rt.t.TypeError, std::string("bad operand type for ") + kNames[static_cast<int>(op)] + ": '" +
                                      type_name(rt, a) + "'");
}

Value power3(Runtime& rt, const Value& a, const Value& b, const Value& mod) {
  if (!mod || rt.is_none(mod)) return binary_op(rt, a, b, BinOp::Pow);
  TernaryFn f = a.type(rt)->slots.pow3;
  if (f) {
    Value r = f(rt, a, b, mod);
    if (!r || !(r.is_obj() && r.obj() == rt.not_implemented)) return r;
  }
  if (a.is_obj() && (a.type(rt)->flags & kTypeHeapType) && type_lookup(a.type(rt), rt.intern("__pow__"))) {
    // A class's __pow__(self, other, mod).
    Value r = call_method(rt, a, rt.intern("__pow__"), {b, mod});
    if (!r || !(r.is_obj() && r.obj() == rt.not_implemented)) return r;
  }
  if (a.type(rt) == rt.t.float_ || b.type(rt) == rt.t.float_ || mod.type(rt) == rt.t.float_) {
    // float's ternary pow slot (tried for any float operand) refuses a modulus.
    return rt.raise(rt.t.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  return rt.raise(rt.t.TypeError, "unsupported operand type(s) for ** or pow(): '" + type_name(rt, a) + "', '" +
                                      type_name(rt, b) + "', '" + type_name(rt, mod) + "'");
}

Value number_divmod(Runtime& rt, const Value& a, const Value& b) {
  Value q = binary_op(rt, a, b, BinOp::FloorDiv);
  if (!q) return nullptr;
  Value r = binary_op(rt, a, b, BinOp::Mod);
  if (!r) return nullptr;
  return make_tuple(rt, {q, r});
}

Value index(Runtime& rt, const Value& v) {
  if (v.is_small()) return v;
  TypeObject* t = v.type(rt);
  if (t == rt.t.int_) return v;
  if (is_subtype(t, rt.t.int_)) return int_exact(rt, v);
  if (t->slots.index) {
    Value r = t->slots.index(rt, v);
    if (r && !isinstance(rt, r, rt.t.int_)) {
      return rt.raise(rt.t.TypeError, "__index__ returned non-int (type " + type_name(rt, r) + ")");
    }
    return r;
  }
  return rt.raise(rt.t.TypeError, "'" + t->name + "' object cannot be interpreted as an integer");
}

bool index_int64(Runtime& rt, const Value& v, int64_t* out) {
  Value i = index(rt, v);
  if (!i) return false;
  if (i.is_small()) {
    *out = i.small_value();
    return true;
  }
  if (!int_to_int64(i, out)) {
    rt.raise(rt.t.IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Containers

Value getitem(Runtime& rt, const Value& obj, const Value& key) {
  TypeObject* t = obj.type(rt);
  if (t->slots.getitem) return t->slots.getitem(rt, obj, key);
  if (is_subtype(t, rt.t.type)) {
    if (obj.obj() == rt.t.type) return make_generic_alias(rt, obj, key);
    Value cg = getattr_opt(rt, obj, rt.n.__class_getitem__);
    if (cg) return call(rt, cg, {key});
    if (rt.has_error()) return nullptr;
    return rt.raise(rt.t.TypeError, "type '" + static_cast<TypeObject*>(obj.obj())->name + "' is not subscriptable");
  }
  return rt.raise(rt.t.TypeError, "'" + t->name + "' object is not subscriptable");
}

bool setitem(Runtime& rt, const Value& obj, const Value& key, const Value& v) {
  TypeObject* t = obj.type(rt);
  if (t->slots.setitem) return t->slots.setitem(rt, obj, key, v);
  rt.raise(rt.t.TypeError, "'" + t->name + "' object does not support item assignment");
  return false;
}

bool delitem(Runtime& rt, const Value& obj, const Value& key) {
  TypeObject* t = obj.type(rt);
  if (t->slots.setitem) return t->slots.setitem(rt, obj, key, nullptr);
  // CPython words it differently when the object is a sequence given an index
  // (PySequence_DelItem): "doesn't".
  bool sequence = (t->flags & kTypeHeapType) || t->slots.getitem || t->slots.contains;
  bool index = key.is_small() || key.type(rt)->slots.index;
  if (sequence && index) {
    rt.raise(rt.t.TypeError, "'" + t->name + "' object doesn't support item deletion");
  } else {
    rt.raise(rt.t.TypeError, "'" + t->name + "' object does not support item deletion");
  }
  return false;
}

int contains(Runtime& rt, const Value& container, const Value& item) {
  TypeObject* t = container.type(rt);
  if (t->slots.contains) return t->slots.contains(rt, container, item);
  if (!t->slots.iter && !t->slots.getitem) {
    rt.raise(rt.t.TypeError, "argument of type '" + t->name + "' is not iterable");
    return -1;
  }
  Value it = iter(rt, container);
  if (!it) return -1;
  for (;;) {
    Value x = next(rt, it);
    if (!x) return rt.has_error() ? -1 : 0;
    int eq = equal(rt, x, item);
    if (eq != 0) return eq;
  }
}

int64_t length(Runtime& rt, const Value& v) {
  TypeObject* t = v.type(rt);
  if (t->slots.len) return t->slots.len(rt, v);
  rt.raise(rt.t.TypeError, "object of type '" + t->name + "' has no len()");
  return -1;
}

}  // namespace ls
