// The format-spec mini-language (format(), str.format, f-strings) for int, float and str, and
// printf-style `str % args` formatting — CPython 3.11's formatter_unicode.c and
// PyUnicode_Format, byte for byte.
//
// Strings are UTF-8; widths, precisions and padding count code points like Python does.
// Errors come back as FormatError {kind, message} with CPython's exact text; the caller raises
// kind(message). C locale semantics ('n' formats like 'd' / 'g' without grouping).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "object/bigint.hpp"

namespace ls {

struct FormatError {
  PyExcKind kind = PyExcKind::None;
  std::string message;
  bool ok() const { return kind == PyExcKind::None; }
};

// A parsed standard format specifier: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
  uint32_t fill = ' ';       // code point
  uint32_t align = 0;        // '<' '>' '=' '^' (the default_align when not given)
  uint32_t sign = 0;         // '+' '-' ' ' or 0
  bool no_neg_0 = false;     // 'z'
  bool alternate = false;    // '#'
  int64_t width = -1;
  char thousands = 0;        // ',' or '_' or 0
  bool group_by_four = false;  // '_' with b/o/x/X
  int64_t precision = -1;
  uint32_t type = 0;         // code point; the default_type when not given
};

// parse_internal_render_format_spec. type_name is the object's type name for the
// "Invalid format specifier '...' for object of type '...'" message.
FormatError parse_format_spec(std::string_view spec, uint32_t default_type, uint32_t default_align,
                              std::string_view type_name, FormatSpec& out);

// format(int, spec). An empty spec gives str(v) (note: format(True, '') is 'True' — for bool the
// caller handles the empty spec itself). Types b c d o x X n, and e E f F g G % through float().
// max_str_digits: sys.int_max_str_digits for the decimal conversions (0 = unlimited).
FormatError format_int(const BigInt& v, std::string_view spec, std::string& out,
                       std::string_view type_name = "int",
                       uint64_t max_str_digits = kDefaultIntMaxStrDigits);
FormatError format_int(int64_t v, std::string_view spec, std::string& out,
                       std::string_view type_name = "int",
                       uint64_t max_str_digits = kDefaultIntMaxStrDigits);
// format(float, spec). Types e E f F g G n % and none (repr-like: format(1.0, '') == '1.0',
// format(0.1, '.3') == '0.1').
FormatError format_float(double v, std::string_view spec, std::string& out,
                         std::string_view type_name = "float");
// format(complex, spec). Types e E f F g G n and none (format(1+2j, '') == '(1+2j)').
FormatError format_complex(double re, double im, std::string_view spec, std::string& out,
                           std::string_view type_name = "complex");
// format(str, spec). Types s and none; precision truncates.
FormatError format_str(std::string_view s, std::string_view spec, std::string& out,
                       std::string_view type_name = "str");

// Widths beyond this are refused with MemoryError instead of building a huge string.
inline constexpr int64_t kMaxFormatWidth = int64_t(1) << 28;

// ---------------------------------------------------------------------------------------------
// printf-style formatting: `fmt % args`
// ---------------------------------------------------------------------------------------------

// The right operand of `%`, supplied by the caller. Conversion callbacks return false after
// raising a Python exception themselves (percent_format then returns kind Pending).
class PercentArgs {
 public:
  virtual ~PercentArgs() = default;

  // Which object a callback is asked about: an index into the tuple operand, kWhole for a
  // non-tuple operand itself, or kSelected for the value of the last select_key().
  static constexpr size_t kWhole = SIZE_MAX;
  static constexpr size_t kSelected = SIZE_MAX - 1;

  virtual bool is_tuple() const = 0;
  virtual size_t tuple_size() const = 0;
  // PyMapping_Check(args) && !tuple && !str (enables "%(name)s"; note lists count as mappings).
  virtual bool is_mapping() const = 0;
  // args[key] for "%(key)s": remember the value for kSelected (raise KeyError and return false).
  virtual bool select_key(std::string_view key) = 0;

  // %s %r %a: str(), repr(), ascii() of the argument (conv is 's', 'r' or 'a').
  virtual bool text(size_t arg, char conv, std::string& out) = 0;
  // %d %i %u: int(x) — TypeError "%d format: a real number is required, not str";
  // %o %x %X: operator.index(x) — TypeError "%x format: an integer is required, not float".
  virtual bool integer(size_t arg, char conv, BigInt& out) = 0;
  // %e %E %f %F %g %G: float(x) (TypeError "must be real number, not str").
  virtual bool real(size_t arg, char conv, double& out) = 0;
  // %c: a 1-character str, or an int in range(0x110000) (TypeError "%c requires int or char";
  // for ints use percent_char_from_int for the OverflowError).
  virtual bool character(size_t arg, uint32_t& code_point) = 0;
  // '*' width (is_precision false, Py_ssize_t) or precision (true, C int). Return 1 with the
  // value, 0 when the argument is not an int (percent_format raises "* wants int"), -1 after
  // raising (e.g. OverflowError).
  virtual int star(size_t arg, bool is_precision, int64_t& out) = 0;
};

// fmt % args. max_str_digits applies to %d/%i/%u.
FormatError percent_format(std::string_view fmt, PercentArgs& args, std::string& out,
                           uint64_t max_str_digits = kDefaultIntMaxStrDigits);

// Helpers for PercentArgs::character: an int's code point, or OverflowError
// "%c arg not in range(0x110000)" (the message for every out-of-range int in 3.11).
FormatError percent_char_from_int(const BigInt& v, uint32_t& code_point);

// _PyUnicode_FormatLong: the digits of one %d/%o/%x/%X conversion before padding ('-' sign,
// '0x'/'0X'/'0o' prefix when alt, zero-filled to prec digits).
FormatError percent_format_long(const BigInt& v, bool alt, int64_t prec, char type,
                                std::string& out, uint64_t max_str_digits = kDefaultIntMaxStrDigits);

}  // namespace ls
