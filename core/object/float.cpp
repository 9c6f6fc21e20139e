// float: a boxed double with CPython's repr, arithmetic and mixed int/float comparisons.
#include "object/float.hpp"

#include <cerrno>
#include <cmath>

#include "object/bigint.hpp"
#include "object/class.hpp"
#include "object/complex.hpp"
#include "object/float_format.hpp"
#include "object/float_parse.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/native.hpp"
#include "object/pow.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

bool is_float(const Runtime& rt, const Value& v) {
  return v.is_obj() && (v.obj()->type == rt.t.float_ || is_subtype(v.obj()->type, rt.t.float_));
}

Value make_float(Runtime& rt, double d) {
  auto* f = alloc<FloatObject>(rt, rt.t.float_);
  f->v = d;
  return Value::steal(f);
}

bool to_double(Runtime& rt, const Value& v, double* out) {
  if (v.is_small()) {
    *out = static_cast<double>(v.small_value());
    return true;
  }
  if (is_float(rt, v)) {
    *out = float_value(v);
    return true;
  }
  if (is_int(rt, v)) {
    NumError e = as_int_obj(v)->v.to_double(*out);
    if (e != NumError::Ok) {
      raise_num_error(rt, e);
      return false;
    }
    return true;
  }
  TypeObject* t = v.type(rt);
  if (t->slots.to_float) {
    Value r = t->slots.to_float(rt, v);
    if (!r) return false;
    if (!is_float(rt, r)) {
      rt.raise(rt.t.TypeError, t->name + ".__float__ returned non-float (type " + type_name(rt, r) + ")");
      return false;
    }
    *out = float_value(r);
    return true;
  }
  if (t->slots.index) {
    Value i = index(rt, v);
    if (!i) return false;
    return to_double(rt, i, out);
  }
  rt.raise(rt.t.TypeError, "must be real number, not " + t->name);
  return false;
}

Value float_repr_value(Runtime& rt, double d) { return make_str(rt, float_repr(d)); }

static Value float_repr_slot(Runtime& rt, const Value& v) { return float_repr_value(rt, float_value(v)); }

static bool float_hash_slot(Runtime& rt, const Value& v, int64_t* out) {
  auto h = float_hash(float_value(v));
  if (h) {
    *out = *h;
    return true;
  }
  uint64_t id = static_cast<uint64_t>(object_id(rt, v));
  int64_t s = static_cast<int64_t>((id >> 4) | (id << 60));
  *out = s == -1 ? -2 : s;
  return true;
}

// Converts an operand for arithmetic: float or int. False (no error) when it is neither.
static bool operand(Runtime& rt, const Value& v, double* out, bool* err) {
  *err = false;
  if (is_float(rt, v)) {
    *out = float_value(v);
    return true;
  }
  if (is_int(rt, v)) {
    if (!to_double(rt, v, out)) {
      *err = true;
      return false;
    }
    return true;
  }
  return false;
}

#define OPERANDS(a, b)                                   \
  double x, y;                                           \
  bool err;                                              \
  if (!operand(rt, a, &x, &err)) {                       \
    return err ? Value() : rt.NotImplemented();          \
  }                                                      \
  if (!operand(rt, b, &y, &err)) {                       \
    return err ? Value() : rt.NotImplemented();          \
  }

static Value f_add(Runtime& rt, const Value& a, const Value& b) {
  OPERANDS(a, b);
  return make_float(rt, x + y);
}
static Value f_sub(Runtime& rt, const Value& a, const Value& b) {
  OPERANDS(a, b);
  return make_float(rt, x - y);
}
static Value f_mul(Runtime& rt, const Value& a, const Value& b) {
  OPERANDS(a, b);
  return make_float(rt, x * y);
}
static Value f_truediv(Runtime& rt, const Value& a, const Value& b) {
  OPERANDS(a, b);
  if (y == 0.0) return rt.raise(rt.t.ZeroDivisionError, "float division by zero");
  return make_float(rt, x / y);
}
static Value f_floordiv(Runtime& rt, const Value& a, const Value& b) {
  OPERANDS(a, b);
  double r;
  NumError e = float_floordiv(x, y, r);
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_float(rt, r);
}
static Value f_mod(Runtime& rt, const Value& a, const Value& b) {
  OPERANDS(a, b);
  double r;
  NumError e = float_mod(x, y, r);
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_float(rt, r);
}

static Value f_pow(Runtime& rt, const Value& a, const Value& b) {
  OPERANDS(a, b);
  // CPython's float_pow special cases.
  if (y == 0.0) return make_float(rt, 1.0);
  if (std::isnan(x)) return make_float(rt, y == 0.0 ? 1.0 : x);
  if (std::isnan(y)) return make_float(rt, x == 1.0 ? 1.0 : y);
  if (x == 0.0) {
    if (y < 0.0) return rt.raise(rt.t.ZeroDivisionError, "0.0 cannot be raised to a negative power");
  }
  if (x < 0.0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) {
    return complex_power(rt, x, 0.0, y, 0.0);  // float_pow hands this case to complex
  }
  errno = 0;
  double r = py_pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
    return rt.raise(rt.t.OverflowError, "(34, 'Numerical result out of range')");
  }
  return make_float(rt, r);
}

static Value f_neg(Runtime& rt, const Value& a) { return make_float(rt, -float_value(a)); }
static Value f_pos(Runtime& rt, const Value& a) { return make_float(rt, float_value(a)); }
static Value f_abs(Runtime& rt, const Value& a) { return make_float(rt, std::fabs(float_value(a))); }
static int f_truth(Runtime&, const Value& a) { return float_value(a) != 0.0; }
static Value f_float(Runtime& rt, const Value& a) {
  if (a.obj()->type == rt.t.float_) return a;
  return make_float(rt, float_value(a));
}
static Value f_int(Runtime& rt, const Value& a) {
  BigInt out;
  NumError e = BigInt::from_double(float_value(a), out);
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_int(rt, std::move(out));
}

static Value f_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if (!is_float(rt, a)) return rt.NotImplemented();
  double x = float_value(a);
  std::partial_ordering c = std::partial_ordering::unordered;
  if (is_float(rt, b)) {
    c = x <=> float_value(b);
  } else if (b.is_small()) {
    c = 0 <=> compare_int64_double(b.small_value(), x);
  } else if (is_int(rt, b)) {
    c = 0 <=> BigInt::compare(as_int_obj(b)->v, x);
  } else {
    return rt.NotImplemented();
  }
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Eq: r = c == 0; break;
    case CmpOp::Ne: r = c != 0; break;
    case CmpOp::Gt: r = c > 0; break;
    case CmpOp::Ge: r = c >= 0; break;
  }
  return rt.Bool(r);
}

static Value f_new(Runtime& rt, TypeObject* type, CallArgs a) {
  if (!no_kwargs(rt, a, "float")) return nullptr;
  if (a.nargs > 1) return rt.raise(rt.t.TypeError, "float expected at most 1 argument, got " + std::to_string(a.nargs));
  double d = 0.0;
  if (a.nargs == 1) {
    const Value& x = a[0];
    if (is_str(rt, x)) {
      NumError e = parse_float(str_view(x), d);
      if (e != NumError::Ok) {
        std::string r;
        if (!repr_string(rt, x, &r)) return nullptr;
        return rt.raise(rt.t.ValueError, float_invalid_literal_message(r));
      }
    } else if (x.type(rt) != rt.t.float_ && !x.is_small() && x.type(rt) != rt.t.int_ && x.type(rt)->slots.to_float) {
      // PyNumber_Float: a subclass of float or int goes through its (maybe overridden) __float__.
      Value r = x.type(rt)->slots.to_float(rt, x);
      if (!r) return nullptr;
      if (!is_float(rt, r)) {
        return rt.raise(rt.t.TypeError, x.type(rt)->name + ".__float__ returned non-float (type " + type_name(rt, r) + ")");
      }
      d = float_value(r);
    } else if (!is_float(rt, x) && !is_int(rt, x) && !x.type(rt)->slots.to_float && !x.type(rt)->slots.index) {
      return rt.raise(rt.t.TypeError, "float() argument must be a string or a real number, not '" +
                                          type_name(rt, x) + "'");
    } else if (!to_double(rt, x, &d)) {
      return nullptr;
    }
  }
  if (type == rt.t.float_) return make_float(rt, d);
  Value self = Value::steal(alloc_object(rt, type));
  static_cast<FloatObject*>(self.obj())->v = d;
  if (type->flags & kTypeGc) gc_track(rt, self.obj());
  return self;
}

static Value m_is_integer(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "float.is_integer", 0, 0)) return nullptr;
  return rt.Bool(float_is_integer(float_value(self)));
}

static Value m_round(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__round__", 0, 1)) return nullptr;
  double x = float_value(self);
  if (a.nargs == 0 || rt.is_none(a[0])) {
    BigInt out;
    NumError e = float_round_to_int(x, out);
    if (e != NumError::Ok) return raise_num_error(rt, e);
    return make_int(rt, std::move(out));
  }
  int64_t nd;
  Value i = index(rt, a[0]);
  if (!i) return nullptr;
  if (!int_to_int64(i, &nd)) nd = int_to_big(i).is_negative() ? INT64_MIN : INT64_MAX;
  double r;
  NumError e = float_round(x, nd, r);
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_float(rt, r);
}

static Value m_trunc(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "float.__trunc__", 0, 0)) return nullptr;
  return f_int(rt, self);
}
static Value m_floor(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "float.__floor__", 0, 0)) return nullptr;
  BigInt out;
  NumError e = BigInt::from_double(std::floor(float_value(self)), out);
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_int(rt, std::move(out));
}
static Value m_ceil(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "float.__ceil__", 0, 0)) return nullptr;
  BigInt out;
  NumError e = BigInt::from_double(std::ceil(float_value(self)), out);
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_int(rt, std::move(out));
}
static Value m_as_integer_ratio(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "float.as_integer_ratio", 0, 0)) return nullptr;
  BigInt n, d;
  FloatRatioError e = float_as_integer_ratio(float_value(self), n, d);
  if (e == FloatRatioError::Infinity) return rt.raise(rt.t.OverflowError, float_ratio_error_message(e));
  if (e == FloatRatioError::NaN) return rt.raise(rt.t.ValueError, float_ratio_error_message(e));
  return make_tuple(rt, {make_int(rt, std::move(n)), make_int(rt, std::move(d))});
}
static Value m_hex(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "float.hex", 0, 0)) return nullptr;
  return make_str(rt, float_hex(float_value(self)));
}
static Value m_fromhex(Runtime& rt, const Value& cls, CallArgs a) {
  if (!check_nargs(rt, a, "fromhex", 1, 1)) return nullptr;
  if (!is_str(rt, a[0])) return rt.raise(rt.t.TypeError, "fromhex() argument must be str, not " + type_name(rt, a[0]));
  double d;
  FromHexError e = float_fromhex(str_view(a[0]), d);
  if (e == FromHexError::Overflow) return rt.raise(rt.t.OverflowError, float_fromhex_error_message(e));
  if (e != FromHexError::Ok) return rt.raise(rt.t.ValueError, float_fromhex_error_message(e));
  Value f = make_float(rt, d);
  if (cls.obj() == rt.t.float_) return f;
  return call(rt, cls, {f});
}
static Value m_conjugate(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "float.conjugate", 0, 0)) return nullptr;
  return make_float(rt, float_value(self));
}
static Value m_format(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__format__", 1, 1)) return nullptr;
  if (!is_str(rt, a[0])) {
    return rt.raise(rt.t.TypeError, "__format__() argument must be str, not " + type_name(rt, a[0]));
  }
  // An empty spec is str(self) (format_obj in CPython's formatter): a subclass's __str__ applies.
  if (str_view(a[0]).empty() && self.obj()->type != rt.t.float_) return str(rt, self);
  return format_float_value(rt, self, str_view(a[0]));
}
static Value m_getnewargs(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "float.__getnewargs__", 0, 0)) return nullptr;
  return make_tuple(rt, {make_float(rt, float_value(self))});
}

static Value get_real(Runtime& rt, const Value& self) { return make_float(rt, float_value(self)); }
static Value get_imag(Runtime& rt, const Value&) { return make_float(rt, 0.0); }

static Value m_divmod(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__divmod__", 1, 1)) return nullptr;
  if (!(is_float(rt, args[0]) || is_int(rt, args[0]))) return rt.NotImplemented();
  return number_divmod(rt, self, args[0]);
}
static Value m_rdivmod(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__rdivmod__", 1, 1)) return nullptr;
  if (!(is_float(rt, args[0]) || is_int(rt, args[0]))) return rt.NotImplemented();
  return number_divmod(rt, args[0], self);
}

// float.__getformat__(typestr): the C double/float layout
static Value m_getformat(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "__getformat__", 1, 1)) return nullptr;
  if (!is_str(rt, a[0])) {
    return rt.raise(rt.t.TypeError, "__getformat__() argument must be str, not " + type_name(rt, a[0]));
  }
  std::string_view t = str_view(a[0]);
  if (t != "double" && t != "float") {
    return rt.raise(rt.t.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return make_str(rt, "IEEE, little-endian");
}

static const MethodDef kFloatMethods[] = {
    {"__getformat__", m_getformat, kMethClass},
    {"__divmod__", m_divmod},
    {"__rdivmod__", m_rdivmod},
    {"is_integer", m_is_integer},
    {"__round__", m_round},
    {"__trunc__", m_trunc},
    {"__floor__", m_floor},
    {"__ceil__", m_ceil},
    {"as_integer_ratio", m_as_integer_ratio},
    {"hex", m_hex},
    {"fromhex", m_fromhex, kMethClass},
    {"conjugate", m_conjugate},
    {"__format__", m_format},
    {"__getnewargs__", m_getnewargs},
    {nullptr, nullptr},
};

static const GetSetDef kFloatGetSets[] = {{"real", get_real}, {"imag", get_imag}, {nullptr, nullptr}};

static void float_dealloc(Object*) {}

void init_float_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = float_dealloc;
  s.repr = float_repr_slot;
  s.hash = float_hash_slot;
  s.compare = f_compare;
  s.truth = f_truth;
  s.new_ = f_new;
  s.binop[static_cast<int>(BinOp::Add)] = f_add;
  s.binop[static_cast<int>(BinOp::Sub)] = f_sub;
  s.binop[static_cast<int>(BinOp::Mul)] = f_mul;
  s.binop[static_cast<int>(BinOp::TrueDiv)] = f_truediv;
  s.binop[static_cast<int>(BinOp::FloorDiv)] = f_floordiv;
  s.binop[static_cast<int>(BinOp::Mod)] = f_mod;
  s.binop[static_cast<int>(BinOp::Pow)] = f_pow;
  s.unop[static_cast<int>(UnOp::Neg)] = f_neg;
  s.unop[static_cast<int>(UnOp::Pos)] = f_pos;
  s.unop[static_cast<int>(UnOp::Abs)] = f_abs;
  s.to_float = f_float;
  s.to_int = f_int;
  rt.t.float_ = make_builtin_type(
      rt, TypeSpec{"float", nullptr, sizeof(FloatObject), kTypeBaseType, kFloatMethods, kFloatGetSets}, s);
}

}  // namespace ls
