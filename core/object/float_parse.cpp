// float() parsing: CPython's PyFloat_FromString / _Py_string_to_number_with_underscores /
// _PyOS_ascii_strtod rules, with the digits converted by strtod (correctly rounded in glibc and
// in Emscripten's musl; the text handed to strtod is plain "C"-locale syntax).
#include "object/float_parse.hpp"

#include <cmath>
#include <cstdlib>
#include <limits>

namespace ls {

namespace {

// First code point of every run of ten Unicode decimal digits (category Nd), Unicode 14.0 as
// in CPython 3.11. Each run maps start+k to digit k.
constexpr uint32_t kDecimalRunStarts[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,
    0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,
    0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,
    0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066,
    0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
    0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

int decimal_of(uint32_t cp) {
  // Binary search for the last run start <= cp.
  size_t lo = 0, hi = sizeof(kDecimalRunStarts) / sizeof(kDecimalRunStarts[0]);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kDecimalRunStarts[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return -1;
  uint32_t start = kDecimalRunStarts[lo - 1];
  return cp - start < 10 ? static_cast<int>(cp - start) : -1;
}

// str.isspace() for non-ASCII code points (Python 3.11).
bool unicode_space(uint32_t cp) {
  switch (cp) {
    case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200a;
  }
}

}  // namespace

uint32_t utf8_decode(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int len;
  uint32_t cp;
  if (c < 0x80) { ++i; return c; }
  if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
  else { ++i; return UINT32_MAX; }
  if (i + static_cast<size_t>(len) > s.size()) { i = s.size(); return UINT32_MAX; }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
    if ((cc & 0xC0) != 0x80) { i += static_cast<size_t>(k); return UINT32_MAX; }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += static_cast<size_t>(len);
  return cp;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    utf8_decode(s, i);
    ++n;
  }
  return n;
}

int unicode_decimal_value(uint32_t cp) { return decimal_of(cp); }

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool ieq(const char* p, const char* end, const char* word) {
  for (; *word; ++word, ++p) {
    if (p >= end) return false;
    char c = *p;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != *word) return false;
  }
  return true;
}

// _PyOS_ascii_strtod on [p, end) which must be consumed entirely. No underscores here.
NumError strtod_exact(const char* p, const char* end, double& out) {
  const char* s = p;
  bool negate = false;
  if (s < end && (*s == '-' || *s == '+')) {
    negate = *s == '-';
    ++s;
  }
  size_t rest = static_cast<size_t>(end - s);
  // inf / infinity / nan, case-insensitive
  if ((rest == 3 && ieq(s, end, "inf")) || (rest == 8 && ieq(s, end, "infinity"))) {
    out = negate ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    return NumError::Ok;
  }
  if (rest == 3 && ieq(s, end, "nan")) {
    double n = std::numeric_limits<double>::quiet_NaN();
    out = negate ? -n : n;
    return NumError::Ok;
  }
  // digits [. digits] [e [sign] digits], with at least one mantissa digit
  const char* q = s;
  size_t mant_digits = 0;
  while (q < end && is_digit(*q)) { ++q; ++mant_digits; }
  if (q < end && *q == '.') {
    ++q;
    while (q < end && is_digit(*q)) { ++q; ++mant_digits; }
  }
  if (mant_digits == 0) return NumError::FloatInvalidLiteral;
  if (q < end && (*q == 'e' || *q == 'E')) {
    ++q;
    if (q < end && (*q == '+' || *q == '-')) ++q;
    const char* ed = q;
    while (q < end && is_digit(*q)) ++q;
    if (q == ed) return NumError::FloatInvalidLiteral;
  }
  if (q != end) return NumError::FloatInvalidLiteral;
  // Clinger's fast path: at most 19 significant digits forming an integer m < 2^53 and a
  // decimal exponent |e| <= 22: m and 10^|e| are exact doubles, so one IEEE multiplication or
  // division gives the correctly rounded result.
  {
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    uint64_t m = 0;
    int sig = 0;       // significant digits collected (leading zeros skipped)
    int64_t e10 = 0;   // decimal exponent adjustment
    bool fits = true;
    const char* r = s;
    for (; r < end && is_digit(*r); ++r) {
      if (m == 0 && *r == '0') continue;
      if (sig == 19) { fits = false; break; }
      m = m * 10 + static_cast<uint64_t>(*r - '0');
      ++sig;
    }
    if (fits && r < end && *r == '.') {
      for (++r; r < end && is_digit(*r); ++r) {
        if (m == 0 && *r == '0') { --e10; continue; }
        if (sig == 19) { fits = false; break; }
        m = m * 10 + static_cast<uint64_t>(*r - '0');
        ++sig;
        --e10;
      }
    }
    if (fits && r < end && (*r == 'e' || *r == 'E')) {
      ++r;
      bool eneg = false;
      if (r < end && (*r == '+' || *r == '-')) eneg = *r++ == '-';
      int64_t ev = 0;
      for (; r < end; ++r) {
        if (ev < 100000) ev = ev * 10 + (*r - '0');
      }
      e10 += eneg ? -ev : ev;
    }
    if (fits && m == 0) {
      out = negate ? -0.0 : 0.0;
      return NumError::Ok;
    }
    if (fits && m < (uint64_t(1) << 53) && e10 >= -22 && e10 <= 22) {
      double v = static_cast<double>(m);
      v = e10 < 0 ? v / kPow10[-e10] : v * kPow10[e10];
      out = negate ? -v : v;
      return NumError::Ok;
    }
  }
  // strtod needs a NUL-terminated buffer.
  std::string buf(p, end);
  char* stop = nullptr;
  double v = std::strtod(buf.c_str(), &stop);
  if (stop != buf.c_str() + buf.size()) return NumError::FloatInvalidLiteral;
  out = v;
  return NumError::Ok;
}

// _Py_string_to_number_with_underscores + the inner parse.
NumError parse_stripped(const char* p, const char* end, double& out) {
  bool has_underscore = false;
  for (const char* q = p; q < end; ++q) {
    if (*q == '_') { has_underscore = true; break; }
  }
  if (!has_underscore) return strtod_exact(p, end, out);
  std::string dup;
  dup.reserve(static_cast<size_t>(end - p));
  char prev = '\0';
  for (const char* q = p; q < end; ++q) {
    char c = *q;
    if (c == '_') {
      if (!is_digit(prev)) return NumError::FloatInvalidLiteral;  // only after digits
    } else {
      if (prev == '_' && !is_digit(c)) return NumError::FloatInvalidLiteral;  // only before digits
      dup.push_back(c);
    }
    prev = c;
  }
  if (prev == '_') return NumError::FloatInvalidLiteral;
  return strtod_exact(dup.data(), dup.data() + dup.size(), out);
}

}  // namespace

bool numeric_text_to_ascii(std::string_view utf8, std::string& out) {
  bool plain = true;
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0x7f) { plain = false; break; }
  }
  if (plain) return false;
  out.clear();
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    uint32_t cp = utf8_decode(utf8, i);
    if (cp < 0x7f) {
      out.push_back(static_cast<char>(cp));
    } else if (cp != UINT32_MAX && unicode_space(cp)) {
      out.push_back(' ');
    } else {
      int d = cp == UINT32_MAX ? -1 : decimal_of(cp);
      if (d < 0) {
        out.push_back('?');
        break;
      }
      out.push_back(static_cast<char>('0' + d));
    }
  }
  return true;
}

NumError parse_float(std::string_view text, double& out) {
  std::string conv;
  if (numeric_text_to_ascii(text, conv)) text = conv;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end && is_ascii_space(*p)) ++p;
  while (end > p && is_ascii_space(end[-1])) --end;
  if (p == end) return NumError::FloatInvalidLiteral;
  return parse_stripped(p, end, out);
}

NumError parse_float_literal(std::string_view ascii, double& out) {
  if (ascii.empty()) return NumError::FloatInvalidLiteral;
  return parse_stripped(ascii.data(), ascii.data() + ascii.size(), out);
}

std::string float_invalid_literal_message(std::string_view repr) {
  std::string m = "could not convert string to float: ";
  m.append(repr);
  return m;
}

}  // namespace ls
