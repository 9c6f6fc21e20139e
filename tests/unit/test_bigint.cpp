// BigInt against CPython 3.11: tables from tests/numeric/gen_cases.py (bigint_cases.inc) plus
// randomized algebraic cross-checks.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <string_view>

#include "object/bigint.hpp"

using namespace ls;

namespace {

#define S(s, n) std::string_view(s, n)
using SV = std::string_view;
struct BinCase { SV a, b, add, sub, mul, fdiv, mod, band, bor, bxor; int cmp; SV tdiv; };
struct DivCase { SV a, b, q; };
struct UnCase {
  SV a, dec, neg, inv, hash;
  int bit_length, bit_count;
  SV bin, oct, hex, flt;
  int shift;
  SV shl, shr;
  int round_k;
  SV rounded;
  int digits;
};
struct PowCase { SV base, exp, result; };
struct PowModCase { SV base, exp, mod, result; };
struct ParseCase { SV text; int base; SV result; };
struct FromDoubleCase { SV bits, result; };
struct IntFloatCmpCase { SV a, bits; char cmp; };
struct GcdCase { SV a, b, gcd, n, isqrt; };
struct ToBytesCase { SV v; int length; bool little, is_signed; SV result; };
struct FromBytesCase { SV bytes; bool little, is_signed; SV result; };
#include "../numeric/bigint_cases.inc"
#undef S

BigInt H(SV s) {
  BigInt r;
  REQUIRE(BigInt::parse(s, 16, r, 0) == NumError::Ok);
  return r;
}

std::string hx(const BigInt& x) { return x.to_string(16); }

double D(SV bits) {
  uint64_t b = std::stoull(std::string(bits), nullptr, 16);
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}

std::string bits_of(double d) {
  uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(b));
  return buf;
}

const char* kind_name(PyExcKind k) {
  switch (k) {
    case PyExcKind::ZeroDivisionError: return "ZeroDivisionError";
    case PyExcKind::OverflowError: return "OverflowError";
    case PyExcKind::ValueError: return "ValueError";
    case PyExcKind::TypeError: return "TypeError";
    case PyExcKind::MemoryError: return "MemoryError";
    default: return "?";
  }
}

std::string err(NumError e) {
  return std::string("!") + kind_name(num_error_kind(e)) + ":" + num_error_message(e);
}

std::string unhex_bytes(SV h) {
  std::string r;
  for (size_t i = 0; i + 1 < h.size(); i += 2) r.push_back(static_cast<char>(std::stoi(std::string(h.substr(i, 2)), nullptr, 16)));
  return r;
}

std::string hex_bytes(const std::string& s) {
  static const char* k = "0123456789abcdef";
  std::string r;
  for (unsigned char c : s) {
    r.push_back(k[c >> 4]);
    r.push_back(k[c & 15]);
  }
  return r;
}

BigInt random_big(std::mt19937_64& g, int max_limbs) {
  std::uniform_int_distribution<int> nl(0, max_limbs);
  int n = nl(g);
  std::vector<uint32_t> limbs(static_cast<size_t>(n));
  for (auto& l : limbs) {
    uint64_t r = g();
    // bias towards all-ones / zero limbs to provoke carries
    l = (r % 7 == 0) ? 0xFFFFFFFFu : (r % 11 == 0 ? 0u : static_cast<uint32_t>(r >> 17));
  }
  return BigInt::from_limbs(limbs.data(), limbs.size(), g() & 1);
}

}  // namespace

TEST_CASE("bigint: binary operations match CPython", "[bigint]") {
  for (const BinCase& c : kBinCases) {
    INFO("a=" << c.a << " b=" << c.b);
    BigInt a = H(c.a), b = H(c.b);
    CHECK(hx(a + b) == c.add);
    CHECK(hx(a - b) == c.sub);
    CHECK(hx(a * b) == c.mul);
    BigInt q, r;
    NumError e = BigInt::floordiv(a, b, q);
    CHECK((e == NumError::Ok ? hx(q) : err(e)) == c.fdiv);
    e = BigInt::mod(a, b, r);
    CHECK((e == NumError::Ok ? hx(r) : err(e)) == c.mod);
    if (BigInt::divmod(a, b, q, r) == NumError::Ok) {
      CHECK(hx(q) == c.fdiv);
      CHECK(hx(r) == c.mod);
    }
    CHECK(hx(a & b) == c.band);
    CHECK(hx(a | b) == c.bor);
    CHECK(hx(a ^ b) == c.bxor);
    CHECK(BigInt::compare(a, b) == c.cmp);
    CHECK((a < b) == (c.cmp < 0));
    CHECK((a == b) == (c.cmp == 0));
    double d = 0;
    e = BigInt::true_divide(a, b, d);
    CHECK((e == NumError::Ok ? bits_of(d) : err(e)) == c.tdiv);
  }
}

TEST_CASE("bigint: true division is correctly rounded like CPython", "[bigint]") {
  for (const DivCase& c : kTrueDivCases) {
    INFO("a=" << c.a << " b=" << c.b);
    double d = 0;
    NumError e = BigInt::true_divide(H(c.a), H(c.b), d);
    CHECK((e == NumError::Ok ? bits_of(d) : err(e)) == c.q);
  }
  double d;
  REQUIRE(BigInt::true_divide(BigInt::pow10(30), BigInt(3), d) == NumError::Ok);
  CHECK(d == 3.333333333333333e+29);
}

TEST_CASE("bigint: unary operations, conversions and strings match CPython", "[bigint]") {
  for (const UnCase& c : kUnCases) {
    INFO("a=" << c.a);
    BigInt a = H(c.a);
    std::string dec;
    REQUIRE(a.to_decimal_string(dec, 0) == NumError::Ok);
    CHECK(dec == c.dec);
    CHECK(a.to_string(10) == c.dec);
    CHECK(hx(-a) == c.neg);
    CHECK(hx(~a) == c.inv);
    CHECK(std::to_string(a.hash()) == c.hash);
    CHECK(a.bit_length() == static_cast<uint64_t>(c.bit_length));
    CHECK(a.bit_count() == static_cast<uint64_t>(c.bit_count));
    CHECK(a.to_prefixed_string(2) == c.bin);
    CHECK(a.to_prefixed_string(8) == c.oct);
    CHECK(a.to_prefixed_string(16) == c.hex);
    double d = 0;
    NumError e = a.to_double(d);
    CHECK((e == NumError::Ok ? bits_of(d) : err(e)) == c.flt);
    CHECK(hx(a.shl(static_cast<uint64_t>(c.shift))) == c.shl);
    CHECK(hx(a.shr(static_cast<uint64_t>(c.shift))) == c.shr);
    CHECK(hx(BigInt::round_digits(a, -c.round_k)) == c.rounded);
    CHECK(a.decimal_digit_count() == static_cast<uint64_t>(c.digits));
    int64_t v;
    if (a.to_int64(v)) {
      CHECK(hash_int64(v) == a.hash());
      CHECK(BigInt(v) == a);
    } else {
      CHECK(a.bit_length() >= 63);
    }
  }
}

TEST_CASE("bigint: pow and pow with modulus match CPython", "[bigint]") {
  for (const PowCase& c : kPowCases) {
    INFO(c.base << " ** " << c.exp);
    BigInt r;
    REQUIRE(BigInt::pow(H(c.base), H(c.exp), r) == NumError::Ok);
    CHECK(hx(r) == c.result);
  }
  for (const PowModCase& c : kPowModCases) {
    INFO("pow(" << c.base << ", " << c.exp << ", " << c.mod << ")");
    BigInt r;
    NumError e = BigInt::pow_mod(H(c.base), H(c.exp), H(c.mod), r);
    CHECK((e == NumError::Ok ? hx(r) : err(e)) == c.result);
  }
}

TEST_CASE("bigint: int(text, base) follows CPython's rules", "[bigint]") {
  for (const ParseCase& c : kParseCases) {
    INFO("int(" << c.text << ", " << c.base << ")");
    BigInt r;
    uint64_t digits = 0;
    NumError e = BigInt::parse(c.text, c.base, r, 4300, &digits);
    std::string got;
    switch (e) {
      case NumError::Ok: got = hx(r); break;
      case NumError::IntInvalidLiteral: got = "!invalid"; break;
      case NumError::IntInvalidBase: got = "!base"; break;
      case NumError::IntMaxStrDigitsToInt: got = "!limit:" + std::to_string(digits); break;
      default: got = err(e); break;
    }
    CHECK(got == c.result);
  }
}

TEST_CASE("bigint: int(float) and exact int/float comparison", "[bigint]") {
  for (const FromDoubleCase& c : kFromDoubleCases) {
    INFO("int(" << c.bits << ")");
    BigInt r;
    NumError e = BigInt::from_double(D(c.bits), r);
    CHECK((e == NumError::Ok ? hx(r) : err(e)) == c.result);
  }
  for (const IntFloatCmpCase& c : kIntFloatCmpCases) {
    INFO(c.a << " vs " << c.bits);
    BigInt a = H(c.a);
    double d = D(c.bits);
    std::partial_ordering o = BigInt::compare(a, d);
    char got = o == std::partial_ordering::less      ? 'L'
               : o == std::partial_ordering::greater ? 'G'
               : o == std::partial_ordering::equivalent ? 'E' : 'U';
    CHECK(got == c.cmp);
    int64_t v;
    if (a.to_int64(v)) {
      std::partial_ordering o2 = compare_int64_double(v, d);
      CHECK((o2 == o));
    }
  }
}

TEST_CASE("bigint: gcd, isqrt, to_bytes, from_bytes", "[bigint]") {
  for (const GcdCase& c : kGcdCases) {
    INFO(c.a << " " << c.b << " " << c.n);
    CHECK(hx(BigInt::gcd(H(c.a), H(c.b))) == c.gcd);
    BigInt r;
    REQUIRE(BigInt::isqrt(H(c.n), r));
    CHECK(hx(r) == c.isqrt);
  }
  BigInt r;
  CHECK_FALSE(BigInt::isqrt(BigInt(-4), r));
  for (const ToBytesCase& c : kToBytesCases) {
    INFO(c.v << " len=" << c.length << " little=" << c.little << " signed=" << c.is_signed);
    std::string out;
    BigInt::ToBytesError e = H(c.v).to_bytes(static_cast<size_t>(c.length), c.little, c.is_signed, out);
    std::string got = e == BigInt::ToBytesError::Ok
                          ? hex_bytes(out)
                          : std::string("!OverflowError:") + BigInt::to_bytes_error_message(e);
    CHECK(got == c.result);
  }
  for (const FromBytesCase& c : kFromBytesCases) {
    INFO(c.bytes << " little=" << c.little << " signed=" << c.is_signed);
    CHECK(hx(BigInt::from_bytes(unhex_bytes(c.bytes), c.little, c.is_signed)) == c.result);
  }
}

TEST_CASE("bigint: randomized algebraic cross-checks", "[bigint]") {
  std::mt19937_64 g(12345);
  for (int iter = 0; iter < 3000; ++iter) {
    int limbs = iter < 2500 ? 6 : 120;  // the last ones go through Karatsuba
    BigInt a = random_big(g, limbs), b = random_big(g, limbs);
    INFO("a=" << hx(a) << " b=" << hx(b));
    CHECK((a + b) - b == a);
    CHECK(a - a == BigInt());
    CHECK(a * b == b * a);
    // Splitting b gives products of different shapes (schoolbook vs Karatsuba, unbalanced).
    uint64_t k = b.bit_length() / 2;
    BigInt b_hi = b.shr(k), b_lo = b - b_hi.shl(k);
    CHECK(a * b == (a * b_hi).shl(k) + a * b_lo);
    if (!b.is_zero()) {
      BigInt q, r;
      REQUIRE(BigInt::divmod(a, b, q, r) == NumError::Ok);
      CHECK(q * b + r == a);
      CHECK(r.abs() < b.abs());
      CHECK((r.is_zero() || r.is_negative() == b.is_negative()));
      BigInt tq, tr;
      REQUIRE(BigInt::divmod_trunc(a, b, tq, tr) == NumError::Ok);
      CHECK(tq * b + tr == a);
      CHECK((tr.is_zero() || tr.is_negative() == a.is_negative()));
      BigInt pq;
      REQUIRE(BigInt::floordiv(a * b, b, pq) == NumError::Ok);
      CHECK(pq == a);
    }
    CHECK((a & b) + (a | b) == a + b);
    CHECK((a ^ b) == ((a | b) - (a & b)));
    CHECK(~~a == a);
    CHECK(~a == -a - BigInt(1));
    CHECK((a ^ a).is_zero());
    uint64_t s = g() % 100;
    CHECK(a.shl(s).shr(s) == a);
    BigInt p2 = BigInt(1).shl(s);
    BigInt fq;
    REQUIRE(BigInt::floordiv(a, p2, fq) == NumError::Ok);
    CHECK(a.shr(s) == fq);
    int base = 2 + static_cast<int>(g() % 35);
    BigInt back;
    REQUIRE(BigInt::parse(a.to_string(base, g() & 1), base, back, 0) == NumError::Ok);
    CHECK(back == a);
    REQUIRE(BigInt::parse(a.to_prefixed_string(16), 0, back, 0) == NumError::Ok);
    CHECK(back == a);
    std::string bytes;
    size_t len = static_cast<size_t>(a.bit_length() / 8 + 1);
    REQUIRE(a.to_bytes(len, false, true, bytes) == BigInt::ToBytesError::Ok);
    CHECK(BigInt::from_bytes(bytes, false, true) == a);
    CHECK(BigInt::gcd(a * b, b) == b.abs());
  }
}

TEST_CASE("bigint: int64 helpers agree with BigInt", "[bigint]") {
  std::mt19937_64 g(777);
  const int64_t edges[] = {0, 1, -1, 2, -2, INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1,
                           (int64_t(1) << 53), -(int64_t(1) << 53), (int64_t(1) << 53) + 1,
                           (int64_t(1) << 61) - 1, (int64_t(1) << 61), -((int64_t(1) << 61) - 1)};
  std::vector<int64_t> vals(std::begin(edges), std::end(edges));
  for (int i = 0; i < 2000; ++i) vals.push_back(static_cast<int64_t>(g()) >> (g() % 64));
  for (size_t i = 0; i < vals.size(); ++i) {
    int64_t a = vals[i], b = vals[(i * 7 + 3) % vals.size()];
    BigInt A(a), B(b);
    CHECK(A.to_int64() == a);
    CHECK(hash_int64(a) == A.hash());
    double d1 = 0, d2 = 0;
    NumError e1 = int64_true_divide(a, b, d1), e2 = BigInt::true_divide(A, B, d2);
    CHECK(e1 == e2);
    if (e1 == NumError::Ok) CHECK(bits_of(d1) == bits_of(d2));
    if (b != 0) {
      int64_t q, r;
      if (int64_divmod(a, b, q, r)) {
        BigInt Q, R;
        REQUIRE(BigInt::divmod(A, B, Q, R) == NumError::Ok);
        CHECK(BigInt(q) == Q);
        CHECK(BigInt(r) == R);
      } else {
        CHECK((a == INT64_MIN && b == -1));
      }
    }
    CHECK(BigInt::compare(A, b) == BigInt::compare(A, B));
    double fd = static_cast<double>(b) * 0.75;
    CHECK((compare_int64_double(a, fd) == BigInt::compare(A, fd)));
  }
  int64_t q, r;
  CHECK_FALSE(int64_divmod(INT64_MIN, -1, q, r));
  CHECK(int64_divmod(-7, 2, q, r));
  CHECK(q == -4);
  CHECK(r == 1);
  CHECK(int64_divmod(7, -2, q, r));
  CHECK(q == -4);
  CHECK(r == -1);
  // integral arguments compare as ints, not as doubles (2**53 + 1 != 2.0**53)
  BigInt p53 = BigInt(1).shl(53) + BigInt(1);
  CHECK(BigInt::compare(p53, (int64_t(1) << 53) + 1) == 0);
  CHECK(BigInt::compare(p53, uint64_t(1) << 63) < 0);
  CHECK((BigInt::compare(p53, 9007199254740992.0) == std::partial_ordering::greater));
  CHECK(hash_int64(-1) == -2);
  CHECK(hash_int64((int64_t(1) << 61) - 1) == 0);
  CHECK(hash_int64(INT64_MIN) == -4);
}

TEST_CASE("bigint: limits, errors and messages", "[bigint]") {
  BigInt r;
  // 4300-digit limit on str(): 10**4300 has 4301 digits.
  std::string s;
  CHECK(BigInt::pow10(4300).to_decimal_string(s, 4300) == NumError::IntMaxStrDigitsToStr);
  CHECK((-BigInt::pow10(4299)).to_decimal_string(s, 4300) == NumError::Ok);
  CHECK(s.size() == 4301);
  CHECK(BigInt::pow10(100000).to_decimal_string(s, 4300) == NumError::IntMaxStrDigitsToStr);
  CHECK(int_max_str_digits_to_str_message(4300) ==
        "Exceeds the limit (4300 digits) for integer string conversion; use "
        "sys.set_int_max_str_digits() to increase the limit");
  CHECK(int_max_str_digits_to_int_message(4300, 5000) ==
        "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
        "use sys.set_int_max_str_digits() to increase the limit");
  CHECK(int_invalid_literal_message(10, "'abc'") == "invalid literal for int() with base 10: 'abc'");
  std::string long_repr = "'" + std::string(300, 'x') + "'";
  CHECK(int_invalid_literal_message(10, long_repr).size() == 40 + 200);
  std::string utf8_repr = "'";
  for (int i = 0; i < 300; ++i) utf8_repr += "\xc3\xa9";
  CHECK(int_invalid_literal_message(10, utf8_repr) ==
        "invalid literal for int() with base 10: " + utf8_repr.substr(0, 1 + 199 * 2));

  // size ceiling: refused before computing
  CHECK(BigInt::pow(BigInt(2), BigInt::pow10(10), r, uint64_t(1) << 20) == NumError::SizeLimitExceeded);
  CHECK(BigInt::pow(BigInt(7), BigInt(1000000), r, 1000000) == NumError::SizeLimitExceeded);
  CHECK(BigInt::pow(BigInt(-1), BigInt::pow10(30), r, 64) == NumError::Ok);
  CHECK(r == BigInt(1));
  CHECK(BigInt::pow(BigInt(2), BigInt(-1), r) == NumError::NegativeExponent);
  CHECK(BigInt::pow_bits_bound(BigInt(1000), 1000) == 10000);
  CHECK(BigInt::mul_bits_bound(BigInt(255), BigInt(256)) == 17);
  CHECK(BigInt::shl_bits_bound(BigInt(1), 100) == 101);
  CHECK(BigInt::lshift(BigInt(1), BigInt(-1), r) == NumError::NegativeShiftCount);
  CHECK(BigInt::rshift(BigInt(1), BigInt(-1), r) == NumError::NegativeShiftCount);
  CHECK(BigInt::lshift(BigInt(1), BigInt(1).shl(70), r) == NumError::TooManyDigits);
  CHECK(BigInt::lshift(BigInt(1), BigInt(1).shl(40), r, uint64_t(1) << 30) == NumError::SizeLimitExceeded);
  CHECK(BigInt::lshift(BigInt(0), BigInt(1).shl(70), r) == NumError::Ok);
  CHECK(r.is_zero());
  CHECK(BigInt::rshift(BigInt(-5), BigInt(1).shl(70), r) == NumError::Ok);
  CHECK(r == BigInt(-1));
  CHECK(BigInt::rshift(BigInt(5), BigInt(1).shl(70), r) == NumError::Ok);
  CHECK(r.is_zero());
  CHECK(BigInt::lshift(BigInt(-3), BigInt(100), r) == NumError::Ok);
  CHECK(r == -BigInt(3).shl(100));
  double d;
  CHECK(BigInt(1).shl(1024).to_double(d) == NumError::IntTooLargeForFloat);
  CHECK(err(NumError::IntTooLargeForFloat) == "!OverflowError:int too large to convert to float");
  CHECK(BigInt::from_double(NAN, r) == NumError::FloatNanToInt);
  CHECK(err(NumError::FloatNanToInt) == "!ValueError:cannot convert float NaN to integer");
  CHECK(err(NumError::FloatInfinityToInt) == "!OverflowError:cannot convert float infinity to integer");
  CHECK(BigInt::parse("12", 1, r) == NumError::IntInvalidBase);
  CHECK(err(NumError::IntInvalidBase) == "!ValueError:int() base must be >= 2 and <= 36, or 0");
  CHECK(num_error_kind(NumError::SizeLimitExceeded) == PyExcKind::MemoryError);

  // Decimal conversion splits large values (divide and conquer); zero runs must survive.
  for (uint64_t k : {540u, 577u, 1000u, 4321u, 9000u, 20000u}) {
    INFO("k=" << k);
    BigInt p = BigInt::pow10(k);
    CHECK(p.to_string() == "1" + std::string(k, '0'));
    CHECK((p - BigInt(1)).to_string() == std::string(k, '9'));
    CHECK((-(p + BigInt(7))).to_string() == "-1" + std::string(k - 1, '0') + "7");
    CHECK((p * p + p + BigInt(1)).to_string() ==
          "1" + std::string(k - 1, '0') + "1" + std::string(k - 1, '0') + "1");
  }
  std::mt19937_64 g(4242);
  for (int i = 0; i < 40; ++i) {
    BigInt x = random_big(g, 900);
    std::string dec = x.to_string();
    BigInt back2;
    REQUIRE(BigInt::parse(dec, 10, back2, 0) == NumError::Ok);
    CHECK(back2 == x);
  }

  // 10**5000 round trip
  BigInt big = BigInt::pow10(5000);
  std::string digits = big.to_string();
  REQUIRE(digits.size() == 5001);
  CHECK(digits.find_first_not_of('0', 1) == std::string::npos);
  CHECK(big.decimal_digit_count() == 5001);
  CHECK((big - BigInt(1)).decimal_digit_count() == 5000);
  BigInt back;
  REQUIRE(BigInt::parse(digits, 10, back, 0) == NumError::Ok);
  CHECK(back == big);
  uint64_t ndig = 0;
  CHECK(BigInt::parse(digits, 10, back, 4300, &ndig) == NumError::IntMaxStrDigitsToInt);
  CHECK(ndig == 5001);
}
