// BigInt: see bigint.hpp. Magnitudes are base 2^32 limbs, least significant first.
// Algorithms: schoolbook / Karatsuba multiplication, Knuth's algorithm D for division,
// base 10^9 chunking for decimal conversion, CPython's rounding recipes for int -> float and
// int / int.
#include "object/bigint.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "object/float_parse.hpp"

namespace ls {

namespace {

using Limb = uint32_t;
using DLimb = uint64_t;
constexpr int kLimbBits = 32;
constexpr size_t kKaratsubaThreshold = 40;  // limbs; measured with bench/bigint
// Results are refused above this size whatever the caller's limit (LimbVec counts limbs in 32
// bits; wasm32 has at most 4 GiB of memory).
constexpr uint64_t kHardMaxBits = uint64_t(1) << 35;

int clz32(uint32_t x) { return x ? __builtin_clz(x) : 32; }
int clz64(uint64_t x) { return x ? __builtin_clzll(x) : 64; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

PyExcKind num_error_kind(NumError e) {
  switch (e) {
    case NumError::Ok: return PyExcKind::None;
    case NumError::IntDivisionByZero:
    case NumError::IntModuloByZero:
    case NumError::DivisionByZero:
    case NumError::FloatDivisionByZero:
    case NumError::FloatFloorDivisionByZero:
    case NumError::FloatModuloByZero:
    case NumError::FloatDivmodByZero:
    case NumError::FloatZeroNegativePower:
      return PyExcKind::ZeroDivisionError;
    case NumError::IntTooLargeForFloat:
    case NumError::IntDivisionResultTooLarge:
    case NumError::FloatInfinityToInt:
    case NumError::TooManyDigits:
    case NumError::RoundOverflow:
    case NumError::FloatPowOverflow:
      return PyExcKind::OverflowError;
    case NumError::FloatNanToInt:
    case NumError::NegativeShiftCount:
    case NumError::PowModulusZero:
    case NumError::PowNotInvertible:
    case NumError::NegativeExponent:
    case NumError::FloatPowComplex:
    case NumError::IntInvalidBase:
    case NumError::IntInvalidLiteral:
    case NumError::IntMaxStrDigitsToStr:
    case NumError::IntMaxStrDigitsToInt:
    case NumError::FloatInvalidLiteral:
      return PyExcKind::ValueError;
    case NumError::SizeLimitExceeded:
      return PyExcKind::MemoryError;
  }
  return PyExcKind::ValueError;
}

const char* num_error_message(NumError e) {
  switch (e) {
    case NumError::Ok: return "";
    case NumError::IntDivisionByZero: return "integer division or modulo by zero";
    case NumError::IntModuloByZero: return "integer modulo by zero";
    case NumError::DivisionByZero: return "division by zero";
    case NumError::FloatDivisionByZero: return "float division by zero";
    case NumError::FloatFloorDivisionByZero: return "float floor division by zero";
    case NumError::FloatModuloByZero: return "float modulo";
    case NumError::FloatDivmodByZero: return "float divmod()";
    case NumError::FloatZeroNegativePower: return "0.0 cannot be raised to a negative power";
    case NumError::FloatPowOverflow: return "(34, 'Numerical result out of range')";
    case NumError::FloatPowComplex: return "complex result (negative number to a fractional power)";
    case NumError::IntTooLargeForFloat: return "int too large to convert to float";
    case NumError::IntDivisionResultTooLarge: return "integer division result too large for a float";
    case NumError::FloatInfinityToInt: return "cannot convert float infinity to integer";
    case NumError::TooManyDigits: return "too many digits in integer";
    case NumError::RoundOverflow: return "rounded value too large to represent";
    case NumError::FloatNanToInt: return "cannot convert float NaN to integer";
    case NumError::NegativeShiftCount: return "negative shift count";
    case NumError::PowModulusZero: return "pow() 3rd argument cannot be 0";
    case NumError::PowNotInvertible: return "base is not invertible for the given modulus";
    case NumError::NegativeExponent: return "negative exponent";
    case NumError::IntInvalidBase: return "int() base must be >= 2 and <= 36, or 0";
    case NumError::IntInvalidLiteral: return "invalid literal for int()";
    case NumError::IntMaxStrDigitsToStr:
    case NumError::IntMaxStrDigitsToInt: return "Exceeds the limit for integer string conversion";
    case NumError::FloatInvalidLiteral: return "could not convert string to float";
    case NumError::SizeLimitExceeded: return "";
  }
  return "";
}

std::string int_invalid_literal_message(int base, std::string_view repr) {
  // %.200R: the first 200 code points of the repr.
  size_t cut = repr.size(), cps = 0;
  for (size_t i = 0; i < repr.size(); ++i) {
    if ((static_cast<unsigned char>(repr[i]) & 0xC0) != 0x80) {
      if (cps == 200) { cut = i; break; }
      ++cps;
    }
  }
  std::string m = "invalid literal for int() with base " + std::to_string(base) + ": ";
  m.append(repr.substr(0, cut));
  return m;
}

std::string int_max_str_digits_to_str_message(uint64_t limit) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase "
         "the limit";
}

std::string int_max_str_digits_to_int_message(uint64_t limit, uint64_t digits) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion: value has " + std::to_string(digits) +
         " digits; use sys.set_int_max_str_digits() to increase the limit";
}

// ---------------------------------------------------------------------------------------------
// LimbVec
// ---------------------------------------------------------------------------------------------

LimbVec::LimbVec(const LimbVec& o) : size_(0), cap_(kInline) {
  reserve(o.size_);
  std::memcpy(data(), o.data(), o.size_ * sizeof(uint32_t));
  size_ = o.size_;
}

LimbVec::LimbVec(LimbVec&& o) noexcept : size_(o.size_), cap_(o.cap_) {
  if (o.cap_ > kInline) {
    u_.heap = o.u_.heap;
    o.cap_ = kInline;
  } else {
    std::memcpy(u_.inl, o.u_.inl, sizeof(u_.inl));
  }
  o.size_ = 0;
}

LimbVec& LimbVec::operator=(const LimbVec& o) {
  if (this != &o) {
    size_ = 0;
    reserve(o.size_);
    std::memcpy(data(), o.data(), o.size_ * sizeof(uint32_t));
    size_ = o.size_;
  }
  return *this;
}

LimbVec& LimbVec::operator=(LimbVec&& o) noexcept {
  if (this != &o) {
    if (cap_ > kInline) delete[] u_.heap;
    size_ = o.size_;
    cap_ = o.cap_;
    if (o.cap_ > kInline) {
      u_.heap = o.u_.heap;
      o.cap_ = kInline;
    } else {
      std::memcpy(u_.inl, o.u_.inl, sizeof(u_.inl));
    }
    o.size_ = 0;
  }
  return *this;
}

void LimbVec::reserve(uint32_t n) {
  if (n <= cap_) return;
  uint32_t nc = std::max<uint32_t>(n, cap_ + cap_ / 2);
  uint32_t* p = new uint32_t[nc];
  if (size_) std::memcpy(p, data(), size_ * sizeof(uint32_t));
  if (cap_ > kInline) delete[] u_.heap;
  u_.heap = p;
  cap_ = nc;
}

void LimbVec::resize(uint32_t n) {
  if (n > size_) {
    reserve(n);
    std::memset(data() + size_, 0, (n - size_) * sizeof(uint32_t));
  }
  size_ = n;
}

// ---------------------------------------------------------------------------------------------
// Magnitude kernels on raw limb arrays
// ---------------------------------------------------------------------------------------------

namespace {

size_t trimmed(const Limb* a, size_t n) {
  while (n && a[n - 1] == 0) --n;
  return n;
}

int cmp_mag(const Limb* a, size_t an, const Limb* b, size_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  for (size_t i = an; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// r[0..max(an,bn)] = a + b; r must have max(an,bn)+1 limbs. Returns the carry-out limb count used.
void add_mag(const Limb* a, size_t an, const Limb* b, size_t bn, Limb* r) {
  if (an < bn) { std::swap(a, b); std::swap(an, bn); }
  DLimb carry = 0;
  size_t i = 0;
  for (; i < bn; ++i) {
    carry += static_cast<DLimb>(a[i]) + b[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= 32;
  }
  for (; i < an; ++i) {
    carry += a[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= 32;
  }
  r[an] = static_cast<Limb>(carry);
}

// r[0..an) = a - b, requires a >= b (an >= bn). r may alias a.
void sub_mag(const Limb* a, size_t an, const Limb* b, size_t bn, Limb* r) {
  int64_t borrow = 0;
  size_t i = 0;
  for (; i < bn; ++i) {
    int64_t d = static_cast<int64_t>(a[i]) - b[i] - borrow;
    r[i] = static_cast<Limb>(d);
    borrow = d < 0;
  }
  for (; i < an; ++i) {
    int64_t d = static_cast<int64_t>(a[i]) - borrow;
    r[i] = static_cast<Limb>(d);
    borrow = d < 0;
  }
}

// r[0..rn) += a[0..an); returns the final carry (0 when r is long enough).
Limb add_into(Limb* r, size_t rn, const Limb* a, size_t an) {
  DLimb carry = 0;
  size_t i = 0;
  for (; i < an; ++i) {
    carry += static_cast<DLimb>(r[i]) + a[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= 32;
  }
  for (; carry && i < rn; ++i) {
    carry += r[i];
    r[i] = static_cast<Limb>(carry);
    carry >>= 32;
  }
  return static_cast<Limb>(carry);
}

// r[0..rn) -= a[0..an), requires r >= a.
void sub_into(Limb* r, size_t rn, const Limb* a, size_t an) {
  int64_t borrow = 0;
  size_t i = 0;
  for (; i < an; ++i) {
    int64_t d = static_cast<int64_t>(r[i]) - a[i] - borrow;
    r[i] = static_cast<Limb>(d);
    borrow = d < 0;
  }
  for (; borrow && i < rn; ++i) {
    int64_t d = static_cast<int64_t>(r[i]) - borrow;
    r[i] = static_cast<Limb>(d);
    borrow = d < 0;
  }
}

// r[0..an+bn) = a * b (schoolbook). r must not alias a or b.
void mul_school(const Limb* a, size_t an, const Limb* b, size_t bn, Limb* r) {
  std::memset(r, 0, (an + bn) * sizeof(Limb));
  for (size_t j = 0; j < bn; ++j) {
    DLimb bj = b[j];
    if (bj == 0) continue;
    DLimb carry = 0;
    Limb* rj = r + j;
    for (size_t i = 0; i < an; ++i) {
      carry += a[i] * bj + rj[i];
      rj[i] = static_cast<Limb>(carry);
      carry >>= 32;
    }
    rj[an] = static_cast<Limb>(carry);
  }
}

void mul_mag(const Limb* a, size_t an, const Limb* b, size_t bn, Limb* r);

// Karatsuba for an >= bn > kKaratsubaThreshold, an < 2*bn.
void mul_karatsuba(const Limb* a, size_t an, const Limb* b, size_t bn, Limb* r) {
  size_t m = (an + 1) / 2;  // split point; bn > an/2 so bn >= m
  const Limb* a0 = a;
  size_t a0n = m;
  const Limb* a1 = a + m;
  size_t a1n = an - m;
  const Limb* b0 = b;
  size_t b0n = std::min(m, bn);
  const Limb* b1 = b + b0n;
  size_t b1n = bn - b0n;
  if (b1n == 0) {
    // b fits in the low half: r = a0*b + a1*b*B^m
    std::vector<Limb> t(a1n + bn);
    mul_mag(a0, a0n, b, bn, r);  // writes m + bn limbs
    std::memset(r + m + bn, 0, (an + bn - m - bn) * sizeof(Limb));
    mul_mag(a1, a1n, b, bn, t.data());
    add_into(r + m, an + bn - m, t.data(), t.size());
    return;
  }
  // z0 = a0*b0 -> r[0..2m) (b0n == m), z2 = a1*b1 -> r[2m..an+bn)
  mul_mag(a0, a0n, b0, b0n, r);
  mul_mag(a1, a1n, b1, b1n, r + 2 * m);
  // z1 = (a0+a1)(b0+b1) - z0 - z2
  std::vector<Limb> sa(m + 1), sb(m + 1);
  add_mag(a0, a0n, a1, a1n, sa.data());
  add_mag(b0, b0n, b1, b1n, sb.data());
  size_t san = trimmed(sa.data(), m + 1), sbn = trimmed(sb.data(), m + 1);
  std::vector<Limb> z1(2 * m + 2, 0);
  if (san && sbn) mul_mag(sa.data(), san, sb.data(), sbn, z1.data());
  sub_into(z1.data(), z1.size(), r, 2 * m);
  sub_into(z1.data(), z1.size(), r + 2 * m, a1n + b1n);
  size_t z1n = trimmed(z1.data(), z1.size());
  add_into(r + m, an + bn - m, z1.data(), z1n);
}

// r[0..an+bn) = a * b. r must not alias a or b. an, bn may be 0.
void mul_mag(const Limb* a, size_t an, const Limb* b, size_t bn, Limb* r) {
  if (an < bn) { std::swap(a, b); std::swap(an, bn); }
  if (bn == 0) {
    std::memset(r, 0, an * sizeof(Limb));
    return;
  }
  if (bn < kKaratsubaThreshold) {
    mul_school(a, an, b, bn, r);
    return;
  }
  if (an >= 2 * bn) {
    // Unbalanced: multiply b by bn-limb slices of a.
    std::memset(r, 0, (an + bn) * sizeof(Limb));
    std::vector<Limb> t(2 * bn);
    for (size_t off = 0; off < an; off += bn) {
      size_t len = std::min(bn, an - off);
      mul_mag(a + off, len, b, bn, t.data());
      add_into(r + off, an + bn - off, t.data(), len + bn);
    }
    return;
  }
  mul_karatsuba(a, an, b, bn, r);
}

// In place: a[0..n) = a * m + add; returns the carry limb.
Limb mul_small_add(Limb* a, size_t n, Limb m, Limb add) {
  DLimb carry = add;
  for (size_t i = 0; i < n; ++i) {
    carry += static_cast<DLimb>(a[i]) * m;
    a[i] = static_cast<Limb>(carry);
    carry >>= 32;
  }
  return static_cast<Limb>(carry);
}

// In place: a[0..n) /= d; returns the remainder.
Limb div_small(Limb* a, size_t n, Limb d) {
  DLimb rem = 0;
  for (size_t i = n; i-- > 0;) {
    DLimb cur = (rem << 32) | a[i];
    a[i] = static_cast<Limb>(cur / d);
    rem = cur % d;
  }
  return static_cast<Limb>(rem);
}

// Knuth algorithm D. u (un limbs, normalized), v (vn >= 2 limbs, normalized), un >= vn.
// q gets un - vn + 1 limbs, r gets vn limbs (both may be null).
void divmod_knuth(const Limb* u, size_t un, const Limb* v, size_t vn, Limb* q, Limb* r) {
  int s = clz32(v[vn - 1]);
  std::vector<Limb> vnrm(vn), unrm(un + 1);
  if (s) {
    for (size_t i = vn - 1; i > 0; --i) vnrm[i] = (v[i] << s) | (v[i - 1] >> (32 - s));
    vnrm[0] = v[0] << s;
    unrm[un] = u[un - 1] >> (32 - s);
    for (size_t i = un - 1; i > 0; --i) unrm[i] = (u[i] << s) | (u[i - 1] >> (32 - s));
    unrm[0] = u[0] << s;
  } else {
    std::memcpy(vnrm.data(), v, vn * sizeof(Limb));
    std::memcpy(unrm.data(), u, un * sizeof(Limb));
    unrm[un] = 0;
  }
  const DLimb vtop = vnrm[vn - 1], vnext = vnrm[vn - 2];
  const DLimb B = DLimb(1) << 32;
  for (size_t jj = un - vn + 1; jj-- > 0;) {
    size_t j = jj;
    DLimb num = (static_cast<DLimb>(unrm[j + vn]) << 32) | unrm[j + vn - 1];
    DLimb qhat = num / vtop;
    DLimb rhat = num % vtop;
    while (qhat >= B || qhat * vnext > ((rhat << 32) | unrm[j + vn - 2])) {
      --qhat;
      rhat += vtop;
      if (rhat >= B) break;
    }
    // multiply and subtract
    int64_t borrow = 0;
    DLimb carry = 0;
    for (size_t i = 0; i < vn; ++i) {
      DLimb p = qhat * vnrm[i] + carry;
      carry = p >> 32;
      int64_t t = static_cast<int64_t>(unrm[i + j]) - static_cast<int64_t>(p & 0xFFFFFFFFu) - borrow;
      unrm[i + j] = static_cast<Limb>(t);
      borrow = t < 0;
    }
    int64_t t = static_cast<int64_t>(unrm[j + vn]) - static_cast<int64_t>(carry) - borrow;
    unrm[j + vn] = static_cast<Limb>(t);
    if (t < 0) {
      // add back
      --qhat;
      DLimb c = 0;
      for (size_t i = 0; i < vn; ++i) {
        c += static_cast<DLimb>(unrm[i + j]) + vnrm[i];
        unrm[i + j] = static_cast<Limb>(c);
        c >>= 32;
      }
      unrm[j + vn] = static_cast<Limb>(unrm[j + vn] + c);
    }
    if (q) q[j] = static_cast<Limb>(qhat);
  }
  if (r) {
    if (s) {
      for (size_t i = 0; i < vn - 1; ++i) r[i] = (unrm[i] >> s) | (unrm[i + 1] << (32 - s));
      r[vn - 1] = unrm[vn - 1] >> s;
    } else {
      std::memcpy(r, unrm.data(), vn * sizeof(Limb));
    }
  }
}

}  // namespace

// Internal helper with access to BigInt's representation.
struct BigIntOps {
  static BigInt make(LimbVec&& mag, bool neg) {
    BigInt r;
    r.mag_ = std::move(mag);
    r.neg_ = neg;
    r.normalize();
    return r;
  }
  static LimbVec& mag(BigInt& x) { return x.mag_; }
  static void set_neg(BigInt& x, bool n) { x.neg_ = n && !x.mag_.empty(); }

  // |a| + |b|
  static LimbVec add_abs(const BigInt& a, const BigInt& b) {
    size_t an = a.mag_.size(), bn = b.mag_.size();
    LimbVec r;
    r.resize(static_cast<uint32_t>(std::max(an, bn) + 1));
    add_mag(a.mag_.data(), an, b.mag_.data(), bn, r.data());
    r.trim();
    return r;
  }
  // |a| - |b| with sign; returns magnitude and sets neg when |a| < |b|.
  static LimbVec sub_abs(const BigInt& a, const BigInt& b, bool& neg) {
    size_t an = a.mag_.size(), bn = b.mag_.size();
    int c = cmp_mag(a.mag_.data(), an, b.mag_.data(), bn);
    LimbVec r;
    if (c == 0) { neg = false; return r; }
    if (c > 0) {
      r.resize(static_cast<uint32_t>(an));
      sub_mag(a.mag_.data(), an, b.mag_.data(), bn, r.data());
      neg = false;
    } else {
      r.resize(static_cast<uint32_t>(bn));
      sub_mag(b.mag_.data(), bn, a.mag_.data(), an, r.data());
      neg = true;
    }
    r.trim();
    return r;
  }
  static BigInt add(const BigInt& a, const BigInt& b, bool negate_b) {
    bool bneg = b.neg_ != negate_b;
    if (a.neg_ == bneg) return make(add_abs(a, b), a.neg_);
    bool neg;
    LimbVec m = sub_abs(a, b, neg);
    return make(std::move(m), a.neg_ ? !neg : neg);
  }
  static BigInt mul(const BigInt& a, const BigInt& b) {
    size_t an = a.mag_.size(), bn = b.mag_.size();
    if (an == 0 || bn == 0) return BigInt();
    LimbVec r;
    r.resize(static_cast<uint32_t>(an + bn));
    mul_mag(a.mag_.data(), an, b.mag_.data(), bn, r.data());
    return make(std::move(r), a.neg_ != b.neg_);
  }
  // Truncating division of magnitudes. b != 0.
  static void divmod_abs(const BigInt& a, const BigInt& b, LimbVec* q, LimbVec* r) {
    size_t an = a.mag_.size(), bn = b.mag_.size();
    if (cmp_mag(a.mag_.data(), an, b.mag_.data(), bn) < 0) {
      if (q) q->clear();
      if (r) *r = a.mag_;
      return;
    }
    if (bn == 1) {
      LimbVec qq = a.mag_;
      Limb rem = div_small(qq.data(), an, b.mag_[0]);
      qq.trim();
      if (q) *q = std::move(qq);
      if (r) {
        r->clear();
        if (rem) r->push_back(rem);
      }
      return;
    }
    LimbVec qq, rr;
    qq.resize(static_cast<uint32_t>(an - bn + 1));
    rr.resize(static_cast<uint32_t>(bn));
    divmod_knuth(a.mag_.data(), an, b.mag_.data(), bn, qq.data(), rr.data());
    qq.trim();
    rr.trim();
    if (q) *q = std::move(qq);
    if (r) *r = std::move(rr);
  }
  // Floor division / modulo.
  static void floor_divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
    LimbVec qm, rm;
    divmod_abs(a, b, q ? &qm : nullptr, &rm);
    bool qneg = a.neg_ != b.neg_;
    bool rnonzero = !rm.empty();
    BigInt qq = make(std::move(qm), qneg);
    BigInt rr = make(std::move(rm), a.neg_);
    if (rnonzero && qneg) {
      // Python floors: q -= 1, r += b
      if (q) qq = add(qq, BigInt(1), true);
      rr = add(rr, b, false);
    }
    if (q) *q = std::move(qq);
    if (r) *r = std::move(rr);
  }
  // Two's complement helpers for bitwise ops: n limbs of the infinite representation.
  static void to_twos(const BigInt& x, Limb* out, size_t n) {
    size_t xn = x.mag_.size();
    for (size_t i = 0; i < n; ++i) out[i] = i < xn ? x.mag_[static_cast<uint32_t>(i)] : 0;
    if (x.neg_) {
      // invert and add one
      DLimb carry = 1;
      for (size_t i = 0; i < n; ++i) {
        carry += static_cast<Limb>(~out[i]);
        out[i] = static_cast<Limb>(carry);
        carry >>= 32;
      }
    }
  }
  static BigInt from_twos(LimbVec&& v, bool neg) {
    if (neg) {
      DLimb carry = 1;
      for (uint32_t i = 0; i < v.size(); ++i) {
        carry += static_cast<Limb>(~v[i]);
        v[i] = static_cast<Limb>(carry);
        carry >>= 32;
      }
    }
    return make(std::move(v), neg);
  }
  template <typename Op>
  static BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
    size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
    std::vector<Limb> ta(n), tb(n);
    to_twos(a, ta.data(), n);
    to_twos(b, tb.data(), n);
    LimbVec r;
    r.resize(static_cast<uint32_t>(n));
    for (size_t i = 0; i < n; ++i) r[static_cast<uint32_t>(i)] = op(ta[i], tb[i]);
    bool neg = op(a.neg_ ? 1u : 0u, b.neg_ ? 1u : 0u) & 1u;
    return from_twos(std::move(r), neg);
  }
};

// ---------------------------------------------------------------------------------------------
// Construction and conversion
// ---------------------------------------------------------------------------------------------

BigInt::BigInt(int64_t v) {
  if (v == 0) return;
  neg_ = v < 0;
  uint64_t m = neg_ ? (0 - static_cast<uint64_t>(v)) : static_cast<uint64_t>(v);
  mag_.push_back(static_cast<uint32_t>(m));
  if (m >> 32) mag_.push_back(static_cast<uint32_t>(m >> 32));
}

BigInt BigInt::from_uint64(uint64_t v) {
  BigInt r;
  if (v) {
    r.mag_.push_back(static_cast<uint32_t>(v));
    if (v >> 32) r.mag_.push_back(static_cast<uint32_t>(v >> 32));
  }
  return r;
}

BigInt BigInt::from_limbs(const uint32_t* limbs, size_t n, bool negative) {
  LimbVec m;
  m.resize(static_cast<uint32_t>(n));
  if (n) std::memcpy(m.data(), limbs, n * sizeof(uint32_t));
  return BigIntOps::make(std::move(m), negative);
}

NumError BigInt::from_double(double d, BigInt& out) {
  if (std::isnan(d)) return NumError::FloatNanToInt;
  if (std::isinf(d)) return NumError::FloatInfinityToInt;
  double t = std::trunc(d);
  if (std::fabs(t) < 9223372036854775808.0) {
    out = BigInt(static_cast<int64_t>(t));
    return NumError::Ok;
  }
  int e;
  double m = std::frexp(std::fabs(t), &e);  // |t| = m * 2^e, 0.5 <= m < 1, e > 63
  uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
  BigInt r = BigInt::from_uint64(mant).shl(static_cast<uint64_t>(e - 53));
  out = t < 0 ? -r : std::move(r);
  return NumError::Ok;
}

bool BigInt::fits_int64() const {
  size_t n = mag_.size();
  if (n <= 1) return true;
  if (n > 2) return false;
  uint64_t m = (static_cast<uint64_t>(mag_[1]) << 32) | mag_[0];
  return neg_ ? m <= (uint64_t(1) << 63) : m < (uint64_t(1) << 63);
}

bool BigInt::to_int64(int64_t& out) const {
  if (!fits_int64()) return false;
  uint64_t m = 0;
  if (mag_.size() >= 1) m = mag_[0];
  if (mag_.size() == 2) m |= static_cast<uint64_t>(mag_[1]) << 32;
  out = neg_ ? static_cast<int64_t>(0 - m) : static_cast<int64_t>(m);
  return true;
}

std::optional<int64_t> BigInt::to_int64() const {
  int64_t v;
  if (!to_int64(v)) return std::nullopt;
  return v;
}

uint64_t BigInt::low_uint64() const {
  uint64_t m = 0;
  if (mag_.size() >= 1) m = mag_[0];
  if (mag_.size() >= 2) m |= static_cast<uint64_t>(mag_[1]) << 32;
  return neg_ ? 0 - m : m;
}

uint64_t BigInt::bit_length() const {
  size_t n = mag_.size();
  if (n == 0) return 0;
  return static_cast<uint64_t>(n - 1) * kLimbBits + (32 - clz32(mag_.back()));
}

uint64_t BigInt::bit_count() const {
  uint64_t c = 0;
  for (uint32_t i = 0; i < mag_.size(); ++i) c += static_cast<uint64_t>(__builtin_popcount(mag_[i]));
  return c;
}

// Top 64 bits of |x| (as an integer < 2^64 whose bit 63 is set when bit_length >= 64), with
// bit 0 OR-ed with every bit below them (a sticky bit), and the shift applied.
static uint64_t top_bits_sticky(const LimbVec& m, uint64_t nbits, uint64_t& shift) {
  size_t n = m.size();
  if (nbits <= 64) {
    shift = 0;
    uint64_t v = m[0];
    if (n > 1) v |= static_cast<uint64_t>(m[1]) << 32;
    return v;
  }
  shift = nbits - 64;
  size_t li = static_cast<size_t>(shift / 32);
  int bi = static_cast<int>(shift % 32);
  // gather 96 bits starting at limb li
  uint64_t lo = m[static_cast<uint32_t>(li)];
  uint64_t mid = li + 1 < n ? m[static_cast<uint32_t>(li + 1)] : 0;
  uint64_t hi = li + 2 < n ? m[static_cast<uint32_t>(li + 2)] : 0;
  uint64_t v = (lo >> bi) | (mid << (32 - bi)) | (bi ? (hi << (64 - bi)) : 0);
  if (bi == 0) v = lo | (mid << 32);
  bool sticky = (lo & ((uint64_t(1) << bi) - 1)) != 0;
  for (size_t i = 0; !sticky && i < li; ++i) sticky = m[static_cast<uint32_t>(i)] != 0;
  return v | (sticky ? 1u : 0u);
}

NumError BigInt::to_double(double& out) const {
  if (mag_.empty()) { out = 0.0; return NumError::Ok; }
  uint64_t nbits = bit_length();
  if (nbits > 1025) return NumError::IntTooLargeForFloat;
  uint64_t shift;
  uint64_t top = top_bits_sticky(mag_, nbits, shift);
  // uint64 -> double rounds to nearest even; the sticky bit sits far below the rounding point.
  double d = std::ldexp(static_cast<double>(top), static_cast<int>(shift));
  if (std::isinf(d)) return NumError::IntTooLargeForFloat;
  out = neg_ ? -d : d;
  return NumError::Ok;
}

// ---------------------------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------------------------

BigInt BigInt::operator-() const {
  BigInt r = *this;
  r.neg_ = !neg_ && !mag_.empty();
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.neg_ = false;
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) { return BigIntOps::add(a, b, false); }
BigInt operator-(const BigInt& a, const BigInt& b) { return BigIntOps::add(a, b, true); }
BigInt operator*(const BigInt& a, const BigInt& b) { return BigIntOps::mul(a, b); }
BigInt& BigInt::operator+=(const BigInt& b) { *this = *this + b; return *this; }
BigInt& BigInt::operator-=(const BigInt& b) { *this = *this - b; return *this; }
BigInt& BigInt::operator*=(const BigInt& b) { *this = *this * b; return *this; }

BigInt operator&(const BigInt& a, const BigInt& b) {
  if (!a.neg_ && !b.neg_) {
    uint32_t n = std::min(a.mag_.size(), b.mag_.size());
    LimbVec r;
    r.resize(n);
    for (uint32_t i = 0; i < n; ++i) r[i] = a.mag_[i] & b.mag_[i];
    return BigIntOps::make(std::move(r), false);
  }
  return BigIntOps::bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; });
}
BigInt operator|(const BigInt& a, const BigInt& b) {
  return BigIntOps::bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; });
}
BigInt operator^(const BigInt& a, const BigInt& b) {
  return BigIntOps::bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; });
}
BigInt BigInt::operator~() const { return BigIntOps::add(-*this, BigInt(1), true); }

BigInt BigInt::shl(uint64_t n) const {
  if (mag_.empty() || n == 0) return *this;
  size_t limbs = static_cast<size_t>(n / 32);
  int bits = static_cast<int>(n % 32);
  size_t an = mag_.size();
  LimbVec r;
  r.resize(static_cast<uint32_t>(an + limbs + 1));
  Limb* rp = r.data() + limbs;
  if (bits == 0) {
    std::memcpy(rp, mag_.data(), an * sizeof(Limb));
  } else {
    Limb carry = 0;
    for (size_t i = 0; i < an; ++i) {
      Limb v = mag_[static_cast<uint32_t>(i)];
      rp[i] = (v << bits) | carry;
      carry = v >> (32 - bits);
    }
    rp[an] = carry;
  }
  return BigIntOps::make(std::move(r), neg_);
}

BigInt BigInt::shr(uint64_t n) const {
  if (mag_.empty() || n == 0) return *this;
  if (n >= bit_length()) return neg_ ? BigInt(-1) : BigInt();
  size_t limbs = static_cast<size_t>(n / 32);
  int bits = static_cast<int>(n % 32);
  size_t an = mag_.size();
  bool lost = false;  // any 1 bits shifted out (for floor of negatives)
  if (neg_) {
    for (size_t i = 0; i < limbs && !lost; ++i) lost = mag_[static_cast<uint32_t>(i)] != 0;
    if (!lost && bits) lost = (mag_[static_cast<uint32_t>(limbs)] & ((1u << bits) - 1)) != 0;
  }
  LimbVec r;
  size_t rn = an - limbs;
  r.resize(static_cast<uint32_t>(rn));
  for (size_t i = 0; i < rn; ++i) {
    Limb lo = mag_[static_cast<uint32_t>(i + limbs)];
    Limb hi = i + limbs + 1 < an ? mag_[static_cast<uint32_t>(i + limbs + 1)] : 0;
    r[static_cast<uint32_t>(i)] = bits ? (lo >> bits) | (hi << (32 - bits)) : lo;
  }
  BigInt q = BigIntOps::make(std::move(r), neg_);
  if (lost) q = q - BigInt(1);
  return q;
}

NumError BigInt::floordiv(const BigInt& a, const BigInt& b, BigInt& q) {
  if (b.is_zero()) return NumError::IntDivisionByZero;
  BigIntOps::floor_divmod(a, b, &q, nullptr);
  return NumError::Ok;
}

NumError BigInt::mod(const BigInt& a, const BigInt& b, BigInt& r) {
  if (b.is_zero()) return NumError::IntModuloByZero;
  BigIntOps::floor_divmod(a, b, nullptr, &r);
  return NumError::Ok;
}

NumError BigInt::divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  if (b.is_zero()) return NumError::IntDivisionByZero;
  BigInt qq, rr;
  BigIntOps::floor_divmod(a, b, &qq, &rr);
  q = std::move(qq);
  r = std::move(rr);
  return NumError::Ok;
}

NumError BigInt::divmod_trunc(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  if (b.is_zero()) return NumError::IntDivisionByZero;
  LimbVec qm, rm;
  BigIntOps::divmod_abs(a, b, &qm, &rm);
  bool aneg = a.neg_, qneg = a.neg_ != b.neg_;
  q = BigIntOps::make(std::move(qm), qneg);
  r = BigIntOps::make(std::move(rm), aneg);
  return NumError::Ok;
}

// CPython's long_true_divide: correctly rounded a / b.
NumError BigInt::true_divide(const BigInt& a, const BigInt& b, double& out) {
  constexpr int DBL_MANT = 53, DBL_MAXEXP = 1024, DBL_MINEXP = -1021;
  if (b.is_zero()) return NumError::DivisionByZero;
  bool negate = a.neg_ != b.neg_;
  if (a.is_zero()) { out = negate ? -0.0 : 0.0; return NumError::Ok; }
  uint64_t abits = a.bit_length(), bbits = b.bit_length();
  // Fast path: both exactly representable.
  if (abits <= DBL_MANT && bbits <= DBL_MANT) {
    double da = static_cast<double>(a.abs().low_uint64());
    double db = static_cast<double>(b.abs().low_uint64());
    double r = da / db;
    out = negate ? -r : r;
    return NumError::Ok;
  }
  int64_t diff = static_cast<int64_t>(abits) - static_cast<int64_t>(bbits);
  // a/b lies in [2^(diff-1), 2^(diff+1))
  if (diff > DBL_MAXEXP) return NumError::IntDivisionResultTooLarge;
  if (diff < DBL_MINEXP - DBL_MANT - 1) { out = negate ? -0.0 : 0.0; return NumError::Ok; }
  // Shift so the quotient has DBL_MANT + 2 (or +1) bits.
  int64_t shift = std::max<int64_t>(diff, DBL_MINEXP) - DBL_MANT - 2;
  bool inexact = false;
  BigInt x = a.abs();
  if (shift <= 0) {
    x = x.shl(static_cast<uint64_t>(-shift));
  } else {
    // x = a >> shift, remembering lost bits
    uint64_t s = static_cast<uint64_t>(shift);
    BigInt shifted = x.shr(s);
    inexact = shifted.shl(s) != x;
    x = std::move(shifted);
  }
  LimbVec qm, rm;
  BigInt babs = b.abs();
  BigIntOps::divmod_abs(x, babs, &qm, &rm);
  if (!rm.empty()) inexact = true;
  BigInt q = BigIntOps::make(std::move(qm), false);
  uint64_t qbits = q.bit_length();  // DBL_MANT + 1 .. DBL_MANT + 3, fits in 64 bits
  uint64_t qv = q.low_uint64();
  // Round to `mant` bits where mant accounts for subnormal results.
  int64_t extra_bits = std::max<int64_t>(static_cast<int64_t>(qbits), DBL_MINEXP - shift) - DBL_MANT;
  uint64_t mask = uint64_t(1) << (extra_bits - 1);
  uint64_t low = qv | (inexact ? 1u : 0u);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  qv = low & ~(2 * mask - 1);
  double dx = static_cast<double>(qv);  // exact: at most DBL_MANT significant bits (+ carry)
  // Overflow check like CPython.
  if (shift + static_cast<int64_t>(qbits) >= DBL_MAXEXP &&
      (shift + static_cast<int64_t>(qbits) > DBL_MAXEXP ||
       dx == std::ldexp(1.0, static_cast<int>(qbits)))) {
    return NumError::IntDivisionResultTooLarge;
  }
  double r = std::ldexp(dx, static_cast<int>(shift));
  out = negate ? -r : r;
  return NumError::Ok;
}

uint64_t BigInt::mul_bits_bound(const BigInt& a, const BigInt& b) {
  uint64_t x = a.bit_length(), y = b.bit_length();
  if (x == 0 || y == 0) return 0;
  return x > UINT64_MAX - y ? UINT64_MAX : x + y;
}

uint64_t BigInt::pow_bits_bound(const BigInt& base, uint64_t exp) {
  uint64_t bl = base.bit_length();
  if (exp == 0) return 1;
  if (bl <= 1) return 1;  // 0, 1, -1
  if (exp > UINT64_MAX / bl) return UINT64_MAX;
  return bl * exp;
}

uint64_t BigInt::shl_bits_bound(const BigInt& a, uint64_t n) {
  uint64_t bl = a.bit_length();
  if (bl == 0) return 0;
  return n > UINT64_MAX - bl ? UINT64_MAX : bl + n;
}

NumError BigInt::pow(const BigInt& base, const BigInt& exp, BigInt& out, uint64_t max_bits) {
  if (exp.neg_) return NumError::NegativeExponent;
  if (exp.is_zero()) { out = BigInt(1); return NumError::Ok; }
  if (base.is_zero()) { out = BigInt(); return NumError::Ok; }
  if (base.mag_.size() == 1 && base.mag_[0] == 1) {
    out = (base.neg_ && exp.is_odd()) ? BigInt(-1) : BigInt(1);
    return NumError::Ok;
  }
  int64_t e64;
  if (!exp.to_int64(e64)) return NumError::SizeLimitExceeded;
  uint64_t e = static_cast<uint64_t>(e64);
  if (pow_bits_bound(base, e) > std::min(max_bits, kHardMaxBits)) return NumError::SizeLimitExceeded;
  // Powers of two: a shift.
  const LimbVec& m = base.mag_;
  bool pow2 = (m.back() & (m.back() - 1)) == 0;
  for (uint32_t i = 0; pow2 && i + 1 < m.size(); ++i) pow2 = m[i] == 0;
  bool neg = base.neg_ && (e & 1);
  if (pow2) {
    uint64_t k = base.bit_length() - 1;
    out = BigInt(neg ? -1 : 1).shl(k * e);
    return NumError::Ok;
  }
  BigInt result(1), b = base.abs();
  int top = 63 - clz64(e);
  for (int i = top; i >= 0; --i) {
    result = result * result;
    if ((e >> i) & 1) result = result * b;
  }
  if (neg) result.neg_ = true;
  out = std::move(result);
  return NumError::Ok;
}

NumError BigInt::mod_inverse(const BigInt& a, const BigInt& m, BigInt& out) {
  BigInt mod = m.abs();
  if (mod.is_zero()) return NumError::PowModulusZero;
  // Extended Euclid on (a mod m, m)
  BigInt r0, r1 = mod;
  BigIntOps::floor_divmod(a, mod, nullptr, &r0);
  BigInt s0(1), s1(0);
  // invariant: r_i ≡ s_i * a (mod m)
  std::swap(r0, r1);
  std::swap(s0, s1);
  // now r0 = m, s0 = 0 ; r1 = a mod m, s1 = 1
  while (!r1.is_zero()) {
    BigInt q, r;
    BigIntOps::floor_divmod(r0, r1, &q, &r);
    BigInt s = s0 - q * s1;
    r0 = std::move(r1);
    r1 = std::move(r);
    s0 = std::move(s1);
    s1 = std::move(s);
  }
  if (!(r0.mag_.size() == 1 && r0.mag_[0] == 1)) return NumError::PowNotInvertible;
  BigIntOps::floor_divmod(s0, mod, nullptr, &out);
  return NumError::Ok;
}

NumError BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod, BigInt& out) {
  if (mod.is_zero()) return NumError::PowModulusZero;
  BigInt m = mod.abs();
  BigInt b;
  if (exp.neg_) {
    NumError err = mod_inverse(base, m, b);
    if (err != NumError::Ok) return err;
  } else {
    BigIntOps::floor_divmod(base, m, nullptr, &b);
  }
  BigInt e = exp.abs();
  BigInt result(1);
  if (m.mag_.size() == 1 && m.mag_[0] == 1) result = BigInt();
  uint64_t ebits = e.bit_length();
  for (uint64_t i = ebits; i-- > 0;) {
    result = result * result;
    BigIntOps::floor_divmod(result, m, nullptr, &result);
    if ((e.mag_[static_cast<uint32_t>(i / 32)] >> (i % 32)) & 1u) {
      result = result * b;
      BigIntOps::floor_divmod(result, m, nullptr, &result);
    }
  }
  if (mod.neg_ && !result.is_zero()) result = result + mod;  // result in (mod, 0]
  out = std::move(result);
  return NumError::Ok;
}

NumError BigInt::lshift(const BigInt& a, const BigInt& n, BigInt& out, uint64_t max_bits) {
  if (n.neg_) return NumError::NegativeShiftCount;
  if (a.is_zero()) { out = BigInt(); return NumError::Ok; }
  int64_t k;
  if (!n.to_int64(k)) return NumError::TooManyDigits;
  if (shl_bits_bound(a, static_cast<uint64_t>(k)) > std::min(max_bits, kHardMaxBits))
    return NumError::SizeLimitExceeded;
  out = a.shl(static_cast<uint64_t>(k));
  return NumError::Ok;
}

NumError BigInt::rshift(const BigInt& a, const BigInt& n, BigInt& out) {
  if (n.neg_) return NumError::NegativeShiftCount;
  int64_t k;
  if (!n.to_int64(k)) {
    out = a.neg_ ? BigInt(-1) : BigInt();
    return NumError::Ok;
  }
  out = a.shr(static_cast<uint64_t>(k));
  return NumError::Ok;
}

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
  BigInt x = a.abs(), y = b.abs();
  while (!y.is_zero()) {
    if (x.mag_.size() <= 2 && y.mag_.size() <= 2) {
      uint64_t u = x.low_uint64(), v = y.low_uint64();
      while (v) { uint64_t t = u % v; u = v; v = t; }
      return BigInt::from_uint64(u);
    }
    LimbVec rm;
    BigIntOps::divmod_abs(x, y, nullptr, &rm);
    x = std::move(y);
    y = BigIntOps::make(std::move(rm), false);
  }
  return x;
}

bool BigInt::isqrt(const BigInt& a, BigInt& out) {
  if (a.neg_) return false;
  if (a.is_zero()) { out = BigInt(); return true; }
  // Newton's iteration from an initial guess >= sqrt(a).
  uint64_t bl = a.bit_length();
  BigInt x = BigInt(1).shl((bl + 1) / 2);
  for (;;) {
    LimbVec qm;
    BigIntOps::divmod_abs(a, x, &qm, nullptr);
    BigInt y = (x + BigIntOps::make(std::move(qm), false)).shr(1);
    if (y >= x) break;
    x = std::move(y);
  }
  out = std::move(x);
  return true;
}

BigInt BigInt::pow10(uint64_t n) {
  BigInt r;
  pow(BigInt(10), BigInt::from_uint64(n), r);
  return r;
}

BigInt BigInt::round_digits(const BigInt& x, int64_t ndigits) {
  if (ndigits >= 0) return x;
  // CPython's long_round: q, r = divmod(x, 10**-n); round half to even
  uint64_t n = ndigits == INT64_MIN ? uint64_t(1) << 63 : static_cast<uint64_t>(-ndigits);
  // Huge n: |x| < 10**n/2 always -> 0.
  if (n > x.bit_length() / 3 + 2) return BigInt();
  BigInt p = pow10(n);
  BigInt q, r;
  BigIntOps::floor_divmod(x, p, &q, &r);
  // compare 2r with p; on tie round to even q
  BigInt r2 = r.shl(1);
  int c = compare(r2, p);
  if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt(1);
  return q * p;
}

// ---------------------------------------------------------------------------------------------
// Comparison and hashing
// ---------------------------------------------------------------------------------------------

int BigInt::compare(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = cmp_mag(a.mag_.data(), a.mag_.size(), b.mag_.data(), b.mag_.size());
  return a.neg_ ? -c : c;
}

bool operator==(const BigInt& a, const BigInt& b) { return BigInt::compare(a, b) == 0; }

std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
  int c = BigInt::compare(a, b);
  return c < 0 ? std::strong_ordering::less
               : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

std::partial_ordering BigInt::compare(const BigInt& a, double d) {
  if (std::isnan(d)) return std::partial_ordering::unordered;
  if (std::isinf(d)) return d > 0 ? std::partial_ordering::less : std::partial_ordering::greater;
  // Signs first.
  int sa = a.sign();
  int sd = d > 0 ? 1 : (d < 0 ? -1 : 0);
  if (sa != sd) return sa < sd ? std::partial_ordering::less : std::partial_ordering::greater;
  if (sa == 0) return std::partial_ordering::equivalent;
  // Same nonzero sign. Compare magnitudes exactly.
  double ad = std::fabs(d);
  int e;
  std::frexp(ad, &e);  // ad in [2^(e-1), 2^e)
  uint64_t nbits = a.bit_length();  // |a| in [2^(nbits-1), 2^nbits)
  int cmag;
  int64_t nb = static_cast<int64_t>(nbits);
  if (nb <= e - 1) {
    cmag = -1;  // |a| < 2^nb <= 2^(e-1) <= |d|
  } else if (nb > e) {
    cmag = 1;   // |a| >= 2^(nb-1) >= 2^e > |d|
  } else {
    // Same binary magnitude: compare with the exact integer part, then the fraction.
    double ip = std::floor(ad);
    BigInt bi;
    from_double(ip, bi);
    int c = cmp_mag(a.mag_.data(), a.mag_.size(), bi.mag_.data(), bi.mag_.size());
    if (c == 0 && ad != ip) c = -1;
    cmag = c;
  }
  int c = sa > 0 ? cmag : -cmag;
  return c < 0 ? std::partial_ordering::less
               : (c > 0 ? std::partial_ordering::greater : std::partial_ordering::equivalent);
}

namespace {
constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
}

int64_t BigInt::hash() const {
  uint64_t x = 0;
  for (uint32_t i = mag_.size(); i-- > 0;) {
    // x = (x * 2^32 + limb) mod (2^61 - 1); multiplying by 2^32 is a 61-bit rotation.
    x = ((x << 32) & kHashModulus) | (x >> (61 - 32));
    x += mag_[i];
    if (x >= kHashModulus) x -= kHashModulus;
  }
  int64_t h = neg_ ? -static_cast<int64_t>(x) : static_cast<int64_t>(x);
  if (h == -1) h = -2;
  return h;
}

int64_t hash_int64(int64_t v) {
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  uint64_t x = m % kHashModulus;
  int64_t h = v < 0 ? -static_cast<int64_t>(x) : static_cast<int64_t>(x);
  if (h == -1) h = -2;
  return h;
}

NumError int64_true_divide(int64_t a, int64_t b, double& out) {
  if (b == 0) return NumError::DivisionByZero;
  constexpr int64_t kExact = int64_t(1) << 53;
  if (a > -kExact && a < kExact && b > -kExact && b < kExact) {
    out = static_cast<double>(a) / static_cast<double>(b);
    return NumError::Ok;
  }
  return BigInt::true_divide(BigInt(a), BigInt(b), out);
}

std::partial_ordering compare_int64_double(int64_t a, double d) {
  constexpr int64_t kExact = int64_t(1) << 53;
  if (a > -kExact && a < kExact) {
    double da = static_cast<double>(a);
    return da <=> d;
  }
  return BigInt::compare(BigInt(a), d);
}

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

namespace {

constexpr char kDigitsLower[] = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr char kDigitsUpper[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

// Largest power of base that fits in a limb, and its exponent.
void chunk_for_base(int base, Limb& chunk, int& digits) {
  uint64_t c = static_cast<uint64_t>(base);
  digits = 1;
  while (c * static_cast<uint64_t>(base) <= 0xFFFFFFFFu) {
    c *= static_cast<uint64_t>(base);
    ++digits;
  }
  chunk = static_cast<Limb>(c);
}

// Digits of magnitude m (non-empty) in base, most significant first, appended to out.
void mag_to_string(const LimbVec& m, int base, bool upper, std::string& out) {
  const char* dig = upper ? kDigitsUpper : kDigitsLower;
  size_t n = m.size();
  if ((base & (base - 1)) == 0) {
    int bits = __builtin_ctz(static_cast<unsigned>(base));
    uint64_t nbits = static_cast<uint64_t>(n - 1) * 32 + (32 - clz32(m.back()));
    uint64_t ndig = (nbits + bits - 1) / bits;
    size_t start = out.size();
    out.resize(start + ndig);
    for (uint64_t k = 0; k < ndig; ++k) {
      uint64_t bitpos = k * bits;
      size_t li = static_cast<size_t>(bitpos / 32);
      int bi = static_cast<int>(bitpos % 32);
      uint64_t w = m[static_cast<uint32_t>(li)];
      if (li + 1 < n) w |= static_cast<uint64_t>(m[static_cast<uint32_t>(li + 1)]) << 32;
      out[start + ndig - 1 - k] = dig[(w >> bi) & static_cast<unsigned>(base - 1)];
    }
    return;
  }
  Limb chunk;
  int cdig;
  chunk_for_base(base, chunk, cdig);
  std::vector<Limb> work(m.data(), m.data() + n);
  std::vector<Limb> parts;  // least significant chunk first
  parts.reserve(n * 32 / static_cast<size_t>(cdig * 3) + 2);
  size_t wn = n;
  if (base == 10) {
    // Division by the constant 10^9 compiles to multiplications; two passes' worth of work per
    // loop would not help, the dependency chain is the remainder.
    while (wn) {
      DLimb rem = 0;
      for (size_t i = wn; i-- > 0;) {
        DLimb cur = (rem << 32) | work[i];
        DLimb q = cur / 1000000000u;
        work[i] = static_cast<Limb>(q);
        rem = cur - q * 1000000000u;
      }
      parts.push_back(static_cast<Limb>(rem));
      while (wn && work[wn - 1] == 0) --wn;
    }
  } else {
    while (wn) {
      parts.push_back(div_small(work.data(), wn, chunk));
      while (wn && work[wn - 1] == 0) --wn;
    }
  }
  char buf[40];
  // most significant chunk without leading zeros
  Limb top = parts.back();
  int len = 0;
  do {
    buf[len++] = dig[top % static_cast<Limb>(base)];
    top /= static_cast<Limb>(base);
  } while (top);
  while (len) out.push_back(buf[--len]);
  for (size_t i = parts.size() - 1; i-- > 0;) {
    Limb v = parts[i];
    size_t pos = out.size();
    out.resize(pos + static_cast<size_t>(cdig));
    for (int k = cdig; k-- > 0;) {
      out[pos + static_cast<size_t>(k)] = dig[v % static_cast<Limb>(base)];
      v /= static_cast<Limb>(base);
    }
  }
}

}  // namespace

namespace {

constexpr size_t kDecimalLeafLimbs = 60;  // below this, base 10^9 chunking; above, split

// Appends the decimal digits of magnitude x, left-padded with zeros to `pad` digits when pad > 0.
// pows[j] = 10^(9 * 2^j). Divide and conquer: x = q * pows[level] + r.
void decimal_recurse(const BigInt& x, uint64_t pad, const std::vector<BigInt>& pows, int level,
                     std::string& out) {
  while (level >= 0 && BigInt::compare(x, pows[static_cast<size_t>(level)]) < 0 && pad == 0) --level;
  if (level < 0 || x.limb_count() <= kDecimalLeafLimbs) {
    std::string leaf;
    if (!x.is_zero()) mag_to_string(x.magnitude(), 10, false, leaf);
    if (pad > leaf.size()) out.append(static_cast<size_t>(pad - leaf.size()), '0');
    out += leaf;
    return;
  }
  BigInt q, r;
  BigInt::divmod_trunc(x, pows[static_cast<size_t>(level)], q, r);
  uint64_t low_digits = uint64_t(9) << level;
  decimal_recurse(q, pad > low_digits ? pad - low_digits : 0, pows, level - 1, out);
  decimal_recurse(r, low_digits, pows, level - 1, out);
}

}  // namespace

std::string BigInt::to_string(int base, bool upper) const {
  std::string s;
  if (base < 2 || base > 36) base = 10;
  if (mag_.empty()) return "0";
  if (neg_) s.push_back('-');
  if (base == 10 && mag_.size() > kDecimalLeafLimbs) {
    // Powers 10^(9*2^j) up to about half the size of x.
    std::vector<BigInt> pows{BigInt(1000000000)};
    uint64_t half = bit_length() / 2;
    while (pows.back().bit_length() < half) pows.push_back(pows.back() * pows.back());
    decimal_recurse(abs(), 0, pows, static_cast<int>(pows.size()) - 1, s);
    return s;
  }
  mag_to_string(mag_, base, upper, s);
  return s;
}

std::string BigInt::to_prefixed_string(int base, bool upper) const {
  std::string s;
  if (neg_) s.push_back('-');
  s.push_back('0');
  s.push_back(base == 2 ? 'b' : base == 8 ? 'o' : (upper ? 'X' : 'x'));
  if (base != 2 && base != 8) base = 16;
  if (mag_.empty()) s.push_back('0');
  else mag_to_string(mag_, base, upper, s);
  return s;
}

uint64_t BigInt::decimal_digit_count() const {
  uint64_t n = bit_length();
  if (n <= 1) return 1;
  constexpr double kLog10_2 = 0.30102999566398119521;
  // |x| in [2^(n-1), 2^n)
  uint64_t lo = static_cast<uint64_t>(std::floor(static_cast<double>(n - 1) * kLog10_2 - 1e-6)) + 1;
  uint64_t hi = static_cast<uint64_t>(std::floor(static_cast<double>(n) * kLog10_2 + 1e-6)) + 1;
  uint64_t d = lo;
  if (lo != hi) {
    // digits = number of powers of ten <= |x|; check 10^lo, 10^(lo+1), ...
    BigInt a = abs();
    BigInt p = pow10(lo);
    while (d < hi && !(a < p)) {
      ++d;
      p = p * BigInt(10);
    }
  }
  return d;
}

NumError BigInt::to_decimal_string(std::string& out, uint64_t max_digits) const {
  if (max_digits > 0 && mag_.size() > 2) {
    // Early exit on a cheap lower bound of the digit count.
    uint64_t n = bit_length();
    uint64_t lo = static_cast<uint64_t>(static_cast<double>(n - 1) * 0.30102999566398119521 - 1e-6) + 1;
    if (lo > max_digits) return NumError::IntMaxStrDigitsToStr;
  }
  std::string s = to_string(10);
  if (max_digits > 0 && s.size() - (neg_ ? 1 : 0) > max_digits) return NumError::IntMaxStrDigitsToStr;
  out = std::move(s);
  return NumError::Ok;
}

namespace {
int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}
}  // namespace

NumError BigInt::parse(std::string_view text, int base, BigInt& out, uint64_t max_str_digits,
                       uint64_t* digits_out) {
  if ((base != 0 && base < 2) || base > 36) return NumError::IntInvalidBase;
  std::string conv;
  if (numeric_text_to_ascii(text, conv)) text = conv;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end && is_ascii_space(*p)) ++p;
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) {
    neg = *p == '-';
    ++p;
  }
  auto at = [&](const char* q) -> char { return q < end ? *q : '\0'; };
  bool error_if_nonzero = false;
  if (base == 0) {
    char c1 = at(p + 1);
    if (at(p) != '0') base = 10;
    else if (c1 == 'x' || c1 == 'X') base = 16;
    else if (c1 == 'o' || c1 == 'O') base = 8;
    else if (c1 == 'b' || c1 == 'B') base = 2;
    else {
      error_if_nonzero = true;  // old-style octal "010" is invalid unless the value is zero
      base = 10;
    }
  }
  if (at(p) == '0') {
    char c1 = at(p + 1);
    if ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
        (base == 2 && (c1 == 'b' || c1 == 'B'))) {
      p += 2;
      if (at(p) == '_') ++p;  // one underscore allowed after the prefix
    }
  }
  if (at(p) == '_') return NumError::IntInvalidLiteral;
  // Scan digits and underscores.
  const char* start = p;
  uint64_t ndigits = 0;
  char prev = '\0';
  while (p < end) {
    char c = *p;
    if (c == '_') {
      if (prev == '_') return NumError::IntInvalidLiteral;
    } else if (digit_value(c) < base) {
      ++ndigits;
    } else {
      break;
    }
    prev = c;
    ++p;
  }
  if (prev == '_') return NumError::IntInvalidLiteral;
  const char* digits_end = p;
  bool pow2 = (base & (base - 1)) == 0;
  if (digits_out) *digits_out = ndigits;
  if (!pow2 && max_str_digits > 0 && ndigits > max_str_digits) return NumError::IntMaxStrDigitsToInt;
  if (ndigits == 0) return NumError::IntInvalidLiteral;
  while (p < end && is_ascii_space(*p)) ++p;
  if (p != end) return NumError::IntInvalidLiteral;

  LimbVec m;
  if (pow2) {
    int bits = __builtin_ctz(static_cast<unsigned>(base));
    uint64_t total = ndigits * static_cast<uint64_t>(bits);
    m.resize(static_cast<uint32_t>(total / 32 + 1));
    uint64_t bitpos = 0;
    for (const char* q = digits_end; q-- > start;) {
      if (*q == '_') continue;
      uint64_t v = static_cast<uint64_t>(digit_value(*q));
      size_t li = static_cast<size_t>(bitpos / 32);
      int bi = static_cast<int>(bitpos % 32);
      m[static_cast<uint32_t>(li)] |= static_cast<Limb>(v << bi);
      if (bi + bits > 32) m[static_cast<uint32_t>(li + 1)] |= static_cast<Limb>(v >> (32 - bi));
      bitpos += static_cast<uint64_t>(bits);
    }
  } else {
    Limb chunk;
    int cdig;
    chunk_for_base(base, chunk, cdig);
    m.reserve(static_cast<uint32_t>(ndigits / static_cast<uint64_t>(cdig) + 2));
    Limb acc = 0, mult = 1;
    int k = 0;
    for (const char* q = start; q < digits_end; ++q) {
      if (*q == '_') continue;
      acc = acc * static_cast<Limb>(base) + static_cast<Limb>(digit_value(*q));
      mult *= static_cast<Limb>(base);
      if (++k == cdig) {
        Limb carry = mul_small_add(m.data(), m.size(), mult, acc);
        if (carry) m.push_back(carry);
        acc = 0;
        mult = 1;
        k = 0;
      }
    }
    if (k) {
      Limb carry = mul_small_add(m.data(), m.size(), mult, acc);
      if (carry) m.push_back(carry);
    }
  }
  BigInt r = BigIntOps::make(std::move(m), neg);
  if (error_if_nonzero && !r.is_zero()) return NumError::IntInvalidLiteral;
  out = std::move(r);
  return NumError::Ok;
}

// ---------------------------------------------------------------------------------------------
// Bytes
// ---------------------------------------------------------------------------------------------

BigInt::ToBytesError BigInt::to_bytes(size_t length, bool little_endian, bool is_signed,
                                      std::string& out) const {
  if (neg_ && !is_signed) return ToBytesError::NegativeUnsigned;
  // Check range: unsigned needs bit_length <= 8*length; signed needs -2^(8L-1) <= x < 2^(8L-1).
  uint64_t bl = bit_length();
  uint64_t cap = static_cast<uint64_t>(length) * 8;
  if (!is_signed) {
    if (bl > cap) return ToBytesError::TooBig;
  } else if (!is_zero()) {
    if (cap == 0) return ToBytesError::TooBig;
    bool fits = bl < cap;
    if (!fits && neg_ && bl == cap) {
      // exactly -2^(cap-1) fits
      fits = bit_count() == 1;
    }
    if (!fits) return ToBytesError::TooBig;
  }
  std::vector<Limb> tw(length / 4 + 1);
  BigIntOps::to_twos(*this, tw.data(), tw.size());
  std::string r(length, '\0');
  for (size_t i = 0; i < length; ++i) {
    char byte = static_cast<char>((tw[i / 4] >> ((i % 4) * 8)) & 0xFF);
    r[little_endian ? i : length - 1 - i] = byte;
  }
  out = std::move(r);
  return ToBytesError::Ok;
}

const char* BigInt::to_bytes_error_message(ToBytesError e) {
  switch (e) {
    case ToBytesError::TooBig: return "int too big to convert";
    case ToBytesError::NegativeUnsigned: return "can't convert negative int to unsigned";
    case ToBytesError::Ok: break;
  }
  return "";
}

BigInt BigInt::from_bytes(std::string_view bytes, bool little_endian, bool is_signed) {
  size_t n = bytes.size();
  LimbVec m;
  m.resize(static_cast<uint32_t>(n / 4 + 1));
  for (size_t i = 0; i < n; ++i) {
    unsigned char b = static_cast<unsigned char>(little_endian ? bytes[i] : bytes[n - 1 - i]);
    m[static_cast<uint32_t>(i / 4)] |= static_cast<Limb>(b) << ((i % 4) * 8);
  }
  bool neg = false;
  if (is_signed && n > 0) {
    unsigned char msb = static_cast<unsigned char>(little_endian ? bytes[n - 1] : bytes[0]);
    if (msb & 0x80) {
      neg = true;
      // sign-extend to the full limb array, then convert from two's complement
      for (size_t i = n; i < static_cast<size_t>(m.size()) * 4; ++i)
        m[static_cast<uint32_t>(i / 4)] |= Limb(0xFF) << ((i % 4) * 8);
      return BigIntOps::from_twos(std::move(m), true);
    }
  }
  return BigIntOps::make(std::move(m), neg);
}

}  // namespace ls
