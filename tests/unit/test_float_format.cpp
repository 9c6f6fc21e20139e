// Float repr/round/divmod/hash/hex/parse against CPython 3.11 (tests/numeric/float_cases.inc)
// plus round-trip properties over random bit patterns.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <string_view>

#include "object/float_format.hpp"
#include "object/float_parse.hpp"

using namespace ls;

namespace {

#define S(s, n) std::string_view(s, n)
using SV = std::string_view;
struct ReprCase { SV bits, repr; };
struct RoundCase { SV bits; int64_t ndigits; SV result; };
struct RoundIntCase { SV bits, result; };
struct FloatDivCase { SV a, b, floordiv, mod; };
struct FloatPowCase { SV a, b, result; };
struct FloatMiscCase { SV bits, hash, ratio; bool is_integer; SV hex; };
struct FromHexCase { SV text, result; };
struct FloatParseCase { SV text, result; };
#include "../numeric/float_cases.inc"
#undef S

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
    default: return "?";
  }
}

std::string err(NumError e) {
  return std::string("!") + kind_name(num_error_kind(e)) + ":" + num_error_message(e);
}

}  // namespace

TEST_CASE("float: repr matches CPython", "[float]") {
  for (const ReprCase& c : kReprCases) {
    INFO("bits=" << c.bits);
    CHECK(float_repr(D(c.bits)) == c.repr);
  }
  CHECK(float_repr(1e16) == "1e+16");
  CHECK(float_repr(1e-05) == "1e-05");
  CHECK(float_repr(0.0001) == "0.0001");
  CHECK(float_repr(123456789012345678.0) == "1.2345678901234568e+17");
  CHECK(float_repr(-0.0) == "-0.0");
  CHECK(float_repr(-INFINITY) == "-inf");
  CHECK(float_repr(-NAN) == "nan");
  CHECK(float_str(2.5) == "2.5");
}

TEST_CASE("float: repr round-trips and float() parses it back", "[float]") {
  std::mt19937_64 g(99);
  for (int i = 0; i < 200000; ++i) {
    uint64_t b = g();
    if (i % 4 == 1) b &= 0x000FFFFFFFFFFFFFull;  // subnormals
    double x;
    std::memcpy(&x, &b, sizeof x);
    if (std::isnan(x)) continue;
    std::string r = float_repr(x);
    double back = 0;
    REQUIRE(parse_float(r, back) == NumError::Ok);
    if (bits_of(back) != bits_of(x)) FAIL("repr does not round-trip: " << r);
    // Shortest: one digit fewer never round-trips (check one cheap case: the 'e' form).
    DecimalDigits dd = float_to_digits(x, 0, 0);
    if (dd.digits.size() > 1) {
      DecimalDigits shorter = float_to_digits(x, 2, static_cast<int>(dd.digits.size()) - 1);
      std::string t = (x < 0 ? "-0." : "0.") + shorter.digits + "e" + std::to_string(shorter.decpt);
      double y = 0;
      REQUIRE(parse_float(t, y) == NumError::Ok);
      if (y == x) FAIL("not shortest: " << r << " vs " << t);
    }
  }
  SUCCEED();
}

TEST_CASE("float: digit generation modes", "[float]") {
  DecimalDigits d = float_to_digits(0.1, 0, 0);
  CHECK(d.digits == "1");
  CHECK(d.decpt == 0);
  d = float_to_digits(0.1, 2, 20);  // 0.1000000000000000055511151231257827...
  CHECK(d.digits == "10000000000000000555");
  CHECK(d.decpt == 0);
  d = float_to_digits(2.675, 3, 2);  // 2.67499999... rounds down
  CHECK(d.digits == "267");
  CHECK(d.decpt == 1);
  d = float_to_digits(0.125, 3, 2);  // exact tie: half to even
  CHECK(d.digits == "12");
  d = float_to_digits(0.001, 3, 1);  // no digits (fcvt style)
  CHECK(d.digits.empty());
  CHECK(d.decpt == -1);
  d = float_to_digits(-0.0, 0, 0);
  CHECK(d.negative);
  CHECK(d.digits == "0");
  CHECK(double_to_string(3.14159, 'f', 2, 0) == "3.14");
  CHECK(double_to_string(3.14159, 'e', 3, 0) == "3.142e+00");
  CHECK(double_to_string(3.14159, 'g', 6, 0) == "3.14159");
  CHECK(double_to_string(2.0, 'g', 6, kDtsfAlt) == "2.00000");
  CHECK(double_to_string(1.0, 'r', 0, kDtsfAddDot0) == "1.0");
  CHECK(double_to_string(1.0, 'f', 0, kDtsfAlt) == "1.");
  CHECK(double_to_string(1.5, 'E', 1, kDtsfSign) == "+1.5E+00");
  CHECK(double_to_string(-0.0001, 'f', 1, kDtsfNoNegZero) == "0.0");
  CHECK(double_to_string(-0.0001, 'f', 1, 0) == "-0.0");
  CHECK(double_to_string(NAN, 'F', 2, kDtsfSign) == "+NAN");
  CHECK(double_to_string(0.1, 'f', 60, 0) ==
        "0.100000000000000005551115123125782702118158340454101562500000");
  std::string huge = double_to_string(1.5, 'f', 100000, 0);
  CHECK(huge.size() == 100002);
  CHECK(huge.substr(0, 4) == "1.50");
}

TEST_CASE("float: round() matches CPython", "[float]") {
  for (const RoundCase& c : kRoundCases) {
    INFO("round(" << c.bits << ", " << c.ndigits << ")");
    double r = 0;
    NumError e = float_round(D(c.bits), c.ndigits, r);
    std::string got = e == NumError::Ok ? bits_of(r) : "!OverflowError:" + std::string(num_error_message(e));
    CHECK(got == c.result);
  }
  CHECK(std::string(num_error_message(NumError::RoundOverflow)) == "rounded value too large to represent");
  for (const RoundIntCase& c : kRoundIntCases) {
    INFO("round(" << c.bits << ")");
    BigInt r;
    NumError e = float_round_to_int(D(c.bits), r);
    CHECK((e == NumError::Ok ? r.to_string(16) : err(e)) == c.result);
  }
}

TEST_CASE("float: //, % and divmod match CPython", "[float]") {
  for (const FloatDivCase& c : kFloatDivCases) {
    INFO(c.a << " // " << c.b);
    double a = D(c.a), b = D(c.b), q = 0, r = 0;
    NumError e = float_floordiv(a, b, q);
    CHECK((e == NumError::Ok ? bits_of(q) : err(e)) == c.floordiv);
    e = float_mod(a, b, r);
    CHECK((e == NumError::Ok ? bits_of(r) : err(e)) == c.mod);
    e = float_divmod(a, b, q, r);
    if (e == NumError::Ok) {
      CHECK(bits_of(q) == c.floordiv);
      CHECK(bits_of(r) == c.mod);
    } else {
      CHECK(err(e) == "!ZeroDivisionError:float divmod()");
    }
  }
}

TEST_CASE("float: ** matches CPython", "[float]") {
  for (const FloatPowCase& c : kFloatPowCases) {
    INFO(c.a << " ** " << c.b);
    double r = 0;
    NumError e = float_pow(D(c.a), D(c.b), r);
    std::string got;
    if (e == NumError::Ok) {
      got = bits_of(r);
      if (std::isnan(r) && c.result.size() == 16 && std::isnan(D(c.result))) got = std::string(c.result);
    } else if (e == NumError::FloatPowComplex) {
      got = "!complex";
    } else {
      got = err(e);
    }
    CHECK(got == c.result);
  }
}

TEST_CASE("float: hash, as_integer_ratio, is_integer, hex match CPython", "[float]") {
  for (const FloatMiscCase& c : kFloatMiscCases) {
    INFO("bits=" << c.bits);
    double x = D(c.bits);
    std::optional<int64_t> h = float_hash(x);
    CHECK((h ? std::to_string(*h) : std::string("NAN")) == c.hash);
    BigInt n, d;
    FloatRatioError re = float_as_integer_ratio(x, n, d);
    std::string ratio;
    if (re == FloatRatioError::Ok) ratio = n.to_string(16) + "/" + d.to_string(16);
    else ratio = std::string(re == FloatRatioError::Infinity ? "!OverflowError:" : "!ValueError:") +
                 float_ratio_error_message(re);
    CHECK(ratio == c.ratio);
    CHECK(float_is_integer(x) == c.is_integer);
    CHECK(float_hex(x) == c.hex);
    // hash(x) == hash(int(x)) for integral floats, as Python guarantees
    if (float_is_integer(x)) {
      BigInt i;
      REQUIRE(BigInt::from_double(x, i) == NumError::Ok);
      CHECK(*h == i.hash());
    }
  }
  CHECK(float_hash(1.0) == 1);
  CHECK(float_hash(0.5) == 1152921504606846976);
  CHECK(float_hash(INFINITY) == 314159);
  CHECK(float_hash(-INFINITY) == -314159);
  CHECK(float_hash(-1.0) == -2);
  CHECK_FALSE(float_hash(NAN).has_value());
}

TEST_CASE("float: float.fromhex matches CPython", "[float]") {
  for (const FromHexCase& c : kFromHexCases) {
    INFO("fromhex(" << c.text << ")");
    double x = 0;
    FromHexError e = float_fromhex(c.text, x);
    std::string got;
    if (e == FromHexError::Ok) got = bits_of(x);
    else got = std::string(e == FromHexError::Overflow ? "!OverflowError:" : "!ValueError:") +
               float_fromhex_error_message(e);
    CHECK(got == c.result);
  }
}

TEST_CASE("float: float() parsing matches CPython", "[float]") {
  for (const FloatParseCase& c : kFloatParseCases) {
    INFO("float(" << c.text << ")");
    double x = 0;
    NumError e = parse_float(c.text, x);
    std::string got;
    if (e == NumError::Ok) {
      got = bits_of(x);
      // CPython gives NaN a fixed payload; compare NaN-ness and sign only.
      if (std::isnan(x) && c.result.size() == 16) {
        double want = D(c.result);
        CHECK(std::isnan(want));
        CHECK(std::signbit(want) == std::signbit(x));
        continue;
      }
    } else {
      got = "!ValueError:could not convert string to float: ";
      // the caller supplies repr(); rebuild the expected message head only
      CHECK(float_invalid_literal_message("'x'") == "could not convert string to float: 'x'");
      CHECK(c.result.substr(0, got.size()) == got);
      continue;
    }
    CHECK(got == c.result);
  }
  // Short decimals (the exact fast path) against the C library's correctly rounded strtod.
  std::mt19937_64 g(5);
  for (int i = 0; i < 100000; ++i) {
    char text[64];
    uint64_t m = g() % 100000000000000000ull;  // up to 17 digits
    int point = static_cast<int>(g() % 18);
    int e = static_cast<int>(g() % 61) - 30;
    std::string digits = std::to_string(m);
    if (point < static_cast<int>(digits.size())) digits.insert(digits.size() - static_cast<size_t>(point), ".");
    std::snprintf(text, sizeof text, "%s%se%d", (g() & 1) ? "-" : "", digits.c_str(), e);
    double mine = 0;
    REQUIRE(parse_float(text, mine) == NumError::Ok);
    double libc = std::strtod(text, nullptr);
    if (bits_of(mine) != bits_of(libc)) FAIL("float('" << text << "') differs from strtod");
  }
  double x;
  CHECK(parse_float_literal("1_000.5e-3", x) == NumError::Ok);
  CHECK(x == 1.0005);
  CHECK(parse_float_literal(" 1.5", x) == NumError::FloatInvalidLiteral);
  CHECK(parse_float_literal("", x) == NumError::FloatInvalidLiteral);
}
