// Python's float() string parsing, and the Unicode-to-ASCII normalisation shared with int().
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "object/bigint.hpp"  // NumError

namespace ls {

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII for UTF-8 input: ASCII below 0x7f is
// kept, other Unicode whitespace becomes ' ', Unicode decimal digits (category Nd, e.g. U+0663)
// become '0'..'9'; anything else (and malformed UTF-8) becomes '?' and ends the output.
// Returns false when the text is plain ASCII without DEL (nothing to do, `out` untouched).
bool numeric_text_to_ascii(std::string_view utf8, std::string& out);

// UTF-8 helpers shared by the numeric code. utf8_decode reads one code point at s[i] and
// advances i; malformed input yields UINT32_MAX (one byte consumed). utf8_append encodes any
// value below 0x110000 (surrogates included, as 3 bytes).
uint32_t utf8_decode(std::string_view s, size_t& i);
void utf8_append(std::string& out, uint32_t cp);
size_t utf8_length(std::string_view s);  // number of code points (malformed bytes count 1 each)
// Py_UNICODE_TODECIMAL: the value 0..9 of a Unicode decimal digit, -1 otherwise.
int unicode_decimal_value(uint32_t cp);

// Py_ISSPACE: the six ASCII whitespace characters " \t\n\v\f\r".
inline bool is_ascii_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// float(text) with Python 3.11 rules: surrounding whitespace (incl. Unicode whitespace),
// optional sign, digits with an optional '.' and exponent, 'inf' / 'infinity' / 'nan' in any
// case, underscores only between digits, Unicode decimal digits. Correctly rounded.
// Error: FloatInvalidLiteral (see float_invalid_literal_message).
NumError parse_float(std::string_view text, double& out);

// The same grammar without whitespace stripping or Unicode digits: for float literals in
// source code (e.g. "1_000.5e-3"). Error: FloatInvalidLiteral.
NumError parse_float_literal(std::string_view ascii, double& out);

// "could not convert string to float: 'abc'" — `repr` is repr() of the argument (not truncated).
std::string float_invalid_literal_message(std::string_view repr);

}  // namespace ls
