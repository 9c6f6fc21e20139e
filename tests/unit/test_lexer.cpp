// Lexer tests: token streams (INDENT/DEDENT, implicit joining, continuation lines, positions),
// number conversion, source normalization and tokenizer errors.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang/lexer.hpp"

using namespace ls;

namespace {

std::string kinds(std::string_view src) {
  SourceText s(src);
  LexResult r = tokenize(s);
  std::string out;
  for (const Token& t : r.tokens) {
    if (!out.empty()) out += ' ';
    switch (t.type) {
      case Tok::Name: out += "N:" + std::string(t.text); break;
      case Tok::Number: out += "#" + std::string(t.text); break;
      case Tok::String: out += "S" + std::string(t.text); break;
      case Tok::Newline: out += "NL"; break;
      case Tok::Indent: out += "IN"; break;
      case Tok::Dedent: out += "DE"; break;
      case Tok::EndMarker: out += "END"; break;
      default: out += tok_spelling(t.type); break;
    }
  }
  if (r.error_kind != LexErrorKind::None) out += " !" + r.error.msg;
  return out;
}

}  // namespace

TEST_CASE("lexer: indentation produces INDENT/DEDENT", "[lexer]") {
  CHECK(kinds("if x:\n    y\nz\n") == "if N:x : NL IN N:y NL DE N:z NL END");
  CHECK(kinds("if x:\n  if y:\n    z\n") == "if N:x : NL IN if N:y : NL IN N:z NL DE DE END");
  CHECK(kinds("if x:\n\n   # comment\n    y\n") == "if N:x : NL IN N:y NL DE END");
  CHECK(kinds("x = (1,\n        2)\n") == "N:x = ( #1 , #2 ) NL END");
  CHECK(kinds("x = 1 + \\\n  2\n") == "N:x = #1 + #2 NL END");
  CHECK(kinds("") == "END");
  CHECK(kinds("x") == "N:x NL END");
  CHECK(kinds("if x:\n\ty\n") == "if N:x : NL IN N:y NL DE END");
}

TEST_CASE("lexer: operators, keywords and literals", "[lexer]") {
  CHECK(kinds("a **= b // c -> d := e ... f != g") ==
        "N:a **= N:b // N:c -> N:d := N:e ... N:f != N:g NL END");
  CHECK(kinds("async def f(): await x") == "async def N:f ( ) : await N:x NL END");
  CHECK(kinds("match = case = _") == "N:match = N:case = N:_ NL END");
  CHECK(kinds("x = rb'a' f\"b\" U'c' '''d'''") == "N:x = Srb'a' Sf\"b\" SU'c' S'''d''' NL END");
  CHECK(kinds("1 1.5 .5 1e3 0x_1f 1_000j 1if x else 2") ==
        "#1 #1.5 #.5 #1e3 #0x_1f #1_000j #1 if N:x else #2 NL END");
}

TEST_CASE("lexer: token positions are UTF-8 byte columns", "[lexer]") {
  SourceText s("é = 'ü'\nx = \"\"\"a\nb\"\"\"\n");
  LexResult r = tokenize(s);
  REQUIRE(r.error_kind == LexErrorKind::None);
  CHECK(r.tokens[0].col == 0);
  CHECK(r.tokens[0].end_col == 2);
  CHECK(r.tokens[1].col == 3);
  CHECK(r.tokens[2].col == 5);
  CHECK(r.tokens[2].end_col == 9);
  const Token& triple = r.tokens[6];
  CHECK(triple.type == Tok::String);
  CHECK(triple.lineno == 2);
  CHECK(triple.col == 4);
  CHECK(triple.end_lineno == 3);
  CHECK(triple.end_col == 4);
}

TEST_CASE("lexer: source normalization", "[lexer]") {
  SourceText s("\xEF\xBB\xBFx = 1\r\ny = 2\rz = 3");
  CHECK(s.text() == "x = 1\ny = 2\nz = 3\n");
  CHECK(s.line_count() == 3);
  CHECK(s.line(2) == "y = 2\n");
  CHECK(s.line(4).empty());
}

TEST_CASE("lexer: number conversion", "[lexer]") {
  NumberValue v = parse_number("0xFFFF_FFFF_FFFF_FFFF_FF");
  CHECK(v.kind == NumberValue::Int);
  CHECK(v.digits == "4722366482869645213695");
  CHECK_FALSE(v.fits_i64);
  v = parse_number("0o777");
  CHECK(v.digits == "511");
  CHECK(v.ivalue == 511);
  v = parse_number("0b1_0000_0000");
  CHECK(v.ivalue == 256);
  v = parse_number("000");
  CHECK(v.digits == "0");
  CHECK(v.fits_i64);
  v = parse_number("1_000.25e-2");
  CHECK(v.kind == NumberValue::Float);
  CHECK(v.fvalue == 10.0025);
  v = parse_number("0.1");
  CHECK(v.fvalue == 0.1);
  v = parse_number("2.5J");
  CHECK(v.kind == NumberValue::Imag);
  CHECK(v.fvalue == 2.5);
  v = parse_number("1e400");
  CHECK(v.kind == NumberValue::Float);
  CHECK(v.fvalue > 1e308);
}

TEST_CASE("lexer: errors carry CPython's messages and kinds", "[lexer]") {
  auto err = [](std::string_view src) {
    SourceText s(src);
    LexResult r = tokenize(s);
    return r;
  };
  LexResult r = err("x = 'abc\n");
  CHECK(r.error_kind == LexErrorKind::Hard);
  CHECK(r.error.msg == "unterminated string literal (detected at line 1)");
  CHECK(r.error.col_offset == 5);
  r = err("x = '''abc\n\n");
  CHECK(r.error.msg == "unterminated triple-quoted string literal (detected at line 2)");
  r = err("x = 1abc\n");
  CHECK(r.error.msg == "invalid decimal literal");
  r = err("x = (1,\n");
  CHECK(r.error_kind == LexErrorKind::UnclosedAtEof);
  CHECK(r.error.msg == "'(' was never closed");
  CHECK(r.unclosed_lineno == 1);
  r = err("if x:\n    a\n  b\n");
  CHECK(r.error_kind == LexErrorKind::Soft);
  CHECK(r.error.type == "IndentationError");
  CHECK(r.error.msg == "unindent does not match any outer indentation level");
  r = err("if x:\n\ta\n        b\n");
  CHECK(r.error.type == "TabError");
  r = err("x = \xe2\x80\x9chi\xe2\x80\x9d\n");
  CHECK(r.error.msg == "invalid character '\xe2\x80\x9c' (U+201C)");
  r = err("x = ]\n");
  CHECK(r.error.msg == "unmatched ']'");
  // the tokens before the error are kept (they point into the SourceText)
  SourceText kept("a b 'c\n");
  r = tokenize(kept);
  REQUIRE(r.tokens.size() == 2);
  CHECK(r.tokens[1].text == "b");
}
