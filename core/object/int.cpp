// int and bool. Small values are tagged immediates; arithmetic has fast paths for them and falls
// back to BigInt (bigint.hpp) on overflow.
#include "object/int.hpp"
#include "object/checked_math.hpp"

#include <cmath>
#include <new>

#include "object/bytes.hpp"
#include "object/class.hpp"
#include "object/gc.hpp"
#include "object/float.hpp"
#include "object/native.hpp"
#include "object/pow.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/str_internal.hpp"  // str_ascii: decimal digits are ASCII
#include "object/tuple.hpp"

namespace ls {

bool is_int(const Runtime& rt, const Value& v) {
  return v.is_small() || (v.is_obj() && (v.obj()->type->flags & kTypeIntSubclass)) ||
         (v.is_obj() && v.obj()->type == rt.t.int_);
}

static IntObject* new_int_obj(Runtime& rt, TypeObject* type, BigInt&& b) {
  auto* o = alloc<IntObject>(rt, type);
  new (&o->v) BigInt(std::move(b));
  return o;
}

Object* new_boxed_int(Runtime& rt, int64_t i) { return new_int_obj(rt, rt.t.int_, BigInt(i)); }

Value make_int(Runtime& rt, int64_t i) {
  if (Value::fits_small(i)) return Value::small(i);
  return Value::steal(new_int_obj(rt, rt.t.int_, BigInt(i)));
}

Value make_int(Runtime& rt, BigInt&& b) {
  int64_t i;
  if (b.to_int64(i) && Value::fits_small(i)) return Value::small(i);
  if (b.bit_length() > rt.limits.max_int_bits) {
    rt.raise(rt.t.MemoryError, "");
    return nullptr;
  }
  return Value::steal(new_int_obj(rt, rt.t.int_, std::move(b)));
}

Value make_int(Runtime& rt, const BigInt& b) { return make_int(rt, BigInt(b)); }

BigInt int_to_big(const Value& v) {
  if (v.is_small()) return BigInt(v.small_value());
  return as_int_obj(v)->v;
}

bool int_to_int64(const Value& v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  return as_int_obj(v)->v.to_int64(*out);
}

bool int_hash_small(int64_t i, int64_t* out) {
  *out = hash_int64(i);
  return true;
}

Value int_exact(Runtime& rt, const Value& v) {
  if (v.is_small() || v.obj()->type == rt.t.int_) return v;
  return make_int(rt, as_int_obj(v)->v);
}

Value raise_num_error(Runtime& rt, NumError e) {
  TypeObject* t = rt.t.ValueError;
  switch (num_error_kind(e)) {
    case PyExcKind::ZeroDivisionError: t = rt.t.ZeroDivisionError; break;
    case PyExcKind::OverflowError: t = rt.t.OverflowError; break;
    case PyExcKind::MemoryError: t = rt.t.MemoryError; break;
    default: break;
  }
  return rt.raise(t, num_error_message(e));
}

// ---------------------------------------------------------------------------------------------
// str / repr

Value int_to_str(Runtime& rt, const Value& v) {
  if (v.is_small()) {
    char buf[24];
    int64_t i = v.small_value();
    char* p = buf + sizeof buf;
    uint64_t u = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
    do {
      *--p = static_cast<char>('0' + u % 10);
      u /= 10;
    } while (u);
    if (i < 0) *--p = '-';
    return str_ascii(rt, std::string_view(p, static_cast<size_t>(buf + sizeof buf - p)));  // (no UTF-8 scan)
  }
  std::string out;
  NumError e = as_int_obj(v)->v.to_decimal_string(out, static_cast<uint64_t>(rt.limits.int_max_str_digits));
  if (e == NumError::IntMaxStrDigitsToStr) {
    return rt.raise(rt.t.ValueError, int_max_str_digits_to_str_message(static_cast<uint64_t>(rt.limits.int_max_str_digits)));
  }
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return str_ascii(rt, out);
}

static Value int_repr(Runtime& rt, const Value& v) { return int_to_str(rt, v); }

static bool int_hash(Runtime&, const Value& v, int64_t* out) {
  if (v.is_small()) return int_hash_small(v.small_value(), out);
  *out = as_int_obj(v)->v.hash();
  return true;
}

// ---------------------------------------------------------------------------------------------
// Comparison

static Value int_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if (!is_int(rt, a) || !is_int(rt, b)) {
    return rt.NotImplemented();  // float handles int/float comparisons
  }
  int c;
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small_value(), y = b.small_value();
    c = x < y ? -1 : x > y ? 1 : 0;
  } else {
    c = BigInt::compare(int_to_big(a), int_to_big(b));
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

static int int_truth(Runtime&, const Value& v) {
  if (v.is_small()) return v.small_value() != 0;
  return !as_int_obj(v)->v.is_zero();
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

#define BOTH_INTS(a, b) \
  if (!is_int(rt, a) || !is_int(rt, b)) return rt.NotImplemented();

static Value int_add(Runtime& rt, const Value& a, const Value& b) {
  if (a.is_small() && b.is_small()) return make_int(rt, a.small_value() + b.small_value());
  BOTH_INTS(a, b);
  int64_t x, y, r;  // ints past the small range that fit in 64 bits: no big-number arithmetic
  if (int_to_int64(a, &x) && int_to_int64(b, &y) && !__builtin_add_overflow(x, y, &r)) return make_int(rt, r);
  return make_int(rt, int_to_big(a) + int_to_big(b));
}

static Value int_sub(Runtime& rt, const Value& a, const Value& b) {
  if (a.is_small() && b.is_small()) return make_int(rt, a.small_value() - b.small_value());
  BOTH_INTS(a, b);
  int64_t x, y, r;
  if (int_to_int64(a, &x) && int_to_int64(b, &y) && !__builtin_sub_overflow(x, y, &r)) return make_int(rt, r);
  return make_int(rt, int_to_big(a) - int_to_big(b));
}

static Value int_mul(Runtime& rt, const Value& a, const Value& b) {
  if (a.is_small() && b.is_small()) {
    int64_t r;
    if (!mul_overflow_i64(a.small_value(), b.small_value(), &r)) return make_int(rt, r);
  }
  BOTH_INTS(a, b);
  {
    int64_t x, y, r;
    if (int_to_int64(a, &x) && int_to_int64(b, &y) && !mul_overflow_i64(x, y, &r)) return make_int(rt, r);
  }
  BigInt x = int_to_big(a), y = int_to_big(b);
  if (BigInt::mul_bits_bound(x, y) > rt.limits.max_int_bits) return rt.raise(rt.t.MemoryError, "");
  return make_int(rt, x * y);
}

static Value int_floordiv(Runtime& rt, const Value& a, const Value& b) {
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small_value(), y = b.small_value();
    if (y == 0) return rt.raise(rt.t.ZeroDivisionError, "integer division or modulo by zero");
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
    return make_int(rt, q);
  }
  BOTH_INTS(a, b);
  BigInt q;
  NumError e = BigInt::floordiv(int_to_big(a), int_to_big(b), q);
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_int(rt, std::move(q));
}

static Value int_mod(Runtime& rt, const Value& a, const Value& b) {
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small_value(), y = b.small_value();
    if (y == 0) return rt.raise(rt.t.ZeroDivisionError, "integer modulo by zero");
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return make_int(rt, r);
  }
  BOTH_INTS(a, b);
  BigInt r;
  NumError e = BigInt::mod(int_to_big(a), int_to_big(b), r);
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_int(rt, std::move(r));
}

static Value int_truediv(Runtime& rt, const Value& a, const Value& b) {
  BOTH_INTS(a, b);
  double d;
  NumError e;
  if (a.is_small() && b.is_small()) {
    e = int64_true_divide(a.small_value(), b.small_value(), d);
  } else {
    e = BigInt::true_divide(int_to_big(a), int_to_big(b), d);
  }
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_float(rt, d);
}

static Value int_pow(Runtime& rt, const Value& a, const Value& b) {
  BOTH_INTS(a, b);
  BigInt base = int_to_big(a), exp = int_to_big(b);
  if (exp.is_negative()) {
    // int ** negative int is a float.
    double x, y;
    if (!to_double(rt, a, &x) || !to_double(rt, b, &y)) return nullptr;
    if (x == 0.0) {
      return rt.raise(rt.t.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    return make_float(rt, py_pow(x, y));
  }
  BigInt out;
  NumError e = BigInt::pow(base, exp, out, rt.limits.max_int_bits);
  if (e == NumError::SizeLimitExceeded) return rt.raise(rt.t.MemoryError, "");
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_int(rt, std::move(out));
}

static Value int_pow3(Runtime& rt, const Value& a, const Value& b, const Value& m) {
  if (!is_int(rt, a) || !is_int(rt, b) || !is_int(rt, m)) return rt.NotImplemented();
  BigInt out;
  NumError e = BigInt::pow_mod(int_to_big(a), int_to_big(b), int_to_big(m), out);
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_int(rt, std::move(out));
}

static Value int_lshift(Runtime& rt, const Value& a, const Value& b) {
  BOTH_INTS(a, b);
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small_value(), n = b.small_value();
    if (n < 0) return rt.raise(rt.t.ValueError, "negative shift count");
    if (x == 0) return Value::small(0);
    if (n < 62) {
      int64_t r = static_cast<int64_t>(static_cast<uint64_t>(x) << n);
      if ((r >> n) == x) return make_int(rt, r);
    }
  }
  BigInt out;
  NumError e = BigInt::lshift(int_to_big(a), int_to_big(b), out, rt.limits.max_int_bits);
  if (e == NumError::SizeLimitExceeded) return rt.raise(rt.t.MemoryError, "");
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_int(rt, std::move(out));
}

static Value int_rshift(Runtime& rt, const Value& a, const Value& b) {
  BOTH_INTS(a, b);
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small_value(), n = b.small_value();
    if (n < 0) return rt.raise(rt.t.ValueError, "negative shift count");
    return Value::small(n >= 63 ? (x < 0 ? -1 : 0) : (x >> n));
  }
  BigInt out;
  NumError e = BigInt::rshift(int_to_big(a), int_to_big(b), out);
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_int(rt, std::move(out));
}

static bool is_bool(const Runtime& rt, const Value& v) { return v.is_obj() && v.obj()->type == rt.t.bool_; }

static Value int_and(Runtime& rt, const Value& a, const Value& b) {
  if (a.is_small() && b.is_small()) return Value::small(a.small_value() & b.small_value());
  BOTH_INTS(a, b);
  if (is_bool(rt, a) && is_bool(rt, b)) return rt.Bool(a.obj() == rt.true_ && b.obj() == rt.true_);
  return make_int(rt, int_to_big(a) & int_to_big(b));
}

static Value int_or(Runtime& rt, const Value& a, const Value& b) {
  if (a.is_small() && b.is_small()) return Value::small(a.small_value() | b.small_value());
  BOTH_INTS(a, b);
  if (is_bool(rt, a) && is_bool(rt, b)) return rt.Bool(a.obj() == rt.true_ || b.obj() == rt.true_);
  return make_int(rt, int_to_big(a) | int_to_big(b));
}

static Value int_xor(Runtime& rt, const Value& a, const Value& b) {
  if (a.is_small() && b.is_small()) return Value::small(a.small_value() ^ b.small_value());
  BOTH_INTS(a, b);
  if (is_bool(rt, a) && is_bool(rt, b)) return rt.Bool((a.obj() == rt.true_) != (b.obj() == rt.true_));
  return make_int(rt, int_to_big(a) ^ int_to_big(b));
}

static Value int_neg(Runtime& rt, const Value& a) {
  if (a.is_small()) return make_int(rt, -a.small_value());
  return make_int(rt, -as_int_obj(a)->v);
}
static Value int_pos(Runtime& rt, const Value& a) { return int_exact(rt, a); }
static Value int_abs(Runtime& rt, const Value& a) {
  if (a.is_small()) return make_int(rt, a.small_value() < 0 ? -a.small_value() : a.small_value());
  return make_int(rt, as_int_obj(a)->v.abs());
}
static Value int_invert(Runtime& rt, const Value& a) {
  if (a.is_small()) return make_int(rt, ~a.small_value());
  return make_int(rt, ~as_int_obj(a)->v);
}
static Value int_index(Runtime& rt, const Value& a) { return int_exact(rt, a); }
static Value int_float(Runtime& rt, const Value& a) {
  if (a.is_small()) return make_float(rt, static_cast<double>(a.small_value()));
  double d;
  NumError e = as_int_obj(a)->v.to_double(d);
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_float(rt, d);
}

// ---------------------------------------------------------------------------------------------
// Construction: int(x=0) / int(x, base)

Value int_from_string(Runtime& rt, std::string_view text, int base, const Value& original) {
  BigInt out;
  uint64_t digits = 0;
  NumError e = BigInt::parse(text, base, out, static_cast<uint64_t>(rt.limits.int_max_str_digits), &digits);
  if (e == NumError::IntInvalidLiteral) {
    std::string r;
    if (!repr_string(rt, original, &r)) return nullptr;
    return rt.raise(rt.t.ValueError, int_invalid_literal_message(base, r));
  }
  if (e == NumError::IntMaxStrDigitsToInt) {
    return rt.raise(rt.t.ValueError,
                    int_max_str_digits_to_int_message(static_cast<uint64_t>(rt.limits.int_max_str_digits), digits));
  }
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_int(rt, std::move(out));
}

Value int_from_value(Runtime& rt, const Value& x) {
  TypeObject* t = x.type(rt);
  // PyNumber_Long: an exact int is itself; a subclass goes through its (maybe overridden) __int__.
  if (is_int(rt, x) && (t == rt.t.int_ || !t->slots.to_int)) return int_exact(rt, x);
  if (t->slots.to_int) {
    Value r = t->slots.to_int(rt, x);
    if (r && !is_int(rt, r)) {
      return rt.raise(rt.t.TypeError, "__int__ returned non-int (type " + type_name(rt, r) + ")");
    }
    return r ? int_exact(rt, r) : r;
  }
  if (t->slots.index) return index(rt, x);
  Value trunc = getattr_opt(rt, x, rt.n.__trunc__);
  if (trunc) {
    Value r = call(rt, trunc, CallArgs{});
    if (!r) return nullptr;
    return int_from_value(rt, r);
  }
  if (rt.has_error()) return nullptr;
  if (is_str(rt, x)) return int_from_string(rt, str_view(x), 10, x);
  if (t == rt.t.bytes || t == rt.t.bytearray) {
    Value s = call_method(rt, x, rt.intern("decode"), {make_str(rt, "latin-1")});
    if (!s) return nullptr;
    return int_from_string(rt, str_view(s), 10, x);
  }
  return rt.raise(rt.t.TypeError,
                  "int() argument must be a string, a bytes-like object or a real number, not '" + t->name + "'");
}

static Value int_new(Runtime& rt, TypeObject* type, CallArgs a) {
  Value args[2];
  if (!parse_clinic_args(rt, a, "int", {"", "base"}, 0, args, 2)) return nullptr;
  Value r;
  if (!args[0]) {
    if (args[1]) return rt.raise(rt.t.TypeError, "int() missing string argument");
    r = Value::small(0);
  } else if (!args[1]) {
    r = int_from_value(rt, args[0]);
  } else {
    int64_t base;
    if (!index_int64(rt, args[1], &base)) return nullptr;
    if (base != 0 && (base < 2 || base > 36)) {
      return rt.raise(rt.t.ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (is_str(rt, args[0])) {
      r = int_from_string(rt, str_view(args[0]), static_cast<int>(base), args[0]);
    } else if (args[0].type(rt) == rt.t.bytes || args[0].type(rt) == rt.t.bytearray) {
      Value s = call_method(rt, args[0], rt.intern("decode"), {make_str(rt, "latin-1")});
      if (!s) return nullptr;
      r = int_from_string(rt, str_view(s), static_cast<int>(base), args[0]);
    } else {
      return rt.raise(rt.t.TypeError, "int() can't convert non-string with explicit base");
    }
  }
  if (!r || type == rt.t.int_) return r;
  // A subclass of int: an IntObject of that class.
  Value self = Value::steal(new_int_obj(rt, type, int_to_big(r)));
  if (type->flags & kTypeGc) gc_track(rt, self.obj());
  return self;
}

// ---------------------------------------------------------------------------------------------
// Methods

static Value m_bit_length(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "int.bit_length", 0, 0)) return nullptr;
  return make_int(rt, static_cast<int64_t>(int_to_big(self).bit_length()));
}
// CPython's int_sizeof: the 24-byte header, then its 30-bit digits (at least one).
static Value m_sizeof(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "int.__sizeof__", 0, 0)) return nullptr;
  uint64_t digits = (int_to_big(self).bit_length() + 29) / 30;
  return make_int(rt, static_cast<int64_t>(24 + 4 * (digits ? digits : 1)));
}
static Value m_bit_count(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "int.bit_count", 0, 0)) return nullptr;
  return make_int(rt, static_cast<int64_t>(int_to_big(self).bit_count()));
}
static Value m_conjugate(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "int.conjugate", 0, 0)) return nullptr;
  return int_exact(rt, self);
}
static Value m_as_integer_ratio(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "int.as_integer_ratio", 0, 0)) return nullptr;
  return make_tuple(rt, {int_exact(rt, self), Value::small(1)});
}
static Value m_round(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__round__", 0, 1)) return nullptr;
  if (a.nargs == 0 || rt.is_none(a[0])) return int_exact(rt, self);
  int64_t nd;
  if (!index_int64(rt, a[0], &nd)) return nullptr;
  return make_int(rt, BigInt::round_digits(int_to_big(self), nd));
}
// __trunc__, __floor__ and __ceil__ (METH_NOARGS: the message names the method called).
static Value int_noargs_self(Runtime& rt, const Value& self, CallArgs a, const char* name) {
  if (!check_nargs(rt, a, name, 0, 0)) return nullptr;
  return int_exact(rt, self);
}
static Value m_trunc(Runtime& rt, const Value& self, CallArgs a) { return int_noargs_self(rt, self, a, "int.__trunc__"); }
static Value m_floor(Runtime& rt, const Value& self, CallArgs a) { return int_noargs_self(rt, self, a, "int.__floor__"); }
static Value m_ceil(Runtime& rt, const Value& self, CallArgs a) { return int_noargs_self(rt, self, a, "int.__ceil__"); }

static Value m_to_bytes(Runtime& rt, const Value& self, CallArgs a) {
  Value args[3];
  if (!parse_clinic_args(rt, a, "to_bytes", {"length", "byteorder", "signed"}, 0, args, 2)) return nullptr;
  int64_t len = 1;
  if (args[0] && !index_int64(rt, args[0], &len)) return nullptr;
  if (len < 0) return rt.raise(rt.t.ValueError, "length argument must be non-negative");
  bool little = false;
  if (args[1]) {
    if (!is_str(rt, args[1])) return rt.raise(rt.t.TypeError, "to_bytes() argument 'byteorder' must be str");
    std::string_view bo = str_view(args[1]);
    if (bo == "little") little = true;
    else if (bo != "big") return rt.raise(rt.t.ValueError, "byteorder must be either 'little' or 'big'");
  }
  bool sign = args[2] ? truthy(rt, args[2]) > 0 : false;
  std::string out;
  auto e = int_to_big(self).to_bytes(static_cast<size_t>(len), little, sign, out);
  if (e == BigInt::ToBytesError::TooBig) return rt.raise(rt.t.OverflowError, "int too big to convert");
  if (e == BigInt::ToBytesError::NegativeUnsigned) {
    return rt.raise(rt.t.OverflowError, "can't convert negative int to unsigned");
  }
  return make_bytes(rt, out);
}

static Value m_from_bytes(Runtime& rt, const Value& cls, CallArgs a) {
  Value args[3];
  if (!parse_clinic_args(rt, a, "from_bytes", {"bytes", "byteorder", "signed"}, 1, args, 2)) return nullptr;
  // PyObject_Bytes: bytes, __bytes__, a buffer, or an iterable of ints other than str.
  Value data;
  if (args[0].is_obj() && args[0].obj()->type == rt.t.bytes) {
    data = args[0];
  } else if (is_str(rt, args[0]) || is_int(rt, args[0])) {
    if (!type_lookup(args[0].type(rt), rt.intern("__bytes__"))) {
      return rt.raise(rt.t.TypeError, "cannot convert '" + type_name(rt, args[0]) + "' object to bytes");
    }
  }
  if (!data) data = call(rt, Value::borrow(rt.t.bytes), {args[0]});
  if (!data) return nullptr;
  bool little = false;
  if (args[1]) {
    if (!is_str(rt, args[1])) return rt.raise(rt.t.TypeError, "from_bytes() argument 'byteorder' must be str");
    std::string_view bo = str_view(args[1]);
    if (bo == "little") little = true;
    else if (bo != "big") return rt.raise(rt.t.ValueError, "byteorder must be either 'little' or 'big'");
  }
  bool sign = args[2] ? truthy(rt, args[2]) > 0 : false;
  Value r = make_int(rt, BigInt::from_bytes(static_cast<BytesObject*>(data.obj())->view(), little, sign));
  if (!r || cls.obj() == rt.t.int_) return r;
  return call(rt, cls, {r});
}

static Value m_format(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__format__", 1, 1)) return nullptr;
  if (!is_str(rt, a[0])) {
    return rt.raise(rt.t.TypeError, "__format__() argument must be str, not " + type_name(rt, a[0]));
  }
  // An empty spec is str(self) for anything but an exact int (CPython's
  // _PyLong_FormatAdvancedWriter): a subclass's __repr__/__str__ override applies, bool is 'True'.
  if (as_str(a[0])->length == 0 && self.type(rt) != rt.t.int_) return str(rt, self);
  return format_int_value(rt, self, str_view(a[0]));
}

static Value m_getnewargs(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "int.__getnewargs__", 0, 0)) return nullptr;
  return make_tuple(rt, {int_exact(rt, self)});
}

static Value get_real(Runtime& rt, const Value& self) { return int_exact(rt, self); }
static Value get_imag(Runtime&, const Value&) { return Value::small(0); }
static Value get_one(Runtime&, const Value&) { return Value::small(1); }

static Value m_divmod(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__divmod__", 1, 1)) return nullptr;
  if (!is_int(rt, args[0])) return rt.NotImplemented();
  return number_divmod(rt, self, args[0]);
}
static Value m_rdivmod(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__rdivmod__", 1, 1)) return nullptr;
  if (!is_int(rt, args[0])) return rt.NotImplemented();
  return number_divmod(rt, args[0], self);
}

static const MethodDef kIntMethods[] = {
    {"__divmod__", m_divmod},
    {"__rdivmod__", m_rdivmod},
    {"bit_length", m_bit_length},
    {"bit_count", m_bit_count},
    {"__sizeof__", m_sizeof},
    {"conjugate", m_conjugate},
    {"as_integer_ratio", m_as_integer_ratio},
    {"__round__", m_round},
    {"__trunc__", m_trunc},
    {"__floor__", m_floor},
    {"__ceil__", m_ceil},
    {"to_bytes", m_to_bytes},
    {"from_bytes", m_from_bytes, kMethClass},
    {"__format__", m_format},
    {"__getnewargs__", m_getnewargs},
    {nullptr, nullptr},
};

static const GetSetDef kIntGetSets[] = {
    {"real", get_real}, {"imag", get_imag}, {"numerator", get_real}, {"denominator", get_one}, {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// bool

static Value bool_repr(Runtime& rt, const Value& v) {
  return Value::borrow(v.obj() == rt.true_ ? rt.n.True : rt.n.False);
}

static Value bool_new(Runtime& rt, TypeObject*, CallArgs a) {
  if (!no_kwargs(rt, a, "bool")) return nullptr;
  if (a.nargs > 1) {
    return rt.raise(rt.t.TypeError, "bool expected at most 1 argument, got " + std::to_string(a.nargs));
  }
  if (a.nargs == 0) return rt.False();
  int t = truthy(rt, a[0]);
  if (t < 0) return nullptr;
  return rt.Bool(t);
}

static Value bool_format(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__format__", 1, 1)) return nullptr;
  if (is_str(rt, a[0]) && as_str(a[0])->length == 0) return bool_repr(rt, self);
  return m_format(rt, self, a);
}

static const MethodDef kBoolMethods[] = {{"__format__", bool_format}, {nullptr, nullptr}};

static void int_dealloc(Object* o) { static_cast<IntObject*>(o)->v.~BigInt(); }

void init_int_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = int_dealloc;
  s.repr = int_repr;
  s.hash = int_hash;
  s.compare = int_compare;
  s.truth = int_truth;
  s.new_ = int_new;
  s.binop[static_cast<int>(BinOp::Add)] = int_add;
  s.binop[static_cast<int>(BinOp::Sub)] = int_sub;
  s.binop[static_cast<int>(BinOp::Mul)] = int_mul;
  s.binop[static_cast<int>(BinOp::TrueDiv)] = int_truediv;
  s.binop[static_cast<int>(BinOp::FloorDiv)] = int_floordiv;
  s.binop[static_cast<int>(BinOp::Mod)] = int_mod;
  s.binop[static_cast<int>(BinOp::Pow)] = int_pow;
  s.binop[static_cast<int>(BinOp::LShift)] = int_lshift;
  s.binop[static_cast<int>(BinOp::RShift)] = int_rshift;
  s.binop[static_cast<int>(BinOp::And)] = int_and;
  s.binop[static_cast<int>(BinOp::Or)] = int_or;
  s.binop[static_cast<int>(BinOp::Xor)] = int_xor;
  s.pow3 = int_pow3;
  s.unop[static_cast<int>(UnOp::Neg)] = int_neg;
  s.unop[static_cast<int>(UnOp::Pos)] = int_pos;
  s.unop[static_cast<int>(UnOp::Abs)] = int_abs;
  s.unop[static_cast<int>(UnOp::Invert)] = int_invert;
  s.index = int_index;
  s.to_int = int_index;
  s.to_float = int_float;
  rt.t.int_ = make_builtin_type(
      rt, TypeSpec{"int", nullptr, sizeof(IntObject), kTypeBaseType | kTypeIntSubclass, kIntMethods, kIntGetSets}, s);

  TypeSlots b;
  b.repr = bool_repr;
  b.new_ = bool_new;
  rt.t.bool_ = make_builtin_type(rt, TypeSpec{"bool", rt.t.int_, sizeof(IntObject), 0, kBoolMethods}, b);
  auto make_b = [&](int64_t v) {
    IntObject* o = new_int_obj(rt, rt.t.bool_, BigInt(v));
    o->flags |= kImmortal;
    o->refcnt = 1u << 30;
    return o;
  };
  rt.true_ = make_b(1);
  rt.false_ = make_b(0);
}

}  // namespace ls
