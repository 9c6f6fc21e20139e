// complex: CPython 3.11's complexobject.c — arithmetic (_Py_c_quot, _Py_c_pow, c_powi), repr,
// hash, equality with int/float, format() and the constructor with its string parser.
#include "object/complex.hpp"

#include <cerrno>
#include <cmath>

#include "object/class.hpp"
#include "object/float.hpp"
#include "object/float_format.hpp"
#include "object/float_parse.hpp"
#include "object/format_spec.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

namespace {

struct Cx {
  double re = 0.0, im = 0.0;
};

Cx c_sum(Cx a, Cx b) { return {a.re + b.re, a.im + b.im}; }
Cx c_diff(Cx a, Cx b) { return {a.re - b.re, a.im - b.im}; }
Cx c_prod(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// _Py_c_quot (Smith's algorithm); *edom on division by zero.
Cx c_quot(Cx a, Cx b, bool* edom) {
  Cx r;
  const double abs_breal = b.re < 0 ? -b.re : b.re;
  const double abs_bimag = b.im < 0 ? -b.im : b.im;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      *edom = true;
      r.re = r.im = 0.0;
    } else {
      const double ratio = b.im / b.re;
      const double denom = b.re + b.im * ratio;
      r.re = (a.re + a.im * ratio) / denom;
      r.im = (a.im - a.re * ratio) / denom;
    }
  } else if (abs_bimag >= abs_breal) {
    const double ratio = b.re / b.im;
    const double denom = b.re * ratio + b.im;
    r.re = (a.re * ratio + a.im) / denom;
    r.im = (a.im * ratio - a.re) / denom;
  } else {
    r.re = r.im = std::nan("");
  }
  return r;
}

// _Py_c_pow
Cx c_pow(Cx a, Cx b, bool* edom) {
  Cx r;
  if (b.re == 0.0 && b.im == 0.0) {
    r.re = 1.0;
    r.im = 0.0;
  } else if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) *edom = true;
    r.re = 0.0;
    r.im = 0.0;
  } else {
    double vabs = std::hypot(a.re, a.im);
    double len = std::pow(vabs, b.re);
    double at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
      len /= std::exp(at * b.im);
      phase += b.im * std::log(vabs);
    }
    r.re = len * std::cos(phase);
    r.im = len * std::sin(phase);
  }
  return r;
}

Cx c_powu(Cx x, long n) {
  Cx r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

Cx c_powi(Cx x, long n, bool* edom) {
  if (n > 0) return c_powu(x, n);
  return c_quot(Cx{1.0, 0.0}, c_powu(x, -n), edom);
}

}  // namespace

bool is_complex(const Runtime& rt, const Value& v) {
  return v.is_obj() && (v.obj()->type == rt.t.complex_ || is_subtype(v.obj()->type, rt.t.complex_));
}

static Value complex_from_doubles(Runtime& rt, TypeObject* type, double re, double im) {
  if (type == rt.t.complex_) return make_complex(rt, re, im);
  Value self = Value::steal(alloc_object(rt, type));
  auto* c = static_cast<ComplexObject*>(self.obj());
  c->re = re;
  c->im = im;
  if (type->flags & kTypeGc) gc_track(rt, self.obj());
  return self;
}

Value make_complex(Runtime& rt, double re, double im) {
  auto* c = alloc<ComplexObject>(rt, rt.t.complex_);
  c->re = re;
  c->im = im;
  return Value::steal(c);
}

static Cx cval(const Value& v) { return {complex_real(v), complex_imag(v)}; }

// to_complex: complex, int (may raise OverflowError) or float; false without an error when the
// operand is something else (NotImplemented).
static bool operand(Runtime& rt, const Value& v, Cx* out, bool* err) {
  *err = false;
  if (is_complex(rt, v)) {
    *out = cval(v);
    return true;
  }
  if (is_int(rt, v) || is_float(rt, v)) {
    double d;
    if (!to_double(rt, v, &d)) {
      *err = true;
      return false;
    }
    *out = {d, 0.0};
    return true;
  }
  return false;
}

#define CX_OPERANDS(a, b)                          \
  Cx x, y;                                         \
  bool err;                                        \
  if (!operand(rt, a, &x, &err)) {                 \
    return err ? Value() : rt.NotImplemented();    \
  }                                                \
  if (!operand(rt, b, &y, &err)) {                 \
    return err ? Value() : rt.NotImplemented();    \
  }

static Value c_add(Runtime& rt, const Value& a, const Value& b) {
  CX_OPERANDS(a, b);
  Cx r = c_sum(x, y);
  return make_complex(rt, r.re, r.im);
}
static Value c_sub(Runtime& rt, const Value& a, const Value& b) {
  CX_OPERANDS(a, b);
  Cx r = c_diff(x, y);
  return make_complex(rt, r.re, r.im);
}
static Value c_mul(Runtime& rt, const Value& a, const Value& b) {
  CX_OPERANDS(a, b);
  Cx r = c_prod(x, y);
  return make_complex(rt, r.re, r.im);
}
static Value c_div(Runtime& rt, const Value& a, const Value& b) {
  CX_OPERANDS(a, b);
  bool edom = false;
  Cx r = c_quot(x, y, &edom);
  if (edom) return rt.raise(rt.t.ZeroDivisionError, "complex division by zero");
  return make_complex(rt, r.re, r.im);
}

Value complex_power(Runtime& rt, double ar, double ai, double br, double bi) {
  Cx a{ar, ai}, b{br, bi};
  bool edom = false;
  Cx p;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    p = c_powi(a, static_cast<long>(b.re), &edom);
  } else {
    p = c_pow(a, b, &edom);
  }
  if (edom) return rt.raise(rt.t.ZeroDivisionError, "0.0 to a negative or complex power");
  if (std::isinf(p.re) || std::isinf(p.im)) return rt.raise(rt.t.OverflowError, "complex exponentiation");
  return make_complex(rt, p.re, p.im);
}

static Value c_power(Runtime& rt, const Value& a, const Value& b) {
  CX_OPERANDS(a, b);
  return complex_power(rt, x.re, x.im, y.re, y.im);
}

static Value c_pow3(Runtime& rt, const Value& a, const Value& b, const Value& m) {
  Cx x, y;
  bool err;
  if (!operand(rt, a, &x, &err) || !operand(rt, b, &y, &err)) return err ? Value() : rt.NotImplemented();
  if (!rt.is_none(m)) return rt.raise(rt.t.ValueError, "complex modulo");
  return complex_power(rt, x.re, x.im, y.re, y.im);
}

static Value c_neg(Runtime& rt, const Value& a) { return make_complex(rt, -complex_real(a), -complex_imag(a)); }
static Value c_pos(Runtime& rt, const Value& a) {
  if (a.obj()->type == rt.t.complex_) return a;
  return make_complex(rt, complex_real(a), complex_imag(a));
}
static Value c_abs(Runtime& rt, const Value& a) {
  double re = complex_real(a), im = complex_imag(a);
  double r;
  // _Py_c_abs: an infinite part makes the result inf even when the other is a NaN.
  if (!std::isfinite(re) || !std::isfinite(im)) {
    if (std::isinf(re)) r = std::fabs(re);
    else if (std::isinf(im)) r = std::fabs(im);
    else r = std::nan("");
  } else {
    r = std::hypot(re, im);
    if (!std::isfinite(r)) return rt.raise(rt.t.OverflowError, "absolute value too large");
  }
  return make_float(rt, r);
}
static int c_truth(Runtime&, const Value& a) { return complex_real(a) != 0.0 || complex_imag(a) != 0.0; }

static Value c_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return rt.NotImplemented();
  if (!is_complex(rt, a)) return rt.NotImplemented();
  Cx i = cval(a);
  bool equal;
  if (is_int(rt, b)) {
    if (i.im == 0.0) return rich_compare(rt, make_float(rt, i.re), b, op);
    equal = false;
  } else if (is_float(rt, b)) {
    equal = i.re == float_value(b) && i.im == 0.0;
  } else if (is_complex(rt, b)) {
    Cx j = cval(b);
    equal = i.re == j.re && i.im == j.im;
  } else {
    return rt.NotImplemented();
  }
  return rt.Bool(op == CmpOp::Eq ? equal : !equal);
}

static std::string complex_repr_string(double re, double im) {
  if (re == 0.0 && !std::signbit(re)) return double_to_string(im, 'r', 0, 0) + "j";
  return "(" + double_to_string(re, 'r', 0, 0) + double_to_string(im, 'r', 0, kDtsfSign) + "j)";
}

static Value c_repr(Runtime& rt, const Value& v) {
  return make_str(rt, complex_repr_string(complex_real(v), complex_imag(v)));
}

static bool c_hash(Runtime& rt, const Value& v, int64_t* out) {
  auto part = [&](double d) -> uint64_t {
    auto h = float_hash(d);
    if (h) return static_cast<uint64_t>(*h);
    uint64_t id = static_cast<uint64_t>(object_id(rt, v));
    return (id >> 4) | (id << 60);
  };
  uint64_t combined = part(complex_real(v)) + 1000003ull * part(complex_imag(v));
  int64_t s = static_cast<int64_t>(combined);
  *out = s == -1 ? -2 : s;
  return true;
}

// PyOS_string_to_double with an end pointer: the longest prefix of s[pos..] that is a float
// ("1.5e3", "-inf", "nan"...); 0 when there is none.
static size_t float_prefix(std::string_view s, size_t pos) {
  size_t i = pos;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  auto word = [&](std::string_view w) {
    if (s.size() - i < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      char c = s[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != w[k]) return false;
    }
    return true;
  };
  if (word("infinity")) return i + 8 - pos;
  if (word("inf") || word("nan")) return i + 3 - pos;
  size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    if (j < s.size() && s[j] >= '0' && s[j] <= '9') {
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
      i = j;
    }
  }
  return i - pos;
}

// complex_from_string_inner; false on a malformed string.
static bool parse_complex_text(std::string_view s, double* x, double* y) {
  size_t i = 0, n = s.size();
  *x = *y = 0.0;
  bool got_bracket = false;
  while (i < n && is_ascii_space(s[i])) ++i;
  if (i < n && s[i] == '(') {
    got_bracket = true;
    ++i;
    while (i < n && is_ascii_space(s[i])) ++i;
  }
  auto number = [&](size_t len) {
    double d = 0.0;
    parse_float(s.substr(i, len), d);
    return d;
  };
  auto is_j = [&] { return i < n && (s[i] == 'j' || s[i] == 'J'); };
  if (size_t len = float_prefix(s, i)) {
    double z = number(len);
    i += len;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      *x = z;
      if (size_t len2 = float_prefix(s, i)) {
        *y = number(len2);
        i += len2;
      } else {
        *y = s[i] == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (!is_j()) return false;
      ++i;
    } else if (is_j()) {
      ++i;
      *y = z;
    } else {
      *x = z;
    }
  } else {
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      *y = s[i] == '+' ? 1.0 : -1.0;
      ++i;
    } else {
      *y = 1.0;
    }
    if (!is_j()) return false;
    ++i;
  }
  while (i < n && is_ascii_space(s[i])) ++i;
  if (got_bracket) {
    if (i >= n || s[i] != ')') return false;
    ++i;
    while (i < n && is_ascii_space(s[i])) ++i;
  }
  return i == n;
}

// _Py_string_to_number_with_underscores: an underscore only between two digits, then removed.
static bool strip_underscores(std::string_view s, std::string* out) {
  char prev = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (c == '_') {
      if (!(prev >= '0' && prev <= '9')) return false;
      if (k + 1 >= s.size() || !(s[k + 1] >= '0' && s[k + 1] <= '9')) return false;
    } else {
      out->push_back(c);
    }
    prev = c;
  }
  return true;
}

static Value complex_from_string(Runtime& rt, TypeObject* type, const Value& text) {
  std::string ascii;
  std::string_view s = str_view(text);
  if (numeric_text_to_ascii(s, ascii)) s = ascii;
  std::string plain;
  double x, y;
  if (!strip_underscores(s, &plain)) {
    std::string r;
    if (!repr_string(rt, text, &r)) return nullptr;
    return rt.raise(rt.t.ValueError, "could not convert string to complex: " + r);
  }
  if (!parse_complex_text(plain, &x, &y)) {
    return rt.raise(rt.t.ValueError, "complex() arg is a malformed string");
  }
  return complex_from_doubles(rt, type, x, y);
}

static bool number_like(Runtime& rt, const Value& v) {
  if (v.is_small() || is_complex(rt, v)) return true;
  TypeObject* t = v.type(rt);
  return t->slots.to_float || t->slots.index;
}

static Value c_new(Runtime& rt, TypeObject* type, CallArgs a) {
  Value args[2];
  if (!parse_clinic_args(rt, a, "complex", {"real", "imag"}, 0, args)) return nullptr;
  Value r = args[0] ? args[0] : Value::small(0);
  const Value& i = args[1];
  if (r.is_obj() && r.obj()->type == rt.t.complex_ && !i && type == rt.t.complex_) return r;
  if (is_str(rt, r)) {
    if (i) return rt.raise(rt.t.TypeError, "complex() can't take second arg if first is a string");
    return complex_from_string(rt, type, r);
  }
  if (i && is_str(rt, i)) return rt.raise(rt.t.TypeError, "complex() second arg can't be a string");
  // try_complex_special_method: __complex__ looked up on the type.
  if (!(r.is_obj() && r.obj()->type == rt.t.complex_) && !r.is_small()) {
    StrObject* name = rt.intern("__complex__");
    if (type_lookup(r.type(rt), name)) {
      Value res = call_method(rt, r, name, {});
      if (!res) return nullptr;
      if (!is_complex(rt, res)) {
        return rt.raise(rt.t.TypeError, "__complex__ returned non-complex (type " + type_name(rt, res) + ")");
      }
      r = res;
    }
  }
  if (!number_like(rt, r)) {
    return rt.raise(rt.t.TypeError, "complex() first argument must be a string or a number, not '" +
                                        type_name(rt, r) + "'");
  }
  if (i && !number_like(rt, i)) {
    return rt.raise(rt.t.TypeError, "complex() second argument must be a number, not '" +
                                        type_name(rt, i) + "'");
  }
  Cx cr, ci;
  bool cr_is_complex = false, ci_is_complex = false;
  if (is_complex(rt, r)) {
    cr = cval(r);
    cr_is_complex = true;
  } else {
    if (!to_double(rt, r, &cr.re)) return nullptr;
    cr.im = 0.0;
  }
  if (!i) {
    ci.re = cr.im;
  } else if (is_complex(rt, i)) {
    ci = cval(i);
    ci_is_complex = true;
  } else {
    if (!to_double(rt, i, &ci.re)) return nullptr;
  }
  if (ci_is_complex) cr.re -= ci.im;
  if (cr_is_complex && i) ci.re += cr.im;
  return complex_from_doubles(rt, type, cr.re, ci.re);
}

static Value m_conjugate(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "complex.conjugate", 0, 0)) return nullptr;
  return make_complex(rt, complex_real(self), -complex_imag(self));
}
static Value m_complex(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "complex.__complex__", 0, 0)) return nullptr;
  if (self.obj()->type == rt.t.complex_) return self;
  return make_complex(rt, complex_real(self), complex_imag(self));
}
static Value m_getnewargs(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "complex.__getnewargs__", 0, 0)) return nullptr;
  return make_tuple(rt, {make_float(rt, complex_real(self)), make_float(rt, complex_imag(self))});
}
static Value m_format(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__format__", 1, 1)) return nullptr;
  if (!is_str(rt, a[0])) {
    return rt.raise(rt.t.TypeError, "__format__() argument must be str, not " + type_name(rt, a[0]));
  }
  std::string_view spec = str_view(a[0]);
  if (spec.empty()) return str(rt, self);
  std::string out;
  FormatError e = format_complex(complex_real(self), complex_imag(self), spec, out, type_name(rt, self));
  if (!e.ok()) {
    TypeObject* t = rt.t.ValueError;
    if (e.kind == PyExcKind::MemoryError) t = rt.t.MemoryError;
    return rt.raise(t, e.message);
  }
  return make_str(rt, out);
}

static Value get_real(Runtime& rt, const Value& self) { return make_float(rt, complex_real(self)); }
static Value get_imag(Runtime& rt, const Value& self) { return make_float(rt, complex_imag(self)); }

static const MethodDef kComplexMethods[] = {
    {"conjugate", m_conjugate},
    {"__complex__", m_complex},
    {"__getnewargs__", m_getnewargs},
    {"__format__", m_format},
    {nullptr, nullptr},
};

static const GetSetDef kComplexGetSets[] = {{"real", get_real}, {"imag", get_imag}, {nullptr, nullptr}};

static void complex_dealloc(Object*) {}

void init_complex_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = complex_dealloc;
  s.repr = c_repr;
  s.hash = c_hash;
  s.compare = c_compare;
  s.truth = c_truth;
  s.new_ = c_new;
  s.binop[static_cast<int>(BinOp::Add)] = c_add;
  s.binop[static_cast<int>(BinOp::Sub)] = c_sub;
  s.binop[static_cast<int>(BinOp::Mul)] = c_mul;
  s.binop[static_cast<int>(BinOp::TrueDiv)] = c_div;
  s.binop[static_cast<int>(BinOp::Pow)] = c_power;
  s.pow3 = c_pow3;
  s.unop[static_cast<int>(UnOp::Neg)] = c_neg;
  s.unop[static_cast<int>(UnOp::Pos)] = c_pos;
  s.unop[static_cast<int>(UnOp::Abs)] = c_abs;
  rt.t.complex_ = make_builtin_type(
      rt, TypeSpec{"complex", nullptr, sizeof(ComplexObject), kTypeBaseType, kComplexMethods, kComplexGetSets}, s);
}

}  // namespace ls
