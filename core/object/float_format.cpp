// float_format: see float_format.hpp.
//
// Shortest digits: Ryu (Ulf Adams, "Ryu: fast float-to-string conversion", PLDI 2018), d2d
// with full tables (computed on first use). Fixed-precision digits: exact integer arithmetic (the double is m * 2**e, so
// round(|x| * 10**n) is an integer division), ties to even like dtoa. Layout:
// CPython's format_float_short().
#include "object/float_format.hpp"

#include <cmath>
#include <cstring>
#include <limits>

#include "object/pow.hpp"

namespace ls {

namespace {

// Ryu's power-of-5 multipliers (what tests/numeric/gen_ryu_tables.py prints), computed on first
// use rather than stored: 10.7 KB of data that gzip cannot shrink, in the page's first load.
//   split[i] = 5**i scaled to exactly 125 bits (floor), i < 326;
//   inv[i]   = floor(2**j / 5**i) + 1 with j = bitlen(5**i) - 1 + 125, i < 342.
// Each entry is {low 64 bits, high 64 bits}. Exact multi-word arithmetic: 5**i by repeated
// multiplication, and floor(2**N / 5**i) by repeated division (floor(floor(a / b) / c) is
// floor(a / (b * c))), whose bits from N - j on are floor(2**j / 5**i), for one N >= every j.
struct Pow5Tables {
  uint64_t inv[342][2];
  uint64_t split[326][2];
};

class Pow5Builder {
 public:
  static void build(Pow5Tables& t) {
    Big p = {1};                            // 5**i < 2**792
    Big x = {};                             // floor(2**N / 5**i)
    x[kWords - 1] = uint32_t(1) << 31;      // N = 32 * kWords - 1 = 927 >= every j (at most 916)
    constexpr int N = 32 * kWords - 1;
    for (int i = 0; i < 342; ++i) {
      const int len = bit_length(p);
      if (i < 326) bits(p, len - 125, t.split[i]);
      bits(x, N - (len - 1 + 125), t.inv[i]);
      if (++t.inv[i][0] == 0) ++t.inv[i][1];
      multiply5(p);
      divide5(x);
    }
  }

 private:
  static constexpr int kWords = 29;
  using Big = uint32_t[kWords];

  static int bit_length(const Big& v) {
    for (int w = kWords - 1; w >= 0; --w) {
      if (v[w]) return w * 32 + 32 - __builtin_clz(v[w]);
    }
    return 0;
  }
  // The 126 bits of v from bit `from` on (those below bit 0 are zeros), as {low 64, high 64}.
  static void bits(const Big& v, int from, uint64_t out[2]) {
    out[0] = out[1] = 0;
    for (int b = 0; b < 126; ++b) {
      const int at = from + b;
      if (at >= 0 && at < 32 * kWords && ((v[at / 32] >> (at % 32)) & 1)) out[b / 64] |= uint64_t(1) << (b % 64);
    }
  }
  static void multiply5(Big& v) {
    uint64_t carry = 0;
    for (uint32_t& w : v) {
      carry += uint64_t(w) * 5;
      w = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
  }
  static void divide5(Big& v) {
    uint64_t rest = 0;
    for (int w = kWords - 1; w >= 0; --w) {
      const uint64_t cur = (rest << 32) | v[w];
      v[w] = static_cast<uint32_t>(cur / 5);
      rest = cur % 5;
    }
  }
};

const Pow5Tables& pow5_tables() {
  static const Pow5Tables* tables = [] {
    auto* t = new Pow5Tables;
    Pow5Builder::build(*t);
    return t;
  }();
  return *tables;
}

// ---------------------------------------------------------------------------------------------
// Ryu d2d
// ---------------------------------------------------------------------------------------------

constexpr int kPow5InvBitcount = 125;
constexpr int kPow5Bitcount = 125;

inline uint32_t pow5bits(int32_t e) { return static_cast<uint32_t>(((e * 1217359) >> 19) + 1); }
inline uint32_t log10_pow2(int32_t e) { return static_cast<uint32_t>((e * 78913) >> 18); }
inline uint32_t log10_pow5(int32_t e) { return static_cast<uint32_t>((e * 732923) >> 20); }

inline uint32_t pow5_factor(uint64_t v) {
  uint32_t count = 0;
  for (;;) {
    uint64_t q = v / 5;
    if (v - 5 * q != 0) break;
    v = q;
    ++count;
  }
  return count;
}
inline bool multiple_of_pow5(uint64_t v, uint32_t p) { return pow5_factor(v) >= p; }
inline bool multiple_of_pow2(uint64_t v, uint32_t p) { return (v & ((uint64_t(1) << p) - 1)) == 0; }

// 64x64->128 multiplication: native __int128 where it is a machine instruction; on wasm32 the
// compiler-rt call (__multi3) is slower than the inline 32-bit decomposition below.
#if defined(__SIZEOF_INT128__) && !defined(__wasm__)
using u128 = unsigned __int128;
// (m * mul) >> j, m < 2^55, mul a 125-bit constant, j >= 64 + something
inline uint64_t mul_shift64(uint64_t m, const uint64_t* mul, int32_t j) {
  u128 b0 = static_cast<u128>(m) * mul[0];
  u128 b2 = static_cast<u128>(m) * mul[1];
  return static_cast<uint64_t>(((b0 >> 64) + b2) >> (j - 64));
}
#else
inline uint64_t umul128(uint64_t a, uint64_t b, uint64_t* hi) {
  uint64_t a_lo = static_cast<uint32_t>(a), a_hi = a >> 32;
  uint64_t b_lo = static_cast<uint32_t>(b), b_hi = b >> 32;
  uint64_t b00 = a_lo * b_lo, b01 = a_lo * b_hi, b10 = a_hi * b_lo, b11 = a_hi * b_hi;
  uint64_t mid1 = b10 + (b00 >> 32);
  uint64_t mid2 = b01 + static_cast<uint32_t>(mid1);
  *hi = b11 + (mid1 >> 32) + (mid2 >> 32);
  return (mid2 << 32) | static_cast<uint32_t>(b00);
}
inline uint64_t shiftright128(uint64_t lo, uint64_t hi, uint32_t dist) {
  return (hi << (64 - dist)) | (lo >> dist);
}
inline uint64_t mul_shift64(uint64_t m, const uint64_t* mul, int32_t j) {
  uint64_t high1, high0;
  uint64_t low1 = umul128(m, mul[1], &high1);
  umul128(m, mul[0], &high0);
  uint64_t sum = high0 + low1;
  if (sum < high0) ++high1;
  return shiftright128(sum, high1, static_cast<uint32_t>(j - 64));
}
#endif

struct Decimal64 {
  uint64_t mantissa;
  int32_t exponent;
};

// Shortest decimal in the rounding interval of a finite positive double.
Decimal64 ryu_d2d(uint64_t ieee_mantissa, uint32_t ieee_exponent) {
  int32_t e2;
  uint64_t m2;
  if (ieee_exponent == 0) {
    e2 = 1 - 1023 - 52 - 2;
    m2 = ieee_mantissa;
  } else {
    e2 = static_cast<int32_t>(ieee_exponent) - 1023 - 52 - 2;
    m2 = (uint64_t(1) << 52) | ieee_mantissa;
  }
  const bool even = (m2 & 1) == 0;
  const bool accept_bounds = even;
  const uint64_t mv = 4 * m2;
  const uint32_t mm_shift = ieee_mantissa != 0 || ieee_exponent <= 1;
  uint64_t vr, vp, vm;
  int32_t e10;
  bool vm_trailing_zeros = false, vr_trailing_zeros = false;
  if (e2 >= 0) {
    const uint32_t q = log10_pow2(e2) - (e2 > 3);
    e10 = static_cast<int32_t>(q);
    const int32_t k = kPow5InvBitcount + static_cast<int32_t>(pow5bits(static_cast<int32_t>(q))) - 1;
    const int32_t i = -e2 + static_cast<int32_t>(q) + k;
    const uint64_t* mul = pow5_tables().inv[q];
    vr = mul_shift64(4 * m2, mul, i);
    vp = mul_shift64(4 * m2 + 2, mul, i);
    vm = mul_shift64(4 * m2 - 1 - mm_shift, mul, i);
    if (q <= 21) {
      const uint32_t mv_mod5 = static_cast<uint32_t>(mv % 5);
      if (mv_mod5 == 0) {
        vr_trailing_zeros = multiple_of_pow5(mv, q);
      } else if (accept_bounds) {
        vm_trailing_zeros = multiple_of_pow5(mv - 1 - mm_shift, q);
      } else {
        vp -= multiple_of_pow5(mv + 2, q);
      }
    }
  } else {
    const uint32_t q = log10_pow5(-e2) - (-e2 > 1);
    e10 = static_cast<int32_t>(q) + e2;
    const int32_t i = -e2 - static_cast<int32_t>(q);
    const int32_t k = static_cast<int32_t>(pow5bits(i)) - kPow5Bitcount;
    const int32_t j = static_cast<int32_t>(q) - k;
    const uint64_t* mul = pow5_tables().split[i];
    vr = mul_shift64(4 * m2, mul, j);
    vp = mul_shift64(4 * m2 + 2, mul, j);
    vm = mul_shift64(4 * m2 - 1 - mm_shift, mul, j);
    if (q <= 1) {
      vr_trailing_zeros = true;
      if (accept_bounds) {
        vm_trailing_zeros = mm_shift == 1;
      } else {
        --vp;
      }
    } else if (q < 63) {
      vr_trailing_zeros = multiple_of_pow2(mv, q);
    }
  }
  int32_t removed = 0;
  uint8_t last_removed = 0;
  uint64_t output;
  if (vm_trailing_zeros || vr_trailing_zeros) {
    for (;;) {
      const uint64_t vp10 = vp / 10, vm10 = vm / 10;
      if (vp10 <= vm10) break;
      const uint32_t vm_mod10 = static_cast<uint32_t>(vm - 10 * vm10);
      const uint64_t vr10 = vr / 10;
      const uint32_t vr_mod10 = static_cast<uint32_t>(vr - 10 * vr10);
      vm_trailing_zeros &= vm_mod10 == 0;
      vr_trailing_zeros &= last_removed == 0;
      last_removed = static_cast<uint8_t>(vr_mod10);
      vr = vr10;
      vp = vp10;
      vm = vm10;
      ++removed;
    }
    if (vm_trailing_zeros) {
      for (;;) {
        const uint64_t vm10 = vm / 10;
        const uint32_t vm_mod10 = static_cast<uint32_t>(vm - 10 * vm10);
        if (vm_mod10 != 0) break;
        const uint64_t vp10 = vp / 10, vr10 = vr / 10;
        const uint32_t vr_mod10 = static_cast<uint32_t>(vr - 10 * vr10);
        vr_trailing_zeros &= last_removed == 0;
        last_removed = static_cast<uint8_t>(vr_mod10);
        vr = vr10;
        vp = vp10;
        vm = vm10;
        ++removed;
      }
    }
    if (vr_trailing_zeros && last_removed == 5 && vr % 2 == 0) last_removed = 4;  // round to even
    output = vr + ((vr == vm && (!accept_bounds || !vm_trailing_zeros)) || last_removed >= 5);
  } else {
    bool round_up = false;
    const uint64_t vp100 = vp / 100, vm100 = vm / 100;
    if (vp100 > vm100) {
      const uint64_t vr100 = vr / 100;
      const uint32_t vr_mod100 = static_cast<uint32_t>(vr - 100 * vr100);
      round_up = vr_mod100 >= 50;
      vr = vr100;
      vp = vp100;
      vm = vm100;
      removed += 2;
    }
    for (;;) {
      const uint64_t vp10 = vp / 10, vm10 = vm / 10;
      if (vp10 <= vm10) break;
      const uint64_t vr10 = vr / 10;
      const uint32_t vr_mod10 = static_cast<uint32_t>(vr - 10 * vr10);
      round_up = vr_mod10 >= 5;
      vr = vr10;
      vp = vp10;
      vm = vm10;
      ++removed;
    }
    output = vr + (vr == vm || round_up);
  }
  return Decimal64{output, e10 + removed};
}

uint64_t double_bits(double x) {
  uint64_t b;
  std::memcpy(&b, &x, sizeof b);
  return b;
}

// ---------------------------------------------------------------------------------------------
// Exact fixed-precision digits
// ---------------------------------------------------------------------------------------------

constexpr uint64_t kPow10U64[20] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
    1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
    100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
    1000000000000000000ull, 10000000000000000000ull};

// |x| = m * 2**e with m < 2**53 an integer.
void decompose(double ax, uint64_t& m, int& e) {
  uint64_t bits = double_bits(ax) & ~(uint64_t(1) << 63);
  uint32_t be = static_cast<uint32_t>(bits >> 52);
  uint64_t frac = bits & ((uint64_t(1) << 52) - 1);
  if (be == 0) {
    m = frac;
    e = -1074;
  } else {
    m = frac | (uint64_t(1) << 52);
    e = static_cast<int>(be) - 1075;
  }
}

// N = round_half_even(|x| * 10**n) as a decimal string ("0" when it is zero).
std::string scaled_round(uint64_t m, int e, int n) {
  // Fast path: everything in 64 bits.
  if (n >= 0 && n <= 19 && e < 0 && e > -64) {
    uint64_t num;
    if (!__builtin_mul_overflow(m, kPow10U64[n], &num)) {
      int s = -e;
      uint64_t q = num >> s;
      uint64_t r = num & ((uint64_t(1) << s) - 1);
      uint64_t half = uint64_t(1) << (s - 1);
      if (r > half || (r == half && (q & 1))) ++q;
      return std::to_string(q);
    }
  }
  if (n >= 0 && e >= 0 && e < 64 && n <= 19) {
    // Integer value times 10**n: exact when it fits.
    uint64_t v = m << e;
    if ((v >> e) == m) {
      uint64_t num;
      if (!__builtin_mul_overflow(v, kPow10U64[n], &num)) return std::to_string(num);
    }
  }
  BigInt num = BigInt::from_uint64(m);
  BigInt den(1);
  if (e >= 0) num = num.shl(static_cast<uint64_t>(e));
  else den = den.shl(static_cast<uint64_t>(-e));
  if (n >= 0) num = num * BigInt::pow10(static_cast<uint64_t>(n));
  else den = den * BigInt::pow10(static_cast<uint64_t>(-n));
  BigInt q, r;
  BigInt::divmod(num, den, q, r);
  int c = BigInt::compare(r.shl(1), den);
  if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt(1);
  return q.to_string();
}

void strip_trailing_zeros(std::string& d) {
  size_t n = d.size();
  while (n > 1 && d[n - 1] == '0') --n;
  d.resize(n);
}

}  // namespace

DecimalDigits float_to_digits(double x, int mode, int ndigits) {
  DecimalDigits r;
  r.negative = std::signbit(x);
  double ax = std::fabs(x);
  if (ax == 0.0) {
    r.digits = "0";
    r.decpt = 1;
    return r;
  }
  if (mode == 0) {
    uint64_t bits = double_bits(ax);
    Decimal64 d = ryu_d2d(bits & ((uint64_t(1) << 52) - 1), static_cast<uint32_t>(bits >> 52));
    r.digits = std::to_string(d.mantissa);
    r.decpt = static_cast<int>(r.digits.size()) + d.exponent;
    strip_trailing_zeros(r.digits);
    return r;
  }
  uint64_t m;
  int e;
  decompose(ax, m, e);
  if (mode == 3) {
    std::string s = scaled_round(m, e, ndigits);
    if (s == "0") {
      // dtoa: no digits, "fcvt style"
      r.digits.clear();
      r.decpt = -ndigits;
      return r;
    }
    r.decpt = static_cast<int>(s.size()) - ndigits;
    strip_trailing_zeros(s);
    r.digits = std::move(s);
    return r;
  }
  // mode 2: p significant digits
  int p = ndigits < 1 ? 1 : ndigits;
  // decpt estimate: floor(log10(ax)) + 1, corrected below.
  int decpt = static_cast<int>(std::floor(std::log10(ax))) + 1;
  for (int guard = 0; guard < 4; ++guard) {
    int n = p - decpt;
    std::string s = scaled_round(m, e, n);
    int len = static_cast<int>(s.size());
    if (len > p) {  // rounded up to 10**p or the estimate was low
      ++decpt;
      continue;
    }
    if (len < p) {  // estimate was high
      --decpt;
      continue;
    }
    if (s[0] == '1' && s.find_first_not_of('0', 1) == std::string::npos) {
      // 10**(p-1): either a true round-up or an estimate one too high whose rounding hid it
      // (log10(1e-07) is -7.0, yet 1e-07 is 9.99...95e-08). One more digit of scale decides.
      std::string finer = scaled_round(m, e, n + 1);
      if (static_cast<int>(finer.size()) == p) {
        s = std::move(finer);
        ++n;
      }
    }
    r.decpt = len - n;
    strip_trailing_zeros(s);
    r.digits = std::move(s);
    return r;
  }
  // Unreachable for finite doubles; keep a defined result.
  r.digits = "0";
  r.decpt = 1;
  return r;
}

// ---------------------------------------------------------------------------------------------
// Layout: CPython's format_float_short
// ---------------------------------------------------------------------------------------------

std::string double_to_string(double x, char format_code, int precision, unsigned flags) {
  bool upper = false;
  int mode = 0;
  char code = format_code;
  switch (format_code) {
    case 'E': upper = true; code = 'e'; break;
    case 'F': upper = true; code = 'f'; break;
    case 'G': upper = true; code = 'g'; break;
    default: break;
  }
  switch (code) {
    case 'e': mode = 2; ++precision; break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    case 'r': mode = 0; precision = 0; break;
    default: code = 'r'; mode = 0; precision = 0; break;
  }
  const bool always_add_sign = flags & kDtsfSign;
  const bool add_dot_0_if_integer = flags & kDtsfAddDot0;
  const bool use_alt_formatting = flags & kDtsfAlt;
  const bool no_negative_zero = flags & kDtsfNoNegZero;

  std::string out;
  if (!std::isfinite(x)) {
    bool neg = std::isinf(x) && x < 0;  // the sign of a NaN is ignored
    if (neg) out.push_back('-');
    else if (always_add_sign) out.push_back('+');
    if (std::isinf(x)) out += upper ? "INF" : "inf";
    else out += upper ? "NAN" : "nan";
    return out;
  }
  DecimalDigits dd = float_to_digits(x, mode, precision);
  const std::string& digits = dd.digits;
  int digits_len = static_cast<int>(digits.size());
  int decpt = dd.decpt;
  bool sign = dd.negative;
  if (no_negative_zero && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == '0'))) {
    sign = false;
  }
  bool use_exp = false;
  int vdigits_end = digits_len;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0_if_integer ? precision - 1 : precision)) use_exp = true;
      if (use_alt_formatting) vdigits_end = precision;
      break;
    case 'r':
      // exponential from 1e16 on
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0_if_integer) vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

  out.reserve(static_cast<size_t>(vdigits_end - vdigits_start) + 10);
  if (sign) out.push_back('-');
  else if (always_add_sign) out.push_back('+');
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(0 - decpt), '0');
  } else {
    out.append(static_cast<size_t>(0 - vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out.push_back('.');
    out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out.append(digits);
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (!out.empty() && out.back() == '.' && !use_alt_formatting) out.pop_back();
  if (use_exp) {
    out.push_back(upper ? 'E' : 'e');
    // "%+.02d"
    out.push_back(exp < 0 ? '-' : '+');
    int ae = exp < 0 ? -exp : exp;
    if (ae < 10) out.push_back('0');
    out += std::to_string(ae);
  }
  return out;
}

std::string float_repr(double x) { return double_to_string(x, 'r', 0, kDtsfAddDot0); }

// ---------------------------------------------------------------------------------------------
// round, //, %, divmod
// ---------------------------------------------------------------------------------------------

NumError float_round_to_int(double x, BigInt& out) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);  // ties to even
  return BigInt::from_double(rounded, out);
}

NumError float_round(double x, int64_t ndigits, double& out) {
  // NDIGITS_MAX = (int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103) = 323
  // NDIGITS_MIN = -(int)((DBL_MAX_EXP + 1) * 0.30103) = -308
  if (!std::isfinite(x)) { out = x; return NumError::Ok; }
  if (ndigits > 323) { out = x; return NumError::Ok; }
  if (ndigits < -308) { out = 0.0 * x; return NumError::Ok; }
  if (x == 0.0) { out = x; return NumError::Ok; }
  int n = static_cast<int>(ndigits);
  uint64_t m;
  int e;
  decompose(std::fabs(x), m, e);
  std::string s = scaled_round(m, e, n);
  BigInt q;
  BigInt::parse(s, 10, q, 0);
  // value = q * 10**-n, correctly rounded to double (CPython runs strtod on "<q>e<-n>").
  double v;
  NumError err;
  if (n >= 0) err = BigInt::true_divide(q, BigInt::pow10(static_cast<uint64_t>(n)), v);
  else err = (q * BigInt::pow10(static_cast<uint64_t>(-n))).to_double(v);
  if (err != NumError::Ok) return NumError::RoundOverflow;
  out = std::signbit(x) ? -v : v;
  return NumError::Ok;
}

namespace {
void float_div_mod(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}
}  // namespace

NumError float_floordiv(double a, double b, double& out) {
  if (b == 0.0) return NumError::FloatFloorDivisionByZero;
  double mod;
  float_div_mod(a, b, out, mod);
  return NumError::Ok;
}

NumError float_mod(double a, double b, double& out) {
  if (b == 0.0) return NumError::FloatModuloByZero;
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  out = mod;
  return NumError::Ok;
}

NumError float_divmod(double a, double b, double& q, double& r) {
  if (b == 0.0) return NumError::FloatDivmodByZero;
  float_div_mod(a, b, q, r);
  return NumError::Ok;
}

NumError float_pow(double iv, double iw, double& out) {
  auto is_odd_integer = [](double v) {
    // DOUBLE_IS_ODD_INTEGER: fmod(fabs(v), 2.0) == 1.0
    return std::fmod(std::fabs(v), 2.0) == 1.0;
  };
  if (iw == 0) { out = 1.0; return NumError::Ok; }
  if (std::isnan(iv)) { out = iv; return NumError::Ok; }
  if (std::isnan(iw)) { out = iv == 1.0 ? 1.0 : iw; return NumError::Ok; }
  if (std::isinf(iw)) {
    double av = std::fabs(iv);
    if (av == 1.0) out = 1.0;
    else if ((iw > 0.0) == (av > 1.0)) out = std::fabs(iw);
    else out = 0.0;
    return NumError::Ok;
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) out = odd ? iv : std::fabs(iv);
    else out = odd ? std::copysign(0.0, iv) : 0.0;
    return NumError::Ok;
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) return NumError::FloatZeroNegativePower;
    out = odd ? iv : 0.0;
    return NumError::Ok;
  }
  bool negate_result = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) return NumError::FloatPowComplex;
    iv = -iv;
    negate_result = is_odd_integer(iw);
  }
  if (iv == 1.0) {
    out = negate_result ? -1.0 : 1.0;
    return NumError::Ok;
  }
  double ix = py_pow(iv, iw);
  if (std::isinf(ix)) return NumError::FloatPowOverflow;  // _Py_ADJUST_ERANGE1: ERANGE
  out = negate_result ? -ix : ix;
  return NumError::Ok;
}

// ---------------------------------------------------------------------------------------------
// hash, ratio, is_integer
// ---------------------------------------------------------------------------------------------

std::optional<int64_t> float_hash(double v) {
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = (uint64_t(1) << kBits) - 1;
  constexpr int64_t kInf = 314159;
  if (std::isnan(v)) return std::nullopt;
  if (std::isinf(v)) return v > 0 ? kInf : -kInf;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  uint64_t ux = sign < 0 ? 0 - x : x;
  int64_t h = static_cast<int64_t>(ux);
  if (h == -1) h = -2;
  return h;
}

FloatRatioError float_as_integer_ratio(double x, BigInt& num, BigInt& den) {
  if (std::isinf(x)) return FloatRatioError::Infinity;
  if (std::isnan(x)) return FloatRatioError::NaN;
  int exponent;
  double fp = std::frexp(x, &exponent);
  for (int i = 0; i < 300 && fp != std::floor(fp); ++i) {
    fp *= 2.0;
    --exponent;
  }
  BigInt n;
  BigInt::from_double(fp, n);
  BigInt d(1);
  if (exponent > 0) n = n.shl(static_cast<uint64_t>(exponent));
  else d = d.shl(static_cast<uint64_t>(-exponent));
  num = std::move(n);
  den = std::move(d);
  return FloatRatioError::Ok;
}

const char* float_ratio_error_message(FloatRatioError e) {
  switch (e) {
    case FloatRatioError::Infinity: return "cannot convert Infinity to integer ratio";
    case FloatRatioError::NaN: return "cannot convert NaN to integer ratio";
    case FloatRatioError::Ok: break;
  }
  return "";
}

bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

// ---------------------------------------------------------------------------------------------
// hex / fromhex
// ---------------------------------------------------------------------------------------------

std::string float_hex(double x) {
  if (!std::isfinite(x)) return float_repr(x);
  if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
  constexpr char kHex[] = "0123456789abcdef";
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(-1021 - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  std::string s;
  if (x < 0) s.push_back('-');
  s += "0x";
  int d = static_cast<int>(m);
  s.push_back(kHex[d]);
  m -= d;
  s.push_back('.');
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    d = static_cast<int>(m);
    s.push_back(kHex[d]);
    m -= d;
  }
  s.push_back('p');
  s.push_back(e < 0 ? '-' : '+');
  s += std::to_string(e < 0 ? -e : e);
  return s;
}

namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

FromHexError float_fromhex(std::string_view str, double& out) {
  constexpr int kMantDig = 53, kMinExp = -1021, kMaxExp = 1024;
  const char* s = str.data();
  const char* s_end = s + str.size();
  auto at = [&](const char* p) -> char { return p < s_end ? *p : '\0'; };
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  double x = 0.0;
  bool negate = false;
  while (s < s_end && is_space(*s)) ++s;
  // infinities and nans (with their own sign)
  {
    const char* p = s;
    bool neg = false;
    if (at(p) == '-' || at(p) == '+') { neg = at(p) == '-'; ++p; }
    auto match = [&](const char* w) {
      const char* q = p;
      for (; *w; ++w, ++q) {
        char c = at(q);
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != *w) return static_cast<const char*>(nullptr);
      }
      return q;
    };
    const char* q;
    if ((q = match("infinity")) || (q = match("inf"))) {
      x = neg ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
      s = q;
      goto finished;
    }
    if ((q = match("nan"))) {
      x = neg ? -std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::quiet_NaN();
      s = q;
      goto finished;
    }
  }
  if (at(s) == '-') { ++s; negate = true; }
  else if (at(s) == '+') ++s;
  {
    const char* s_store = s;
    if (at(s) == '0') {
      ++s;
      if (at(s) == 'x' || at(s) == 'X') ++s;
      else s = s_store;
    }
    const char* coeff_start = s;
    while (hex_value(at(s)) >= 0) ++s;
    s_store = s;
    const char* coeff_end;
    if (at(s) == '.') {
      ++s;
      while (hex_value(at(s)) >= 0) ++s;
      coeff_end = s - 1;
    } else {
      coeff_end = s;
    }
    int64_t ndigits = coeff_end - coeff_start;
    int64_t fdigits = coeff_end - s_store;
    if (ndigits == 0) return FromHexError::Invalid;
    if (ndigits > 100000000) return FromHexError::TooLong;
    int64_t exp = 0;
    if (at(s) == 'p' || at(s) == 'P') {
      ++s;
      const char* exp_start = s;
      if (at(s) == '-' || at(s) == '+') ++s;
      if (!(at(s) >= '0' && at(s) <= '9')) return FromHexError::Invalid;
      ++s;
      while (at(s) >= '0' && at(s) <= '9') ++s;
      // strtol semantics with saturation
      bool eneg = *exp_start == '-';
      const char* q = exp_start + ((*exp_start == '-' || *exp_start == '+') ? 1 : 0);
      int64_t v = 0;
      for (; q < s; ++q) {
        if (v < (int64_t(1) << 40)) v = v * 10 + (*q - '0');
      }
      exp = eneg ? -v : v;
    }
    auto HEX_DIGIT = [&](int64_t j) -> int {
      return hex_value(*(j < fdigits ? coeff_end - j : coeff_end - 1 - j));
    };
    while (ndigits > 0 && HEX_DIGIT(ndigits - 1) == 0) --ndigits;
    constexpr int64_t kLongHalf = int64_t(1) << 38;  // far beyond any double exponent
    if (ndigits == 0 || exp < -kLongHalf) {
      x = 0.0;
      goto finished;
    }
    if (exp > kLongHalf) return FromHexError::Overflow;
    exp = exp - 4 * fdigits;
    int64_t top_exp = exp + 4 * (ndigits - 1);
    for (int digit = HEX_DIGIT(ndigits - 1); digit != 0; digit /= 2) ++top_exp;
    if (top_exp < kMinExp - kMantDig) {
      x = 0.0;
      goto finished;
    }
    if (top_exp > kMaxExp) return FromHexError::Overflow;
    int64_t lsb = std::max<int64_t>(top_exp, kMinExp) - kMantDig;
    x = 0.0;
    if (exp >= lsb) {
      for (int64_t i = ndigits - 1; i >= 0; --i) x = 16.0 * x + HEX_DIGIT(i);
      x = std::ldexp(x, static_cast<int>(exp));
      goto finished;
    }
    int half_eps = 1 << static_cast<int>((lsb - exp - 1) % 4);
    int64_t key_digit = (lsb - exp - 1) / 4;
    for (int64_t i = ndigits - 1; i > key_digit; --i) x = 16.0 * x + HEX_DIGIT(i);
    int digit = HEX_DIGIT(key_digit);
    x = 16.0 * x + static_cast<double>(digit & (16 - 2 * half_eps));
    if ((digit & half_eps) != 0) {
      bool round_up = false;
      if ((digit & (3 * half_eps - 1)) != 0 ||
          (half_eps == 8 && key_digit + 1 < ndigits && (HEX_DIGIT(key_digit + 1) & 1) != 0)) {
        round_up = true;
      } else {
        for (int64_t i = key_digit - 1; i >= 0; --i) {
          if (HEX_DIGIT(i) != 0) { round_up = true; break; }
        }
      }
      if (round_up) {
        x += 2 * half_eps;
        if (top_exp == kMaxExp && x == std::ldexp(static_cast<double>(2 * half_eps), kMantDig))
          return FromHexError::Overflow;
      }
    }
    x = std::ldexp(x, static_cast<int>(exp + 4 * key_digit));
  }
finished:
  while (s < s_end && is_space(*s)) ++s;
  if (s != s_end) return FromHexError::Invalid;
  out = negate ? -x : x;
  return FromHexError::Ok;
}

const char* float_fromhex_error_message(FromHexError e) {
  switch (e) {
    case FromHexError::Invalid: return "invalid hexadecimal floating-point string";
    case FromHexError::Overflow: return "hexadecimal value too large to represent as a float";
    case FromHexError::TooLong: return "hexadecimal string too long to convert";
    case FromHexError::Ok: break;
  }
  return "";
}

}  // namespace ls
