// Python float semantics that need care: repr/str (shortest round-trip digits, Ryu), the
// PyOS_double_to_string layouts used by format() and %-formatting, round(), //, %, divmod,
// hash, as_integer_ratio, hex/fromhex.
//
// All results match CPython 3.11 byte for byte. Digit generation never goes through the C
// library: shortest digits come from Ryu, fixed-precision digits from exact integer arithmetic,
// so native and WebAssembly builds agree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "object/bigint.hpp"

namespace ls {

// repr(x) / str(x): '1e+16', '1e-05', '0.0001', '1.2345678901234568e+17', 'inf', '-inf', 'nan',
// '-0.0', '1.0'.
std::string float_repr(double x);
inline std::string float_str(double x) { return float_repr(x); }

// Decimal digits of |x| as produced by David Gay's dtoa (which CPython uses):
// value = 0.d1d2d3... * 10**decpt; digits have no trailing zeros (except the single "0" for
// zero values, with decpt = 1). x must be finite.
struct DecimalDigits {
  std::string digits;
  int decpt = 0;
  bool negative = false;  // sign bit of x
};
// mode 0: shortest string that round-trips (ndigits ignored).
// mode 2: at most max(ndigits, 1) significant digits, correctly rounded (ties to even).
// mode 3: digits through 10**-ndigits (ndigits may be negative), correctly rounded.
DecimalDigits float_to_digits(double x, int mode, int ndigits);

// PyOS_double_to_string(x, format_code, precision, flags):
//   format_code: 'e' 'E' 'f' 'F' 'g' 'G' 'r' (repr; precision must be 0)
//   flags: bit-or of the kDtsf* values.
// Examples: ('f', 2) -> "3.14"; ('e', 3) -> "3.142e+00"; ('g', 6) -> "3.14159"; ('r', 0,
// kDtsfAddDot0) -> repr.
inline constexpr unsigned kDtsfSign = 1;       // always emit a sign ('+' for non-negative)
inline constexpr unsigned kDtsfAddDot0 = 2;    // "1" -> "1.0" when there is no exponent
inline constexpr unsigned kDtsfAlt = 4;        // '#': keep the point and trailing zeros in 'g'
inline constexpr unsigned kDtsfNoNegZero = 8;  // 'z': -0.0 (after rounding) prints as 0.0
std::string double_to_string(double x, char format_code, int precision, unsigned flags);

// round(x) with no ndigits: nearest integer, ties to even, as an int.
// FloatInfinityToInt / FloatNanToInt.
NumError float_round_to_int(double x, BigInt& out);
// round(x, ndigits): correctly rounded (CPython's string-based algorithm). nan/inf round to
// themselves; RoundOverflow ("rounded value too large to represent") when the result is inf.
// ndigits is the clipped Py_ssize_t value of the argument.
NumError float_round(double x, int64_t ndigits, double& out);

// a // b, a % b, divmod(a, b) with Python's sign rules (the remainder takes b's sign, the
// quotient is floored). FloatFloorDivisionByZero / FloatModuloByZero / FloatDivmodByZero.
NumError float_floordiv(double a, double b, double& out);
NumError float_mod(double a, double b, double& out);
NumError float_divmod(double a, double b, double& q, double& r);

// x ** y for floats (and int ** negative int after both are converted to float), CPython's
// float_pow special cases then the C library's pow: FloatZeroNegativePower, FloatPowOverflow,
// FloatPowComplex (a negative base with a non-integer exponent: CPython returns a complex
// number, which LoopScope's subset does not have — the caller decides what to raise).
NumError float_pow(double x, double y, double& out);

// hash(x) exactly as CPython (64-bit): hash(1.0) == 1, hash(0.5) == 2**60, hash(inf) == 314159,
// hash(-inf) == -314159. NaN: nullopt — since Python 3.10 a NaN hashes by object identity
// (object.__hash__), so the caller supplies the id-based hash.
std::optional<int64_t> float_hash(double x);

// float.as_integer_ratio(): lowest terms, den > 0. Infinity / NaN errors, see
// float_ratio_error_message.
enum class FloatRatioError { Ok, Infinity, NaN };
FloatRatioError float_as_integer_ratio(double x, BigInt& num, BigInt& den);
// "cannot convert Infinity to integer ratio" (OverflowError) /
// "cannot convert NaN to integer ratio" (ValueError)
const char* float_ratio_error_message(FloatRatioError e);

bool float_is_integer(double x);  // float.is_integer(): finite and integral

// float.hex(): '0x1.8000000000000p+0', '-0x0.0p+0', 'inf', 'nan', '0x0.0000000000001p-1022'.
std::string float_hex(double x);
// float.fromhex(s). Errors (float_fromhex_error_message): Invalid ("invalid hexadecimal
// floating-point string", ValueError), Overflow ("hexadecimal value too large to represent as a
// float", OverflowError), TooLong ("hexadecimal string too long to convert", ValueError).
enum class FromHexError { Ok, Invalid, Overflow, TooLong };
FromHexError float_fromhex(std::string_view s, double& out);
const char* float_fromhex_error_message(FromHexError e);

}  // namespace ls
