// LoopScope front end: recursive-descent parser for Python 3.11 (see parser.hpp).
//
// Structure mirrors CPython's PEG parser (Grammar/python.gram) closely enough that errors come out
// the same: a first pass without the "invalid_*" diagnostics; if it fails without raising a
// specific error, a second pass with the diagnostics enabled (`diag_`) looks for a specialised
// message; failing that, "invalid syntax" is reported at the furthest token the first pass looked
// at. Tokenizer errors take priority as CPython's do (see finish_error()).
#include "parser.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>
#include <unordered_map>

#include "lexer.hpp"

namespace ls {
namespace {

using namespace ast;

struct ParseAbort {};

struct UName { const char* name; uint32_t cp; };
// A small table of Unicode character names for \N{...} escapes (sorted by name).
const UName kUnicodeNames[] = {
    {"ALARM CLOCK", 0x23F0},
    {"ALMOST EQUAL TO", 0x2248},
    {"APOSTROPHE", 0x27},
    {"BACKSPACE", 0x8},
    {"BALLOT X", 0x2717},
    {"BELL", 0x1F514},
    {"BLACK CIRCLE", 0x25CF},
    {"BLACK CLUB SUIT", 0x2663},
    {"BLACK DIAMOND SUIT", 0x2666},
    {"BLACK HEART SUIT", 0x2665},
    {"BLACK LARGE SQUARE", 0x2B1B},
    {"BLACK RIGHT-POINTING TRIANGLE", 0x25B6},
    {"BLACK SPADE SUIT", 0x2660},
    {"BLACK SQUARE", 0x25A0},
    {"BLACK STAR", 0x2605},
    {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500},
    {"BOX DRAWINGS LIGHT VERTICAL", 0x2502},
    {"BULLET", 0x2022},
    {"BYTE ORDER MARK", 0xFEFF},
    {"CARRIAGE RETURN", 0xD},
    {"CENT SIGN", 0xA2},
    {"CHARACTER TABULATION", 0x9},
    {"CHECK MARK", 0x2713},
    {"CIRCLED DIGIT ONE", 0x2460},
    {"COMMA", 0x2C},
    {"COPYRIGHT SIGN", 0xA9},
    {"CROSS MARK", 0x274C},
    {"DAGGER", 0x2020},
    {"DARK SHADE", 0x2593},
    {"DEGREE SIGN", 0xB0},
    {"DELETE", 0x7F},
    {"DIGIT ZERO", 0x30},
    {"DIVISION SIGN", 0xF7},
    {"DOWNWARDS ARROW", 0x2193},
    {"EM DASH", 0x2014},
    {"EM SPACE", 0x2003},
    {"EN DASH", 0x2013},
    {"EN SPACE", 0x2002},
    {"ESCAPE", 0x1B},
    {"EURO SIGN", 0x20AC},
    {"FIRE", 0x1F525},
    {"FORM FEED", 0xC},
    {"FULL BLOCK", 0x2588},
    {"FULL STOP", 0x2E},
    {"GREATER-THAN OR EQUAL TO", 0x2265},
    {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER EPSILON", 0x3B5},
    {"GREEK SMALL LETTER GAMMA", 0x3B3},
    {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC},
    {"GREEK SMALL LETTER OMEGA", 0x3C9},
    {"GREEK SMALL LETTER PHI", 0x3C6},
    {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER SIGMA", 0x3C3},
    {"GREEK SMALL LETTER TAU", 0x3C4},
    {"GRINNING FACE", 0x1F600},
    {"HEAVY BLACK HEART", 0x2764},
    {"HEAVY CHECK MARK", 0x2714},
    {"HIGH VOLTAGE SIGN", 0x26A1},
    {"HORIZONTAL ELLIPSIS", 0x2026},
    {"HOURGLASS WITH FLOWING SAND", 0x23F3},
    {"HOURGLASS", 0x231B},
    {"HUNDRED POINTS SYMBOL", 0x1F4AF},
    {"HYPHEN-MINUS", 0x2D},
    {"IDEOGRAPHIC SPACE", 0x3000},
    {"INCREMENT", 0x2206},
    {"INFINITY", 0x221E},
    {"INVERTED EXCLAMATION MARK", 0xA1},
    {"INVERTED QUESTION MARK", 0xBF},
    {"LARGE RED CIRCLE", 0x1F534},
    {"LATIN CAPITAL LETTER A", 0x41},
    {"LATIN CAPITAL LETTER E WITH ACUTE", 0xC9},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4},
    {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
    {"LATIN SMALL LETTER A", 0x61},
    {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"LATIN SMALL LETTER E WITH GRAVE", 0xE8},
    {"LATIN SMALL LETTER N WITH TILDE", 0xF1},
    {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6},
    {"LATIN SMALL LETTER SHARP S", 0xDF},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC},
    {"LEFT CURLY BRACKET", 0x7B},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"LEFT RIGHT ARROW", 0x2194},
    {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB},
    {"LEFTWARDS ARROW", 0x2190},
    {"LESS-THAN OR EQUAL TO", 0x2264},
    {"LIGHT SHADE", 0x2591},
    {"LINE FEED", 0xA},
    {"LOW LINE", 0x5F},
    {"MEDIUM SHADE", 0x2592},
    {"MICRO SIGN", 0xB5},
    {"MIDDLE DOT", 0xB7},
    {"MULTIPLICATION SIGN", 0xD7},
    {"MULTIPLICATION X", 0x2715},
    {"N-ARY SUMMATION", 0x2211},
    {"NABLA", 0x2207},
    {"NARROW NO-BREAK SPACE", 0x202F},
    {"NO-BREAK SPACE", 0xA0},
    {"NOT EQUAL TO", 0x2260},
    {"NULL", 0x0},
    {"PARTY POPPER", 0x1F389},
    {"PER MILLE SIGN", 0x2030},
    {"PILCROW SIGN", 0xB6},
    {"PILE OF POO", 0x1F4A9},
    {"PLUS-MINUS SIGN", 0xB1},
    {"POUND SIGN", 0xA3},
    {"PRIME", 0x2032},
    {"QUOTATION MARK", 0x22},
    {"REGISTERED SIGN", 0xAE},
    {"REPLACEMENT CHARACTER", 0xFFFD},
    {"REVERSE SOLIDUS", 0x5C},
    {"RIGHT CURLY BRACKET", 0x7D},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB},
    {"RIGHTWARDS ARROW", 0x2192},
    {"RIGHTWARDS DOUBLE ARROW", 0x21D2},
    {"ROCKET", 0x1F680},
    {"SECTION SIGN", 0xA7},
    {"SLEEPING SYMBOL", 0x1F4A4},
    {"SMILING FACE WITH SMILING EYES", 0x1F60A},
    {"SNAKE", 0x1F40D},
    {"SNOWMAN", 0x2603},
    {"SOFT HYPHEN", 0xAD},
    {"SOLIDUS", 0x2F},
    {"SPACE", 0x20},
    {"SPARKLES", 0x2728},
    {"SQUARE ROOT", 0x221A},
    {"STOPWATCH", 0x23F1},
    {"SUPERSCRIPT TWO", 0xB2},
    {"THIN SPACE", 0x2009},
    {"THUMBS UP SIGN", 0x1F44D},
    {"TIMER CLOCK", 0x23F2},
    {"TRADE MARK SIGN", 0x2122},
    {"UPWARDS ARROW", 0x2191},
    {"VULGAR FRACTION ONE HALF", 0xBD},
    {"WARNING SIGN", 0x26A0},
    {"WATCH", 0x231A},
    {"WHITE CIRCLE", 0x25CB},
    {"WHITE HEAVY CHECK MARK", 0x2705},
    {"WHITE SQUARE", 0x25A1},
    {"WHITE STAR", 0x2606},
    {"YEN SIGN", 0xA5},
    {"ZERO WIDTH JOINER", 0x200D},
    {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF},
    {"ZERO WIDTH SPACE", 0x200B},

};


constexpr int kMaxDepth = 5970;  // CPython: MAXSTACK 6000 -> MemoryError on absurd nesting

enum class Targets { Star, Del, For };

struct Mark {
  int lineno, col;
};

class Parser {
 public:
  Parser(const SourceText& src, const std::vector<Token>& toks, const LexResult& lex, Arena& arena,
         bool diag)
      : src_(src), toks_(toks), lex_(lex), arena_(arena), diag_(diag), pass2_(diag) {}

  std::optional<SyntaxErrorInfo> error;  // a specific error was raised
  bool error_from_lexer = false;         // it was a tokenizer error the parser reached
  size_t far = 0;                        // furthest token index fetched

  // fstring sub-parser support: offsets applied to every token position
  int line_shift = 0;           // added to every line number
  int first_line_col_shift = 0; // added to columns of tokens on the first line
  bool fstring_mode = false;    // parsing "(expr)" of an f-string replacement field
  bool file_mode = true;        // SourceKind::File: parser error offsets in bytes
  bool match_enabled = false;   // ParseOptions::match_statements

  std::vector<Stmt*> file() {
    std::vector<Stmt*> body;
    while (type() != Tok::EndMarker) statement(body);
    return body;
  }

  // eval: expressions NEWLINE* ENDMARKER, with expressions: expression (',' expression)* [',']
  std::vector<Stmt*> eval_input() {
    const Token& start = tok();
    Expr* e = expression();
    if (at(Tok::Comma)) {
      Tuple* t = make<Tuple>(start);
      t->elts.push_back(e);
      while (at(Tok::Comma)) {
        Expr* next = nullptr;
        size_t save = pos_;
        int sl = prev_end_line_, sc = prev_end_col_;
        if (!attempt([&] {
              advance();
              next = expression();
            })) {
          pos_ = save;
          prev_end_line_ = sl;
          prev_end_col_ = sc;
          accept(Tok::Comma);
          break;
        }
        t->elts.push_back(next);
      }
      e = finish(t);
    }
    while (accept(Tok::Newline)) {
    }
    expect(Tok::EndMarker);
    ExprStmt* s = arena_.make<ExprStmt>();
    s->loc = e->loc;
    s->value = e;
    return {s};
  }

  // interactive: statement_newline
  // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
  // (ENDMARKER is _PyPegen_interactive_exit: an error, reported as a generic one)
  std::vector<Stmt*> single_input() {
    std::vector<Stmt*> body;
    if (accept(Tok::Newline)) return body;
    if (at(Tok::EndMarker)) fail();
    statement(body);
    // a compound statement is followed by a NEWLINE of its own
    if (!body.empty() && !is_simple(body.back())) expect(Tok::Newline);
    return body;
  }

  static bool is_simple(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: case StmtKind::ClassDef:
      case StmtKind::If: case StmtKind::While: case StmtKind::For: case StmtKind::AsyncFor:
      case StmtKind::Try: case StmtKind::TryStar: case StmtKind::With: case StmtKind::AsyncWith:
      case StmtKind::Match:
        return false;
      default:
        return true;
    }
  }

  size_t position() const { return pos_; }

  Expr* fstring_expr() {
    // CPython's `fstring: star_expressions` over "(" expr ")" built by the f-string scanner
    return star_expressions();
  }

 private:
  const SourceText& src_;
  const std::vector<Token>& toks_;
  const LexResult& lex_;
  Arena& arena_;
  bool diag_;
  const bool pass2_;  // the diagnostic (second) pass: memoization on, as CPython
  size_t pos_ = 0;
  int depth_ = 0;
  int prev_end_line_ = 1;
  int prev_end_col_ = 0;

  // ------------------------------------------------------------------ tokens

  const Token& tok_at(size_t i) {
    if (i >= toks_.size()) {
      // The tokenizer failed here: its error is the result.
      error = lex_.error;
      error_from_lexer = true;
      throw ParseAbort{};
    }
    if (i > far) far = i;
    return toks_[i];
  }
  const Token& tok() { return tok_at(pos_); }
  const Token& tok(size_t k) { return tok_at(pos_ + k); }
  Tok type() { return tok().type; }
  Tok type(size_t k) { return tok(k).type; }
  bool at(Tok t) { return type() == t; }
  const Token& advance() {
    const Token& t = tok();
    ++pos_;
    if (t.col >= 0) {
      prev_end_line_ = t.end_lineno;
      prev_end_col_ = t.end_col;
    }
    return t;
  }
  bool accept(Tok t) {
    if (type() == t) {
      advance();
      return true;
    }
    return false;
  }
  const Token& expect(Tok t) {
    if (type() != t) fail();
    return advance();
  }
  // CPython's &&'x' forced token: "expected 'x'" at the current token.
  const Token& expect_forced(Tok t) {
    if (type() != t) {
      const Token& c = tok();
      raise_tok(c, std::string("expected '") + tok_spelling(t) + "'");
    }
    return advance();
  }

  // ------------------------------------------------------------------ errors

  [[noreturn]] void fail() { throw ParseAbort{}; }

  // RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns (col -1 -> offset 0).
  [[noreturn]] void raise_at(const char* type, const std::string& msg, int lineno, int col,
                             int end_lineno, int end_col) {
    SyntaxErrorInfo e;
    e.type = type;
    e.msg = msg;
    e.lineno = lineno;
    e.end_lineno = end_lineno;
    std::string_view line = src_.line(lineno - line_shift);
    e.text = std::string(line);
    if (fstring_mode) {
      // CPython reports f-string sub-parser errors relative to the "(expr)" text.
      if (lineno == line_shift + 1) col -= first_line_col_shift;
      if (end_lineno == line_shift + 1) end_col -= first_line_col_shift;
    }
    int c1 = col + 1, e1 = end_col + 1;
    // String input: CPython takes a line before the tokenizer's current one from its buffer without
    // the '\n' (this matters when offsets are clamped to the line length).
    std::string_view conv = line;
    if (!fstring_mode && far < toks_.size() && lineno < toks_[far].lineno && !conv.empty() && conv.back() == '\n') {
      conv.remove_suffix(1);
      if (!file_mode) e.text.pop_back();
    }
    e.col_offset = file_mode ? c1 : char_count(conv, c1);
    e.end_offset = (e1 > 0 && !file_mode) ? char_count(conv, e1) : e1;
    error = std::move(e);
    throw ParseAbort{};
  }
  [[noreturn]] void raise_tok(const Token& t, const std::string& msg, const char* type = "SyntaxError") {
    raise_at(type, msg, t.lineno, t.col, t.end_lineno, t.end_col);
  }
  [[noreturn]] void raise_node(const Node* n, const std::string& msg) {
    raise_at("SyntaxError", msg, n->loc.lineno, n->loc.col_offset, n->loc.end_lineno, n->loc.end_col_offset);
  }
  [[noreturn]] void raise_range(const Node* a, const Node* b, const std::string& msg) {
    raise_at("SyntaxError", msg, a->loc.lineno, a->loc.col_offset, b->loc.end_lineno, b->loc.end_col_offset);
  }
  [[noreturn]] void raise_range_tok(const Token& a, const Node* b, const std::string& msg) {
    raise_at("SyntaxError", msg, a.lineno, a.col, b->loc.end_lineno, b->loc.end_col_offset);
  }
  // RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: located at the last token fetched.
  [[noreturn]] void raise_last(const std::string& msg, const char* type = "SyntaxError") {
    const Token& t = toks_[far];
    if (t.col < 0) {
      // INDENT/DEDENT/ENDMARKER: the tokenizer's cursor column (stored in end_col), no end.
      SyntaxErrorInfo e;
      e.type = type;
      e.msg = msg;
      e.lineno = e.end_lineno = t.lineno;
      std::string_view line = src_.line(t.lineno - line_shift);
      e.text = std::string(line);
      e.col_offset = cursor_col(t);
      e.end_offset = -1;
      error = std::move(e);
      throw ParseAbort{};
    }
    raise_at(type, msg, t.lineno, t.col, t.end_lineno, t.end_col);
  }
  // STARTING_FROM: end at the tokenizer's current position (approximated by the furthest token end).
  [[noreturn]] void raise_from(const Node* a, const std::string& msg) {
    const Token& t = toks_[far];
    int el = t.col >= 0 ? t.end_lineno : t.lineno;
    int ec = t.col >= 0 ? t.end_col : cursor_col(t);
    raise_at("SyntaxError", msg, a->loc.lineno, a->loc.col_offset, el, ec - 1);
  }
  int cursor_col(const Token& t) {
    // Column of the tokenizer cursor when an INDENT/DEDENT/ENDMARKER was produced.
    std::string_view line = src_.line(t.lineno - line_shift);
    if (t.type == Tok::EndMarker || is_eof_dedent(t)) {
      // file input: the tokenizer's buffer is empty at EOF (cur == buf) -> 0
      return file_mode ? 0 : char_count(line, static_cast<int>(line.size()));
    }
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
    return file_mode ? static_cast<int>(i) : char_count(line, static_cast<int>(i));
  }
  bool is_eof_dedent(const Token& t) {
    // DEDENTs produced at end of file are followed only by DEDENTs and the ENDMARKER.
    size_t i = static_cast<size_t>(&t - toks_.data());
    for (; i < toks_.size(); ++i) {
      if (toks_[i].type == Tok::EndMarker) return true;
      if (toks_[i].type != Tok::Dedent) return false;
    }
    return false;
  }

  struct DepthGuard {
    Parser* p;
    int n;
    DepthGuard(Parser* parser, int amount) : p(parser), n(amount) {
      p->depth_ += n;
      if (p->depth_ > kMaxDepth) {
        SyntaxErrorInfo e;
        e.type = "MemoryError";
        p->error = e;
        throw ParseAbort{};
      }
    }
    ~DepthGuard() { p->depth_ -= n; }
  };

  // ------------------------------------------------------------------ node helpers

  template <class T, class... A>
  T* make(const Token& start, A&&... a) {
    T* n = arena_.make<T>(std::forward<A>(a)...);
    n->loc.lineno = start.lineno;
    n->loc.col_offset = start.col;
    return n;
  }
  template <class T>
  T* finish(T* n) {
    n->loc.end_lineno = prev_end_line_;
    n->loc.end_col_offset = prev_end_col_;
    return n;
  }
  template <class N, class M>
  static void copy_end(N* n, const M* from) {
    n->loc.end_lineno = from->loc.end_lineno;
    n->loc.end_col_offset = from->loc.end_col_offset;
  }
  template <class N>
  static void set_loc_from_tok(N* n, const Token& t) {
    n->loc.lineno = t.lineno;
    n->loc.col_offset = t.col;
    n->loc.end_lineno = t.end_lineno;
    n->loc.end_col_offset = t.end_col;
  }
  Name* name_node(const Token& t, ExprContext ctx = ExprContext::Load) {
    Name* n = arena_.make<Name>();
    set_loc_from_tok(n, t);
    n->id = std::string(t.text);
    n->ctx = ctx;
    return n;
  }

  // ================================================================== statements

  void statement(std::vector<Stmt*>& out) {
    switch (type()) {
      case Tok::KwDef:
      case Tok::At:
      case Tok::KwClass:
      case Tok::KwIf:
      case Tok::KwWhile:
      case Tok::KwFor:
      case Tok::KwTry:
      case Tok::KwWith:
        out.push_back(compound_stmt());
        return;
      case Tok::KwAsync:
        if (type(1) == Tok::KwDef || type(1) == Tok::KwFor || type(1) == Tok::KwWith) {
          out.push_back(compound_stmt());
          return;
        }
        break;
      case Tok::Name:
        if (tok().text == "match") {
          if (match_enabled) {
            Stmt* m = nullptr;
            if (attempt([&] { m = match_stmt(); })) {
              out.push_back(m);
              return;
            }
          } else if (looks_like_match()) {
            const Token& m = tok();
            raise_tok(m, "match statements are not supported");
          }
          if (diag_) invalid_match_stmt();
        }
        break;
      default:
        break;
    }
    simple_stmts(out);
  }

  // ================================================================== match statements

  // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  Stmt* match_stmt() {
    const Token& m = advance();
    Match* s = make<Match>(m);
    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    const Token& sstart = tok();
    Expr* first = star_named_expression();
    if (at(Tok::Comma)) {
      Tuple* t = make<Tuple>(sstart);
      t->elts.push_back(first);
      while (accept(Tok::Comma)) {
        if (!starts_expression(type())) break;
        t->elts.push_back(star_named_expression());
      }
      s->subject = finish(t);
    } else {
      if (first->kind == ExprKind::Starred) fail();
      s->subject = first;
    }
    expect(Tok::Colon);
    expect(Tok::Newline);
    expect(Tok::Indent);
    DepthGuard g(this, 4);
    do {
      s->cases.push_back(case_block());
    } while (at(Tok::Name) && tok().text == "case");
    expect(Tok::Dedent);
    if (!s->cases.empty() && !s->cases.back().body.empty()) copy_end(s, s->cases.back().body.back());
    return s;
  }

  MatchCase case_block() {
    if (!(at(Tok::Name) && tok().text == "case")) fail();
    const Token& c = advance();
    MatchCase mc;
    mc.pattern = patterns();
    if (accept(Tok::KwIf)) mc.guard = named_expression();
    if (!at(Tok::Colon)) {
      if (diag_ && at(Tok::Newline)) raise_last("expected ':'");
      fail();
    }
    advance();
    mc.body = block("'case' statement", c.lineno);
    return mc;
  }

  template <class T>
  T* pat(const Token& start) {
    T* n = arena_.make<T>();
    n->loc.lineno = start.lineno;
    n->loc.col_offset = start.col;
    return n;
  }

  // patterns: open_sequence_pattern | pattern
  Pattern* patterns() {
    const Token& start = tok();
    Pattern* first = maybe_star_pattern();
    if (!at(Tok::Comma)) {
      if (first->kind == PatternKind::MatchStar) fail();
      return first;
    }
    MatchSequence* seq = pat<MatchSequence>(start);
    seq->patterns.push_back(first);
    while (accept(Tok::Comma)) {
      if (at(Tok::Colon) || at(Tok::KwIf)) break;
      seq->patterns.push_back(maybe_star_pattern());
    }
    return finish(seq);
  }

  Pattern* maybe_star_pattern() {
    if (at(Tok::Star)) {
      const Token& s = advance();
      const Token& n = expect(Tok::Name);
      MatchStar* ms = pat<MatchStar>(s);
      if (n.text != "_") ms->name = std::string(n.text);
      return finish(ms);
    }
    return pattern();
  }

  // pattern: or_pattern ['as' pattern_capture_target]
  Pattern* pattern() {
    const Token& start = tok();
    Pattern* p = or_pattern();
    if (at(Tok::KwAs)) {
      advance();
      if (!at(Tok::Name)) {
        if (diag_) {
          // invalid_as_pattern: or_pattern 'as' !NAME a=expression
          Expr* a = nullptr;
          if (attempt([&] { a = expression(); })) raise_node(a, "invalid pattern target");
        }
        fail();
      }
      const Token& n = tok();
      if (n.text == "_") {
        if (diag_) raise_tok(n, "cannot use '_' as a target");
        fail();
      }
      if (type(1) == Tok::Dot || type(1) == Tok::LPar || type(1) == Tok::Equal) fail();
      advance();
      MatchAs* as = pat<MatchAs>(start);
      as->pattern = p;
      as->name = std::string(n.text);
      return finish(as);
    }
    return p;
  }

  Pattern* or_pattern() {
    const Token& start = tok();
    Pattern* first = closed_pattern();
    if (!at(Tok::VBar)) return first;
    MatchOr* o = pat<MatchOr>(start);
    o->patterns.push_back(first);
    while (accept(Tok::VBar)) o->patterns.push_back(closed_pattern());
    return finish(o);
  }

  Pattern* closed_pattern() {
    const Token& t = tok();
    switch (t.type) {
      case Tok::Number:
      case Tok::Minus:
      case Tok::String: {
        MatchValue* v = pat<MatchValue>(t);
        v->value = literal_expr();
        return finish(v);
      }
      case Tok::KwNone:
      case Tok::KwTrue:
      case Tok::KwFalse: {
        advance();
        MatchSingleton* s = pat<MatchSingleton>(t);
        s->value = t.type == Tok::KwNone ? ConstantKind::None : t.type == Tok::KwTrue ? ConstantKind::True : ConstantKind::False;
        return finish(s);
      }
      case Tok::Name: {
        if (type(1) != Tok::Dot && type(1) != Tok::LPar) {
          if (type(1) == Tok::Equal) fail();
          advance();
          MatchAs* as = pat<MatchAs>(t);
          if (t.text != "_") as->name = std::string(t.text);
          return finish(as);
        }
        // value pattern (dotted name) or class pattern
        Expr* name = name_or_attr();
        if (at(Tok::LPar)) return class_pattern(t, name);
        if (name->kind != ExprKind::Attribute || at(Tok::Dot) || at(Tok::Equal)) fail();
        MatchValue* v = pat<MatchValue>(t);
        v->value = name;
        return finish(v);
      }
      case Tok::LPar: {
        advance();
        if (accept(Tok::RPar)) return finish(pat<MatchSequence>(t));
        Pattern* first = maybe_star_pattern();
        if (at(Tok::RPar) && first->kind != PatternKind::MatchStar) {
          advance();
          return first;  // group pattern: no node for the parentheses
        }
        MatchSequence* seq = pat<MatchSequence>(t);
        seq->patterns.push_back(first);
        expect(Tok::Comma);
        while (!at(Tok::RPar)) {
          seq->patterns.push_back(maybe_star_pattern());
          if (!accept(Tok::Comma)) break;
        }
        expect(Tok::RPar);
        return finish(seq);
      }
      case Tok::LSqb: {
        advance();
        MatchSequence* seq = pat<MatchSequence>(t);
        while (!at(Tok::RSqb)) {
          seq->patterns.push_back(maybe_star_pattern());
          if (!accept(Tok::Comma)) break;
        }
        expect(Tok::RSqb);
        return finish(seq);
      }
      case Tok::LBrace:
        return mapping_pattern();
      default:
        fail();
    }
  }

  // literal_expr: signed_number !('+' | '-') | complex_number | strings | None | True | False
  Expr* literal_expr() {
    const Token& start = tok();
    if (at(Tok::String)) return strings();
    if (at(Tok::KwNone) || at(Tok::KwTrue) || at(Tok::KwFalse)) return atom();
    Expr* real = signed_number();
    if (at(Tok::Plus) || at(Tok::Minus)) {
      // complex_number: signed_real_number ('+' | '-') imaginary_number
      OperatorKind op = at(Tok::Plus) ? OperatorKind::Add : OperatorKind::Sub;
      const Constant* rc = (real->kind == ExprKind::UnaryOp ? real->as<UnaryOp>()->operand : real)->as<Constant>();
      if (rc->ckind == ConstantKind::Complex) raise_node(rc, "real number required in complex literal");
      advance();
      if (!at(Tok::Number)) fail();
      Expr* imag = atom();
      if (imag->as<Constant>()->ckind != ConstantKind::Complex) raise_node(imag, "imaginary number required in complex literal");
      BinOp* b = make<BinOp>(start);
      b->left = real;
      b->op = op;
      b->right = imag;
      return finish(b);
    }
    return real;
  }

  Expr* signed_number() {
    if (at(Tok::Minus)) {
      const Token& m = advance();
      if (!at(Tok::Number)) fail();
      UnaryOp* u = make<UnaryOp>(m);
      u->op = UnaryOpKind::USub;
      u->operand = atom();
      return finish(u);
    }
    if (!at(Tok::Number)) fail();
    return atom();
  }

  // name_or_attr: NAME ('.' NAME)*
  Expr* name_or_attr() {
    const Token& start = tok();
    Expr* e = name_node(expect(Tok::Name));
    while (at(Tok::Dot)) {
      advance();
      const Token& n = expect(Tok::Name);
      Attribute* a = make<Attribute>(start);
      a->value = e;
      a->attr = std::string(n.text);
      e = finish(a);
    }
    return e;
  }

  Pattern* class_pattern(const Token& start, Expr* cls) {
    advance();  // '('
    MatchClass* c = pat<MatchClass>(start);
    c->cls = cls;
    bool keywords = false;
    while (!at(Tok::RPar)) {
      if (at(Tok::Name) && type(1) == Tok::Equal) {
        const Token& n = advance();
        advance();
        c->kwd_attrs.emplace_back(n.text);
        c->kwd_patterns.push_back(pattern());
        keywords = true;
      } else {
        Pattern* p = pattern();
        if (keywords) {
          // invalid_class_argument_pattern
          if (diag_) {
            const Pattern* firstp = p;
            Pattern* lastp = p;
            while (at(Tok::Comma) && !(type(1) == Tok::Name && type(2) == Tok::Equal) && type(1) != Tok::RPar) {
              advance();
              lastp = pattern();
            }
            raise_at("SyntaxError", "positional patterns follow keyword patterns", firstp->loc.lineno,
                     firstp->loc.col_offset, lastp->loc.end_lineno, lastp->loc.end_col_offset);
          }
          fail();
        }
        c->patterns.push_back(p);
      }
      if (!accept(Tok::Comma)) break;
    }
    expect(Tok::RPar);
    return finish(c);
  }

  Pattern* mapping_pattern() {
    const Token& lb = advance();
    MatchMapping* m = pat<MatchMapping>(lb);
    while (!at(Tok::RBrace)) {
      if (at(Tok::DoubleStar)) {
        advance();
        const Token& n = expect(Tok::Name);
        if (n.text == "_") fail();
        m->rest = std::string(n.text);
        accept(Tok::Comma);
        break;
      }
      Expr* key = at(Tok::Name) ? name_or_attr() : literal_expr();
      if (key->kind == ExprKind::Name) fail();  // keys are literals or dotted names
      expect(Tok::Colon);
      m->keys.push_back(key);
      m->patterns.push_back(pattern());
      if (!accept(Tok::Comma)) break;
    }
    expect(Tok::RBrace);
    return finish(m);
  }

  // invalid_match_stmt: "match" subject_expr NEWLINE -> "expected ':'" (CPython reports it even for
  // a call statement such as `match(x)` when the file has an error elsewhere);
  // "match" subject_expr ':' NEWLINE !INDENT -> IndentationError.
  void invalid_match_stmt() {
    size_t save = pos_;
    int sl = prev_end_line_, sc = prev_end_col_;
    const Token& m = advance();
    bool ok = attempt([&] {
      // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
      Expr* first = star_named_expression();
      if (accept(Tok::Comma)) {
        while (starts_expression(type())) {
          star_named_expression();
          if (!accept(Tok::Comma)) break;
        }
      } else if (first->kind == ExprKind::Starred) {
        fail();
      }
    });
    if (ok) {
      if (at(Tok::Newline)) raise_last("expected ':'");
      if (at(Tok::Colon) && type(1) == Tok::Newline && type(2) != Tok::Indent) {
        tok(2);
        char buf[96];
        std::snprintf(buf, sizeof buf, "expected an indented block after 'match' statement on line %d", m.lineno);
        raise_last(buf, "IndentationError");
      }
    }
    pos_ = save;
    prev_end_line_ = sl;
    prev_end_col_ = sc;
  }

  // `match` soft keyword heuristic: `match <subject>:` NEWLINE INDENT 'case'
  bool looks_like_match() {
    Tok t1 = type(1);
    switch (t1) {
      case Tok::Equal: case Tok::Dot: case Tok::Comma: case Tok::RPar: case Tok::RSqb:
      case Tok::Newline: case Tok::Colon: case Tok::Semi: case Tok::PlusEqual: case Tok::MinEqual:
      case Tok::StarEqual: case Tok::SlashEqual: case Tok::EqEqual: case Tok::NotEqual:
      case Tok::ColonEqual: case Tok::KwIn: case Tok::KwIs: case Tok::KwAnd: case Tok::KwOr:
      case Tok::KwIf: case Tok::KwFor: case Tok::EndMarker:
        return false;
      default:
        break;
    }
    // find ':' NEWLINE INDENT 'case' at bracket depth 0 on this logical line
    size_t k = 1;
    int depth = 0;
    for (;; ++k) {
      if (pos_ + k >= toks_.size()) return false;
      const Token& t = toks_[pos_ + k];
      if (t.type == Tok::LPar || t.type == Tok::LSqb || t.type == Tok::LBrace) ++depth;
      else if (t.type == Tok::RPar || t.type == Tok::RSqb || t.type == Tok::RBrace) --depth;
      else if (t.type == Tok::Newline || t.type == Tok::EndMarker) return false;
      else if (t.type == Tok::Colon && depth == 0) break;
    }
    if (pos_ + k + 3 >= toks_.size()) return false;
    return toks_[pos_ + k + 1].type == Tok::Newline && toks_[pos_ + k + 2].type == Tok::Indent &&
           toks_[pos_ + k + 3].type == Tok::Name && toks_[pos_ + k + 3].text == "case";
  }

  void simple_stmts(std::vector<Stmt*>& out) {
    for (;;) {
      out.push_back(simple_stmt());
      if (accept(Tok::Semi)) {
        if (at(Tok::Newline)) break;
        continue;
      }
      break;
    }
    if (!at(Tok::Newline)) fail();
    advance();
  }

  Stmt* simple_stmt() {
    const Token& t = tok();
    switch (t.type) {
      case Tok::KwReturn: {
        advance();
        Return* r = make<Return>(t);
        if (!at(Tok::Newline) && !at(Tok::Semi)) r->value = star_expressions();
        return finish(r);
      }
      case Tok::KwImport: return import_name();
      case Tok::KwFrom: return import_from();
      case Tok::KwRaise: {
        advance();
        Raise* r = make<Raise>(t);
        if (starts_expression(type())) {
          r->exc = expression();
          if (accept(Tok::KwFrom)) r->cause = expression();
        }
        return finish(r);
      }
      case Tok::KwPass: advance(); return finish(make<Pass>(t));
      case Tok::KwBreak: advance(); return finish(make<Break>(t));
      case Tok::KwContinue: advance(); return finish(make<Continue>(t));
      case Tok::KwDel: {
        advance();
        Delete* d = make<Delete>(t);
        del_targets(d);
        return finish(d);
      }
      case Tok::KwAssert: {
        advance();
        Assert* a = make<Assert>(t);
        a->test = expression();
        if (accept(Tok::Comma)) a->msg = expression();
        return finish(a);
      }
      case Tok::KwGlobal:
      case Tok::KwNonlocal: {
        advance();
        std::vector<std::string> names;
        do {
          names.emplace_back(expect(Tok::Name).text);
        } while (accept(Tok::Comma));
        if (t.type == Tok::KwGlobal) {
          Global* g = make<Global>(t);
          g->names = std::move(names);
          return finish(g);
        }
        Nonlocal* g = make<Nonlocal>(t);
        g->names = std::move(names);
        return finish(g);
      }
      default:
        break;
    }
    return assignment_or_expr();
  }

  static bool is_augassign(Tok t) {
    switch (t) {
      case Tok::PlusEqual: case Tok::MinEqual: case Tok::StarEqual: case Tok::AtEqual:
      case Tok::SlashEqual: case Tok::PercentEqual: case Tok::AmperEqual: case Tok::VBarEqual:
      case Tok::CircumflexEqual: case Tok::LeftShiftEqual: case Tok::RightShiftEqual:
      case Tok::DoubleStarEqual: case Tok::DoubleSlashEqual:
        return true;
      default:
        return false;
    }
  }
  static OperatorKind augop(Tok t) {
    switch (t) {
      case Tok::PlusEqual: return OperatorKind::Add;
      case Tok::MinEqual: return OperatorKind::Sub;
      case Tok::StarEqual: return OperatorKind::Mult;
      case Tok::AtEqual: return OperatorKind::MatMult;
      case Tok::SlashEqual: return OperatorKind::Div;
      case Tok::PercentEqual: return OperatorKind::Mod;
      case Tok::AmperEqual: return OperatorKind::BitAnd;
      case Tok::VBarEqual: return OperatorKind::BitOr;
      case Tok::CircumflexEqual: return OperatorKind::BitXor;
      case Tok::LeftShiftEqual: return OperatorKind::LShift;
      case Tok::RightShiftEqual: return OperatorKind::RShift;
      case Tok::DoubleStarEqual: return OperatorKind::Pow;
      default: return OperatorKind::FloorDiv;
    }
  }

  Expr* yield_or_star_expressions() {
    if (at(Tok::KwYield)) return yield_expr();
    return star_expressions();
  }

  Stmt* assignment_or_expr() {
    const Token& start = tok();
    bool starts_paren = start.type == Tok::LPar;
    size_t start_pos = pos_;
    Expr* first = yield_or_star_expressions();
    size_t first_end = pos_;
    Tok t = type();
    if (t == Tok::Colon) {
      bool single = first->kind == ExprKind::Name || first->kind == ExprKind::Attribute ||
                    first->kind == ExprKind::Subscript;
      advance();
      if (!single) {
        if (diag_) invalid_annotation(first, start_pos, first_end);
        fail();
      }
      AnnAssign* a = make<AnnAssign>(start);
      a->annotation = expression();
      if (accept(Tok::Equal)) a->value = yield_or_star_expressions();
      set_context(first, ExprContext::Store, Targets::Star);
      a->target = first;
      a->simple = first->kind == ExprKind::Name && !starts_paren;
      return finish(a);
    }
    if (is_augassign(t)) {
      advance();
      AugAssign* a = make<AugAssign>(start);
      a->op = augop(t);
      a->value = yield_or_star_expressions();
      if (!(first->kind == ExprKind::Name || first->kind == ExprKind::Attribute ||
            first->kind == ExprKind::Subscript)) {
        if (diag_) {
          size_t save = pos_;
          diag_invalid_assignment_prefix(start_pos);
          pos_ = save;
          raise_node(first, std::string("'") + expr_name(first) +
                                "' is an illegal expression for augmented assignment");
        }
        fail();
      }
      set_context(first, ExprContext::Store, Targets::Star);
      a->target = first;
      return finish(a);
    }
    if (t == Tok::Equal && (first->kind == ExprKind::Yield || first->kind == ExprKind::YieldFrom ||
                            invalid_target(first, Targets::Star))) {
      if (diag_) {
        size_t save = pos_;
        diag_invalid_assignment_prefix(start_pos);
        pos_ = save;
        bool paren = is_parenthesized(start_pos, first_end);
        if ((first->kind == ExprKind::Yield || first->kind == ExprKind::YieldFrom) && !paren)
          raise_node(first, "assignment to yield expression not possible");
        if (Expr* bad = invalid_target(first, Targets::Star)) raise_node(bad, std::string("cannot assign to ") + expr_name(bad));
      }
      fail();
    }
    if (t == Tok::Equal) {
      std::vector<Expr*> targets{first};
      std::vector<size_t> target_starts{start_pos}, target_ends{first_end};
      Expr* value = nullptr;
      for (;;) {
        advance();  // '='
        size_t vstart = pos_;
        if (diag_) {
          // (star_targets '=')* a=star_expressions '=' can match without a value after the last '='
          if (!attempt([&] { value = yield_or_star_expressions(); })) {
            for (size_t i = 0; i < targets.size(); ++i) {
              if (targets[i]->kind == ExprKind::Yield || targets[i]->kind == ExprKind::YieldFrom ||
                  invalid_target(targets[i], Targets::Star)) {
                size_t save = pos_;
                diag_invalid_assignment_prefix(start_pos);
                pos_ = save;
                for (size_t j = 0; j < targets.size(); ++j) {
                  Expr* t2 = targets[j];
                  bool paren = is_parenthesized(target_starts[j], target_ends[j]);
                  if ((t2->kind == ExprKind::Yield || t2->kind == ExprKind::YieldFrom) && !paren)
                    raise_node(t2, "assignment to yield expression not possible");
                  if (Expr* bad = invalid_target(t2, Targets::Star)) raise_node(bad, std::string("cannot assign to ") + expr_name(bad));
                }
              }
            }
            fail();
          }
        } else {
          value = yield_or_star_expressions();
        }
        if (!at(Tok::Equal)) break;
        targets.push_back(value);
        target_starts.push_back(vstart);
        target_ends.push_back(pos_);
      }
      bool all_valid = true;
      for (Expr* e : targets) {
        if (e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom || invalid_target(e, Targets::Star))
          all_valid = false;
      }
      if (!all_valid) {
        if (diag_) {
          size_t save = pos_;
          diag_invalid_assignment_prefix(start_pos);
          pos_ = save;
          // (star_targets '=')* a=star_expressions '=' -> the first target that is not a valid target
          for (size_t i = 0; i < targets.size(); ++i) {
            Expr* e = targets[i];
            bool paren = is_parenthesized(target_starts[i], target_ends[i]);
            if ((e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom) && !paren)
              raise_node(e, "assignment to yield expression not possible");
            if (Expr* bad = invalid_target(e, Targets::Star)) raise_node(bad, std::string("cannot assign to ") + expr_name(bad));
          }
        }
        fail();
      }
      for (Expr* e : targets) set_context(e, ExprContext::Store, Targets::Star);
      Assign* a = make<Assign>(start);
      a->targets = std::move(targets);
      a->value = value;
      return finish(a);
    }
    if (diag_ && !at(Tok::Newline) && !at(Tok::Semi)) {
      // the statement will fail: CPython's invalid_assignment alternatives run first
      size_t save = pos_;
      diag_invalid_assignment_prefix(start_pos);
      pos_ = save;
    }
    ExprStmt* s = make<ExprStmt>(start);
    s->value = first;
    return finish(s);
  }

  // invalid_assignment, alternative 2: a=star_named_expression ',' star_named_expressions* ':' expression
  // Parsing it runs the named-expression diagnostics on the first element (and on the elements of
  // the repetition) -- e.g. "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".
  void diag_invalid_assignment_prefix(size_t start_pos) {
    pos_ = start_pos;
    try {
      Expr* a = star_named_expression();
      if (!accept(Tok::Comma)) return;
      for (;;) {
        if (!starts_expression(type())) break;
        star_named_expression();
        accept(Tok::Comma);
      }
      if (!accept(Tok::Colon)) return;
      expression();
      raise_node(a, "only single target (not tuple) can be annotated");
    } catch (const ParseAbort&) {
      if (error) throw;
    }
  }

  // invalid_assignment alternatives 1-3 for `target: annotation` with an invalid target.
  // pos_ is after the ':'.
  void invalid_annotation(Expr* first, size_t start_pos, size_t first_end) {
    size_t after_colon = pos_;
    // 1: invalid_ann_assign_target ':' expression  (list / tuple display, possibly parenthesized)
    if (first->kind == ExprKind::List || (first->kind == ExprKind::Tuple && toks_[start_pos].type == Tok::LPar &&
                                          is_parenthesized(start_pos, first_end))) {
      try {
        expression();
        raise_node(first, std::string("only single target (not ") + expr_name(first) + ") can be annotated");
      } catch (const ParseAbort&) {
        if (error) throw;
      }
    }
    // 2: star_named_expression ',' star_named_expressions* ':' expression
    diag_invalid_assignment_prefix(start_pos);
    // 3: expression ':' expression (a starred target is no 'expression': plain invalid syntax)
    if (first->kind == ExprKind::Starred) return;
    pos_ = after_colon;
    try {
      expression();
    } catch (const ParseAbort&) {
      if (error) throw;
      return;
    }
    if (first->kind != ExprKind::Tuple || is_parenthesized(start_pos, first_end))
      raise_node(first, "illegal target for annotation");
  }

  // Is toks_[begin, end) one parenthesized group "( ... )"?
  bool is_parenthesized(size_t begin, size_t end) {
    if (end <= begin + 1 || toks_[begin].type != Tok::LPar || toks_[end - 1].type != Tok::RPar) return false;
    int depth = 0;
    for (size_t k = begin; k < end; ++k) {
      Tok t = toks_[k].type;
      if (t == Tok::LPar || t == Tok::LSqb || t == Tok::LBrace) ++depth;
      else if (t == Tok::RPar || t == Tok::RSqb || t == Tok::RBrace) {
        if (--depth == 0 && k != end - 1) return false;
      }
    }
    return true;
  }

  // True if e was produced by bitwise_or or a tighter-binding rule.
  static bool is_bitwise_or_level(const Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp: case ExprKind::NamedExpr: case ExprKind::Lambda: case ExprKind::IfExp:
      case ExprKind::Compare: case ExprKind::Starred: case ExprKind::Yield: case ExprKind::YieldFrom:
        return false;
      case ExprKind::UnaryOp:
        return e->as<UnaryOp>()->op != UnaryOpKind::Not;
      case ExprKind::Tuple:
        return false;  // an unparenthesized tuple; parenthesized ones are excluded separately
      default:
        return true;
    }
  }

  void del_targets(Delete* d) {
    // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    size_t start = pos_;
    bool ok = attempt([&] {
      for (;;) {
        Expr* e = target_atom();
        if (invalid_target(e, Targets::Del) || e->kind == ExprKind::Starred) fail();
        d->targets.push_back(e);
        if (!accept(Tok::Comma)) break;
        if (at(Tok::Newline) || at(Tok::Semi)) break;
      }
      if (!at(Tok::Newline) && !at(Tok::Semi)) fail();
    });
    if (ok) {
      for (Expr* e : d->targets) set_context(e, ExprContext::Del, Targets::Del);
      return;
    }
    d->targets.clear();
    if (diag_) {
      // invalid_del_stmt: 'del' a=star_expressions -> RAISE_SYNTAX_ERROR_INVALID_TARGET(DEL_TARGETS, a)
      pos_ = start;
      Expr* e = nullptr;
      if (attempt([&] { e = star_expressions(); })) {
        if (Expr* bad = invalid_target(e, Targets::Del)) raise_node(bad, std::string("cannot delete ") + expr_name(bad));
      }
    }
    fail();
  }

  // star_target: '*' (!'*' star_target) | target_with_star_atom. Parsed at the `primary` level
  // (atoms with trailers), so operators such as `in` stay outside; validity is checked by the
  // caller with invalid_target().
  Expr* star_target() {
    if (at(Tok::Star)) {
      const Token& s = advance();
      if (at(Tok::Star)) fail();
      Starred* st = make<Starred>(s);
      st->value = star_target();
      return finish(st);
    }
    return target_atom();
  }
  Expr* target_atom() { return primary(); }

  // star_targets for `for` loops and comprehensions: a comma-separated list of targets.
  Expr* star_targets() {
    const Token& start = tok();
    Expr* first = star_target();
    if (!at(Tok::Comma)) return first;
    Tuple* t = make<Tuple>(start);
    t->elts.push_back(first);
    while (at(Tok::Comma)) {
      Expr* next = nullptr;
      advance();
      if (!attempt([&] { next = star_target(); })) break;
      t->elts.push_back(next);
    }
    return finish(t);
  }

  Stmt* import_name() {
    const Token& t = advance();
    Import* imp = make<Import>(t);
    do {
      imp->names.push_back(dotted_as_name());
    } while (accept(Tok::Comma));
    return finish(imp);
  }

  Alias dotted_as_name() {
    Alias a;
    const Token& first = expect(Tok::Name);
    a.loc.lineno = first.lineno;
    a.loc.col_offset = first.col;
    a.name = std::string(first.text);
    while (accept(Tok::Dot)) {
      a.name += '.';
      a.name += expect(Tok::Name).text;
    }
    if (accept(Tok::KwAs)) a.asname = std::string(expect(Tok::Name).text);
    a.loc.end_lineno = prev_end_line_;
    a.loc.end_col_offset = prev_end_col_;
    return a;
  }

  Stmt* import_from() {
    const Token& t = advance();
    ImportFrom* imp = make<ImportFrom>(t);
    int level = 0;
    for (;;) {
      if (accept(Tok::Dot)) ++level;
      else if (accept(Tok::Ellipsis)) level += 3;
      else break;
    }
    if (at(Tok::Name)) {
      std::string mod(advance().text);
      while (accept(Tok::Dot)) {
        mod += '.';
        mod += expect(Tok::Name).text;
      }
      imp->module = std::move(mod);
    } else if (level == 0) {
      fail();
    }
    imp->level = level;
    expect(Tok::KwImport);
    if (at(Tok::Star)) {
      const Token& s = advance();
      Alias a;
      set_loc_from_tok(&a, s);
      a.name = "*";
      imp->names.push_back(std::move(a));
    } else if (at(Tok::LPar)) {
      advance();
      do {
        if (at(Tok::RPar) && !imp->names.empty()) break;
        imp->names.push_back(import_as_name());
      } while (accept(Tok::Comma));
      expect(Tok::RPar);
    } else {
      for (;;) {
        imp->names.push_back(import_as_name());
        if (!accept(Tok::Comma)) break;
        if (diag_ && at(Tok::Newline)) raise_last("trailing comma not allowed without surrounding parentheses");
      }
    }
    return finish(imp);
  }

  Alias import_as_name() {
    Alias a;
    const Token& n = expect(Tok::Name);
    a.loc.lineno = n.lineno;
    a.loc.col_offset = n.col;
    a.name = std::string(n.text);
    if (accept(Tok::KwAs)) a.asname = std::string(expect(Tok::Name).text);
    a.loc.end_lineno = prev_end_line_;
    a.loc.end_col_offset = prev_end_col_;
    return a;
  }

  // ------------------------------------------------------------------ blocks

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  // `what` / `line` describe the owner for "expected an indented block after ..." errors.
  std::vector<Stmt*> block(const std::string& what, int line) {
    std::vector<Stmt*> body;
    if (at(Tok::Newline)) {
      advance();
      if (!at(Tok::Indent)) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "expected an indented block after %s on line %d", what.c_str(), line);
        raise_last(buf, "IndentationError");
      }
      advance();
      DepthGuard g(this, 4);
      do {
        statement(body);
      } while (!at(Tok::Dedent));
      advance();
      return body;
    }
    simple_stmts(body);
    return body;
  }

  void set_end_from_body(Stmt* s, const std::vector<Stmt*>& body) {
    if (!body.empty()) copy_end(s, body.back());
  }

  // Colon after a compound statement header. `forced`: CPython's &&':' ("expected ':'" at the
  // current token in the first pass); otherwise the diagnostic pass reports "expected ':'" only if
  // a NEWLINE follows the header.
  void header_colon(bool forced) {
    if (at(Tok::Colon)) {
      advance();
      return;
    }
    if (forced) expect_forced(Tok::Colon);
    if (diag_ && at(Tok::Newline)) raise_last("expected ':'");
    fail();
  }

  Stmt* compound_stmt() {
    const Token& t = tok();
    switch (t.type) {
      case Tok::At: return decorated();
      case Tok::KwDef: return funcdef({}, false);
      case Tok::KwClass: return classdef({});
      case Tok::KwIf: return if_stmt();
      case Tok::KwWhile: return while_stmt();
      case Tok::KwFor: return for_stmt(false);
      case Tok::KwTry: return try_stmt();
      case Tok::KwWith: return with_stmt(false);
      case Tok::KwAsync:
        if (type(1) == Tok::KwDef) return funcdef({}, true);
        if (type(1) == Tok::KwFor) return for_stmt(true);
        return with_stmt(true);
      default:
        fail();
    }
  }

  Stmt* decorated() {
    std::vector<Expr*> decorators;
    while (at(Tok::At)) {
      advance();
      decorators.push_back(named_expression());
      expect(Tok::Newline);
    }
    if (at(Tok::KwDef)) return funcdef(std::move(decorators), false);
    if (at(Tok::KwAsync) && type(1) == Tok::KwDef) return funcdef(std::move(decorators), true);
    if (at(Tok::KwClass)) return classdef(std::move(decorators));
    fail();
  }

  Stmt* funcdef(std::vector<Expr*> decorators, bool is_async) {
    const Token& start = tok();
    if (is_async) advance();
    const Token& def = expect(Tok::KwDef);
    FunctionDef* f = make<FunctionDef>(start, is_async);
    f->decorator_list = std::move(decorators);
    f->name = std::string(expect(Tok::Name).text);
    expect_forced(Tok::LPar);
    if (!at(Tok::RPar)) parameters(f->args, true);
    expect(Tok::RPar);
    if (at(Tok::RArrow)) {
      Expr* r = nullptr;
      if (attempt([&] { advance(); r = expression(); })) f->returns = r;
    }
    header_colon(true);
    (void)def;
    f->body = block("function definition", def.lineno);
    set_end_from_body(f, f->body);
    return f;
  }

  Stmt* classdef(std::vector<Expr*> decorators) {
    const Token& start = advance();
    ClassDef* c = make<ClassDef>(start);
    c->decorator_list = std::move(decorators);
    c->name = std::string(expect(Tok::Name).text);
    if (accept(Tok::LPar)) {
      if (!at(Tok::RPar)) call_arguments(c->bases, c->keywords, nullptr);
      expect(Tok::RPar);
    }
    header_colon(false);
    c->body = block("class definition", start.lineno);
    set_end_from_body(c, c->body);
    return c;
  }

  Stmt* if_stmt() {
    const Token& start = advance();  // 'if' or 'elif'
    If* s = make<If>(start);
    s->test = named_expression_cond();
    header_colon(false);
    s->body = block(start.type == Tok::KwIf ? "'if' statement" : "'elif' statement", start.lineno);
    if (at(Tok::KwElif)) {
      s->orelse.push_back(if_stmt());
    } else if (at(Tok::KwElse)) {
      s->orelse = else_block();
    }
    set_end_from_body(s, s->orelse.empty() ? s->body : s->orelse);
    return s;
  }

  std::vector<Stmt*> else_block() {
    const Token& e = advance();
    expect_forced(Tok::Colon);
    return block("'else' statement", e.lineno);
  }

  Stmt* while_stmt() {
    const Token& start = advance();
    While* s = make<While>(start);
    s->test = named_expression_cond();
    header_colon(false);
    s->body = block("'while' statement", start.lineno);
    if (at(Tok::KwElse)) s->orelse = else_block();
    set_end_from_body(s, s->orelse.empty() ? s->body : s->orelse);
    return s;
  }

  Stmt* for_stmt(bool is_async) {
    const Token& start = tok();
    if (is_async) advance();
    const Token& kw = expect(Tok::KwFor);
    For* s = make<For>(start, is_async);
    size_t target_start = pos_;
    Expr* target = nullptr;
    if (!attempt([&] { target = star_targets(); }) || !at(Tok::KwIn)) {
      if (diag_) invalid_for_target(target_start);
      fail();
    }
    if (Expr* bad = invalid_target(target, Targets::For)) raise_node(bad, std::string("cannot assign to ") + expr_name(bad));
    set_context(target, ExprContext::Store, Targets::For);
    s->target = target;
    advance();
    s->iter = star_expressions();
    header_colon(false);
    s->body = block("'for' statement", kw.lineno);
    if (at(Tok::KwElse)) s->orelse = else_block();
    set_end_from_body(s, s->orelse.empty() ? s->body : s->orelse);
    return s;
  }

  // invalid_for_target: ASYNC? 'for' a=star_expressions -> INVALID_TARGET(FOR_TARGETS, a)
  void invalid_for_target(size_t target_start) {
    size_t save = pos_;
    pos_ = target_start;
    Expr* e = nullptr;
    try {
      e = star_expressions();
    } catch (const ParseAbort&) {
      if (error) throw;
      pos_ = save;
      return;
    }
    pos_ = save;
    if (Expr* bad = invalid_target(e, Targets::For)) raise_node(bad, std::string("cannot assign to ") + expr_name(bad));
  }

  Stmt* with_stmt(bool is_async) {
    const Token& start = tok();
    if (is_async) advance();
    const Token& kw = expect(Tok::KwWith);
    With* s = make<With>(start, is_async);
    bool parenthesized = false;
    if (at(Tok::LPar)) {
      // 'with' '(' ','.with_item+ ','? ')' ':' block, else backtrack to the plain form
      size_t save = pos_;
      int save_l = prev_end_line_, save_c = prev_end_col_;
      try {
        advance();
        do {
          if (at(Tok::RPar) && !s->items.empty()) break;
          s->items.push_back(with_item(true));
        } while (accept(Tok::Comma));
        expect(Tok::RPar);
        if (!at(Tok::Colon)) fail();
        parenthesized = true;
      } catch (const ParseAbort&) {
        if (error) throw;
        s->items.clear();
        pos_ = save;
        prev_end_line_ = save_l;
        prev_end_col_ = save_c;
      }
    }
    if (!parenthesized) {
      size_t items_start = pos_;
      bool ok = attempt([&] {
        do {
          s->items.push_back(with_item(false));
        } while (accept(Tok::Comma));
        if (!at(Tok::Colon)) fail();
      });
      if (!ok) {
        if (diag_) invalid_with_stmt(items_start);
        fail();
      }
    }
    header_colon(false);
    s->body = block("'with' statement", kw.lineno);
    set_end_from_body(s, s->body);
    return s;
  }

  // invalid_with_stmt: [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE -> "expected ':'"
  //                 | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
  void invalid_with_stmt(size_t items_start) {
    size_t save = pos_;
    pos_ = items_start;
    auto item = [&](bool in_parens) {
      if (in_parens) star_expressions_no_star();
      else expression();
      if (accept(Tok::KwAs)) star_target();
    };
    if (attempt([&] {
          do item(false);
          while (accept(Tok::Comma));
          if (!at(Tok::Newline)) fail();
        }))
      raise_last("expected ':'");
    pos_ = items_start;
    if (at(Tok::LPar) && attempt([&] {
          advance();
          do {
            if (at(Tok::RPar)) break;
            item(true);
          } while (accept(Tok::Comma));
          expect(Tok::RPar);
          if (!at(Tok::Newline)) fail();
        }))
      raise_last("expected ':'");
    pos_ = save;
  }

  // expressions: expression (',' expression)* [',']
  Expr* star_expressions_no_star() {
    Expr* e = expression();
    while (at(Tok::Comma) && starts_expression(type(1)) && type(1) != Tok::Star) {
      advance();
      expression();
    }
    return e;
  }

  WithItem with_item(bool in_parens) {
    WithItem w;
    w.context_expr = expression();
    if (at(Tok::KwAs)) {
      // 'as' star_target &(',' | ')' | ':') | invalid_with_item
      size_t as_pos = pos_;
      Expr* target = nullptr;
      bool ok = attempt([&] {
        advance();
        target = star_target();
        if (!at(Tok::Comma) && !at(Tok::RPar) && !at(Tok::Colon)) fail();
        if (invalid_target(target, Targets::Star)) fail();
      });
      if (!ok) {
        if (diag_) {
          // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
          pos_ = as_pos + 1;
          Expr* a = nullptr;
          if (attempt([&] { a = expression(); if (!at(Tok::Comma) && !at(Tok::RPar) && !at(Tok::Colon)) fail(); })) {
            if (Expr* bad = invalid_target(a, Targets::Star)) raise_node(bad, std::string("cannot assign to ") + expr_name(bad));
          }
          pos_ = as_pos;
        }
        fail();
      }
      (void)in_parens;
      set_context(target, ExprContext::Store, Targets::Star);
      w.optional_vars = target;
    }
    return w;
  }

  Stmt* try_stmt() {
    const Token& start = advance();
    expect_forced(Tok::Colon);
    std::vector<Stmt*> body = block("'try' statement", start.lineno);
    if (!at(Tok::KwExcept) && !at(Tok::KwFinally)) {
      if (diag_) raise_last("expected 'except' or 'finally' block");
      fail();
    }
    Try* s = nullptr;
    std::vector<ExceptHandler> handlers;
    bool star = false;
    bool seen_plain = false, seen_star = false;
    while (at(Tok::KwExcept)) {
      const Token& ex = advance();
      ExceptHandler h;
      h.loc.lineno = ex.lineno;
      h.loc.col_offset = ex.col;
      bool this_star = false;
      const Token* star_tok = nullptr;
      if (at(Tok::Star)) {
        star_tok = &advance();
        this_star = true;
        if (at(Tok::Colon) || at(Tok::Newline)) {
          if (diag_) raise_last("expected one or more exception types");
          fail();
        }
      }
      if (this_star && seen_plain) {
        raise_at("SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", ex.lineno, ex.col,
                 star_tok->end_lineno, star_tok->end_col);
      }
      if (!this_star && seen_star) raise_tok(ex, "cannot have both 'except' and 'except*' on the same 'try'");
      if (this_star) seen_star = true; else seen_plain = true;
      star = this_star;
      // invalid_except_stmt: 'except' NEWLINE -> "expected ':'" (reported just below)
      if (!at(Tok::Colon) && !at(Tok::Newline)) {
        Expr* e = expression();
        if (at(Tok::Comma)) {
          // invalid_except_stmt: 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
          if (diag_) {
            while (accept(Tok::Comma)) expression();
            if (accept(Tok::KwAs)) expect(Tok::Name);
            expect(Tok::Colon);
            raise_from(e, "multiple exception types must be parenthesized");
          }
          fail();
        }
        h.type = e;
        if (accept(Tok::KwAs)) h.name = std::string(expect(Tok::Name).text);
      }
      if (!at(Tok::Colon)) {
        if (diag_ && at(Tok::Newline)) raise_last("expected ':'");
        fail();
      }
      advance();
      h.body = block(this_star ? "'except*' statement" : "'except' statement", ex.lineno);
      if (!h.body.empty()) {
        h.loc.end_lineno = h.body.back()->loc.end_lineno;
        h.loc.end_col_offset = h.body.back()->loc.end_col_offset;
      }
      handlers.push_back(std::move(h));
    }
    s = make<Try>(start, star);
    s->body = std::move(body);
    s->handlers = std::move(handlers);
    if (at(Tok::KwElse)) {
      if (s->handlers.empty()) fail();
      s->orelse = else_block();
    }
    if (at(Tok::KwFinally)) {
      const Token& f = advance();
      expect_forced(Tok::Colon);
      s->finalbody = block("'finally' statement", f.lineno);
    }
    if (s->handlers.empty() && s->finalbody.empty()) {
      if (diag_) raise_last("expected 'except' or 'finally' block");
      fail();
    }
    if (!s->finalbody.empty()) set_end_from_body(s, s->finalbody);
    else if (!s->orelse.empty()) set_end_from_body(s, s->orelse);
    else {
      s->loc.end_lineno = s->handlers.back().loc.end_lineno;
      s->loc.end_col_offset = s->handlers.back().loc.end_col_offset;
    }
    return s;
  }
  // ================================================================== parameters

  // Parses a parameter list up to (not including) ')' (def) or ':' (lambda).
  void parameters(Arguments& a, bool is_def) {
    Tok end = is_def ? Tok::RPar : Tok::Colon;
    bool seen_default = false;
    bool seen_slash = false;
    bool seen_star = false;      // '*' or '*args'
    bool seen_kwarg = false;
    std::vector<Arg> positional;
    std::vector<Expr*> defaults;
    for (;;) {
      if (at(end)) break;
      if (seen_kwarg) {
        const Token& t = tok();
        raise_tok(t, "arguments cannot follow var-keyword argument");
      }
      if (at(Tok::Slash)) {
        if (!seen_star && !seen_slash && positional.empty()) {
          // invalid_parameters: a="/" ','. Otherwise plain invalid syntax at the '/': the first
          // pass fetches no token past it.
          if (diag_ && type(1) == Tok::Comma) raise_tok(tok(), "at least one argument must precede /");
          fail();
        }
        const Token& sl = advance();
        if (seen_star) raise_tok(sl, "/ must be ahead of *");
        if (seen_slash) raise_tok(sl, "/ may appear only once");
        if (positional.empty()) raise_tok(sl, "at least one argument must precede /");
        seen_slash = true;
        a.posonlyargs = std::move(positional);
        positional.clear();
        // invalid_parameters: param_maybe_default+ '/' a='*'
        if (diag_ && at(Tok::Star)) raise_tok(tok(), "expected comma between / and *");
      } else if (at(Tok::Star)) {
        const Token& st = advance();
        if (seen_star) raise_tok(st, "* argument may appear only once");
        seen_star = true;
        if (at(Tok::Name)) {
          a.has_vararg = true;
          a.vararg = param(is_def, true);
          if (at(Tok::Equal)) {
            const Token& eq = tok();
            raise_tok(eq, "var-positional argument cannot have default value");
          }
        } else {
          bool bad = at(end) || (at(Tok::Comma) && (type(1) == end || (is_def && type(1) == Tok::DoubleStar)));
          if (bad) {
            if (is_def) raise_tok(st, "named arguments must follow bare *");
            raise_last("named arguments must follow bare *");
          }
        }
      } else if (at(Tok::DoubleStar)) {
        advance();
        a.has_kwarg = true;
        a.kwarg = param(is_def, false);
        if (at(Tok::Equal)) {
          const Token& eq = tok();
          raise_tok(eq, "var-keyword argument cannot have default value");
        }
        seen_kwarg = true;
      } else {
        if (diag_ && at(Tok::LPar) && !seen_default && !seen_slash && !seen_star) {
          // invalid_parameters: param_no_default* a='(' param_no_default+ ','? b=')'
          // (invalid_lambda_parameters: lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')')
          const Token& lp = tok();
          const Token* rp = nullptr;
          attempt([&] {
            advance();
            for (;;) {
              param(is_def, false);
              if (!accept(Tok::Comma) || at(Tok::RPar)) break;
            }
            if (!at(Tok::RPar)) fail();
            rp = &tok();
          });
          if (rp) {
            raise_at("SyntaxError", is_def ? "Function parameters cannot be parenthesized"
                                           : "Lambda expression parameters cannot be parenthesized",
                     lp.lineno, lp.col, rp->end_lineno, rp->end_col);
          }
        }
        Arg p = param(is_def, false);
        Expr* def = nullptr;
        if (at(Tok::Equal)) {
          const Token& eq = advance();
          // invalid_default: '=' &(')'|',')
          if (diag_ && (at(Tok::RPar) || at(Tok::Comma))) raise_tok(eq, "expected default value expression");
          def = expression();
        }
        if (seen_star) {
          a.kwonlyargs.push_back(std::move(p));
          a.kw_defaults.push_back(def);
        } else {
          if (def) {
            seen_default = true;
            defaults.push_back(def);
          } else if (seen_default) {
            raise_at("SyntaxError", "non-default argument follows default argument", p.loc.lineno,
                     p.loc.col_offset, p.loc.end_lineno, p.loc.end_col_offset);
          }
          positional.push_back(std::move(p));
        }
      }
      if (!accept(Tok::Comma)) break;
    }
    a.args = std::move(positional);
    a.defaults = std::move(defaults);
  }

  Arg param(bool allow_annotation, bool star_annotation) {
    const Token& n = expect(Tok::Name);
    Arg p;
    set_loc_from_tok(&p, n);
    p.arg = std::string(n.text);
    if (allow_annotation && at(Tok::Colon)) {
      advance();
      if (star_annotation && at(Tok::Star)) p.annotation = star_expression();
      else p.annotation = expression();
      p.loc.end_lineno = prev_end_line_;
      p.loc.end_col_offset = prev_end_col_;
    }
    return p;
  }

  // ================================================================== expressions

  static bool starts_expression(Tok t) {
    switch (t) {
      case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb:
      case Tok::LBrace: case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::Ellipsis:
      case Tok::KwNot: case Tok::KwLambda: case Tok::KwAwait: case Tok::KwNone: case Tok::KwTrue:
      case Tok::KwFalse: case Tok::Star:
        return true;
      default:
        return false;
    }
  }

  // star_expressions: star_expression (',' star_expression)* [',']
  Expr* star_expressions() {
    const Token& start = tok();
    Expr* first = star_expression();
    if (!at(Tok::Comma)) return first;
    Tuple* t = make<Tuple>(start);
    t->elts.push_back(first);
    while (accept(Tok::Comma)) {
      if (!starts_expression(type())) break;
      t->elts.push_back(star_expression());
    }
    return finish(t);
  }

  Expr* star_expression() {
    if (at(Tok::Star)) {
      const Token& s = advance();
      Starred* st = make<Starred>(s);
      st->value = bitwise_or();
      return finish(st);
    }
    return expression();
  }

  // star_named_expression: '*' bitwise_or | named_expression
  Expr* star_named_expression() {
    if (at(Tok::Star)) {
      const Token& s = advance();
      Starred* st = make<Starred>(s);
      st->value = bitwise_or();
      return finish(st);
    }
    return named_expression();
  }

  // named_expression: NAME ':=' expression | expression !':='
  Expr* named_expression() {
    if (at(Tok::Name) && type(1) == Tok::ColonEqual) {
      const Token& n = advance();
      advance();
      NamedExpr* ne = make<NamedExpr>(n);
      ne->target = name_node(n, ExprContext::Store);
      ne->value = expression();
      return finish(ne);
    }
    size_t e_start = pos_;
    Expr* e = expression();
    if (at(Tok::ColonEqual)) {
      // invalid_named_expression: a=expression ':=' expression
      if (diag_) {
        size_t save = pos_;
        if (attempt([&] { advance(); expression(); }))
          raise_node(e, std::string("cannot use assignment expressions with ") + expr_name(e));
        pos_ = save;
      }
      fail();
    }
    if (diag_ && at(Tok::Equal)) invalid_named_expression(e, e_start);
    return e;
  }


  // Used for if/elif/while conditions (named_expression).
  Expr* named_expression_cond() { return named_expression(); }

  // invalid_named_expression (alternatives 2 and 3); pos_ is at '='.
  void invalid_named_expression(Expr* a, size_t a_start) {
    size_t save = pos_;
    int sl = prev_end_line_, sc = prev_end_col_;
    auto restore = [&] {
      pos_ = save;
      prev_end_line_ = sl;
      prev_end_col_ = sc;
    };
    bool paren = is_parenthesized(a_start, pos_);
    if (a->kind == ExprKind::Name && !paren) {
      // a=NAME '=' b=bitwise_or !('='|':=')
      advance();
      if (!starts_bitwise_or(type())) return restore();
      Expr* b = bitwise_or();
      if (!at(Tok::Equal) && !at(Tok::ColonEqual))
        raise_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      return restore();
    }
    // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
    if (!paren && !is_bitwise_or_level(a)) return;
    const Token& ft = toks_[a_start];
    if (ft.type == Tok::KwTrue || ft.type == Tok::KwFalse || ft.type == Tok::KwNone) return;
    if (ft.type == Tok::LSqb || ft.type == Tok::LPar) {
      const Expr* lm = leftmost(a);
      bool display_at_start = lm->loc.lineno == ft.lineno && lm->loc.col_offset == ft.col &&
                              (lm->kind == ExprKind::List || lm->kind == ExprKind::Tuple ||
                               lm->kind == ExprKind::GeneratorExp);
      if (display_at_start) return;
    }
    advance();
    if (!starts_bitwise_or(type())) return restore();
    bitwise_or();
    if (!at(Tok::Equal) && !at(Tok::ColonEqual))
      raise_node(a, std::string("cannot assign to ") + expr_name(a) + " here. Maybe you meant '==' instead of '='?");
    restore();
  }

  // The leftmost sub-expression (the one starting where `e` starts).
  static const Expr* leftmost(const Expr* e) {
    for (;;) {
      switch (e->kind) {
        case ExprKind::BinOp: e = e->as<BinOp>()->left; break;
        case ExprKind::Attribute: e = e->as<Attribute>()->value; break;
        case ExprKind::Subscript: e = e->as<Subscript>()->value; break;
        case ExprKind::Call: e = e->as<Call>()->func; break;
        default: return e;
      }
    }
  }

  static bool starts_bitwise_or(Tok t) {
    return starts_expression(t) && t != Tok::KwNot && t != Tok::KwLambda && t != Tok::Star;
  }

  // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  // expression: invalid_expression | invalid_legacy_expression
  //           | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  // The diagnostic pass memoizes it per position, as CPython does (`expression (memo)`), which keeps
  // the re-parsing done by the diagnostics linear.
  struct MemoEntry {
    Expr* e;
    size_t end;
    int end_line, end_col;
  };

  // As in CPython, a memoized result is reused whatever produced it: a result computed while the
  // diagnostics were off (inside expression_without_invalid) is not re-examined later.
  Expr* expression() {
    if (!pass2_) return expression_plain();
    return memoized(memo_expr_, [&] {
      if (diag_) {
        diag_invalid_expression(pos_);
        diag_invalid_legacy_expression(pos_);
      }
      return expression_plain();
    });
  }

  template <class F>
  Expr* memoized(std::unordered_map<size_t, MemoEntry>& memo, F&& compute) {
    size_t start_pos = pos_;
    auto it = memo.find(start_pos);
    if (it != memo.end()) {
      if (!it->second.e) fail();
      pos_ = it->second.end;
      prev_end_line_ = it->second.end_line;
      prev_end_col_ = it->second.end_col;
      return it->second.e;
    }
    Expr* e = nullptr;
    try {
      e = compute();
    } catch (const ParseAbort&) {
      if (!error) memo[start_pos] = MemoEntry{nullptr, 0, 0, 0};
      throw;
    }
    memo[start_pos] = MemoEntry{e, pos_, prev_end_line_, prev_end_col_};
    return e;
  }

  std::unordered_map<size_t, MemoEntry> memo_expr_, memo_disj_;

  Expr* expression_plain() {
    if (at(Tok::KwLambda)) return lambdef();
    const Token& start = tok();
    Expr* body = disjunction();
    if (at(Tok::KwIf)) {
      size_t save = pos_;
      int sl = prev_end_line_, sc = prev_end_col_;
      try {
        advance();
        Expr* test = disjunction();
        expect(Tok::KwElse);
        DepthGuard g(this, 1);
        IfExp* ie = make<IfExp>(start);
        ie->test = test;
        ie->body = body;
        ie->orelse = expression();
        return finish(ie);
      } catch (const ParseAbort&) {
        if (error) throw;
        pos_ = save;
        prev_end_line_ = sl;
        prev_end_col_ = sc;
      }
    }
    return body;
  }

  // Runs `f` as a PEG alternative: on plain failure the position is restored and false returned;
  // a raised error propagates.
  template <class F>
  bool attempt(F&& f) {
    size_t save = pos_;
    int sl = prev_end_line_, sc = prev_end_col_;
    try {
      f();
      return true;
    } catch (const ParseAbort&) {
      if (error) throw;
      pos_ = save;
      prev_end_line_ = sl;
      prev_end_col_ = sc;
      return false;
    }
  }

  bool in_without_invalid_ = false;  // inside without_diag() in the diagnostic pass

  // CPython's *_without_invalid rules: p->call_invalid_rules = 0 while they run.
  template <class F>
  auto without_diag(F&& f) -> decltype(f()) {
    bool saved = diag_, saved_w = in_without_invalid_;
    in_without_invalid_ = diag_;
    diag_ = false;
    try {
      auto r = f();
      diag_ = saved;
      in_without_invalid_ = saved_w;
      return r;
    } catch (...) {
      diag_ = saved;
      in_without_invalid_ = saved_w;
      throw;
    }
  }

  // invalid_expression:
  //   !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  //       -> "Perhaps you forgot a comma?" when inside brackets (and a is not print/exec)
  //   a=disjunction 'if' b=disjunction !('else'|':') -> "expected 'else' after 'if' expression"
  void diag_invalid_expression(size_t start_pos) {
    size_t save = pos_;
    int sl = prev_end_line_, sc = prev_end_col_;
    auto restore = [&] {
      pos_ = save;
      prev_end_line_ = sl;
      prev_end_col_ = sc;
    };
    const Token& first = tok();
    bool skip_alt1 = (first.type == Tok::Name && type(1) == Tok::String) ||
                     (first.type == Tok::Name && is_soft_keyword_prefix(first.text));
    if (!skip_alt1) {
      Expr* a = nullptr;
      Expr* b = nullptr;
      bool ok = attempt([&] {
        a = disjunction();
        if (!starts_expression(type()) || at(Tok::Star)) fail();
        b = without_diag([&] { return expression_plain(); });
      });
      if (ok) {
        bool legacy = a->kind == ExprKind::Name && (a->as<Name>()->id == "print" || a->as<Name>()->id == "exec");
        if (!legacy && bracket_level_before(pos_) > 0) raise_range(a, b, "invalid syntax. Perhaps you forgot a comma?");
      }
      restore();
    }
    Expr* a = nullptr;
    Expr* b = nullptr;
    bool ok = attempt([&] {
      a = disjunction();
      expect(Tok::KwIf);
      b = disjunction();
    });
    if (ok && !at(Tok::KwElse) && !at(Tok::Colon)) raise_range(a, b, "expected 'else' after 'if' expression");
    restore();
    (void)start_pos;
  }

  // invalid_legacy_expression: a=NAME !'(' b=star_expressions -> "Missing parentheses in call to
  // 'print'" when a is print/exec. The star_expressions are parsed (with diagnostics) for any name.
  void diag_invalid_legacy_expression(size_t start_pos) {
    if (!at(Tok::Name) || type(1) == Tok::LPar) return;
    size_t save = pos_;
    int sl = prev_end_line_, sc = prev_end_col_;
    const Token& a = advance();
    Expr* b = nullptr;
    bool ok = attempt([&] { b = star_expressions(); });
    if (ok && (a.text == "print" || a.text == "exec")) {
      std::string name(a.text);
      raise_range_tok(a, b, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
    }
    pos_ = save;
    prev_end_line_ = sl;
    prev_end_col_ = sc;
    (void)start_pos;
  }

  // CPython 3.11's _PyPegen_soft_keyword_token compares with strncmp(keyword, name, len(name)), so
  // any non-empty prefix of "match", "case" or "_" counts as a soft keyword there.
  static bool is_soft_keyword_prefix(std::string_view n) {
    if (n.empty()) return false;
    for (std::string_view kw : {std::string_view("match"), std::string_view("case"), std::string_view("_")}) {
      if (n.size() <= kw.size() && kw.substr(0, n.size()) == n) return true;
    }
    return false;
  }

  // Bracket nesting level at token index `i` (tokens before i).
  int bracket_level_before(size_t i) {
    int level = 0;
    // scan back from i-1 to the start of the logical line
    for (size_t k = i; k-- > 0;) {
      Tok t = toks_[k].type;
      if (t == Tok::Newline || t == Tok::Indent || t == Tok::Dedent) break;
      if (t == Tok::RPar || t == Tok::RSqb || t == Tok::RBrace) --level;
      else if (t == Tok::LPar || t == Tok::LSqb || t == Tok::LBrace) ++level;
    }
    // the last token itself: CPython records level after the token; a closing bracket lowers it
    return level;
  }

  Expr* lambdef() {
    const Token& l = advance();
    DepthGuard g(this, 2);
    Lambda* lam = make<Lambda>(l);
    if (!at(Tok::Colon)) parameters(lam->args, false);
    expect(Tok::Colon);
    lam->body = expression();
    return finish(lam);
  }

  Expr* disjunction() {
    if (!pass2_) return disjunction_plain();
    return memoized(memo_disj_, [&] { return disjunction_plain(); });
  }
  Expr* disjunction_plain() {
    const Token& start = tok();
    Expr* first = conjunction();
    if (!at(Tok::KwOr)) return first;
    BoolOp* b = make<BoolOp>(start);
    b->op = BoolOpKind::Or;
    b->values.push_back(first);
    while (at(Tok::KwOr)) {
      Expr* rhs = nullptr;
      if (!attempt([&] { advance(); rhs = conjunction(); })) break;
      b->values.push_back(rhs);
    }
    if (b->values.size() == 1) return first;
    return finish(b);
  }

  Expr* conjunction() {
    const Token& start = tok();
    Expr* first = inversion();
    if (!at(Tok::KwAnd)) return first;
    BoolOp* b = make<BoolOp>(start);
    b->op = BoolOpKind::And;
    b->values.push_back(first);
    while (at(Tok::KwAnd)) {
      Expr* rhs = nullptr;
      if (!attempt([&] { advance(); rhs = inversion(); })) break;
      b->values.push_back(rhs);
    }
    if (b->values.size() == 1) return first;
    return finish(b);
  }

  Expr* inversion() {
    if (at(Tok::KwNot)) {
      const Token& n = advance();
      DepthGuard g(this, 1);
      UnaryOp* u = make<UnaryOp>(n);
      u->op = UnaryOpKind::Not;
      u->operand = inversion();
      return finish(u);
    }
    return comparison();
  }

  size_t op_start_ = 0;
  int op_prev_line_ = 0, op_prev_col_ = 0;
  bool comp_op(CmpOpKind& op) {
    op_start_ = pos_;
    op_prev_line_ = prev_end_line_;
    op_prev_col_ = prev_end_col_;
    switch (type()) {
      case Tok::EqEqual: op = CmpOpKind::Eq; advance(); return true;
      case Tok::NotEqual:
        if (tok().text == "<>") fail();
        op = CmpOpKind::NotEq; advance(); return true;
      case Tok::Less: op = CmpOpKind::Lt; advance(); return true;
      case Tok::LessEqual: op = CmpOpKind::LtE; advance(); return true;
      case Tok::Greater: op = CmpOpKind::Gt; advance(); return true;
      case Tok::GreaterEqual: op = CmpOpKind::GtE; advance(); return true;
      case Tok::KwIn: op = CmpOpKind::In; advance(); return true;
      case Tok::KwNot:
        if (type(1) == Tok::KwIn) {
          advance();
          advance();
          op = CmpOpKind::NotIn;
          return true;
        }
        return false;
      case Tok::KwIs:
        advance();
        if (accept(Tok::KwNot)) op = CmpOpKind::IsNot;
        else op = CmpOpKind::Is;
        return true;
      default:
        return false;
    }
  }

  Expr* comparison() {
    const Token& start = tok();
    Expr* first = bitwise_or();
    CmpOpKind op;
    if (!comp_op(op)) return first;
    Compare* c = nullptr;
    for (;;) {
      // the operator's start (comp_op() of nested comparisons overwrites op_start_)
      size_t op_pos = op_start_;
      int op_line = op_prev_line_, op_col = op_prev_col_;
      Expr* rhs = nullptr;
      bool ok = attempt([&] { rhs = bitwise_or(); });
      if (!ok) {
        // back out of the operator too (PEG: the longest successful match wins)
        pos_ = op_pos;
        prev_end_line_ = op_line;
        prev_end_col_ = op_col;
        break;
      }
      if (!c) {
        c = make<Compare>(start);
        c->left = first;
      }
      c->ops.push_back(op);
      c->comparators.push_back(rhs);
      if (!comp_op(op)) break;
    }
    if (!c) return first;
    return finish(c);
  }

  Expr* binop(const Token& start, Expr* left, OperatorKind op, Expr* right) {
    BinOp* b = make<BinOp>(start);
    b->left = left;
    b->op = op;
    b->right = right;
    return finish(b);
  }

  Expr* bitwise_or() {
    const Token& start = tok();
    Expr* e = bitwise_xor();
    while (at(Tok::VBar)) {
      Expr* rhs = nullptr;
      if (!attempt([&] { advance(); rhs = bitwise_xor(); })) break;
      e = binop(start, e, OperatorKind::BitOr, rhs);
    }
    return e;
  }
  Expr* bitwise_xor() {
    const Token& start = tok();
    Expr* e = bitwise_and();
    while (at(Tok::Circumflex)) {
      Expr* rhs = nullptr;
      if (!attempt([&] { advance(); rhs = bitwise_and(); })) break;
      e = binop(start, e, OperatorKind::BitXor, rhs);
    }
    return e;
  }
  Expr* bitwise_and() {
    const Token& start = tok();
    Expr* e = shift_expr();
    while (at(Tok::Amper)) {
      Expr* rhs = nullptr;
      if (!attempt([&] { advance(); rhs = shift_expr(); })) break;
      e = binop(start, e, OperatorKind::BitAnd, rhs);
    }
    return e;
  }
  Expr* shift_expr() {
    const Token& start = tok();
    Expr* e = sum();
    for (;;) {
      OperatorKind op;
      if (at(Tok::LeftShift)) op = OperatorKind::LShift;
      else if (at(Tok::RightShift)) op = OperatorKind::RShift;
      else return e;
      Expr* rhs = nullptr;
      if (!attempt([&] { advance(); rhs = sum(); })) return e;
      e = binop(start, e, op, rhs);
    }
  }
  Expr* sum() {
    const Token& start = tok();
    Expr* e = term();
    for (;;) {
      OperatorKind op;
      if (at(Tok::Plus)) op = OperatorKind::Add;
      else if (at(Tok::Minus)) op = OperatorKind::Sub;
      else return e;
      Expr* rhs = nullptr;
      if (!attempt([&] { advance(); rhs = term(); })) return e;
      e = binop(start, e, op, rhs);
    }
  }
  Expr* term() {
    const Token& start = tok();
    Expr* e = factor();
    for (;;) {
      OperatorKind op;
      switch (type()) {
        case Tok::Star: op = OperatorKind::Mult; break;
        case Tok::Slash: op = OperatorKind::Div; break;
        case Tok::DoubleSlash: op = OperatorKind::FloorDiv; break;
        case Tok::Percent: op = OperatorKind::Mod; break;
        case Tok::At: op = OperatorKind::MatMult; break;
        default: return e;
      }
      Expr* rhs = nullptr;
      if (!attempt([&] { advance(); rhs = factor(); })) return e;
      e = binop(start, e, op, rhs);
    }
  }
  Expr* factor() {
    UnaryOpKind op;
    switch (type()) {
      case Tok::Plus: op = UnaryOpKind::UAdd; break;
      case Tok::Minus: op = UnaryOpKind::USub; break;
      case Tok::Tilde: op = UnaryOpKind::Invert; break;
      default: return power();
    }
    const Token& t = advance();
    DepthGuard g(this, 1);
    UnaryOp* u = make<UnaryOp>(t);
    u->op = op;
    u->operand = factor();
    return finish(u);
  }
  Expr* power() {
    const Token& start = tok();
    Expr* e = await_primary();
    if (at(Tok::DoubleStar)) {
      DepthGuard g(this, 2);
      Expr* rhs = nullptr;
      if (attempt([&] { advance(); rhs = factor(); })) return binop(start, e, OperatorKind::Pow, rhs);
    }
    return e;
  }
  Expr* await_primary() {
    if (at(Tok::KwAwait)) {
      const Token& a = advance();
      DepthGuard g(this, 1);
      Await* aw = make<Await>(a);
      aw->value = primary();
      return finish(aw);
    }
    return primary();
  }

  Expr* primary() {
    const Token& start = tok();
    Expr* e = atom();
    for (;;) {
      switch (type()) {
        case Tok::Dot: {
          Expr* next = nullptr;
          if (!attempt([&] {
                advance();
                const Token& n = expect(Tok::Name);
                Attribute* a = make<Attribute>(start);
                a->value = e;
                a->attr = std::string(n.text);
                next = finish(a);
              }))
            return e;
          e = next;
          break;
        }
        case Tok::LPar: {
          Expr* next = nullptr;
          if (!attempt([&] {
                const Token& lp = advance();
                Call* c = make<Call>(start);
                c->func = e;
                if (!at(Tok::RPar)) call_arguments(c->args, c->keywords, &lp);
                expect(Tok::RPar);
                next = finish(c);
              }))
            return e;
          e = next;
          break;
        }
        case Tok::LSqb: {
          Expr* next = nullptr;
          if (!attempt([&] {
                advance();
                Subscript* s = make<Subscript>(start);
                s->value = e;
                s->slice = slices();
                expect(Tok::RSqb);
                next = finish(s);
              }))
            return e;
          e = next;
          break;
        }
        default:
          return e;
      }
    }
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  Expr* slices() {
    const Token& start = tok();
    Expr* first = slice_item();
    if (!at(Tok::Comma) && first->kind != ExprKind::Starred) return first;
    Tuple* t = make<Tuple>(start);
    t->elts.push_back(first);
    while (accept(Tok::Comma)) {
      if (at(Tok::RSqb)) break;
      t->elts.push_back(slice_item());
    }
    return finish(t);
  }

  Expr* slice_item() {
    const Token& start = tok();
    if (at(Tok::Star)) {
      const Token& s = advance();
      Starred* st = make<Starred>(s);
      st->value = expression();
      return finish(st);
    }
    Expr* lower = nullptr;
    if (!at(Tok::Colon)) {
      lower = named_expression();
      if (!at(Tok::Colon)) return lower;
    }
    Slice* s = make<Slice>(start);
    s->lower = lower;
    advance();  // ':'
    if (!at(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RSqb)) s->upper = expression();
    if (accept(Tok::Colon)) {
      if (!at(Tok::Comma) && !at(Tok::RSqb)) s->step = expression();
    }
    return finish(s);
  }

  // Call arguments (also class bases). `lpar` is the call's '(' (for a sole generator argument).
  void call_arguments(std::vector<Expr*>& args, std::vector<Keyword>& keywords, const Token* lpar) {
    bool seen_keyword = false;       // name=value
    bool seen_kwunpack = false;      // **mapping
    const char* pending = nullptr;   // positional argument after keywords: reported after the list
    for (;;) {
      if (at(Tok::RPar)) break;
      const Token& start = tok();
      if (at(Tok::Name) && type(1) == Tok::Equal) {
        advance();
        advance();
        Keyword k;
        k.loc.lineno = start.lineno;
        k.loc.col_offset = start.col;
        k.arg = std::string(start.text);
        k.value = expression();
        if (diag_ && at(Tok::Equal)) {
          // f(a=b=c)
        }
        k.loc.end_lineno = prev_end_line_;
        k.loc.end_col_offset = prev_end_col_;
        keywords.push_back(std::move(k));
        seen_keyword = true;
      } else if (at(Tok::DoubleStar)) {
        advance();
        Keyword k;
        k.loc.lineno = start.lineno;
        k.loc.col_offset = start.col;
        k.value = expression();
        k.loc.end_lineno = prev_end_line_;
        k.loc.end_col_offset = prev_end_col_;
        keywords.push_back(std::move(k));
        seen_kwunpack = true;
      } else if (at(Tok::Star)) {
        // invalid_arguments: a=args ',' '*' -> "iterable argument unpacking follows keyword argument
        // unpacking" at the '*' (after **x always; after name=x when no valid *expr follows)
        const Token& s = tok();
        if (seen_kwunpack && !pending) {
          if (diag_) raise_tok(s, "iterable argument unpacking follows keyword argument unpacking");
          fail();
        }
        Starred* st = nullptr;
        bool ok = attempt([&] {
          advance();
          st = make<Starred>(s);
          st->value = expression();
          finish(st);
        });
        if (!ok) {
          if (diag_ && seen_keyword && !pending) raise_tok(s, "iterable argument unpacking follows keyword argument unpacking");
          fail();
        }
        args.push_back(st);
      } else {
        if (!diag_ && (seen_keyword || seen_kwunpack)) {
          // first pass: kwargs accept only NAME '=' ..., '*' ..., '**' ... (looked at 2 tokens)
          if (at(Tok::Name)) tok(1);
          fail();
        }
        if ((at(Tok::KwTrue) || at(Tok::KwFalse) || at(Tok::KwNone)) && type(1) == Tok::Equal) {
          const Token& k = tok();
          raise_at("SyntaxError", std::string("cannot assign to ") + std::string(k.text), k.lineno, k.col,
                   toks_[pos_ + 1].end_lineno, toks_[pos_ + 1].end_col);
        }
        const size_t arg_start = pos_;
        Expr* e = named_expression_arg();
        if (!lpar && (at(Tok::KwFor) || at(Tok::KwAsync))) fail();  // class bases: no bare generator
        if (at(Tok::KwFor) || (at(Tok::KwAsync) && type(1) == Tok::KwFor)) {
          // generator expression argument
          GeneratorExp* g = make<GeneratorExp>(start);
          g->elt = e;
          g->generators = for_if_clauses();
          bool sole = args.empty() && keywords.empty() && at(Tok::RPar);
          if (sole && lpar) {
            g->loc.lineno = lpar->lineno;
            g->loc.col_offset = lpar->col;
            g->loc.end_lineno = tok().end_lineno;
            g->loc.end_col_offset = tok().end_col;
          } else {
            finish(g);
            if (at(Tok::Comma) || !args.empty() || !keywords.empty()) {
              raise_at("SyntaxError", "Generator expression must be parenthesized", e->loc.lineno,
                       e->loc.col_offset, g->loc.end_lineno, g->loc.end_col_offset);
            }
          }
          args.push_back(g);
        } else {
          if (at(Tok::Equal)) {
            // invalid_kwarg: !(NAME '=') a=expression b='=' (an unparenthesized `x := 1` is no
            // `expression`: plain invalid syntax)
            if (e->kind == ExprKind::NamedExpr && toks_[arg_start].type == Tok::Name) fail();
            const Token& eq = tok();
            raise_at("SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?",
                     e->loc.lineno, e->loc.col_offset, eq.end_lineno, eq.end_col);
          }
          if (!pending && seen_kwunpack) pending = "positional argument follows keyword argument unpacking";
          if (!pending && seen_keyword) pending = "positional argument follows keyword argument";
          args.push_back(e);
        }
      }
      if (!accept(Tok::Comma)) break;
    }
    if (pending) {
      tok();
      raise_last(pending);
    }
  }

  // args: (assignment_expression | expression !':=') -- no named-expression diagnostics here
  Expr* named_expression_arg() {
    if (at(Tok::Name) && type(1) == Tok::ColonEqual) {
      const Token& n = advance();
      advance();
      NamedExpr* ne = make<NamedExpr>(n);
      ne->target = name_node(n, ExprContext::Store);
      ne->value = expression();
      return finish(ne);
    }
    Expr* e = expression();
    if (at(Tok::ColonEqual)) fail();
    return e;
  }

  std::vector<Comprehension> for_if_clauses() {
    std::vector<Comprehension> gens;
    while (at(Tok::KwFor) || (at(Tok::KwAsync) && type(1) == Tok::KwFor)) {
      Comprehension c;
      if (accept(Tok::KwAsync)) c.is_async = true;
      advance();  // 'for'
      size_t target_start = pos_;
      Expr* target = nullptr;
      if (!attempt([&] { target = star_targets(); }) || !at(Tok::KwIn)) {
        if (diag_) invalid_for_target(target_start);
        fail();
      }
      if (Expr* bad = invalid_target(target, Targets::For)) raise_node(bad, std::string("cannot assign to ") + expr_name(bad));
      set_context(target, ExprContext::Store, Targets::For);
      c.target = target;
      advance();  // 'in'
      c.iter = disjunction();
      while (at(Tok::KwIf)) {
        advance();
        c.ifs.push_back(disjunction());
      }
      gens.push_back(std::move(c));
    }
    return gens;
  }

  Expr* yield_expr() {
    const Token& y = advance();
    if (accept(Tok::KwFrom)) {
      YieldFrom* yf = make<YieldFrom>(y);
      yf->value = expression();
      return finish(yf);
    }
    Yield* yv = make<Yield>(y);
    if (starts_expression(type())) yv->value = star_expressions();
    return finish(yv);
  }
  // ================================================================== atoms

  Expr* atom() {
    const Token& t = tok();
    switch (t.type) {
      case Tok::Name:
        advance();
        return name_node(t);
      case Tok::KwTrue:
      case Tok::KwFalse:
      case Tok::KwNone: {
        advance();
        Constant* c = arena_.make<Constant>();
        set_loc_from_tok(c, t);
        c->ckind = t.type == Tok::KwTrue ? ConstantKind::True
                   : t.type == Tok::KwFalse ? ConstantKind::False : ConstantKind::None;
        return c;
      }
      case Tok::Ellipsis: {
        advance();
        Constant* c = arena_.make<Constant>();
        set_loc_from_tok(c, t);
        c->ckind = ConstantKind::Ellipsis;
        return c;
      }
      case Tok::Number: {
        advance();
        Constant* c = arena_.make<Constant>();
        set_loc_from_tok(c, t);
        NumberValue nv = parse_number(t.text);
        if (nv.kind == NumberValue::Int) {
          c->ckind = ConstantKind::Int;
          c->value = std::move(nv.digits);
          c->fits_i64 = nv.fits_i64;
          c->ivalue = nv.ivalue;
        } else {
          c->ckind = nv.kind == NumberValue::Float ? ConstantKind::Float : ConstantKind::Complex;
          c->fvalue = nv.fvalue;
        }
        return c;
      }
      case Tok::String:
        return strings();
      case Tok::LPar:
        return with_comprehension_diag([&] { return paren_atom_inner(); });
      case Tok::LSqb:
        return with_comprehension_diag([&] { return list_atom_inner(); });
      case Tok::LBrace:
        return with_comprehension_diag([&] { return brace_atom_inner(); });
      default:
        fail();
    }
  }

  // invalid_comprehension: ('[' | '(' | '{') a=starred_expression for_if_clauses, tried by the
  // diagnostic pass after the display / comprehension alternatives failed.
  template <class F>
  Expr* with_comprehension_diag(F&& parse) {
    if (!diag_) return parse();
    size_t start = pos_;
    try {
      return parse();
    } catch (const ParseAbort&) {
      if (error) throw;
      pos_ = start + 1;
      if (at(Tok::Star)) {
        attempt([&] {
          const Token& s = advance();
          Starred* st = make<Starred>(s);
          st->value = expression();
          finish(st);
          if (at(Tok::KwFor) || (at(Tok::KwAsync) && type(1) == Tok::KwFor)) {
            for_if_clauses();
            raise_node(st, "iterable unpacking cannot be used in comprehension");
          }
          fail();
        });
      }
      pos_ = start;
      throw;
    }
  }

  Expr* paren_atom_inner() {
    const Token& lp = advance();
    DepthGuard g(this, 20);
    if (at(Tok::RPar)) {
      advance();
      Tuple* t = make<Tuple>(lp);
      return finish(t);
    }
    if (at(Tok::KwYield)) {
      Expr* y = yield_expr();
      expect(Tok::RPar);
      return y;
    }
    if (at(Tok::DoubleStar)) {
      if (diag_) {
        const Token& ds = advance();
        expression();
        if (at(Tok::RPar)) raise_tok(ds, "cannot use double starred expression here");
      }
      fail();
    }
    Expr* first = star_named_expression();
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && type(1) == Tok::KwFor)) {
      if (first->kind == ExprKind::Starred) {
        if (diag_) raise_node(first, "iterable unpacking cannot be used in comprehension");
        fail();
      }
      GeneratorExp* ge = make<GeneratorExp>(lp);
      ge->elt = first;
      ge->generators = for_if_clauses();
      expect(Tok::RPar);
      return finish(ge);
    }
    if (at(Tok::RPar)) {
      if (first->kind == ExprKind::Starred) {
        if (diag_) raise_node(first, "cannot use starred expression here");
        fail();
      }
      advance();
      return first;  // a group: the parentheses are not part of the node
    }
    if (!at(Tok::Comma)) {
      fail();
    }
    Tuple* t = make<Tuple>(lp);
    t->elts.push_back(first);
    while (accept(Tok::Comma)) {
      if (at(Tok::RPar)) break;
      t->elts.push_back(star_named_expression());
    }
    expect(Tok::RPar);
    return finish(t);
  }

  Expr* list_atom_inner() {
    const Token& lb = advance();
    DepthGuard g(this, 20);
    if (at(Tok::RSqb)) {
      advance();
      return finish(make<List>(lb));
    }
    Expr* first = star_named_expression();
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && type(1) == Tok::KwFor)) {
      if (first->kind == ExprKind::Starred) {
        if (diag_) raise_node(first, "iterable unpacking cannot be used in comprehension");
        fail();
      }
      ListComp* lc = make<ListComp>(lb);
      lc->elt = first;
      lc->generators = for_if_clauses();
      expect(Tok::RSqb);
      return finish(lc);
    }
    List* l = make<List>(lb);
    l->elts.push_back(first);
    while (accept(Tok::Comma)) {
      if (at(Tok::RSqb)) break;
      if (diag_ && at(Tok::KwFor)) forgot_comprehension_parens(first, l->elts);
      l->elts.push_back(star_named_expression());
    }
    if (diag_ && at(Tok::KwFor)) forgot_comprehension_parens(first, l->elts);
    expect(Tok::RSqb);
    return finish(l);
  }

  Expr* brace_atom_inner() {
    const Token& lb = advance();
    DepthGuard g(this, 20);
    if (at(Tok::RBrace)) {
      advance();
      return finish(make<Dict>(lb));
    }
    if (at(Tok::DoubleStar)) {
      const Token& ds = advance();
      Dict* d = make<Dict>(lb);
      d->keys.push_back(nullptr);
      d->values.push_back(bitwise_or());
      // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
      if (diag_ && (at(Tok::KwFor) || (at(Tok::KwAsync) && type(1) == Tok::KwFor))) {
        for_if_clauses();
        if (at(Tok::RBrace)) raise_tok(ds, "dict unpacking cannot be used in dict comprehension");
        fail();
      }
      dict_rest(d);
      return finish(d);
    }
    Expr* first = nullptr;
    if (in_without_invalid_ && !diag_) {
      // Observed CPython 3.11 behaviour: inside expression_without_invalid the first item of a
      // {...} display is still parsed with the diagnostics on.
      diag_ = true;
      try {
        first = star_named_expression();
      } catch (...) {
        diag_ = false;
        throw;
      }
      diag_ = false;
    } else {
      first = star_named_expression();
    }
    if (at(Tok::Colon) && first->kind != ExprKind::Starred) {
      advance();
      invalid_kv_value();
      Expr* value = expression();
      if (at(Tok::KwFor) || (at(Tok::KwAsync) && type(1) == Tok::KwFor)) {
        DictComp* dc = make<DictComp>(lb);
        dc->key = first;
        dc->value = value;
        dc->generators = for_if_clauses();
        expect(Tok::RBrace);
        return finish(dc);
      }
      Dict* d = make<Dict>(lb);
      d->keys.push_back(first);
      d->values.push_back(value);
      dict_rest(d);
      return finish(d);
    }
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && type(1) == Tok::KwFor)) {
      if (first->kind == ExprKind::Starred) {
        if (diag_) raise_node(first, "iterable unpacking cannot be used in comprehension");
        fail();
      }
      SetComp* sc = make<SetComp>(lb);
      sc->elt = first;
      sc->generators = for_if_clauses();
      expect(Tok::RBrace);
      return finish(sc);
    }
    Set* s = make<Set>(lb);
    s->elts.push_back(first);
    while (accept(Tok::Comma)) {
      if (at(Tok::RBrace)) break;
      if (diag_ && at(Tok::KwFor)) forgot_comprehension_parens(first, s->elts);
      s->elts.push_back(star_named_expression());
    }
    if (diag_ && at(Tok::KwFor)) forgot_comprehension_parens(first, s->elts);
    expect(Tok::RBrace);
    return finish(s);
  }

  // invalid_comprehension: [a, b for ...] / [a, for ...]
  void forgot_comprehension_parens(Expr* first, const std::vector<Expr*>& elts) {
    const char* msg = "did you forget parentheses around the comprehension target?";
    size_t save = pos_;
    int sl = prev_end_line_, sc = prev_end_col_;
    if (!attempt([&] { for_if_clauses(); })) return;
    pos_ = save;
    prev_end_line_ = sl;
    prev_end_col_ = sc;
    if (elts.size() == 1) {
      const Token& comma = toks_[pos_ - 1];
      raise_at("SyntaxError", msg, first->loc.lineno, first->loc.col_offset, comma.end_lineno, comma.end_col);
    }
    raise_range(first, elts.back(), msg);
  }

  // invalid_double_starred_kvpairs / invalid_kvpair value checks, pos_ after the ':'. CPython runs
  // these in the first pass too: `'{' invalid_double_starred_kvpairs '}'` is not a lone invalid_
  // alternative, and only those are skipped outside the diagnostic pass.
  void invalid_kv_value() {
    if (at(Tok::Star)) {
      size_t save = pos_;
      const Token& st = advance();
      Starred* sv = make<Starred>(st);
      if (attempt([&] { bitwise_or(); })) {
        tok();
        raise_from(sv, "cannot use a starred expression in a dictionary value");
      }
      pos_ = save;
    }
    if (at(Tok::RBrace) || at(Tok::Comma)) {
      const Token& c = toks_[pos_ - 1];
      raise_at("SyntaxError", "expression expected after dictionary key and ':'", c.lineno, c.col, c.end_lineno,
               c.end_col);
    }
  }

  void dict_rest(Dict* d) {
    while (accept(Tok::Comma)) {
      if (at(Tok::RBrace)) break;
      if (accept(Tok::DoubleStar)) {
        d->keys.push_back(nullptr);
        d->values.push_back(bitwise_or());
        continue;
      }
      Expr* k = expression();
      if (!at(Tok::Colon)) {
        {
          // invalid_kvpair: a=expression !(':') -> "':' expected after dictionary key"
          // RAISE_ERROR_KNOWN_LOCATION(a->lineno, a->end_col_offset - 1, a->end_lineno, -1)
          raise_at("SyntaxError", "':' expected after dictionary key", k->loc.lineno, k->loc.end_col_offset - 1,
                   k->loc.end_lineno, -1);
        }
        fail();
      }
      advance();
      invalid_kv_value();
      d->keys.push_back(k);
      d->values.push_back(expression());
    }
    expect(Tok::RBrace);
  }

  // ================================================================== targets

  static const char* expr_name(const Expr* e) {
    switch (e->kind) {
      case ExprKind::Attribute: return "attribute";
      case ExprKind::Subscript: return "subscript";
      case ExprKind::Starred: return "starred";
      case ExprKind::Name: return "name";
      case ExprKind::List: return "list";
      case ExprKind::Tuple: return "tuple";
      case ExprKind::Lambda: return "lambda";
      case ExprKind::Call: return "function call";
      case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
      case ExprKind::GeneratorExp: return "generator expression";
      case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
      case ExprKind::Await: return "await expression";
      case ExprKind::ListComp: return "list comprehension";
      case ExprKind::SetComp: return "set comprehension";
      case ExprKind::DictComp: return "dict comprehension";
      case ExprKind::Dict: return "dict literal";
      case ExprKind::Set: return "set display";
      case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
      case ExprKind::Constant: {
        const Constant* c = e->as<Constant>();
        switch (c->ckind) {
          case ConstantKind::None: return "None";
          case ConstantKind::True: return "True";
          case ConstantKind::False: return "False";
          case ConstantKind::Ellipsis: return "ellipsis";
          default: return "literal";
        }
      }
      case ExprKind::Compare: return "comparison";
      case ExprKind::IfExp: return "conditional expression";
      case ExprKind::NamedExpr: return "named expression";
      case ExprKind::Slice: return "slice";
    }
    return "expression";
  }

  // _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or nullptr.
  static Expr* invalid_target(Expr* e, Targets tt) {
    switch (e->kind) {
      case ExprKind::List: {
        for (Expr* x : e->as<List>()->elts)
          if (Expr* bad = invalid_target(x, tt)) return bad;
        return nullptr;
      }
      case ExprKind::Tuple: {
        for (Expr* x : e->as<Tuple>()->elts)
          if (Expr* bad = invalid_target(x, tt)) return bad;
        return nullptr;
      }
      case ExprKind::Starred:
        if (tt == Targets::Del) return e;
        return invalid_target(e->as<Starred>()->value, tt);
      case ExprKind::Compare:
        if (tt == Targets::For) {
          const Compare* c = e->as<Compare>();
          if (c->ops[0] == CmpOpKind::In) return invalid_target(c->left, tt);
          return nullptr;
        }
        return e;
      case ExprKind::Name:
      case ExprKind::Subscript:
      case ExprKind::Attribute:
        return nullptr;
      default:
        return e;
    }
  }

  static void set_context(Expr* e, ExprContext ctx, Targets tt) {
    switch (e->kind) {
      case ExprKind::Name: e->as<Name>()->ctx = ctx; break;
      case ExprKind::Attribute: e->as<Attribute>()->ctx = ctx; break;
      case ExprKind::Subscript: e->as<Subscript>()->ctx = ctx; break;
      case ExprKind::Starred:
        e->as<Starred>()->ctx = ctx;
        set_context(e->as<Starred>()->value, ctx, tt);
        break;
      case ExprKind::List:
        e->as<List>()->ctx = ctx;
        for (Expr* x : e->as<List>()->elts) set_context(x, ctx, tt);
        break;
      case ExprKind::Tuple:
        e->as<Tuple>()->ctx = ctx;
        for (Expr* x : e->as<Tuple>()->elts) set_context(x, ctx, tt);
        break;
      default:
        break;
    }
  }
  // ================================================================== strings

  struct StrTok {
    const Token* tok;
    bool bytes = false, raw = false, fstr = false, u = false;
    size_t body_off = 0;     // offset of the body within tok->text
    std::string_view body;   // between the quotes
  };

  static StrTok split_string_token(const Token& t) {
    StrTok s;
    s.tok = &t;
    std::string_view txt = t.text;
    size_t i = 0;
    while (i < txt.size() && txt[i] != '\'' && txt[i] != '"') {
      char c = txt[i];
      if (c == 'b' || c == 'B') s.bytes = true;
      else if (c == 'r' || c == 'R') s.raw = true;
      else if (c == 'f' || c == 'F') s.fstr = true;
      else if (c == 'u' || c == 'U') s.u = true;
      ++i;
    }
    char q = txt[i];
    size_t qlen = (txt.size() - i >= 6 && txt[i + 1] == q && txt[i + 2] == q) ? 3 : 1;
    s.body_off = i + qlen;
    s.body = txt.substr(i + qlen, txt.size() - i - 2 * qlen);
    return s;
  }

  // Raises a string-decoding error located like CPython's RAISE_SYNTAX_ERROR (the token after
  // the string group).
  [[noreturn]] void raise_after_strings(size_t after, const std::string& msg) {
    const Token& t = tok_at(after);
    if (t.col < 0) {
      // RAISE_SYNTAX_ERROR at an ENDMARKER (eval input has no final NEWLINE): the tokenizer's cursor
      far = after;
      raise_last(msg);
    }
    raise_at("SyntaxError", msg, t.lineno, t.col, t.end_lineno, t.end_col);
  }

  // CPython's _PyPegen_concatenate_strings: the STRING tokens are processed one by one (decoded,
  // checked for bytes/str mixing against the previous one, f-string parsed), so the first problem in
  // token order is the one reported.
  Expr* strings() {
    std::vector<StrTok> parts;
    while (at(Tok::String)) parts.push_back(split_string_token(advance()));
    size_t after = pos_;
    tok();  // CPython looks at the next token to end the STRING+ group
    const Token& first = *parts.front().tok;
    const Token& last = *parts.back().tok;
    Loc group{first.lineno, first.col, last.end_lineno, last.end_col};
    bool bytesmode = false, any_f = false;
    std::string bytes_out;
    FStringState st;
    st.group = group;
    st.after = after;
    for (size_t i = 0; i < parts.size(); ++i) {
      const StrTok& p = parts[i];
      // _PyPegen_parse_string
      if (p.bytes) {
        for (char c : p.body) {
          if (static_cast<unsigned char>(c) >= 0x80) raise_tok(*p.tok, "bytes can only contain ASCII literal characters");
        }
      }
      std::string decoded;
      if (!p.fstr) {
        if (p.raw) decoded.assign(p.body);
        else decode_escapes(p.body, p.bytes, decoded, after);
      }
      if (i != 0 && bytesmode != p.bytes) raise_after_strings(after, "cannot mix bytes and nonbytes literals");
      bytesmode = p.bytes;
      if (p.fstr) {
        any_f = true;
        const char* s = p.body.data();
        const char* end = s + p.body.size();
        fstring_concat(st, &s, end, p, 0);
      } else if (p.bytes) {
        bytes_out += decoded;
      } else {
        st.lit += decoded;
      }
    }
    if (bytesmode) {
      Constant* c = arena_.make<Constant>();
      c->loc = group;
      c->ckind = ConstantKind::Bytes;
      c->value = std::move(bytes_out);
      return c;
    }
    if (!any_f) {
      Constant* c = arena_.make<Constant>();
      c->loc = group;
      c->ckind = ConstantKind::Str;
      c->value = std::move(st.lit);
      c->u_prefix = parts.front().u;
      return c;
    }
    JoinedStr* js = arena_.make<JoinedStr>();
    js->loc = group;
    if (!st.lit.empty()) st.values.push_back(str_const(st.lit, group));
    js->values = std::move(st.values);
    return js;
  }

  struct FStringState {
    Loc group;
    size_t after = 0;
    std::string lit;
    std::vector<Expr*> values;
  };

  Constant* str_const(std::string& text, Loc loc) {
    Constant* c = arena_.make<Constant>();
    c->loc = loc;
    c->ckind = ConstantKind::Str;
    c->value = std::move(text);
    text.clear();
    return c;
  }

  // _PyPegen_FstringParser_ConcatFstring: literal parts and replacement fields of one f-string
  // token body (or of a format spec when recurse_lvl > 0).
  void fstring_concat(FStringState& st, const char** str, const char* end, const StrTok& t, int recurse_lvl) {
    for (;;) {
      // literal part
      const char* s = *str;
      const char* lit_start = s;
      bool doubled = false;
      while (s < end) {
        char ch = *s++;
        if (!t.raw && ch == '\\' && s < end) {
          ch = *s++;
          if (ch == 'N') {
            if (s < end && *s++ == '{') {
              while (s < end && *s++ != '}') {}
              continue;
            }
            if (s >= end) break;
          }
          continue;
        }
        if (ch == '{' || ch == '}') {
          if (recurse_lvl == 0) {
            if (s < end && *s == ch) {
              doubled = true;
              break;
            }
            if (ch == '}') {
              *str = s - 1;
              raise_after_strings(st.after, "f-string: single '}' is not allowed");
            }
          }
          --s;
          break;
        }
      }
      std::string_view lit(lit_start, static_cast<size_t>(s - lit_start) - (doubled ? 0 : 0));
      if (doubled) {
        // literal includes the first brace; skip the second
        if (t.raw) st.lit.append(lit);
        else decode_escapes(lit, false, st.lit, st.after);
        *str = s + 1;
        continue;
      }
      if (t.raw) st.lit.append(lit);
      else decode_escapes(lit, false, st.lit, st.after);
      *str = s;
      if (s >= end || *s == '}') return;  // end of string, or end of a format spec
      // *s == '{': a replacement field
      fstring_expr_field(st, str, end, t, recurse_lvl);
    }
  }

  void fstring_expr_field(FStringState& st, const char** str, const char* end, const StrTok& t, int recurse_lvl) {
    const size_t after = st.after;
    if (recurse_lvl >= 2) raise_after_strings(after, "f-string: expressions nested too deeply");
    const char* brace = *str;
    const char* s = brace + 1;
    const char* expr_start = s;
    char quote_char = 0;
    int string_type = 0;
    int nested_depth = 0;
    char parenstack[200];
    for (; s < end; ++s) {
      char ch = *s;
      if (ch == '\\') raise_after_strings(after, "f-string expression part cannot include a backslash");
      if (quote_char) {
        if (ch == quote_char) {
          if (string_type == 3) {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
              s += 2;
              string_type = 0;
              quote_char = 0;
              continue;
            }
          } else {
            string_type = 0;
            quote_char = 0;
            continue;
          }
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (s + 2 < end && s[1] == ch && s[2] == ch) {
          string_type = 3;
          s += 2;
        } else {
          string_type = 1;
        }
        quote_char = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (nested_depth >= 200) raise_after_strings(after, "f-string: too many nested parenthesis");
        parenstack[nested_depth++] = ch;
      } else if (ch == '#') {
        raise_after_strings(after, "f-string expression part cannot include '#'");
      } else if (nested_depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (s + 1 < end) {
          char next = s[1];
          if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
              (ch == '>' && next == '=')) {
            ++s;
            continue;
          }
        }
        if (ch == '>' || ch == '<') continue;
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (!nested_depth) raise_after_strings(after, std::string("f-string: unmatched '") + ch + "'");
        char opening = parenstack[--nested_depth];
        if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
          raise_after_strings(after, std::string("f-string: closing parenthesis '") + ch +
                                         "' does not match opening parenthesis '" + opening + "'");
        }
      }
    }
    const char* expr_end = s;
    if (quote_char) raise_after_strings(after, "f-string: unterminated string");
    if (nested_depth) raise_after_strings(after, std::string("f-string: unmatched '") + parenstack[nested_depth - 1] + "'");
    if (s >= end) raise_after_strings(after, "f-string: expecting '}'");

    Expr* value = fstring_compile_expr(expr_start, expr_end, t, brace, after);

    std::string expr_text;
    bool has_eq = false;
    if (*s == '=') {
      ++s;
      while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')) ++s;
      expr_text.assign(expr_start, static_cast<size_t>(s - expr_start));
      has_eq = true;
    }
    int conversion = -1;
    if (s < end && *s == '!') {
      ++s;
      if (s >= end) raise_after_strings(after, "f-string: expecting '}'");
      conversion = static_cast<unsigned char>(*s);
      ++s;
      if (!(conversion == 's' || conversion == 'r' || conversion == 'a'))
        raise_after_strings(after, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    Expr* format_spec = nullptr;
    if (s >= end) raise_after_strings(after, "f-string: expecting '}'");
    if (*s == ':') {
      ++s;
      if (s >= end) raise_after_strings(after, "f-string: expecting '}'");
      FStringState spec;
      spec.group = st.group;
      spec.after = after;
      fstring_concat(spec, &s, end, t, recurse_lvl + 1);
      Loc tloc{t.tok->lineno, t.tok->col, t.tok->end_lineno, t.tok->end_col};
      if (!spec.lit.empty()) spec.values.push_back(str_const(spec.lit, tloc));
      JoinedStr* js = arena_.make<JoinedStr>();
      js->loc = tloc;
      js->values = std::move(spec.values);
      format_spec = js;
    }
    if (s >= end || *s != '}') raise_after_strings(after, "f-string: expecting '}'");
    ++s;
    *str = s;
    if (has_eq && format_spec == nullptr && conversion == -1) conversion = 'r';
    if (has_eq) st.lit += expr_text;
    if (!st.lit.empty()) st.values.push_back(str_const(st.lit, st.group));
    FormattedValue* fv = arena_.make<FormattedValue>();
    fv->loc = st.group;
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = format_spec;
    st.values.push_back(fv);
  }

  Expr* fstring_compile_expr(const char* expr_start, const char* expr_end, const StrTok& t,
                             const char* brace, size_t after) {
    const char* s = expr_start;
    for (; s != expr_end; ++s) {
      char c = *s;
      if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) break;
    }
    if (s == expr_end) {
      if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
        raise_after_strings(after, std::string("f-string: expression required before '") + *expr_end + "'");
      raise_after_strings(after, "f-string: empty expression not allowed");
    }
    // location of the '{' relative to the token start (fstring_find_expr_location)
    std::string_view ttext = t.tok->text;
    const char* tstart = ttext.data();
    bool newline_after_brace = true;
    for (const char* q = brace + 1; q < expr_end + 1 && *q != '}' && *q != '\n'; ++q) {
      if (*q != ' ' && *q != '\t' && *q != '\f') {
        newline_after_brace = false;
        break;
      }
    }
    int lines = 0, cols = 0;
    if (!newline_after_brace) {
      const char* q = brace;
      while (q > tstart && *q != '\n') --q;
      cols += static_cast<int>(brace - q);
      if (*q == '\n') cols -= 1;
    }
    for (const char* q = tstart; q < brace; ++q)
      if (*q == '\n') ++lines;
    std::string sub = "(";
    sub.append(expr_start, static_cast<size_t>(expr_end - expr_start));
    sub += ")";
    int start_line = t.tok->lineno + lines;
    int start_col = lines ? cols : t.tok->col + cols;
    return parse_fstring_subexpr(sub, start_line, start_col);
  }

  Expr* parse_fstring_subexpr(const std::string& sub, int start_line, int start_col);

  // Decodes backslash escapes of a (non-raw) string or bytes body, appending UTF-8 / bytes to out.
  void decode_escapes(std::string_view body, bool bytes, std::string& out, size_t after) {
    escape_body_ = body;
    size_t n = body.size();
    for (size_t i = 0; i < n;) {
      char c = body[i];
      if (c != '\\') {
        out.push_back(c);
        ++i;
        continue;
      }
      size_t start = i;
      ++i;
      if (i >= n) {
        if (bytes) raise_after_strings(after, "(value error) Trailing \\ in string");
        raise_after_strings(after, unicode_error(start, n - 1, "\\ at end of string"));
      }
      char e = body[i++];
      switch (e) {
        case '\n': break;
        case '\\': out.push_back('\\'); break;
        case '\'': out.push_back('\''); break;
        case '"': out.push_back('"'); break;
        case 'a': out.push_back('\a'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'v': out.push_back('\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          unsigned v = static_cast<unsigned>(e - '0');
          for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k) v = v * 8 + static_cast<unsigned>(body[i++] - '0');
          if (bytes) out.push_back(static_cast<char>(v & 0xFF));
          else append_cp(out, v);
          break;
        }
        case 'x': {
          uint32_t v = 0;
          int k = 0;
          for (; k < 2 && i < n && is_hex(body[i]); ++k) v = v * 16 + hex_val(body[i++]);
          if (k < 2) {
            if (bytes) raise_after_strings(after, "(value error) invalid \\x escape at position " + std::to_string(start));
            raise_after_strings(after, unicode_error(start, i - 1 + (i < n ? 1 : 0) - (i < n ? 1 : 0) + 0, "truncated \\xXX escape", i));
          }
          if (bytes) out.push_back(static_cast<char>(v));
          else append_cp(out, v);
          break;
        }
        case 'u':
        case 'U': {
          if (bytes) {
            out.push_back('\\');
            out.push_back(e);
            break;
          }
          int want = e == 'u' ? 4 : 8;
          uint32_t v = 0;
          int k = 0;
          for (; k < want && i < n && is_hex(body[i]); ++k) v = v * 16 + hex_val(body[i++]);
          if (k < want) {
            raise_after_strings(after, unicode_error(start, 0, e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", i));
          }
          if (v > 0x10FFFF) raise_after_strings(after, unicode_error(start, 0, "illegal Unicode character", i));
          append_cp(out, v);
          break;
        }
        case 'N': {
          if (bytes) {
            out.push_back('\\');
            out.push_back('N');
            break;
          }
          // positions as CPython's unicode_escape decoder reports them
          if (i >= n) raise_after_strings(after, unicode_error(start, 0, "malformed \\N character escape", n));
          if (body[i] == '{') {
            size_t close = body.find('}', i + 1);
            if (close == std::string_view::npos)
              raise_after_strings(after, unicode_error(start, 0, "malformed \\N character escape", n));
            if (close > i + 1) {
              std::string name(body.substr(i + 1, close - i - 1));
              for (char& ch : name) if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
              uint32_t cp = lookup_unicode_name(name);
              if (cp != 0xFFFFFFFFu) {
                append_cp(out, cp);
                i = close + 1;
                break;
              }
              raise_after_strings(after, unicode_error(start, 0, "unknown Unicode character name", close + 1));
            }
            raise_after_strings(after, unicode_error(start, 0, "malformed \\N character escape", close));
          }
          raise_after_strings(after, unicode_error(start, 0, "malformed \\N character escape", i));
        }
        default:
          // unknown escape: kept as is (CPython only warns)
          out.push_back('\\');
          out.push_back(e);
          break;
      }
    }
  }

  std::string_view escape_body_;  // the body being decoded (for error positions)
  // CPython decodes str literals after rewriting each non-ASCII character as "\\UXXXXXXXX" (10
  // bytes) and a backslash before a non-ASCII character or at the end as "\\u005c"; error
  // positions count bytes of that rewritten buffer.
  size_t escaped_pos(size_t idx) const {
    std::string_view b = escape_body_;
    size_t out = 0;
    for (size_t i = 0; i < idx && i < b.size();) {
      unsigned char c = static_cast<unsigned char>(b[i]);
      if (c == '\\') {
        out += 1;
        ++i;
        if (i >= b.size() || (static_cast<unsigned char>(b[i]) & 0x80)) out += 5;
        continue;
      }
      if (c & 0x80) {
        size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        out += 10;
        i += n;
        continue;
      }
      out += 1;
      ++i;
    }
    return out;
  }
  std::string unicode_error(size_t start, size_t /*unused*/, const char* what, size_t end_excl = 0) const {
    size_t s = escaped_pos(start);
    size_t end = end_excl ? escaped_pos(end_excl) - 1 : s + 1;
    return "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(s) + "-" +
           std::to_string(end) + ": " + what;
  }
  static bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
  static uint32_t hex_val(char c) {
    return (c >= '0' && c <= '9') ? static_cast<uint32_t>(c - '0')
           : (c >= 'a' && c <= 'f') ? static_cast<uint32_t>(c - 'a' + 10) : static_cast<uint32_t>(c - 'A' + 10);
  }
  static void append_cp(std::string& out, uint32_t cp) {
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
  static uint32_t lookup_unicode_name(const std::string& name) {
    const UName* b = std::begin(kUnicodeNames);
    const UName* e = std::end(kUnicodeNames);
    const UName* it = std::lower_bound(b, e, name, [](const UName& u, const std::string& n) { return std::strcmp(u.name, n.c_str()) < 0; });
    if (it != e && name == it->name) return it->cp;
    return 0xFFFFFFFFu;
  }
 public:
  // Runs the two-pass parse over `toks` with `entry` and returns the error, if any.
  template <class F, class Cfg>
  static std::optional<SyntaxErrorInfo> run(const SourceText& src, const std::vector<Token>& toks,
                                            const LexResult& lex, Arena& arena, F&& entry, Cfg&& cfg) {
    Parser p1(src, toks, lex, arena, false);
    cfg(p1);
    try {
      entry(p1);
      return std::nullopt;
    } catch (const ParseAbort&) {
    }
    SyntaxErrorInfo err;
    bool from_lexer = false;
    bool no_override = false;
    size_t far = p1.far;
    bool fstring = p1.fstring_mode;
    if (p1.error) {
      err = *p1.error;
      from_lexer = p1.error_from_lexer;
    } else {
      Parser p2(src, toks, lex, arena, true);
      cfg(p2);
      p2.far = p1.far;  // CPython keeps the tokens fetched by the first pass
      bool raised = false;
      try {
        entry(p2);
      } catch (const ParseAbort&) {
        raised = p2.error.has_value();
      }
      far = std::max(far, p2.far);
      if (raised) {
        err = *p2.error;
        from_lexer = p2.error_from_lexer;
      } else {
        // generic error at the furthest token of the first pass
        try {
          p1.generic_error();
        } catch (const ParseAbort&) {
        }
        err = *p1.error;
        // CPython returns before re-tokenizing the rest for unexpected indent/unindent
        no_override = err.type == "IndentationError";
      }
    }
    if (!from_lexer && !no_override && err.type != "MemoryError") {
      if (lex.error_kind == LexErrorKind::Hard) {
        err = lex.error;
      } else if (lex.error_kind == LexErrorKind::UnclosedAtEof && far < toks.size() &&
                 lex.unclosed_lineno < toks[far].lineno) {
        err = lex.error;
      }
    }
    if (fstring && !from_lexer && err.type == "SyntaxError") err.msg = "f-string: " + err.msg;
    return err;
  }

  void generic_error() {
    const Token& t = toks_[far];
    if (t.type == Tok::Indent) raise_last("unexpected indent", "IndentationError");
    if (t.type == Tok::Dedent) raise_last("unexpected unindent", "IndentationError");
    raise_at("SyntaxError", "invalid syntax", t.lineno, t.col, t.end_lineno, t.end_col);
  }
 private:
};

Expr* Parser::parse_fstring_subexpr(const std::string& sub, int start_line, int start_col) {
  SourceText ssrc(sub);
  LexResult slex = tokenize(ssrc);
  // Shift token positions into the enclosing file's coordinates (CPython: starting_lineno /
  // starting_col_offset of the f-string sub-parser).
  std::vector<Token> toks = slex.tokens;
  for (Token& t : toks) {
    if (t.lineno == 1 && t.col >= 0) t.col += start_col;
    if (t.end_lineno == 1 && t.col >= 0) t.end_col += start_col;
    t.lineno += start_line - 1;
    t.end_lineno += start_line - 1;
  }
  Expr* result = nullptr;
  auto err = Parser::run(
      ssrc, toks, slex, arena_, [&](Parser& p) { result = p.fstring_expr(); },
      [&](Parser& p) {
        p.file_mode = false;  // the f-string sub-parser reads from a string
        p.fstring_mode = true;
        p.line_shift = start_line - 1;
        p.first_line_col_shift = start_col;
      });
  if (err) {
    if (slex.error_kind != LexErrorKind::None && err->msg == slex.error.msg && err->lineno == slex.error.lineno)
      err->lineno = err->end_lineno = slex.error.lineno + start_line - 1;
    error = std::move(*err);
    throw ParseAbort{};
  }
  return result;
}

}  // namespace

// Single input: pegen's _PyPegen_fill_token turns the ENDMARKER that follows other tokens into a
// NEWLINE, with the DEDENTs still pending after it (the next ENDMARKER then becomes a NEWLINE too
// when DEDENTs came between).
static std::vector<Token> single_input_tokens(const std::vector<Token>& in) {
  std::vector<Token> out;
  if (in.empty() || in.back().type != Tok::EndMarker) return in;  // the tokenizer failed
  out.assign(in.begin(), in.end() - 1);
  Token end = in.back();
  if (out.empty()) {
    out.push_back(end);
    return out;
  }
  int depth = 0;
  for (const Token& t : out) depth += t.type == Tok::Indent ? 1 : t.type == Tok::Dedent ? -1 : 0;
  Token nl = end;
  nl.type = Tok::Newline;
  out.push_back(nl);
  if (depth > 0) {
    Token d = end;
    d.type = Tok::Dedent;
    for (int i = 0; i < depth; ++i) out.push_back(d);
    out.push_back(nl);
  }
  out.push_back(end);
  return out;
}

// bad_single_statement(): anything but whitespace and comments after where the tokenizer stopped
// (the end of the furthest token fetched).
static bool bad_single_statement(const SourceText& src, const std::vector<Token>& toks, size_t far) {
  if (far >= toks.size()) return false;
  const Token& t = toks[far];
  const std::string& s = src.text();
  size_t i;
  if (t.col < 0) {
    bool eof = true;
    for (size_t k = far; k < toks.size(); ++k) eof = eof && (toks[k].type == Tok::EndMarker || toks[k].type == Tok::Dedent || toks[k].type == Tok::Newline);
    if (eof) return false;
    i = src.line_start(t.lineno);
  } else {
    i = src.line_start(t.end_lineno) + static_cast<size_t>(t.end_col);
    if (t.type == Tok::Newline) ++i;
  }
  for (;;) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\014')) ++i;
    if (i >= s.size()) return false;
    if (s[i] != '#') return true;
    while (i < s.size() && s[i] != '\n') ++i;
  }
}

ParseResult parse_module(std::string_view source, SourceKind kind) {
  ParseOptions opts;
  opts.kind = kind;
  return parse_module(source, opts);
}

ParseResult parse_module(std::string_view source, const ParseOptions& opts) {
  ParseResult r;
  const bool file_mode = opts.kind == SourceKind::File;
  if (file_mode) {
    // CPython's tokenizer checks each line of a file for valid UTF-8 (tokenizer.c valid_utf8()).
    int line = 1;
    for (size_t i = 0; i < source.size();) {
      unsigned char c = static_cast<unsigned char>(source[i]);
      if (c == 0) break;  // reported below
      if (c == '\n') ++line;
      int expected = c < 0x80 ? 0 : c < 0xC0 ? -1 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : c < 0xF8 ? 3 : -1;
      bool ok = expected >= 0;
      for (int k = 1; ok && k <= expected; ++k) {
        size_t j = i + static_cast<size_t>(k);
        unsigned char d = j < source.size() ? static_cast<unsigned char>(source[j]) : 0;
        ok = d >= 0x80 && d < 0xC0;
      }
      if (!ok) {
        char buf[512];
        std::snprintf(buf, sizeof buf,
                      "Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, but no encoding declared; "
                      "see https://peps.python.org/pep-0263/ for details",
                      c, opts.filename.c_str(), line);
        SyntaxErrorInfo e;
        e.msg = buf;  // no location: CPython prints only the message line
        r.error = std::move(e);
        return r;
      }
      i += static_cast<size_t>(expected) + 1;
    }
  }
  // compile()'s 'eval' and 'single' modes read the source as it is (no NEWLINE added at its end)
  SourceText src(source, opts.mode == ModuleKind::Exec);
  if (size_t nul = src.text().find('\0'); nul != std::string::npos) {
    // CPython refuses NUL bytes before parsing: for a file it reports the line (cut at the NUL,
    // as a C string) without a caret; compile() of a str has no location.
    SyntaxErrorInfo e;
    if (file_mode) {
      e.msg = "source code cannot contain null bytes";
      int line = 1;
      for (size_t i = 0; i < nul; ++i) line += src.text()[i] == '\n';
      e.lineno = e.end_lineno = line;
      std::string_view text = src.line(line);
      e.text = std::string(text.substr(0, text.find('\0'))) + "\n";
    } else {
      e.msg = "source code string cannot contain null bytes";
    }
    r.error = std::move(e);
    return r;
  }
  LexResult lex = tokenize(src, file_mode);
  const std::vector<Token>* tokens = &lex.tokens;
  std::vector<Token> single_tokens;
  if (opts.mode == ModuleKind::Single) {
    single_tokens = single_input_tokens(lex.tokens);
    tokens = &single_tokens;
  }
  auto mod = std::make_unique<Module>();
  mod->kind = opts.mode;
  std::vector<Stmt*> body;
  size_t far_pos = 0;
  auto err = Parser::run(
      src, *tokens, lex, mod->arena,
      [&](Parser& p) {
        if (opts.mode == ModuleKind::Eval) body = p.eval_input();
        else if (opts.mode == ModuleKind::Single) body = p.single_input();
        else body = p.file();
        far_pos = p.far;
      },
      [&](Parser& p) {
        p.file_mode = file_mode;
        p.match_enabled = opts.match_statements;
      });
  if (!err && opts.mode == ModuleKind::Single && bad_single_statement(src, *tokens, far_pos)) {
    // CPython's bad_single_statement(): more than blank lines and comments after the statement,
    // reported at the last token fetched
    const Token& t = (*tokens)[far_pos];
    SyntaxErrorInfo e;
    e.msg = "multiple statements found while compiling a single statement";
    e.lineno = e.end_lineno = t.lineno;
    e.text = std::string(src.line(t.lineno));
    e.col_offset = t.col < 0 ? 0 : char_count(e.text, t.col + 1);
    e.end_offset = t.col < 0 ? 0 : char_count(e.text, t.end_col + 1);
    err = std::move(e);
  }
  if (err) {
    r.error = std::move(err);
    return r;
  }
  mod->body = std::move(body);
  r.module = std::move(mod);
  return r;
}

}  // namespace ls

namespace ls {

// CPython 3.11 Python/pythonrun.c: print_exception() for a SyntaxError + print_error_text().
// Works on the UTF-8 bytes of the line, as CPython does.
std::string format_syntax_error(const SyntaxErrorInfo& err, std::string_view filename) {
  if (err.type == "MemoryError") return err.msg.empty() ? "MemoryError\n" : "MemoryError: " + err.msg + "\n";
  std::string out;
  if (err.lineno > 0) {
    out += "  File \"";
    out += filename;
    out += "\", line ";
    out += std::to_string(err.lineno);
    out += "\n";
  }
  if (!err.text.empty()) {
    long offset = err.col_offset;
    long end_lineno = err.end_lineno, end_offset = err.end_offset;
    if (err.type != "SyntaxError") {  // subclasses: parse_syntax_error() ignores the end position
      end_lineno = err.lineno;
      end_offset = -1;
    }
    const long line_size = static_cast<long>(err.text.size());
    if (end_lineno > err.lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    long caret_repetitions = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    const char* text = err.text.c_str();
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
      ++text;
      --offset;
    }
    long len = static_cast<long>(std::strlen(text));
    if (len > 0 && text[len - 1] == '\n') --len;
    if (offset > len) offset = len;
    for (;;) {
      const char* nl = std::strchr(text, '\n');
      if (!nl) break;
      long inl = nl - text;
      if (inl >= offset) break;
      inl += 1;
      text += inl;
      len -= inl;
      offset -= inl;
    }
    out += "    ";
    out += text;
    if (text[len] != '\n') out += "\n";
    if (offset >= 0) {
      out += "    ";
      out.append(static_cast<size_t>(offset), ' ');
      out.append(static_cast<size_t>(caret_repetitions), '^');
      out += "\n";
    }
  }
  out += err.type;
  if (!err.msg.empty()) {
    out += ": ";
    out += err.msg;
  }
  out += "\n";
  return out;
}

}  // namespace ls
