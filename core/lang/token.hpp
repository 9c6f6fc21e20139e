// LoopScope front end: tokens produced by the lexer (lexer.hpp) and consumed by the parser.
#pragma once

#include <cstdint>
#include <string_view>

namespace ls {

enum class Tok : uint8_t {
  EndMarker, Name, Number, String, Newline, Indent, Dedent,
  // operators and delimiters (CPython's token names)
  LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar,
  Amper, Less, Greater, Equal, Dot, Percent, EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde,
  Circumflex, LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual,
  PercentEqual, AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual,
  DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual,
  Exclamation,   // a lone '!' (only meaningful inside f-string replacement fields)
  ErrorOp,       // any other character CPython tokenizes as a one-char OP ('$', '?', '`')
  // keywords (soft keywords `match`, `case`, `_` are plain Names)
  KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak, KwClass, KwContinue,
  KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally, KwFor, KwFrom, KwGlobal, KwIf, KwImport,
  KwIn, KwIs, KwLambda, KwNonlocal, KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry, KwWhile,
  KwWith, KwYield,
};

// Source spelling of a token kind ("(", "**=", "while"); a descriptive word for
// Name/Number/String/Newline/Indent/Dedent/EndMarker.
const char* tok_spelling(Tok t);
inline bool is_keyword(Tok t) { return t >= Tok::KwFalse; }

struct Token {
  Tok type = Tok::EndMarker;
  std::string_view text;  // the token's source text (empty for Newline at EOF, Indent, Dedent, EndMarker)
  int lineno = 0;         // 1-based
  int col = 0;            // 0-based UTF-8 byte column (-1 for Indent/Dedent/EndMarker, as CPython;
                          // EndMarker and end-of-file Dedents are on the last line)
  int end_lineno = 0;
  int end_col = 0;        // exclusive
};

}  // namespace ls
