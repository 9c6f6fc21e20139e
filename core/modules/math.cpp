// The math module: CPython 3.11's functions with its special-value rules ("math domain error" /
// "math range error"), its own gamma/lgamma (Lanczos), hypot/dist (vector_norm with a
// differential correction), fsum (exact partials) and exact integer functions.
#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "modules/stdlib.hpp"
#include "object/bigint.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/pow.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

// "pow expected 2 arguments, got 1" (CPython's _PyArg_CheckPositional).
bool check_positional(Runtime& rt, CallArgs a, const char* name, size_t min, size_t max) {
  if (a.nkw()) {
    rt.raise(rt.t.TypeError, std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (a.nargs >= min && a.nargs <= max) return true;
  if (min == 1 && max == 1) {  // METH_O functions
    rt.raise(rt.t.TypeError, "math." + std::string(name) + "() takes exactly one argument (" +
                                 std::to_string(a.nargs) + " given)");
    return false;
  }
  std::string msg = name;
  if (min == max) {
    msg += " expected " + std::to_string(min) + " argument" + (min == 1 ? "" : "s");
  } else if (a.nargs < min) {
    msg += " expected at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s");
  } else {
    msg += " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s");
  }
  msg += ", got " + std::to_string(a.nargs);
  rt.raise(rt.t.TypeError, msg);
  return false;
}

Value domain_error(Runtime& rt) { return rt.raise(rt.t.ValueError, "math domain error"); }
Value range_error(Runtime& rt) { return rt.raise(rt.t.OverflowError, "math range error"); }

// errno-style result check (CPython's is_error): EDOM -> ValueError; ERANGE -> OverflowError
// unless the result is an underflow (|r| < 1.5).
Value check_errno(Runtime& rt, int err, double r) {
  if (err == EDOM) return domain_error(rt);
  if (err == ERANGE && std::fabs(r) >= 1.5) return range_error(rt);
  return make_float(rt, r);
}

// CPython's math_1: one float argument, NaN out of non-NaN in is a domain error, an infinity out
// of a finite input is a range error (can_overflow) or a domain error.
Value math_1(Runtime& rt, CallArgs a, const char* name, double (*f)(double), bool can_overflow) {
  if (!check_positional(rt, a, name, 1, 1)) return nullptr;
  double x;
  if (!to_double(rt, a[0], &x)) return nullptr;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(rt);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(rt) : domain_error(rt);
  return make_float(rt, r);
}

// Two float arguments; NaN out of non-NaN inputs is a domain error.
Value math_2(Runtime& rt, CallArgs a, const char* name, double (*f)(double, double)) {
  if (!check_positional(rt, a, name, 2, 2)) return nullptr;
  double x, y;
  if (!to_double(rt, a[0], &x) || !to_double(rt, a[1], &y)) return nullptr;
  double r = f(x, y);
  if (std::isnan(r)) {
    if (!std::isnan(x) && !std::isnan(y)) return domain_error(rt);
  } else if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
    return domain_error(rt);
  }
  return make_float(rt, r);
}

// --- special functions ------------------------------------------------------------------------

double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r = 0;
  switch (n) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// Lanczos approximation (N = 13, g = 6.024680040776729583740234375) as a rational function.
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[13] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[13] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                    45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                    1925.0,    66.0,       1.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = 12; i >= 0; --i) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < 13; ++i) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

double gamma_fn(double x, int* err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    *err = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    *err = EDOM;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      *err = EDOM;
      return NAN;
    }
    if (x <= 23) {
      double r = 1.0;
      for (int i = 2; i < static_cast<int>(x); ++i) r *= i;
      return r;
    }
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) *err = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    *err = ERANGE;
    return HUGE_VAL;
  }
  volatile double y = absx + kLanczosGMinusHalf;
  double z;
  if (absx > kLanczosGMinusHalf) {
    volatile double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    volatile double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= py_pow(y, absx - 0.5);
    } else {
      double sp = py_pow(y, absx / 2.0 - 0.25);
      r /= sp;
      r /= sp;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= py_pow(y, absx - 0.5);
    } else {
      double sp = py_pow(y, absx / 2.0 - 0.25);
      r *= sp;
      r *= sp;
    }
  }
  if (std::isinf(r)) *err = ERANGE;
  return r;
}

double lgamma_fn(double x, int* err) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      *err = EDOM;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) *err = ERANGE;
  return r;
}

// --- logarithms -------------------------------------------------------------------------------

double m_log(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0) return x;
  return NAN;
}
double m_log2(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0) return x;
    return NAN;
  }
  if (x > 0.0) return std::log2(x);
  return x == 0.0 ? -HUGE_VAL : NAN;
}
double m_log10(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0) return x;
  return NAN;
}

// frexp of a positive int of any size: m in [0.5, 1), correctly rounded, and the exponent.
double big_frexp(const BigInt& n, int64_t* e) {
  uint64_t bits = n.bit_length();
  if (bits <= 63) {
    int ex;
    double m = std::frexp(static_cast<double>(n.low_uint64()), &ex);
    *e = ex;
    return m;
  }
  uint64_t shift = bits - 63;
  BigInt top = n.shr(shift);
  uint64_t t = top.low_uint64();
  if (top.shl(shift) != n) t |= 1;  // sticky bit: decides rounding of a halfway case
  int ex;
  double m = std::frexp(static_cast<double>(t), &ex);
  *e = static_cast<int64_t>(shift) + ex;
  return m;
}

// CPython's loghelper: ints of any size are handled exactly (log of the mantissa plus the
// exponent times log(2)), everything else through math_1.
Value log_helper(Runtime& rt, const Value& arg, double (*f)(double), const char* name) {
  if (is_int(rt, arg)) {
    BigInt n = int_to_big(arg);
    if (n.sign() <= 0) return domain_error(rt);
    double x;
    if (n.to_double(x) == NumError::Ok) return make_float(rt, f(x));
    int64_t e;
    double m = big_frexp(n, &e);
    return make_float(rt, f(m) + f(2.0) * static_cast<double>(e));
  }
  Value args[1] = {arg};
  return math_1(rt, CallArgs{args, 1, nullptr}, name, f, false);
}

Value m_log_fn(Runtime& rt, const Value&, CallArgs a) {
  if (a.nkw()) return rt.raise(rt.t.TypeError, "log() takes no keyword arguments");
  if (a.nargs < 1 || a.nargs > 2) {
    return rt.raise(rt.t.TypeError, a.nargs < 1 ? "log expected at least 1 argument, got 0"
                                                : "log expected at most 2 arguments, got " + std::to_string(a.nargs));
  }
  Value num = log_helper(rt, a[0], m_log, "log");
  if (!num || a.nargs == 1) return num;
  Value den = log_helper(rt, a[1], m_log, "log");
  if (!den) return nullptr;
  return binary_op(rt, num, den, BinOp::TrueDiv);
}
Value m_log2_fn(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "log2", 1, 1)) return nullptr;
  return log_helper(rt, a[0], m_log2, "log2");
}
Value m_log10_fn(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "log10", 1, 1)) return nullptr;
  return log_helper(rt, a[0], m_log10, "log10");
}

// --- simple one-argument functions -------------------------------------------------------------

#define MATH_FUNC1(pyname, expr, overflow)                                            \
  Value m_##pyname(Runtime& rt, const Value&, CallArgs a) {                           \
    return math_1(rt, a, #pyname, [](double x) -> double { return expr; }, overflow); \
  }

MATH_FUNC1(acos, std::acos(x), false)
MATH_FUNC1(acosh, std::acosh(x), false)
MATH_FUNC1(asin, std::asin(x), false)
MATH_FUNC1(asinh, std::asinh(x), false)
MATH_FUNC1(atan, std::atan(x), false)
MATH_FUNC1(atanh, std::atanh(x), false)
MATH_FUNC1(cbrt, std::cbrt(x), false)
MATH_FUNC1(cos, std::cos(x), false)
MATH_FUNC1(cosh, std::cosh(x), true)
MATH_FUNC1(erf, std::erf(x), false)
MATH_FUNC1(erfc, std::erfc(x), false)
MATH_FUNC1(exp, std::exp(x), true)
MATH_FUNC1(exp2, std::exp2(x), true)
MATH_FUNC1(expm1, std::expm1(x), true)
MATH_FUNC1(fabs, std::fabs(x), false)
MATH_FUNC1(log1p, (x == 0.0 ? x : (x <= -1.0 ? (x == -1.0 ? -HUGE_VAL : NAN) : std::log1p(x))), false)
MATH_FUNC1(sin, std::sin(x), false)
MATH_FUNC1(sinh, std::sinh(x), true)
MATH_FUNC1(sqrt, std::sqrt(x), false)
MATH_FUNC1(tan, std::tan(x), false)
MATH_FUNC1(tanh, std::tanh(x), false)
#undef MATH_FUNC1

Value m_gamma(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "gamma", 1, 1)) return nullptr;
  double x;
  if (!to_double(rt, a[0], &x)) return nullptr;
  int err = 0;
  double r = gamma_fn(x, &err);
  return check_errno(rt, err, r);
}
Value m_lgamma(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "lgamma", 1, 1)) return nullptr;
  double x;
  if (!to_double(rt, a[0], &x)) return nullptr;
  int err = 0;
  double r = lgamma_fn(x, &err);
  return check_errno(rt, err, r);
}

Value m_atan2(Runtime& rt, const Value&, CallArgs a) {
  return math_2(rt, a, "atan2", [](double y, double x) { return std::atan2(y, x); });
}
Value m_copysign(Runtime& rt, const Value&, CallArgs a) {
  return math_2(rt, a, "copysign", [](double x, double y) { return std::copysign(x, y); });
}
Value m_remainder(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "remainder", 2, 2)) return nullptr;
  double x, y;
  if (!to_double(rt, a[0], &x) || !to_double(rt, a[1], &y)) return nullptr;
  if (std::isnan(x)) return make_float(rt, x);
  if (std::isnan(y)) return make_float(rt, y);
  if (std::isinf(x) || y == 0.0) return domain_error(rt);
  if (std::isinf(y)) return make_float(rt, x);
  return make_float(rt, std::remainder(x, y));
}

Value m_fmod(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "fmod", 2, 2)) return nullptr;
  double x, y;
  if (!to_double(rt, a[0], &x) || !to_double(rt, a[1], &y)) return nullptr;
  if (std::isinf(y) && std::isfinite(x)) return make_float(rt, x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(rt);
  return make_float(rt, r);
}

Value m_pow(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "pow", 2, 2)) return nullptr;
  double x, y;
  if (!to_double(rt, a[0], &x) || !to_double(rt, a[1], &y)) return nullptr;
  double r = 0;
  int err = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0. ? 1. : x;
    } else if (std::isnan(y)) {
      r = x == 1. ? 1. : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.) r = odd_y ? x : std::fabs(x);
      else if (y == 0.) r = 1.;
      else r = odd_y ? std::copysign(0., x) : 0.;
    } else {  // y infinite
      if (std::fabs(x) == 1.0) r = 1.;
      else if (y > 0. && std::fabs(x) > 1.0) r = y;
      else if (y < 0. && std::fabs(x) < 1.0) r = -y;
      else r = 0.;
    }
  } else {
    r = py_pow(x, y);
    if (std::isnan(r)) err = EDOM;
    else if (std::isinf(r)) err = x == 0. ? EDOM : ERANGE;
  }
  return check_errno(rt, err, r);
}

Value m_degrees(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "degrees", 1, 1)) return nullptr;
  double x;
  if (!to_double(rt, a[0], &x)) return nullptr;
  return make_float(rt, x * (180.0 / kPi));
}
Value m_radians(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "radians", 1, 1)) return nullptr;
  double x;
  if (!to_double(rt, a[0], &x)) return nullptr;
  return make_float(rt, x * (kPi / 180.0));
}

Value m_isfinite(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "isfinite", 1, 1)) return nullptr;
  double x;
  if (!to_double(rt, a[0], &x)) return nullptr;
  return rt.Bool(std::isfinite(x));
}
Value m_isinf(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "isinf", 1, 1)) return nullptr;
  double x;
  if (!to_double(rt, a[0], &x)) return nullptr;
  return rt.Bool(std::isinf(x));
}
Value m_isnan(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "isnan", 1, 1)) return nullptr;
  double x;
  if (!to_double(rt, a[0], &x)) return nullptr;
  return rt.Bool(std::isnan(x));
}

Value m_isclose(Runtime& rt, const Value&, CallArgs a) {
  Value args[4];
  if (!parse_clinic_args(rt, a, "isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, args, 2)) return nullptr;
  double x, y, rel = 1e-09, abs_tol = 0.0;
  if (!to_double(rt, args[0], &x) || !to_double(rt, args[1], &y)) return nullptr;
  if (args[2] && !to_double(rt, args[2], &rel)) return nullptr;
  if (args[3] && !to_double(rt, args[3], &abs_tol)) return nullptr;
  if (rel < 0.0 || abs_tol < 0.0) return rt.raise(rt.t.ValueError, "tolerances must be non-negative");
  if (x == y) return rt.True();
  if (std::isinf(x) || std::isinf(y)) return rt.False();
  double diff = std::fabs(y - x);
  return rt.Bool(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

Value m_frexp(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "frexp", 1, 1)) return nullptr;
  double x;
  if (!to_double(rt, a[0], &x)) return nullptr;
  int e = 0;
  double m = x;
  if (std::isfinite(x) && x != 0.0) m = std::frexp(x, &e);
  return make_tuple(rt, {make_float(rt, m), Value::small(e)});
}

Value m_ldexp(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "ldexp", 2, 2)) return nullptr;
  double x;
  if (!to_double(rt, a[0], &x)) return nullptr;
  if (!is_int(rt, a[1])) return rt.raise(rt.t.TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_to_int64(a[1], &e)) e = int_to_big(a[1]).sign() < 0 ? INT64_MIN : INT64_MAX;
  if (x == 0.0 || !std::isfinite(x)) return make_float(rt, x);
  double r;
  if (e > 100000) {
    return range_error(rt);
  } else if (e < -100000) {
    r = std::copysign(0., x);
  } else {
    r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r)) return range_error(rt);
  }
  return make_float(rt, r);
}

Value m_modf(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "modf", 1, 1)) return nullptr;
  double x;
  if (!to_double(rt, a[0], &x)) return nullptr;
  if (std::isinf(x)) return make_tuple(rt, {make_float(rt, std::copysign(0., x)), make_float(rt, x)});
  double ip;
  double fp = std::modf(x, &ip);
  return make_tuple(rt, {make_float(rt, fp), make_float(rt, ip)});
}

Value m_nextafter(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "nextafter", 2, 2)) return nullptr;
  double x, y;
  if (!to_double(rt, a[0], &x) || !to_double(rt, a[1], &y)) return nullptr;
  return make_float(rt, std::nextafter(x, y));
}

Value m_ulp(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "ulp", 1, 1)) return nullptr;
  double x;
  if (!to_double(rt, a[0], &x)) return nullptr;
  if (std::isnan(x)) return make_float(rt, x);
  x = std::fabs(x);
  if (std::isinf(x)) return make_float(rt, x);
  double x2 = std::nextafter(x, HUGE_VAL);
  if (std::isinf(x2)) return make_float(rt, x - std::nextafter(x, -HUGE_VAL));
  return make_float(rt, x2 - x);
}

// --- rounding -----------------------------------------------------------------------------------

Value int_from_double(Runtime& rt, double d) {
  BigInt b;
  NumError e = BigInt::from_double(d, b);
  if (e != NumError::Ok) return raise_num_error(rt, e);
  return make_int(rt, std::move(b));
}

// floor/ceil/trunc: the type's __floor__/__ceil__/__trunc__, else the float value.
Value round_with(Runtime& rt, CallArgs a, const char* name, const char* dunder, double (*f)(double), bool need) {
  if (!check_positional(rt, a, name, 1, 1)) return nullptr;
  const Value& x = a[0];
  if (x.type(rt) == rt.t.float_) return int_from_double(rt, f(float_value(x)));
  if (x.is_small()) return x;
  Object* m = type_lookup(x.type(rt), rt.intern(dunder));
  if (m) {
    Value meth = Value::borrow(m);
    DescrGetFn get = meth.type(rt)->slots.descr_get;
    Value bound = get ? get(rt, meth, x, Value::borrow(x.type(rt))) : meth;
    if (!bound) return nullptr;
    return call(rt, bound, {});
  }
  if (need) {
    return rt.raise(rt.t.TypeError, "type " + type_name(rt, x) + " doesn't define " + dunder + " method");
  }
  double d;
  if (!to_double(rt, x, &d)) return nullptr;
  return int_from_double(rt, f(d));
}

Value m_floor(Runtime& rt, const Value&, CallArgs a) {
  return round_with(rt, a, "floor", "__floor__", [](double d) { return std::floor(d); }, false);
}
Value m_ceil(Runtime& rt, const Value&, CallArgs a) {
  return round_with(rt, a, "ceil", "__ceil__", [](double d) { return std::ceil(d); }, false);
}
Value m_trunc(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "trunc", 1, 1)) return nullptr;
  if (a[0].type(rt) == rt.t.float_) return int_from_double(rt, std::trunc(float_value(a[0])));
  return round_with(rt, a, "trunc", "__trunc__", [](double d) { return std::trunc(d); }, true);
}

// --- hypot, dist, fsum, prod ---------------------------------------------------------------------

// Euclidean norm of non-negative finite coordinates with `max` their largest: scaled so the
// largest is in [0.5, 1), squares split exactly (Veltkamp-Dekker), summed with compensation,
// then one differential correction of the square root.
double vector_norm(std::vector<double>& v, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  size_t n = v.size();
  if (max == 0.0 || n <= 1) return max;
  const double T27 = 134217729.0;
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e >= -1023) {
    double scale = std::ldexp(1.0, -max_e);
    auto split = [&](double x, double* hi, double* lo) {
      volatile double t = x * T27;
      *hi = t - (t - x);
      *lo = x - *hi;
    };
    auto add = [&](double x, double* frac) {
      volatile double old = csum;
      csum += x;
      *frac += (old - csum) + x;
    };
    for (double x : v) {
      x *= scale;
      double hi, lo;
      split(x, &hi, &lo);
      add(hi * hi, &frac1);
      add(2.0 * hi * lo, &frac2);
      frac3 += lo * lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    double hi, lo;
    split(h, &hi, &lo);
    add(-hi * hi, &frac1);
    add(-2.0 * hi * lo, &frac2);
    add(-lo * lo, &frac3);
    double x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (double x : v) {
    x /= max;
    x = x * x;
    volatile double old = csum;
    csum += x;
    frac1 += (old - csum) + x;
  }
  return max * std::sqrt(csum - 1.0 + frac1);
}

Value m_hypot(Runtime& rt, const Value&, CallArgs a) {
  if (a.nkw()) return rt.raise(rt.t.TypeError, "hypot() takes no keyword arguments");
  std::vector<double> v;
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < a.nargs; ++i) {
    double x;
    if (!to_double(rt, a[i], &x)) return nullptr;
    x = std::fabs(x);
    v.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return make_float(rt, vector_norm(v, max, found_nan));
}

Value m_dist(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "dist", 2, 2)) return nullptr;
  Value p = tuple_from_iterable(rt, a[0]);
  if (!p) return nullptr;
  Value q = tuple_from_iterable(rt, a[1]);
  if (!q) return nullptr;
  auto* pt = as_tuple(p);
  auto* qt = as_tuple(q);
  if (pt->size != qt->size) return rt.raise(rt.t.ValueError, "both points must have the same number of dimensions");
  std::vector<double> v;
  double max = 0.0;
  bool found_nan = false;
  for (int64_t i = 0; i < pt->size; ++i) {
    double px, qx;
    if (!to_double(rt, (*pt)[i], &px) || !to_double(rt, (*qt)[i], &qx)) return nullptr;
    double x = std::fabs(px - qx);
    v.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return make_float(rt, vector_norm(v, max, found_nan));
}

// Shewchuk's exact partial sums, rounded once at the end (half-even across partials).
Value m_fsum(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "fsum", 1, 1)) return nullptr;
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  bool overflow = false;
  bool ok = for_each(rt, a[0], [&](Value item) {
    double x;
    if (!to_double(rt, item, &x)) return false;
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      volatile double hi = x + y;
      volatile double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) {
          overflow = true;
          return false;
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
    return true;
  });
  if (overflow) return rt.raise(rt.t.OverflowError, "intermediate overflow in fsum");
  if (!ok) return nullptr;
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return rt.raise(rt.t.ValueError, "-inf + inf in fsum");
    return make_float(rt, special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      volatile double h = x + y;
      hi = h;
      volatile double yr = h - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      volatile double x = hi + y;
      volatile double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return make_float(rt, hi);
}

Value m_prod(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!parse_clinic_args(rt, a, "prod", {"", "start"}, 1, args, 1)) return nullptr;
  Value result = args[1] ? args[1] : Value::small(1);
  bool ok = for_each(rt, args[0], [&](Value item) {
    result = binary_op(rt, result, item, BinOp::Mul);
    return static_cast<bool>(result);
  });
  if (!ok) return nullptr;
  return result;
}

// --- integer functions --------------------------------------------------------------------------

bool int_arg(Runtime& rt, const Value& v, BigInt* out) {
  Value i = index(rt, v);
  if (!i) return false;
  *out = int_to_big(i);
  return true;
}

Value m_gcd(Runtime& rt, const Value&, CallArgs a) {
  if (a.nkw()) return rt.raise(rt.t.TypeError, "gcd() takes no keyword arguments");
  BigInt g(0);
  for (size_t i = 0; i < a.nargs; ++i) {
    BigInt x;
    if (!int_arg(rt, a[i], &x)) return nullptr;
    g = BigInt::gcd(g, x);
  }
  return make_int(rt, g.abs());
}

Value m_lcm(Runtime& rt, const Value&, CallArgs a) {
  if (a.nkw()) return rt.raise(rt.t.TypeError, "lcm() takes no keyword arguments");
  BigInt l(1);
  for (size_t i = 0; i < a.nargs; ++i) {
    BigInt x;
    if (!int_arg(rt, a[i], &x)) return nullptr;
    if (l.is_zero() || x.is_zero()) {
      l = BigInt(0);
      continue;
    }
    BigInt g = BigInt::gcd(l, x);
    BigInt q;
    BigInt::floordiv(l, g, q);
    l = (q * x).abs();
  }
  return make_int(rt, l);
}

Value m_isqrt(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "isqrt", 1, 1)) return nullptr;
  BigInt n;
  if (!int_arg(rt, a[0], &n)) return nullptr;
  if (n.is_negative()) return rt.raise(rt.t.ValueError, "isqrt() argument must be nonnegative");
  BigInt r;
  BigInt::isqrt(n, r);
  return make_int(rt, r);
}

// Product of the integers in [lo, hi) by binary splitting (balanced multiplications).
BigInt range_product(int64_t lo, int64_t hi) {
  if (hi - lo <= 16) {
    BigInt r(1);
    int64_t acc = 1;
    for (int64_t i = lo; i < hi; ++i) {
      if (acc > (int64_t(1) << 31) || i > (int64_t(1) << 31)) {
        r *= BigInt(acc);
        acc = 1;
      }
      acc *= i;
    }
    r *= BigInt(acc);
    return r;
  }
  int64_t mid = lo + (hi - lo) / 2;
  return range_product(lo, mid) * range_product(mid, hi);
}

Value m_factorial(Runtime& rt, const Value&, CallArgs a) {
  if (!check_positional(rt, a, "factorial", 1, 1)) return nullptr;
  BigInt n;
  if (!int_arg(rt, a[0], &n)) return nullptr;
  if (n.is_negative()) return rt.raise(rt.t.ValueError, "factorial() not defined for negative values");
  int64_t k;
  if (!n.to_int64(k) || k > 1000000) {
    return rt.raise(rt.t.OverflowError, "factorial() argument should not exceed " + std::to_string(LONG_MAX));
  }
  return make_int(rt, range_product(1, k + 1));
}

Value m_perm_comb(Runtime& rt, CallArgs a, bool comb) {
  const char* name = comb ? "comb" : "perm";
  if (!check_positional(rt, a, name, comb ? 2 : 1, 2)) return nullptr;
  BigInt n;
  if (!int_arg(rt, a[0], &n)) return nullptr;
  if (!comb && (a.nargs == 1 || rt.is_none(a[1]))) {
    Value fa[1] = {a[0]};
    return m_factorial(rt, Value(), CallArgs{fa, 1, nullptr});
  }
  BigInt k;
  if (!int_arg(rt, a[1], &k)) return nullptr;
  if (n.is_negative()) return rt.raise(rt.t.ValueError, "n must be a non-negative integer");
  if (k.is_negative()) return rt.raise(rt.t.ValueError, "k must be a non-negative integer");
  if (k > n) return Value::small(0);
  if (comb) {
    BigInt nk = n - k;
    if (nk < k) k = nk;
  }
  int64_t kk;
  if (!k.to_int64(kk) || kk > 1000000) {
    return rt.raise(rt.t.OverflowError, std::string("min(n - k, k) must not exceed ") + std::to_string(LONG_MAX));
  }
  // perm = n * (n-1) * ... * (n-k+1); comb = perm / k!
  BigInt result(1);
  for (int64_t i = 0; i < kk; ++i) {
    result *= n - BigInt(i);
    if (comb) {
      BigInt q;
      BigInt::floordiv(result, BigInt(i + 1), q);
      result = std::move(q);
    }
  }
  return make_int(rt, result);
}
Value m_comb(Runtime& rt, const Value&, CallArgs a) { return m_perm_comb(rt, a, true); }
Value m_perm(Runtime& rt, const Value&, CallArgs a) { return m_perm_comb(rt, a, false); }

const MethodDef kMathFunctions[] = {
    {"acos", m_acos},         {"acosh", m_acosh},       {"asin", m_asin},
    {"asinh", m_asinh},       {"atan", m_atan},         {"atan2", m_atan2},
    {"atanh", m_atanh},       {"cbrt", m_cbrt},         {"ceil", m_ceil},
    {"comb", m_comb},         {"copysign", m_copysign}, {"cos", m_cos},
    {"cosh", m_cosh},         {"degrees", m_degrees},   {"dist", m_dist},
    {"erf", m_erf},           {"erfc", m_erfc},         {"exp", m_exp},
    {"exp2", m_exp2},         {"expm1", m_expm1},       {"fabs", m_fabs},
    {"factorial", m_factorial}, {"floor", m_floor},     {"fmod", m_fmod},
    {"frexp", m_frexp},       {"fsum", m_fsum},         {"gamma", m_gamma},
    {"gcd", m_gcd},           {"hypot", m_hypot},       {"isclose", m_isclose},
    {"isfinite", m_isfinite}, {"isinf", m_isinf},       {"isnan", m_isnan},
    {"isqrt", m_isqrt},       {"lcm", m_lcm},           {"ldexp", m_ldexp},
    {"lgamma", m_lgamma},     {"log", m_log_fn},        {"log10", m_log10_fn},
    {"log1p", m_log1p},       {"log2", m_log2_fn},      {"modf", m_modf},
    {"nextafter", m_nextafter}, {"perm", m_perm},       {"pow", m_pow},
    {"prod", m_prod},         {"radians", m_radians},   {"remainder", m_remainder},
    {"sin", m_sin},           {"sinh", m_sinh},         {"sqrt", m_sqrt},
    {"tan", m_tan},           {"tanh", m_tanh},         {"trunc", m_trunc},
    {"ulp", m_ulp},           {nullptr, nullptr},
};

}  // namespace

Value make_math_module(Runtime& rt) {
  Value m = make_module(rt, "math");
  for (const MethodDef* d = kMathFunctions; d->name; ++d) module_add_function(rt, m, d->name, d->fn);
  module_add(rt, m, "pi", make_float(rt, kPi));
  module_add(rt, m, "e", make_float(rt, 2.718281828459045235360287471352662498));
  module_add(rt, m, "tau", make_float(rt, 6.283185307179586476925286766559005768));
  module_add(rt, m, "inf", make_float(rt, HUGE_VAL));
  module_add(rt, m, "nan", make_float(rt, NAN));
  return m;
}

}  // namespace ls
