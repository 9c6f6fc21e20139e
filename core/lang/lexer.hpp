// LoopScope front end: the tokenizer. Mirrors CPython 3.11's Parser/tokenizer.c: INDENT/DEDENT,
// implicit line joining inside brackets, backslash continuation, blank/comment lines skipped,
// numbers validated, strings delimited (their contents are decoded later by the parser), and the
// same error messages and positions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax_error.hpp"
#include "token.hpp"

namespace ls {

// Source text normalized as CPython reads it: a leading UTF-8 BOM removed, "\r\n" and "\r"
// turned into "\n", and a final "\n" appended if missing (unless `add_newline` is false: CPython's
// eval input, whose tokenizer gets no NEWLINE at the end of an unterminated last line). Tokens
// point into `text`.
class SourceText {
 public:
  explicit SourceText(std::string_view raw, bool add_newline = true);
  const std::string& text() const { return text_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // The 1-based line `lineno` including its '\n' ("" if out of range).
  std::string_view line(int lineno) const;
  size_t line_start(int lineno) const { return line_starts_[static_cast<size_t>(lineno - 1)]; }

 private:
  std::string text_;
  std::vector<size_t> line_starts_;
};

// How a tokenizer error competes with a parser error found earlier in the file
// (CPython: errors raised with an exception in the tokenizer win; the others are ignored
// unless the parser actually reaches them, except an unclosed bracket at EOF, see below).
enum class LexErrorKind : uint8_t {
  None,
  Hard,          // raised as an exception by CPython's tokenizer: always wins
  Soft,          // E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT, E_EOF: only if reached
  UnclosedAtEof  // EOF inside brackets: "'(' was never closed"; wins over a parser error only if
                 // the bracket's line is before the parser error's line
};

struct LexResult {
  std::vector<Token> tokens;  // all tokens before the error point (ends with EndMarker if no error)
  LexErrorKind error_kind = LexErrorKind::None;
  SyntaxErrorInfo error;      // valid if error_kind != None
  int unclosed_lineno = 0;    // UnclosedAtEof: line of the innermost unclosed bracket
};

// Tokenizes the whole source. Never throws. `file_mode`: see SourceKind in parser.hpp (error
// offsets that CPython's parser reports are in bytes for file input, characters for strings).
LexResult tokenize(const SourceText& src, bool file_mode = true);

// Helpers shared with the parser.
// Number of code points in the first `nbytes` bytes of `line` (CPython's byte -> character offset).
int char_count(std::string_view line, int nbytes);
// Is `cp` a valid identifier start / continuation code point (approximation of XID_Start/XID_Continue
// good for all scripts in common use; ASCII exact).
bool is_id_start(uint32_t cp);
bool is_id_continue(uint32_t cp);

// Number literal conversion. `text` is a Number token validated by the lexer.
struct NumberValue {
  enum Kind : uint8_t { Int, Float, Imag } kind = Int;
  std::string digits;   // Int: normalized decimal digits
  bool fits_i64 = false;
  int64_t ivalue = 0;
  double fvalue = 0.0;  // Float / Imag
};
NumberValue parse_number(std::string_view text);

}  // namespace ls
