// Arbitrary-precision signed integers with Python 3.11 semantics.
//
// BigInt is a value type: sign + magnitude in base 2^32 limbs (least significant first), with
// up to 4 limbs (128 bits) stored inline, so values the interpreter promotes out of its 62-bit
// tagged immediates usually cost no heap allocation. The interpreter keeps small ints as
// immediates and uses BigInt only beyond that; everything here is correct for every value.
//
// No exceptions for ordinary errors: fallible operations return NumError (Ok == 0) and write an
// out-parameter. num_error_kind()/num_error_message() give the Python exception type and the
// exact CPython 3.11 message. No global mutable state.
//
// Shared by the numeric library: NumError is also used by float_format.hpp, float_parse.hpp and
// format_spec.hpp.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace ls {

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

enum class NumError : uint8_t {
  Ok = 0,
  // ZeroDivisionError
  IntDivisionByZero,         // "integer division or modulo by zero"   (// and divmod on ints)
  IntModuloByZero,           // "integer modulo by zero"               (% on ints)
  DivisionByZero,            // "division by zero"                     (int / int)
  FloatDivisionByZero,       // "float division by zero"               (x / 0.0)
  FloatFloorDivisionByZero,  // "float floor division by zero"         (x // 0.0)
  FloatModuloByZero,         // "float modulo"                         (x % 0.0)
  FloatDivmodByZero,         // "float divmod()"                       (divmod(x, 0.0))
  FloatZeroNegativePower,    // "0.0 cannot be raised to a negative power" (0.0 ** -1, 0 ** -1)
  // OverflowError
  IntTooLargeForFloat,        // "int too large to convert to float"
  IntDivisionResultTooLarge,  // "integer division result too large for a float"
  FloatInfinityToInt,         // "cannot convert float infinity to integer"
  TooManyDigits,              // "too many digits in integer" (shift count beyond any memory)
  RoundOverflow,              // "rounded value too large to represent" (round(x, n))
  FloatPowOverflow,           // "(34, 'Numerical result out of range')" (10.0 ** 400)
  // ValueError
  FloatNanToInt,          // "cannot convert float NaN to integer"
  NegativeShiftCount,     // "negative shift count"
  PowModulusZero,         // "pow() 3rd argument cannot be 0"
  PowNotInvertible,       // "base is not invertible for the given modulus"
  NegativeExponent,       // pow() without modulus got a negative exponent: caller does float pow
  FloatPowComplex,        // negative float ** non-integer: CPython returns a complex number
  IntInvalidBase,         // "int() base must be >= 2 and <= 36, or 0"
  IntInvalidLiteral,      // needs the input's repr: int_invalid_literal_message()
  IntMaxStrDigitsToStr,   // needs the limit: int_max_str_digits_to_str_message()
  IntMaxStrDigitsToInt,   // needs limit and digit count: int_max_str_digits_to_int_message()
  FloatInvalidLiteral,    // needs the input's repr: float_invalid_literal_message()
  // MemoryError (LoopScope's own ceiling; CPython would try and exhaust memory)
  SizeLimitExceeded,      // "" (bare MemoryError)
};

// The Python exception a failure maps to. Pending: a caller-supplied callback already raised.
enum class PyExcKind : uint8_t {
  None,
  ZeroDivisionError,
  OverflowError,
  ValueError,
  TypeError,
  MemoryError,
  Pending,
};

PyExcKind num_error_kind(NumError e);
// The CPython message for errors that need no extra data; for the four "needs ..." codes above
// this returns a generic text, use the builders below instead.
const char* num_error_message(NumError e);

// "invalid literal for int() with base 10: 'abc'". `repr` is Python's repr() of the original
// argument (UTF-8); like CPython's %.200R it is cut to its first 200 code points.
std::string int_invalid_literal_message(int base, std::string_view repr);
// "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits()
// to increase the limit"
std::string int_max_str_digits_to_str_message(uint64_t limit);
// "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use
// sys.set_int_max_str_digits() to increase the limit"
std::string int_max_str_digits_to_int_message(uint64_t limit, uint64_t digits);

inline constexpr uint64_t kDefaultIntMaxStrDigits = 4300;  // sys.get_int_max_str_digits()
inline constexpr uint64_t kNoSizeLimit = UINT64_MAX;

// ---------------------------------------------------------------------------------------------
// Limb storage (implementation detail of BigInt): a vector of uint32_t with 4 inline slots.
// ---------------------------------------------------------------------------------------------

class LimbVec {
 public:
  static constexpr uint32_t kInline = 4;
  LimbVec() noexcept : size_(0), cap_(kInline) {}
  LimbVec(const LimbVec& o);
  LimbVec(LimbVec&& o) noexcept;
  LimbVec& operator=(const LimbVec& o);
  LimbVec& operator=(LimbVec&& o) noexcept;
  ~LimbVec() { if (cap_ > kInline) delete[] u_.heap; }

  uint32_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  uint32_t* data() { return cap_ > kInline ? u_.heap : u_.inl; }
  const uint32_t* data() const { return cap_ > kInline ? u_.heap : u_.inl; }
  uint32_t& operator[](uint32_t i) { return data()[i]; }
  uint32_t operator[](uint32_t i) const { return data()[i]; }
  uint32_t back() const { return data()[size_ - 1]; }
  void reserve(uint32_t n);
  void resize(uint32_t n);  // new limbs are zero
  void set_size(uint32_t n) { size_ = n; }  // n <= capacity; contents untouched
  void push_back(uint32_t v) { if (size_ == cap_) reserve(cap_ * 2); data()[size_++] = v; }
  void clear() { size_ = 0; }
  void trim() { const uint32_t* d = data(); while (size_ && d[size_ - 1] == 0) --size_; }

 private:
  uint32_t size_;
  uint32_t cap_;
  union U {
    uint32_t inl[kInline];
    uint32_t* heap;
  } u_{};
};

// ---------------------------------------------------------------------------------------------
// BigInt
// ---------------------------------------------------------------------------------------------

class BigInt {
 public:
  BigInt() noexcept = default;  // 0
  BigInt(int64_t v);            // NOLINT: implicit on purpose (a + 1)
  static BigInt from_uint64(uint64_t v);
  // Python int(x) for a float: truncates toward zero. FloatInfinityToInt / FloatNanToInt.
  static NumError from_double(double d, BigInt& out);
  // From magnitude limbs (base 2^32, least significant first) and a sign.
  static BigInt from_limbs(const uint32_t* limbs, size_t n, bool negative);

  // --- queries ---
  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  int sign() const { return neg_ ? -1 : (mag_.empty() ? 0 : 1); }
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1u); }
  bool fits_int64() const;
  std::optional<int64_t> to_int64() const;   // nullopt when out of range
  bool to_int64(int64_t& out) const;         // false when out of range
  uint64_t bit_length() const;               // int.bit_length(): of |x|, 0 for 0
  uint64_t bit_count() const;                // int.bit_count(): popcount of |x|
  size_t limb_count() const { return mag_.size(); }
  uint32_t limb(size_t i) const { return i < mag_.size() ? mag_[static_cast<uint32_t>(i)] : 0; }
  // Low 64 bits of the two's complement representation (x mod 2**64).
  uint64_t low_uint64() const;

  // float(x): correctly rounded (ties to even). IntTooLargeForFloat when |x| >= 2**1024 after
  // rounding.
  NumError to_double(double& out) const;

  // --- arithmetic (always succeed) ---
  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  BigInt& operator+=(const BigInt& b);
  BigInt& operator-=(const BigInt& b);
  BigInt& operator*=(const BigInt& b);
  // Bitwise with two's complement semantics for negatives (infinite sign extension).
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt operator~() const;  // -(x+1)
  // Shifts by a non-negative count. shr is arithmetic: floor(x / 2**n).
  BigInt shl(uint64_t n) const;
  BigInt shr(uint64_t n) const;

  // --- Python-level fallible operations ---
  // a // b, a % b, divmod(a, b) with Python's floor rules (remainder has the divisor's sign).
  static NumError floordiv(const BigInt& a, const BigInt& b, BigInt& q);        // IntDivisionByZero
  static NumError mod(const BigInt& a, const BigInt& b, BigInt& r);             // IntModuloByZero
  static NumError divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);  // IntDivisionByZero
  // C-style truncating division (quotient toward zero, remainder has a's sign).
  static NumError divmod_trunc(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  // a / b, correctly rounded like CPython's long_true_divide. DivisionByZero,
  // IntDivisionResultTooLarge.
  static NumError true_divide(const BigInt& a, const BigInt& b, double& out);
  // a ** e for e >= 0 (NegativeExponent otherwise). SizeLimitExceeded when the result would
  // have more than max_bits bits (checked before computing).
  static NumError pow(const BigInt& base, const BigInt& exp, BigInt& out,
                      uint64_t max_bits = kNoSizeLimit);
  // pow(base, exp, mod): result has mod's sign (or is 0). Negative exp uses the modular inverse.
  // PowModulusZero, PowNotInvertible.
  static NumError pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod, BigInt& out);
  // a << n and a >> n with a Python int count. NegativeShiftCount; for <<, SizeLimitExceeded
  // when the result would exceed max_bits, TooManyDigits when the count does not fit in 64 bits.
  static NumError lshift(const BigInt& a, const BigInt& n, BigInt& out,
                         uint64_t max_bits = kNoSizeLimit);
  static NumError rshift(const BigInt& a, const BigInt& n, BigInt& out);
  // Modular inverse of a modulo |m| in [0, |m|); PowNotInvertible when gcd != 1.
  static NumError mod_inverse(const BigInt& a, const BigInt& m, BigInt& out);
  // math.gcd (non-negative result) and math.isqrt (a >= 0; returns false for negative a).
  static BigInt gcd(const BigInt& a, const BigInt& b);
  static bool isqrt(const BigInt& a, BigInt& out);
  // round(x, ndigits) for ndigits < 0: round to a multiple of 10**-ndigits, ties to even.
  // For ndigits >= 0 the result is x.
  static BigInt round_digits(const BigInt& x, int64_t ndigits);
  // 10**n
  static BigInt pow10(uint64_t n);

  // --- size ceiling estimates (upper bounds on the result's bit length, saturating) ---
  static uint64_t mul_bits_bound(const BigInt& a, const BigInt& b);
  static uint64_t pow_bits_bound(const BigInt& base, uint64_t exp);
  static uint64_t shl_bits_bound(const BigInt& a, uint64_t n);

  // --- comparison ---
  friend bool operator==(const BigInt& a, const BigInt& b);
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b);
  static int compare(const BigInt& a, const BigInt& b);  // -1, 0, 1
  // compare(a, 5) means the int 5, not 5.0 (without this, the double overload would win).
  template <typename T>
    requires std::is_integral_v<T>
  static int compare(const BigInt& a, T b) {
    if constexpr (std::is_signed_v<T>) return compare(a, BigInt(static_cast<int64_t>(b)));
    else return compare(a, from_uint64(static_cast<uint64_t>(b)));
  }
  // Exact comparison with a double (as Python's int < float). unordered for NaN.
  static std::partial_ordering compare(const BigInt& a, double d);

  // --- hashing: exactly CPython's hash(int) (64-bit build) ---
  int64_t hash() const;

  // --- strings ---
  // Digits in base 2..36 (lowercase unless upper), '-' for negatives, no prefix.
  std::string to_string(int base = 10, bool upper = false) const;
  // bin()/oct()/hex(): base 2, 8 or 16 with '0b'/'0o'/'0x' prefix after the sign ("-0x1f").
  std::string to_prefixed_string(int base, bool upper = false) const;
  // str(x) honoring sys.int_max_str_digits (0 = unlimited): IntMaxStrDigitsToStr when the number
  // of decimal digits (sign excluded) exceeds max_digits. Cheap early exit for huge values.
  NumError to_decimal_string(std::string& out, uint64_t max_digits) const;
  // Number of decimal digits of |x| (1 for 0). Exact; costs about one comparison with a power of 10.
  uint64_t decimal_digit_count() const;

  // int(text, base) with Python's rules: base 0 or 2..36; surrounding whitespace (incl. Unicode
  // whitespace); sign; 0x/0o/0b prefix (required-compatible with base, optional when base
  // matches); underscores only between digits or after the prefix; Unicode decimal digits
  // (e.g. Arabic-Indic) accepted like CPython. text is UTF-8.
  // Errors: IntInvalidBase, IntInvalidLiteral, IntMaxStrDigitsToInt (base not a power of two
  // and more than max_str_digits digits, 0 = unlimited; *digits_out gets the count).
  static NumError parse(std::string_view text, int base, BigInt& out,
                        uint64_t max_str_digits = kDefaultIntMaxStrDigits,
                        uint64_t* digits_out = nullptr);

  // int.to_bytes / int.from_bytes (bytes as raw chars).
  enum class ToBytesError { Ok, TooBig, NegativeUnsigned };
  ToBytesError to_bytes(size_t length, bool little_endian, bool is_signed, std::string& out) const;
  // OverflowError messages: "int too big to convert" / "can't convert negative int to unsigned".
  static const char* to_bytes_error_message(ToBytesError e);
  static BigInt from_bytes(std::string_view bytes, bool little_endian, bool is_signed);

  // Raw access for other numeric code.
  const LimbVec& magnitude() const { return mag_; }

 private:
  LimbVec mag_;      // normalized: no leading zero limbs; empty for 0
  bool neg_ = false;  // never true for 0
  void normalize() { mag_.trim(); if (mag_.empty()) neg_ = false; }
  friend struct BigIntOps;
};

// hash() of an int that fits in 64 bits (CPython semantics: modulus 2**61-1, -1 -> -2).
int64_t hash_int64(int64_t v);
// Python's // and % for int64 operands (b != 0): quotient floored, remainder with b's sign.
// Returns false only for INT64_MIN // -1, whose quotient does not fit (use BigInt then).
inline bool int64_divmod(int64_t a, int64_t b, int64_t& q, int64_t& r) {
  if (b == -1 && a == INT64_MIN) return false;
  q = a / b;
  r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) {
    q -= 1;
    r += b;
  }
  return true;
}
// int / int for 64-bit operands, correctly rounded. DivisionByZero.
NumError int64_true_divide(int64_t a, int64_t b, double& out);
// Exact comparison of an int64 with a double (unordered for NaN).
std::partial_ordering compare_int64_double(int64_t a, double d);

}  // namespace ls
