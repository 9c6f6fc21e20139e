// Format-spec mini-language and printf-style formatting: see format_spec.hpp.
// Follows CPython 3.11's Python/formatter_unicode.c (parse_internal_render_format_spec,
// calc_number_widths, fill_number, _PyUnicode_InsertThousandsGrouping) and
// Objects/unicodeobject.c (PyUnicode_Format).
#include "object/format_spec.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "object/float_format.hpp"
#include "object/float_parse.hpp"

namespace ls {

namespace {

constexpr int64_t kSsizeMax = INT64_MAX;
constexpr int64_t kIntMax = 2147483647;

FormatError fail(PyExcKind kind, std::string message) {
  return FormatError{kind, std::move(message)};
}

FormatError memory_error() { return fail(PyExcKind::MemoryError, ""); }

std::vector<uint32_t> code_points(std::string_view s) {
  std::vector<uint32_t> cps;
  cps.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = utf8_decode(s, i);
    cps.push_back(cp == UINT32_MAX ? 0xFFFD : cp);
  }
  return cps;
}

// The code points of UTF-8 text: decoded in place when short (no heap allocation: format specs
// and %-format strings are short and parsed on every call), else into a vector.
class CodePoints {
 public:
  explicit CodePoints(std::string_view s) {
    if (s.size() <= kInline) {
      size_t k = 0;
      for (size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
          inline_[k++] = c;
          ++i;
          continue;
        }
        uint32_t cp = utf8_decode(s, i);
        inline_[k++] = cp == UINT32_MAX ? 0xFFFD : cp;
      }
      data_ = inline_;
      size_ = k;
    } else {
      vec_ = code_points(s);
      data_ = vec_.data();
      size_ = vec_.size();
    }
  }
  CodePoints(const CodePoints&) = delete;
  CodePoints& operator=(const CodePoints&) = delete;
  size_t size() const { return size_; }
  uint32_t operator[](size_t i) const { return data_[i]; }

 private:
  static constexpr size_t kInline = 96;
  uint32_t inline_[kInline];
  std::vector<uint32_t> vec_;
  const uint32_t* data_;
  size_t size_;
};

std::string hex_of(uint32_t v) {
  static const char kHex[] = "0123456789abcdef";
  std::string s;
  do {
    s.insert(s.begin(), kHex[v & 15]);
    v >>= 4;
  } while (v);
  return s;
}

// A presentation type in messages: 'x', or '\x1' for control and non-ASCII characters.
std::string type_char_text(uint32_t t) {
  if (t > 32 && t < 128) return std::string(1, static_cast<char>(t));
  return "\\x" + hex_of(t);
}

std::string truncate_name(std::string_view type_name) {
  // %.200s
  return std::string(type_name.substr(0, 200));
}

FormatError unknown_presentation_type(uint32_t type, std::string_view type_name) {
  return fail(PyExcKind::ValueError, "Unknown format code '" + type_char_text(type) +
                                         "' for object of type '" + truncate_name(type_name) + "'");
}

bool is_alignment_token(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_sign_element(uint32_t c) { return c == ' ' || c == '+' || c == '-'; }

// get_integer: -1 on overflow, else the number of digits consumed.
int64_t get_integer(const CodePoints& s, size_t& pos, int64_t& result) {
  int64_t acc = 0, numdigits = 0;
  for (; pos < s.size(); ++pos, ++numdigits) {
    int d = unicode_decimal_value(s[pos]);
    if (d < 0) break;
    if (acc > (kSsizeMax - d) / 10) return -1;
    acc = acc * 10 + d;
  }
  result = acc;
  return numdigits;
}

// _PyUnicode_InsertThousandsGrouping: digits grouped by `group` (0 = none) with `sep`, left-padded
// with zeros up to min_width characters (separators included).
std::string group_digits(std::string_view digits, int64_t min_width, int group, char sep) {
  std::string rev;
  int64_t remaining = static_cast<int64_t>(digits.size());
  size_t pos = digits.size();
  min_width = std::max<int64_t>(0, min_width);
  rev.reserve(static_cast<size_t>(std::max<int64_t>(remaining + remaining / 3, min_width)) + 1);
  bool use_sep = false, broken = false;
  auto emit = [&](int64_t n_chars, int64_t n_zeros) {
    if (use_sep) rev.push_back(sep);
    for (int64_t i = 0; i < n_chars; ++i) rev.push_back(digits[--pos]);
    rev.append(static_cast<size_t>(n_zeros), '0');
  };
  if (group > 0) {
    for (;;) {
      int64_t len = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, min_width), 1));
      int64_t n_zeros = std::max<int64_t>(0, len - remaining);
      int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
      emit(n_chars, n_zeros);
      use_sep = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= 1;  // separator length
    }
  }
  if (!broken) {
    int64_t len = std::max<int64_t>(std::max(remaining, min_width), 1);
    int64_t n_zeros = std::max<int64_t>(0, len - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
    emit(n_chars, n_zeros);
  }
  std::reverse(rev.begin(), rev.end());
  return rev;
}

// A number split the way calc_number_widths sees it:
// <sign><prefix><digits>[.<remainder>] — remainder holds what follows the digit run (decimal
// part, exponent, "inf", the character of 'c').
struct NumberParts {
  uint32_t sign_char = 0;  // '-' or 0
  std::string prefix;      // "0x" etc. (already in the right case)
  std::string digits;      // ASCII digits to group
  bool has_decimal = false;
  std::string remainder;   // after the decimal point (or everything when no leading digits)
};

// A formatted float's text ("-12.5e+03", "inf") split into sign, digit run and the rest.
static NumberParts split_number(const std::string& buf) {
  NumberParts p;
  size_t i = 0;
  if (!buf.empty() && buf[0] == '-') {
    p.sign_char = '-';
    i = 1;
  }
  size_t d = i;
  while (d < buf.size() && buf[d] >= '0' && buf[d] <= '9') ++d;
  p.digits = buf.substr(i, d - i);
  if (d < buf.size() && buf[d] == '.') {
    p.has_decimal = true;
    ++d;
  }
  p.remainder = buf.substr(d);
  return p;
}

// calc_number_widths + fill_number.
std::string layout_number(const NumberParts& p, const FormatSpec& f, int group, char sep) {
  uint32_t sign = 0;
  switch (f.sign) {
    case '+': sign = p.sign_char == '-' ? '-' : '+'; break;
    case ' ': sign = p.sign_char == '-' ? '-' : ' '; break;
    default: if (p.sign_char == '-') sign = '-'; break;
  }
  int64_t n_sign = sign ? 1 : 0;
  int64_t n_prefix = static_cast<int64_t>(p.prefix.size());
  int64_t n_decimal = p.has_decimal ? 1 : 0;
  int64_t n_remainder = static_cast<int64_t>(utf8_length(p.remainder));
  int64_t n_non_digit_non_padding = n_sign + n_prefix + n_decimal + n_remainder;
  int64_t n_min_width = 0;
  if (f.fill == '0' && f.align == '=') n_min_width = f.width - n_non_digit_non_padding;
  // Without grouping or zero padding the digit run is used as it is (group_digits would copy it).
  std::string grouped_buf;
  std::string_view grouped;
  if (!p.digits.empty()) {
    if (group == 0 && n_min_width <= static_cast<int64_t>(p.digits.size())) {
      grouped = p.digits;
    } else {
      grouped_buf = group_digits(p.digits, n_min_width, group, sep);
      grouped = grouped_buf;
    }
  }
  int64_t n_grouped = static_cast<int64_t>(grouped.size());
  int64_t n_padding = f.width - (n_non_digit_non_padding + n_grouped);
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (f.align) {
      case '<': rpad = n_padding; break;
      case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
      case '=': spad = n_padding; break;
      default: lpad = n_padding; break;
    }
  }
  std::string fill;
  utf8_append(fill, f.fill);
  std::string out;
  out.reserve(static_cast<size_t>(lpad + spad + rpad) * fill.size() + grouped.size() +
              p.prefix.size() + p.remainder.size() + 2);
  auto pad = [&](int64_t n) {
    if (fill.size() == 1) out.append(static_cast<size_t>(n), fill[0]);
    else for (int64_t i = 0; i < n; ++i) out += fill;
  };
  pad(lpad);
  if (sign) out.push_back(static_cast<char>(sign));
  out += p.prefix;
  pad(spad);
  out += grouped;
  if (p.has_decimal) out.push_back('.');
  out += p.remainder;
  pad(rpad);
  return out;
}

// Grouping for the spec: (group size, separator). 'n' uses the C locale: no grouping.
void grouping_for(const FormatSpec& f, int& group, char& sep) {
  group = 0;
  sep = 0;
  if (f.type == 'n' || !f.thousands) return;
  group = f.group_by_four ? 4 : 3;
  sep = f.thousands;
}

FormatError check_width(const FormatSpec& f) {
  if (f.width > kMaxFormatWidth) return memory_error();
  return {};
}

// The precision and width limits float and complex formatting check before any work.
static FormatError check_precision_and_width(const FormatSpec& f) {
  if (f.precision > kIntMax) return fail(PyExcKind::ValueError, "precision too big");
  if (f.precision > kMaxFormatWidth) return memory_error();
  return check_width(f);
}

FormatError format_float_internal(double val, const FormatSpec& f, std::string& out) {
  if (FormatError e = check_precision_and_width(f); !e.ok()) return e;
  int precision = static_cast<int>(f.precision);
  int default_precision = 6;
  uint32_t type = f.type;
  unsigned flags = 0;
  bool add_pct = false;
  if (f.alternate) flags |= kDtsfAlt;
  if (f.no_neg_0) flags |= kDtsfNoNegZero;
  if (type == 0) {
    flags |= kDtsfAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string buf = double_to_string(val, static_cast<char>(type), precision, flags);
  if (add_pct) buf.push_back('%');
  if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'n' && !f.thousands) {
    out = std::move(buf);
    return {};
  }
  NumberParts p = split_number(buf);
  int group;
  char sep;
  grouping_for(f, group, sep);
  out = layout_number(p, f, group, sep);
  return {};
}

// An int argument: a BigInt, or an int64 on the fast path.
struct IntArg {
  const BigInt* big = nullptr;
  int64_t small = 0;
  bool negative() const { return big ? big->is_negative() : small < 0; }
  uint64_t small_magnitude() const {
    return small < 0 ? 0 - static_cast<uint64_t>(small) : static_cast<uint64_t>(small);
  }
};

// Digits of |v| in base 2, 8, 10 or 16 (no sign, no prefix). False when the decimal conversion
// exceeds max_str_digits.
bool int_digits(const IntArg& v, int base, bool upper, uint64_t max_str_digits, std::string& out) {
  if (v.big) {
    if (base == 10) {
      if (v.big->abs().to_decimal_string(out, max_str_digits) != NumError::Ok) return false;
    } else {
      out = v.big->abs().to_string(base, upper);
    }
    return true;
  }
  static const char kLower[] = "0123456789abcdef";
  static const char kUpper[] = "0123456789ABCDEF";
  const char* dig = upper ? kUpper : kLower;
  uint64_t m = v.small_magnitude();
  char buf[64];
  int n = 0;
  do {
    buf[n++] = dig[m % static_cast<unsigned>(base)];
    m /= static_cast<unsigned>(base);
  } while (m);
  out.assign(buf, static_cast<size_t>(n));
  std::reverse(out.begin(), out.end());
  return true;
}

FormatError format_long_internal(const IntArg& v, const FormatSpec& f, std::string& out,
                                 uint64_t max_str_digits) {
  if (f.precision != -1)
    return fail(PyExcKind::ValueError, "Precision not allowed in integer format specifier");
  if (f.no_neg_0)
    return fail(PyExcKind::ValueError,
                "Negative zero coercion (z) not allowed in integer format specifier");
  NumberParts p;
  if (f.type == 'c') {
    if (f.sign != 0)
      return fail(PyExcKind::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate)
      return fail(PyExcKind::ValueError,
                  "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t x = v.small;
    if (v.big && !v.big->to_int64(x))
      return fail(PyExcKind::OverflowError, "Python int too large to convert to C long");
    if (x < 0 || x > 0x10ffff)
      return fail(PyExcKind::OverflowError, "%c arg not in range(0x110000)");
    utf8_append(p.remainder, static_cast<uint32_t>(x));
  } else {
    int base = 10;
    bool upper = false;
    const char* prefix = "";
    switch (f.type) {
      case 'b': base = 2; prefix = "0b"; break;
      case 'o': base = 8; prefix = "0o"; break;
      case 'x': base = 16; prefix = "0x"; break;
      case 'X': base = 16; prefix = "0X"; upper = true; break;
      default: break;
    }
    if (!int_digits(v, base, upper, max_str_digits, p.digits))
      return fail(PyExcKind::ValueError, int_max_str_digits_to_str_message(max_str_digits));
    if (v.negative()) p.sign_char = '-';
    if (f.alternate && base != 10) p.prefix = prefix;
  }
  if (FormatError e = check_width(f); !e.ok()) return e;
  int group;
  char sep;
  grouping_for(f, group, sep);
  out = layout_number(p, f, group, sep);
  return {};
}

FormatError format_int_arg(const IntArg& v, std::string_view spec, std::string& out,
                           std::string_view type_name, uint64_t max_str_digits) {
  if (spec.empty()) {
    if (!v.big) {
      out = std::to_string(v.small);
      return {};
    }
    if (v.big->to_decimal_string(out, max_str_digits) != NumError::Ok)
      return fail(PyExcKind::ValueError, int_max_str_digits_to_str_message(max_str_digits));
    return {};
  }
  FormatSpec f;
  if (FormatError e = parse_format_spec(spec, 'd', '>', type_name, f); !e.ok()) return e;
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_long_internal(v, f, out, max_str_digits);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d = static_cast<double>(v.small);  // int64 -> double rounds to nearest
      if (v.big && v.big->to_double(d) != NumError::Ok)
        return fail(PyExcKind::OverflowError, num_error_message(NumError::IntTooLargeForFloat));
      return format_float_internal(d, f, out);
    }
    default:
      return unknown_presentation_type(f.type, type_name);
  }
}

}  // namespace

FormatError parse_format_spec(std::string_view spec_text, uint32_t default_type,
                              uint32_t default_align, std::string_view type_name,
                              FormatSpec& out) {
  CodePoints s(spec_text);
  size_t pos = 0, end = s.size();
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  bool align_specified = false, fill_specified = false;
  if (end - pos >= 2 && is_alignment_token(s[pos + 1])) {
    f.align = s[pos + 1];
    f.fill = s[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment_token(s[pos])) {
    f.align = s[pos];
    align_specified = true;
    ++pos;
  }
  if (end - pos >= 1 && is_sign_element(s[pos])) f.sign = s[pos++];
  if (end - pos >= 1 && s[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!fill_specified && end - pos >= 1 && s[pos] == '0') {
    f.fill = '0';
    if (!align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  int64_t consumed = get_integer(s, pos, f.width);
  if (consumed < 0) return fail(PyExcKind::ValueError, "Too many decimal digits in format string");
  if (consumed == 0) f.width = -1;
  if (end - pos && s[pos] == ',') {
    f.thousands = ',';
    ++pos;
  }
  if (end - pos && s[pos] == '_') {
    if (f.thousands) return fail(PyExcKind::ValueError, "Cannot specify both ',' and '_'.");
    f.thousands = '_';
    ++pos;
  }
  if (end - pos && s[pos] == ',' && f.thousands == '_')
    return fail(PyExcKind::ValueError, "Cannot specify both ',' and '_'.");
  if (end - pos && s[pos] == '.') {
    ++pos;
    consumed = get_integer(s, pos, f.precision);
    if (consumed < 0)
      return fail(PyExcKind::ValueError, "Too many decimal digits in format string");
    if (consumed == 0) return fail(PyExcKind::ValueError, "Format specifier missing precision");
  }
  if (end - pos > 1) {
    return fail(PyExcKind::ValueError, "Invalid format specifier '" + std::string(spec_text) +
                                           "' for object of type '" + truncate_name(type_name) +
                                           "'");
  }
  if (end - pos == 1) f.type = s[pos++];
  if (f.thousands) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.thousands == '_') {
          f.group_by_four = true;
          break;
        }
        [[fallthrough]];
      default:
        return fail(PyExcKind::ValueError, std::string("Cannot specify '") + f.thousands +
                                               "' with '" + type_char_text(f.type) + "'.");
    }
  }
  out = f;
  return {};
}

FormatError format_int(const BigInt& v, std::string_view spec, std::string& out,
                       std::string_view type_name, uint64_t max_str_digits) {
  IntArg a;
  a.big = &v;
  return format_int_arg(a, spec, out, type_name, max_str_digits);
}

FormatError format_int(int64_t v, std::string_view spec, std::string& out,
                       std::string_view type_name, uint64_t max_str_digits) {
  IntArg a;
  a.small = v;
  return format_int_arg(a, spec, out, type_name, max_str_digits);
}

FormatError format_float(double v, std::string_view spec, std::string& out,
                         std::string_view type_name) {
  if (spec.empty()) {
    out = float_repr(v);
    return {};
  }
  FormatSpec f;
  if (FormatError e = parse_format_spec(spec, 0, '>', type_name, f); !e.ok()) return e;
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float_internal(v, f, out);
    default:
      return unknown_presentation_type(f.type, type_name);
  }
}

// format(complex, spec): CPython's format_complex_internal. Types e E f F g G n and none (like
// repr: parentheses around a real part, the real part left out when it is +0.0, no ".0" added);
// the imaginary part always carries a sign after a real part; padding applies to the whole.
FormatError format_complex(double re, double im, std::string_view spec, std::string& out,
                           std::string_view type_name) {
  FormatSpec f;
  if (FormatError e = parse_format_spec(spec, 0, '>', type_name, f); !e.ok()) return e;
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: return unknown_presentation_type(f.type, type_name);
  }
  if (f.fill == '0') {
    return fail(PyExcKind::ValueError, "Zero padding is not allowed in complex format specifier");
  }
  if (f.align == '=') {
    return fail(PyExcKind::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  }
  if (FormatError e = check_precision_and_width(f); !e.ok()) return e;
  int precision = static_cast<int>(f.precision);
  int default_precision = 6;
  uint32_t type = f.type;
  unsigned flags = 0;
  bool skip_re = false, add_parens = false;
  if (f.alternate) flags |= kDtsfAlt;
  if (f.no_neg_0) flags |= kDtsfNoNegZero;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && !std::signbit(re)) skip_re = true;
    else add_parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  int group;
  char sep;
  grouping_for(f, group, sep);
  FormatSpec tmp = f;
  tmp.fill = ' ';
  tmp.align = '<';
  tmp.width = -1;
  auto part = [&](double v) {
    std::string buf = double_to_string(v, static_cast<char>(type), precision, flags);
    return layout_number(split_number(buf), tmp, group, sep);
  };
  std::string body;
  if (add_parens) body += '(';
  if (!skip_re) {
    body += part(re);
    tmp.sign = '+';
  }
  body += part(im);
  body += 'j';
  if (add_parens) body += ')';
  int64_t n = static_cast<int64_t>(body.size());
  int64_t lpad = 0, rpad = 0;
  if (f.width > n) {
    int64_t padding = f.width - n;
    switch (f.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2; rpad = padding - lpad; break;
      default: lpad = padding; break;
    }
  }
  std::string fill;
  utf8_append(fill, f.fill);
  out.clear();
  for (int64_t i = 0; i < lpad; ++i) out += fill;
  out += body;
  for (int64_t i = 0; i < rpad; ++i) out += fill;
  return {};
}

FormatError format_str(std::string_view s, std::string_view spec, std::string& out,
                       std::string_view type_name) {
  if (spec.empty()) {
    out.assign(s);
    return {};
  }
  FormatSpec f;
  if (FormatError e = parse_format_spec(spec, 's', '<', type_name, f); !e.ok()) return e;
  if (f.type != 's') return unknown_presentation_type(f.type, type_name);
  if (f.sign != 0) {
    return fail(PyExcKind::ValueError, f.sign == ' '
                                           ? "Space not allowed in string format specifier"
                                           : "Sign not allowed in string format specifier");
  }
  if (f.no_neg_0)
    return fail(PyExcKind::ValueError,
                "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate)
    return fail(PyExcKind::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=')
    return fail(PyExcKind::ValueError, "'=' alignment not allowed in string format specifier");
  if (FormatError e = check_width(f); !e.ok()) return e;
  int64_t len = static_cast<int64_t>(utf8_length(s));
  size_t nbytes = s.size();
  if (f.precision >= 0 && len >= f.precision) {
    // keep the first `precision` code points
    size_t i = 0;
    for (int64_t k = 0; k < f.precision; ++k) utf8_decode(s, i);
    nbytes = i;
    len = f.precision;
  }
  int64_t total = f.width >= 0 && f.width > len ? f.width : len;
  int64_t lpad = 0;
  if (f.align == '>') lpad = total - len;
  else if (f.align == '^') lpad = (total - len) / 2;
  int64_t rpad = total - len - lpad;
  std::string fill;
  utf8_append(fill, f.fill);
  std::string r;
  r.reserve(nbytes + static_cast<size_t>(lpad + rpad) * fill.size());
  for (int64_t k = 0; k < lpad; ++k) r += fill;
  r.append(s.substr(0, nbytes));
  for (int64_t k = 0; k < rpad; ++k) r += fill;
  out = std::move(r);
  return {};
}

// ---------------------------------------------------------------------------------------------
// printf-style
// ---------------------------------------------------------------------------------------------

FormatError percent_char_from_int(const BigInt& v, uint32_t& code_point) {
  int64_t x;
  if (!v.to_int64(x) || x < 0 || x > 0x10ffff)
    return fail(PyExcKind::OverflowError, "%c arg not in range(0x110000)");
  code_point = static_cast<uint32_t>(x);
  return {};
}

FormatError percent_format_long(const BigInt& v, bool alt, int64_t prec, char type,
                                std::string& out, uint64_t max_str_digits) {
  std::string digits;
  int64_t small;
  if (type == 'd' && v.to_int64(small)) {
    // Decimal digits of a machine-size value (no big-number conversion), written straight into
    // `out` (sign, zero padding to the precision, digits: as below).
    uint64_t m = small < 0 ? 0 - static_cast<uint64_t>(small) : static_cast<uint64_t>(small);
    char buf[24];
    char* e = buf + sizeof buf;
    char* p = e;
    do {
      *--p = static_cast<char>('0' + m % 10);
      m /= 10;
    } while (m);
    int64_t numdigits = e - p;
    out.clear();
    if (small < 0) out.push_back('-');
    if (prec > numdigits) out.append(static_cast<size_t>(prec - numdigits), '0');
    out.append(p, static_cast<size_t>(numdigits));
    return {};
  } else if (type == 'o') digits = v.abs().to_string(8);
  else if (type == 'x' || type == 'X') digits = v.abs().to_string(16, type == 'X');
  else if (v.abs().to_decimal_string(digits, max_str_digits) != NumError::Ok)
    return fail(PyExcKind::ValueError, int_max_str_digits_to_str_message(max_str_digits));
  std::string r;
  if (v.is_negative()) r.push_back('-');
  if (alt && (type == 'o' || type == 'x' || type == 'X')) {
    r.push_back('0');
    r.push_back(type);
  }
  int64_t numdigits = static_cast<int64_t>(digits.size());
  if (prec > numdigits) r.append(static_cast<size_t>(prec - numdigits), '0');
  r += digits;
  out = std::move(r);
  return {};
}

namespace {

constexpr int kLjust = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16;

struct PercentArg {
  uint32_t ch = 0;
  int flags = 0;
  int64_t width = -1;
  int64_t prec = -1;
  bool sign = false;
};

// unicode_format_arg_output
void percent_output(const PercentArg& a_in, std::string_view str, std::string& out) {
  PercentArg a = a_in;
  uint32_t fill = (a.sign && (a.flags & kZero)) ? '0' : ' ';
  int64_t len = static_cast<int64_t>(utf8_length(str));
  if ((a.width == -1 || a.width <= len) && (a.prec == -1 || a.prec >= len) &&
      !(a.flags & (kSign | kBlank))) {
    out.append(str);
    return;
  }
  if ((a.ch == 's' || a.ch == 'r' || a.ch == 'a') && a.prec >= 0 && len > a.prec) len = a.prec;
  // Numeric strings are ASCII; text ones have sign == false. Byte index == code point index
  // for the sign/prefix handling below.
  size_t pindex = 0;
  char signchar = 0;
  if (a.sign) {
    char c = str.empty() ? 0 : str[0];
    if (c == '-' || c == '+') {
      signchar = c;
      --len;
      ++pindex;
    } else if (a.flags & kSign) {
      signchar = '+';
    } else if (a.flags & kBlank) {
      signchar = ' ';
    } else {
      a.sign = false;
    }
  }
  if (a.width < len) a.width = len;
  if (a.sign) {
    if (fill != ' ') out.push_back(signchar);
    if (a.width > len) --a.width;
  }
  bool prefix = (a.flags & kAlt) && (a.ch == 'x' || a.ch == 'X' || a.ch == 'o');
  if (prefix) {
    if (fill != ' ') {
      out.append(str.substr(pindex, 2));
      pindex += 2;
    }
    a.width -= 2;
    if (a.width < 0) a.width = 0;
    len -= 2;
  }
  if (a.width > len && !(a.flags & kLjust)) {
    out.append(static_cast<size_t>(a.width - len), static_cast<char>(fill));
    a.width = len;
  }
  if (fill == ' ') {
    if (a.sign) out.push_back(signchar);
    if (prefix) {
      out.append(str.substr(pindex, 2));
      pindex += 2;
    }
  }
  if (len > 0) {
    // copy `len` code points from pindex
    size_t i = pindex;
    for (int64_t k = 0; k < len && i < str.size(); ++k) utf8_decode(str, i);
    out.append(str.substr(pindex, i - pindex));
  }
  if (a.width > len) out.append(static_cast<size_t>(a.width - len), ' ');
}

}  // namespace

FormatError percent_format(std::string_view fmt_text, PercentArgs& args, std::string& out,
                           uint64_t max_str_digits) {
  CodePoints fmt(fmt_text);
  const int64_t n = static_cast<int64_t>(fmt.size());
  auto READ = [&](int64_t i) -> uint32_t { return i < n ? fmt[static_cast<size_t>(i)] : 0; };
  int64_t fmtcnt = n, fmtpos = 0;
  int64_t arglen, argidx;
  bool selected = false;
  if (args.is_tuple()) {
    arglen = static_cast<int64_t>(args.tuple_size());
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  const bool dict = args.is_mapping();
  std::string result;
  if (fmt_text.size() > 15) result.reserve(fmt_text.size() + 16);  // (shorter: the inline buffer)

  auto next_arg = [&](size_t& which) -> bool {
    if (argidx < arglen) {
      int64_t i = argidx++;
      which = arglen < 0 ? (selected ? PercentArgs::kSelected : PercentArgs::kWhole)
                         : static_cast<size_t>(i);
      return true;
    }
    return false;
  };
  // (errors are built where they happen: a FormatError holds a heap string)
  auto not_enough = [] { return fail(PyExcKind::TypeError, "not enough arguments for format string"); };
  auto not_all = [] { return fail(PyExcKind::TypeError, "not all arguments converted during string formatting"); };
  auto pending = [] { return FormatError{PyExcKind::Pending, ""}; };

  while (--fmtcnt >= 0) {
    if (READ(fmtpos) != '%') {
      int64_t start = fmtpos++;
      while (fmtcnt >= 0 && READ(fmtpos) != '%') {
        ++fmtpos;
        --fmtcnt;
      }
      if (fmtcnt < 0) --fmtpos;
      for (int64_t i = start; i < fmtpos && i < n; ++i) utf8_append(result, fmt[static_cast<size_t>(i)]);
      continue;
    }
    ++fmtpos;
    // unicode_format_arg
    PercentArg a;
    a.ch = READ(fmtpos);
    if (a.ch == '%') {
      ++fmtpos;
      --fmtcnt;
      result.push_back('%');
      continue;
    }
    // unicode_format_arg_parse
    if (a.ch == '(') {
      if (!dict) return fail(PyExcKind::TypeError, "format requires a mapping");
      ++fmtpos;
      --fmtcnt;
      int64_t keystart = fmtpos;
      int pcount = 1;
      while (pcount > 0 && --fmtcnt >= 0) {
        a.ch = READ(fmtpos);
        if (a.ch == ')') --pcount;
        else if (a.ch == '(') ++pcount;
        ++fmtpos;
      }
      int64_t keylen = fmtpos - keystart - 1;
      if (fmtcnt < 0 || pcount > 0) return fail(PyExcKind::ValueError, "incomplete format key");
      std::string key;
      for (int64_t i = keystart; i < keystart + keylen; ++i) utf8_append(key, fmt[static_cast<size_t>(i)]);
      if (!args.select_key(key)) return pending();
      selected = true;
      arglen = -1;
      argidx = -2;
    }
    while (--fmtcnt >= 0) {
      a.ch = READ(fmtpos);
      ++fmtpos;
      switch (a.ch) {
        case '-': a.flags |= kLjust; continue;
        case '+': a.flags |= kSign; continue;
        case ' ': a.flags |= kBlank; continue;
        case '#': a.flags |= kAlt; continue;
        case '0': a.flags |= kZero; continue;
        default: break;
      }
      break;
    }
    if (a.ch == '*') {
      size_t which;
      if (!next_arg(which)) return not_enough();
      int64_t w;
      int r = args.star(which, false, w);
      if (r < 0) return pending();
      if (r == 0) return fail(PyExcKind::TypeError, "* wants int");
      if (w < 0) {
        a.flags |= kLjust;
        w = -w;
      }
      a.width = w;
      if (--fmtcnt >= 0) {
        a.ch = READ(fmtpos);
        ++fmtpos;
      }
    } else if (a.ch >= '0' && a.ch <= '9') {
      a.width = a.ch - '0';
      while (--fmtcnt >= 0) {
        a.ch = READ(fmtpos);
        ++fmtpos;
        if (a.ch < '0' || a.ch > '9') break;
        if (a.width > (kSsizeMax - static_cast<int64_t>(a.ch - '0')) / 10)
          return fail(PyExcKind::ValueError, "width too big");
        a.width = a.width * 10 + (a.ch - '0');
      }
    }
    if (a.ch == '.') {
      a.prec = 0;
      if (--fmtcnt >= 0) {
        a.ch = READ(fmtpos);
        ++fmtpos;
      }
      if (a.ch == '*') {
        size_t which;
        if (!next_arg(which)) return not_enough();
        int64_t p;
        int r = args.star(which, true, p);
        if (r < 0) return pending();
        if (r == 0) return fail(PyExcKind::TypeError, "* wants int");
        a.prec = p < 0 ? 0 : p;
        if (--fmtcnt >= 0) {
          a.ch = READ(fmtpos);
          ++fmtpos;
        }
      } else if (a.ch >= '0' && a.ch <= '9') {
        a.prec = a.ch - '0';
        while (--fmtcnt >= 0) {
          a.ch = READ(fmtpos);
          ++fmtpos;
          if (a.ch < '0' || a.ch > '9') break;
          if (a.prec > (kIntMax - static_cast<int64_t>(a.ch - '0')) / 10)
            return fail(PyExcKind::ValueError, "precision too big");
          a.prec = a.prec * 10 + (a.ch - '0');
        }
      }
    }
    if (fmtcnt >= 0) {
      if (a.ch == 'h' || a.ch == 'l' || a.ch == 'L') {
        if (--fmtcnt >= 0) {
          a.ch = READ(fmtpos);
          ++fmtpos;
        }
      }
    }
    if (fmtcnt < 0) return fail(PyExcKind::ValueError, "incomplete format");
    if (a.width > kMaxFormatWidth || a.prec > kMaxFormatWidth) return memory_error();

    // unicode_format_arg_format
    size_t which;
    if (!next_arg(which)) return not_enough();
    std::string str;
    switch (a.ch) {
      case 's': case 'r': case 'a':
        if (!args.text(which, static_cast<char>(a.ch), str)) return pending();
        break;
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        BigInt v;
        if (!args.integer(which, static_cast<char>(a.ch), v)) return pending();
        char type = static_cast<char>(a.ch);
        if (type == 'i' || type == 'u') type = 'd';
        if (FormatError e = percent_format_long(v, a.flags & kAlt, a.prec, type, str, max_str_digits);
            !e.ok())
          return e;
        a.sign = true;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double x;
        if (!args.real(which, static_cast<char>(a.ch), x)) return pending();
        str = double_to_string(x, static_cast<char>(a.ch), a.prec < 0 ? 6 : static_cast<int>(a.prec),
                               (a.flags & kAlt) ? kDtsfAlt : 0);
        a.sign = true;
        break;
      }
      case 'c': {
        uint32_t cp;
        if (!args.character(which, cp)) return pending();
        utf8_append(str, cp);
        break;
      }
      default: {
        std::string m = "unsupported format character '";
        m.push_back((a.ch >= 31 && a.ch <= 126) ? static_cast<char>(a.ch) : '?');
        m += "' (0x" + hex_of(a.ch) + ") at index " + std::to_string(fmtpos - 1);
        return fail(PyExcKind::ValueError, m);
      }
    }
    percent_output(a, str, result);
    if (dict && argidx < arglen) return not_all();
  }
  if (argidx < arglen && !dict) return not_all();
  out = std::move(result);
  return {};
}

}  // namespace ls
