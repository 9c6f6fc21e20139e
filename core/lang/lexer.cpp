// LoopScope front end: the tokenizer (see lexer.hpp). Follows CPython 3.11's tokenizer.c closely so
// that error messages and positions are the same.
#include "lexer.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ls {

// ---------------------------------------------------------------------------------------------
// SourceText

SourceText::SourceText(std::string_view raw, bool add_newline) {
  if (raw.size() >= 3 && static_cast<unsigned char>(raw[0]) == 0xEF &&
      static_cast<unsigned char>(raw[1]) == 0xBB && static_cast<unsigned char>(raw[2]) == 0xBF) {
    raw.remove_prefix(3);
  }
  text_.reserve(raw.size() + 1);
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\r') {
      text_.push_back('\n');
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    } else {
      text_.push_back(c);
    }
  }
  if (add_newline && (text_.empty() || text_.back() != '\n')) text_.push_back('\n');
  line_starts_.push_back(0);
  for (size_t i = 0; i + 1 < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::string_view SourceText::line(int lineno) const {
  if (lineno < 1 || lineno > line_count()) return {};
  size_t b = line_starts_[static_cast<size_t>(lineno - 1)];
  size_t e = text_.find('\n', b);
  e = (e == std::string::npos) ? text_.size() : e + 1;
  return std::string_view(text_).substr(b, e - b);
}

// ---------------------------------------------------------------------------------------------
// Unicode helpers

int char_count(std::string_view line, int nbytes) {
  if (nbytes < 0) return nbytes;
  size_t n = static_cast<size_t>(nbytes);
  if (n > line.size() + 1) n = line.size() + 1;
  if (n > line.size()) {
    // CPython clamps to len+1 bytes; the extra byte is the terminating NUL, counted as one char.
    int c = char_count(line, static_cast<int>(line.size()));
    return c + static_cast<int>(n - line.size());
  }
  int count = 0;
  for (size_t i = 0; i < n; ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

// Decodes one UTF-8 sequence at s[i]; returns the code point and sets len (1 on invalid bytes).
static uint32_t decode_utf8(std::string_view s, size_t i, int* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { *len = 1; return c; }
  int n = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC0) ? 2 : 1;
  if (n == 1 || i + static_cast<size_t>(n) > s.size()) { *len = 1; return 0xFFFD; }
  uint32_t cp = c & (0x3F >> (n - 1));
  for (int k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
    if ((d & 0xC0) != 0x80) { *len = 1; return 0xFFFD; }
    cp = (cp << 6) | (d & 0x3F);
  }
  *len = n;
  return cp;
}

static bool in(uint32_t cp, uint32_t lo, uint32_t hi) { return cp >= lo && cp <= hi; }

// Code points (>= 0x80) that may continue an identifier but not start it.
static bool is_id_continue_only(uint32_t cp) {
  return in(cp, 0x300, 0x36F) || cp == 0xB7 || cp == 0x387 || in(cp, 0x483, 0x487) ||
         in(cp, 0x591, 0x5BD) || in(cp, 0x610, 0x61A) || in(cp, 0x64B, 0x669) ||
         in(cp, 0x6F0, 0x6F9) || in(cp, 0x900, 0x903) || in(cp, 0x93A, 0x94F) ||
         in(cp, 0x966, 0x96F) || in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) ||
         in(cp, 0x20D0, 0x20F0) || cp == 0x203F || cp == 0x2040 || cp == 0x2054 ||
         in(cp, 0xFE00, 0xFE0F) || in(cp, 0xFE20, 0xFE2F) || cp == 0xFE33 || cp == 0xFE34 ||
         in(cp, 0xFE4D, 0xFE4F) || in(cp, 0xFF10, 0xFF19) || cp == 0xFF3F ||
         in(cp, 0xE0100, 0xE01EF);
}

static bool is_id_start_nonascii(uint32_t cp) {
  if (cp < 0xAA) return false;
  if (cp < 0x100) {
    return cp == 0xAA || cp == 0xB5 || cp == 0xBA || (in(cp, 0xC0, 0xFF) && cp != 0xD7 && cp != 0xF7);
  }
  if (in(cp, 0x100, 0x2C1)) return true;
  if (in(cp, 0x2C2, 0x2C5) || in(cp, 0x2D2, 0x2DF) || in(cp, 0x2E5, 0x2EB) || cp == 0x2ED ||
      in(cp, 0x2EF, 0x36F))
    return false;
  if (in(cp, 0x370, 0x3FF)) return cp != 0x375 && cp != 0x37E && cp != 0x384 && cp != 0x385 && cp != 0x387;
  if (in(cp, 0x400, 0x52F)) return !in(cp, 0x482, 0x489);
  if (in(cp, 0x530, 0x1FFF)) {
    // Armenian .. Greek Extended: letters of many scripts; exclude common punctuation blocks.
    return !(cp == 0x589 || cp == 0x58A || in(cp, 0x5BE, 0x5C7) || cp == 0x5F3 || cp == 0x5F4 ||
             in(cp, 0x600, 0x60F) || cp == 0x61B || in(cp, 0x61D, 0x61F) || in(cp, 0x66A, 0x66D) ||
             cp == 0x6D4 || in(cp, 0x964, 0x965) || cp == 0x970 || in(cp, 0xE3F, 0xE3F) ||
             in(cp, 0x1FBD, 0x1FBD) || in(cp, 0x1FBF, 0x1FC1) || in(cp, 0x1FCD, 0x1FCF) ||
             in(cp, 0x1FDD, 0x1FDF) || in(cp, 0x1FED, 0x1FEF) || in(cp, 0x1FFD, 0x1FFF) ||
             is_id_continue_only(cp));
  }
  if (in(cp, 0x2000, 0x2BFF)) {
    return cp == 0x2071 || cp == 0x207F || in(cp, 0x2090, 0x209C) || cp == 0x2102 || cp == 0x2107 ||
           in(cp, 0x210A, 0x2113) || cp == 0x2115 || in(cp, 0x2118, 0x211D) || cp == 0x2124 ||
           cp == 0x2126 || cp == 0x2128 || in(cp, 0x212A, 0x2139) || in(cp, 0x213C, 0x213F) ||
           in(cp, 0x2145, 0x2149) || cp == 0x214E || in(cp, 0x2160, 0x2188);
  }
  if (in(cp, 0x2C00, 0x2DFF)) return !in(cp, 0x2CE5, 0x2CEA) && !in(cp, 0x2CF9, 0x2CFF);
  if (in(cp, 0x2E00, 0x2E7F)) return false;
  if (in(cp, 0x2E80, 0x2FFF)) return false;  // radicals/ideographic description: not XID
  if (in(cp, 0x3000, 0x303F)) {
    return in(cp, 0x3005, 0x3007) || in(cp, 0x3021, 0x3029) || in(cp, 0x3031, 0x3035) ||
           in(cp, 0x3038, 0x303C);
  }
  if (in(cp, 0x3040, 0xD7FF)) {
    return !(cp == 0x309B || cp == 0x309C || cp == 0x30A0 || cp == 0x30FB || in(cp, 0x3099, 0x309A) ||
             in(cp, 0x3190, 0x319F) || in(cp, 0x31C0, 0x31EF) || in(cp, 0x3200, 0x33FF) ||
             in(cp, 0x4DC0, 0x4DFF) || in(cp, 0xA490, 0xA4CF) || in(cp, 0xA700, 0xA716) ||
             in(cp, 0xA720, 0xA721) || in(cp, 0xA789, 0xA78A));
  }
  if (in(cp, 0xD800, 0xF8FF)) return false;
  if (in(cp, 0xF900, 0xFDFF)) return !(cp == 0xFD3E || cp == 0xFD3F || in(cp, 0xFDFC, 0xFDFF));
  if (in(cp, 0xFE00, 0xFE6F)) return false;
  if (in(cp, 0xFE70, 0xFEFC)) return true;
  if (in(cp, 0xFF21, 0xFF3A) || in(cp, 0xFF41, 0xFF5A) || in(cp, 0xFF66, 0xFFDC)) return true;
  if (in(cp, 0xFE70, 0xFFFF)) return false;
  if (in(cp, 0x1F000, 0x1FBFF)) return false;  // emoji, symbols
  if (in(cp, 0xE0000, 0x10FFFF)) return false;
  if (in(cp, 0x1D400, 0x1D7FF)) return !(cp == 0x1D6C1 || cp == 0x1D6DB || cp == 0x1D6FB ||
                                         cp == 0x1D715 || cp == 0x1D735 || cp == 0x1D74F ||
                                         cp == 0x1D76F || cp == 0x1D789 || cp == 0x1D7A9 ||
                                         cp == 0x1D7C3 || in(cp, 0x1D7CE, 0x1D7FF));
  if (in(cp, 0x1D000, 0x1D3FF)) return false;  // musical symbols etc.
  return in(cp, 0x10000, 0x3FFFF);
}

bool is_id_start(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  return is_id_start_nonascii(cp);
}

bool is_id_continue(uint32_t cp) {
  if (cp < 0x80) return is_id_start(cp) || (cp >= '0' && cp <= '9');
  return is_id_start_nonascii(cp) || is_id_continue_only(cp) || in(cp, 0x1D7CE, 0x1D7FF);
}

// Py_UNICODE_ISPRINTABLE approximation for the code points that can reach the error paths.
static bool is_printable(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (in(cp, 0x80, 0xA0) || cp == 0xAD) return false;
  if (in(cp, 0x2000, 0x200F) || in(cp, 0x2028, 0x202F) || in(cp, 0x205F, 0x206F)) return false;
  if (cp == 0x3000 || cp == 0xFEFF || in(cp, 0xD800, 0xF8FF) || in(cp, 0xFFF0, 0xFFFB)) return false;
  if (in(cp, 0xE0000, 0xE007F) || cp >= 0xF0000) return false;
  return true;
}

static void append_utf8(std::string& out, uint32_t cp) {
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

// ---------------------------------------------------------------------------------------------
// Token spellings

const char* tok_spelling(Tok t) {
  switch (t) {
    case Tok::EndMarker: return "end of file";
    case Tok::Name: return "name";
    case Tok::Number: return "number";
    case Tok::String: return "string";
    case Tok::Newline: return "newline";
    case Tok::Indent: return "indent";
    case Tok::Dedent: return "dedent";
    case Tok::LPar: return "(";
    case Tok::RPar: return ")";
    case Tok::LSqb: return "[";
    case Tok::RSqb: return "]";
    case Tok::LBrace: return "{";
    case Tok::RBrace: return "}";
    case Tok::Colon: return ":";
    case Tok::Comma: return ",";
    case Tok::Semi: return ";";
    case Tok::Plus: return "+";
    case Tok::Minus: return "-";
    case Tok::Star: return "*";
    case Tok::Slash: return "/";
    case Tok::VBar: return "|";
    case Tok::Amper: return "&";
    case Tok::Less: return "<";
    case Tok::Greater: return ">";
    case Tok::Equal: return "=";
    case Tok::Dot: return ".";
    case Tok::Percent: return "%";
    case Tok::EqEqual: return "==";
    case Tok::NotEqual: return "!=";
    case Tok::LessEqual: return "<=";
    case Tok::GreaterEqual: return ">=";
    case Tok::Tilde: return "~";
    case Tok::Circumflex: return "^";
    case Tok::LeftShift: return "<<";
    case Tok::RightShift: return ">>";
    case Tok::DoubleStar: return "**";
    case Tok::PlusEqual: return "+=";
    case Tok::MinEqual: return "-=";
    case Tok::StarEqual: return "*=";
    case Tok::SlashEqual: return "/=";
    case Tok::PercentEqual: return "%=";
    case Tok::AmperEqual: return "&=";
    case Tok::VBarEqual: return "|=";
    case Tok::CircumflexEqual: return "^=";
    case Tok::LeftShiftEqual: return "<<=";
    case Tok::RightShiftEqual: return ">>=";
    case Tok::DoubleStarEqual: return "**=";
    case Tok::DoubleSlash: return "//";
    case Tok::DoubleSlashEqual: return "//=";
    case Tok::At: return "@";
    case Tok::AtEqual: return "@=";
    case Tok::RArrow: return "->";
    case Tok::Ellipsis: return "...";
    case Tok::ColonEqual: return ":=";
    case Tok::Exclamation: return "!";
    case Tok::ErrorOp: return "?";
    case Tok::KwFalse: return "False";
    case Tok::KwNone: return "None";
    case Tok::KwTrue: return "True";
    case Tok::KwAnd: return "and";
    case Tok::KwAs: return "as";
    case Tok::KwAssert: return "assert";
    case Tok::KwAsync: return "async";
    case Tok::KwAwait: return "await";
    case Tok::KwBreak: return "break";
    case Tok::KwClass: return "class";
    case Tok::KwContinue: return "continue";
    case Tok::KwDef: return "def";
    case Tok::KwDel: return "del";
    case Tok::KwElif: return "elif";
    case Tok::KwElse: return "else";
    case Tok::KwExcept: return "except";
    case Tok::KwFinally: return "finally";
    case Tok::KwFor: return "for";
    case Tok::KwFrom: return "from";
    case Tok::KwGlobal: return "global";
    case Tok::KwIf: return "if";
    case Tok::KwImport: return "import";
    case Tok::KwIn: return "in";
    case Tok::KwIs: return "is";
    case Tok::KwLambda: return "lambda";
    case Tok::KwNonlocal: return "nonlocal";
    case Tok::KwNot: return "not";
    case Tok::KwOr: return "or";
    case Tok::KwPass: return "pass";
    case Tok::KwRaise: return "raise";
    case Tok::KwReturn: return "return";
    case Tok::KwTry: return "try";
    case Tok::KwWhile: return "while";
    case Tok::KwWith: return "with";
    case Tok::KwYield: return "yield";
  }
  return "?";
}

static Tok keyword_type(std::string_view w) {
  switch (w.size()) {
    case 2:
      if (w == "if") return Tok::KwIf;
      if (w == "in") return Tok::KwIn;
      if (w == "is") return Tok::KwIs;
      if (w == "or") return Tok::KwOr;
      if (w == "as") return Tok::KwAs;
      break;
    case 3:
      if (w == "def") return Tok::KwDef;
      if (w == "for") return Tok::KwFor;
      if (w == "not") return Tok::KwNot;
      if (w == "and") return Tok::KwAnd;
      if (w == "del") return Tok::KwDel;
      if (w == "try") return Tok::KwTry;
      break;
    case 4:
      if (w == "None") return Tok::KwNone;
      if (w == "True") return Tok::KwTrue;
      if (w == "else") return Tok::KwElse;
      if (w == "elif") return Tok::KwElif;
      if (w == "pass") return Tok::KwPass;
      if (w == "from") return Tok::KwFrom;
      if (w == "with") return Tok::KwWith;
      break;
    case 5:
      if (w == "False") return Tok::KwFalse;
      if (w == "class") return Tok::KwClass;
      if (w == "while") return Tok::KwWhile;
      if (w == "yield") return Tok::KwYield;
      if (w == "break") return Tok::KwBreak;
      if (w == "raise") return Tok::KwRaise;
      if (w == "async") return Tok::KwAsync;
      if (w == "await") return Tok::KwAwait;
      break;
    case 6:
      if (w == "return") return Tok::KwReturn;
      if (w == "import") return Tok::KwImport;
      if (w == "lambda") return Tok::KwLambda;
      if (w == "except") return Tok::KwExcept;
      if (w == "assert") return Tok::KwAssert;
      if (w == "global") return Tok::KwGlobal;
      break;
    case 7:
      if (w == "finally") return Tok::KwFinally;
      break;
    case 8:
      if (w == "continue") return Tok::KwContinue;
      if (w == "nonlocal") return Tok::KwNonlocal;
      break;
    default:
      break;
  }
  return Tok::Name;
}

// ---------------------------------------------------------------------------------------------
// The tokenizer

namespace {

constexpr int kEOF = -1;
constexpr int kMaxIndent = 100;
constexpr int kMaxLevel = 200;
constexpr int kTabSize = 8;

struct LexAbort {};

class Lexer {
 public:
  Lexer(const SourceText& src, bool file_mode) : src_(src), s_(src.text()), file_mode_(file_mode) {
    indstack_.push_back(0);
    altindstack_.push_back(0);
  }

  LexResult run() {
    try {
      for (;;) {
        Token t = next_token();
        res_.tokens.push_back(t);
        if (t.type == Tok::EndMarker) break;
      }
    } catch (const LexAbort&) {
    }
    return std::move(res_);
  }

 private:
  const SourceText& src_;
  const std::string& s_;
  const bool file_mode_;  // offsets of parser-reported errors stay in bytes (CPython file input)
  size_t cur_ = 0;
  size_t line_start_ = 0;
  int lineno_ = 1;
  bool atbol_ = true;
  int pendin_ = 0;
  std::vector<int> indstack_, altindstack_;
  struct Paren { char c; int lineno; int col; };
  std::vector<Paren> parens_;
  LexResult res_;
  size_t tok_start_ = 0;  // start of the current token
  int first_lineno_ = 0;
  size_t multi_line_start_ = 0;

  int nextc() {
    if (cur_ >= s_.size()) return kEOF;
    if (cur_ > line_start_ && s_[cur_ - 1] == '\n') {
      line_start_ = cur_;
      ++lineno_;
    }
    return static_cast<unsigned char>(s_[cur_++]);
  }
  void backup(int c) {
    if (c != kEOF) --cur_;
  }

  std::string_view cur_line() const { return src_.line(lineno_); }
  // Offset conversion done by CPython's parser (not the tokenizer): characters for string input,
  // bytes for file input.
  int parser_offset(std::string_view line, int nbytes) const {
    return file_mode_ ? nbytes : char_count(line, nbytes);
  }

  // CPython's syntaxerror(): offset = characters from line start to cur.
  [[noreturn]] void hard_error(const std::string& msg) {
    int col = char_count(cur_line(), static_cast<int>(cur_ - line_start_));
    hard_error_range(msg, col, col);
  }
  [[noreturn]] void hard_error_range(const std::string& msg, int col, int end_col) {
    auto& e = res_.error;
    e.type = "SyntaxError";
    e.msg = msg;
    e.lineno = e.end_lineno = lineno_;
    e.col_offset = col;
    e.end_offset = end_col;
    // _syntaxerror_range: the text is the line up to its '\n' (strcspn)
    std::string_view line = cur_line();
    e.text = std::string(line.substr(0, line.find('\n')));
    res_.error_kind = LexErrorKind::Hard;
    throw LexAbort{};
  }
  // Errors reported by CPython's parser from tok->done (tokenizer_error()).
  [[noreturn]] void soft_error(const char* type, const std::string& msg, int lineno, int col,
                               int end_lineno, int end_col) {
    auto& e = res_.error;
    e.type = type;
    e.msg = msg;
    e.lineno = lineno;
    e.end_lineno = end_lineno;
    e.text = std::string(src_.line(lineno));
    e.col_offset = col;
    e.end_offset = end_col;
    res_.error_kind = LexErrorKind::Soft;
    throw LexAbort{};
  }
  // E_TABSPACE / E_TOODEEP: RAISE_ERROR_KNOWN_LOCATION(lineno, 0, lineno, -1)
  [[noreturn]] void indent_error(const char* type, const char* msg) {
    soft_error(type, msg, lineno_, 1, lineno_, 0);
  }

  Token make(Tok type, size_t start, size_t end, int lineno, size_t line_start) const {
    Token t;
    t.type = type;
    t.text = std::string_view(s_).substr(start, end - start);
    t.lineno = lineno;
    t.col = static_cast<int>(start - line_start);
    t.end_lineno = lineno_;
    t.end_col = static_cast<int>(end - line_start_);
    return t;
  }
  Token make_simple(Tok type) const { return make(type, tok_start_, cur_, lineno_, line_start_); }
  Token make_indent(Tok type) const {
    Token t;
    t.type = type;
    t.lineno = t.end_lineno = lineno_;
    t.col = t.end_col = -1;
    return t;
  }

  static bool is_potential_identifier_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
  }
  static bool is_potential_identifier_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c >= 128;
  }
  static bool isdigit_(int c) { return c >= '0' && c <= '9'; }
  static bool isxdigit_(int c) {
    return isdigit_(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  // Backslash continuation: returns the first char of the next line (backed up).
  // `in_indent`: called while measuring indentation (CPython: tok->start == NULL, so for file input
  // the buffer is reset at EOF and the error column is 0).
  int continuation_line(bool in_indent = false) {
    int c = nextc();
    if (c != '\n') {
      // E_LINECONT: col_offset = cur - buf - 1 -> offset cur - line_start (bytes, then chars)
      int col = parser_offset(cur_line(), static_cast<int>(cur_ - line_start_));
      soft_error("SyntaxError", "unexpected character after line continuation character", lineno_,
                 col, lineno_, 0);
    }
    c = nextc();
    if (c == kEOF) {
      cur_ = s_.size();
      if (!parens_.empty()) unclosed_at_eof();
      // E_EOF without open brackets: "unexpected EOF while parsing" at the current position.
      int col = (in_indent && file_mode_) ? 0 : parser_offset(cur_line(), static_cast<int>(cur_ - line_start_));
      soft_error("SyntaxError", "unexpected EOF while parsing", lineno_, col, lineno_, -1);
    }
    backup(c);
    return c;
  }

  [[noreturn]] void unclosed_at_eof() {
    const Paren& p = parens_.back();
    auto& e = res_.error;
    e.type = "SyntaxError";
    e.msg = std::string("'") + p.c + "' was never closed";
    e.lineno = e.end_lineno = p.lineno;
    e.text = std::string(src_.line(p.lineno));
    e.col_offset = parser_offset(e.text, p.col + 1);
    e.end_offset = 0;
    // A string's line before the tokenizer's current one comes from its buffer without the '\n'
    // (get_error_line_from_tokenizer_buffers).
    if (!file_mode_ && p.lineno < lineno_ && !e.text.empty() && e.text.back() == '\n') e.text.pop_back();
    res_.error_kind = LexErrorKind::UnclosedAtEof;
    res_.unclosed_lineno = p.lineno;
    throw LexAbort{};
  }

  bool lookahead(const char* test) {
    size_t save = cur_;
    size_t save_ls = line_start_;
    int save_ln = lineno_;
    bool ok = true;
    for (const char* p = test; *p; ++p) {
      int c = nextc();
      if (c != static_cast<unsigned char>(*p)) { ok = false; break; }
    }
    if (ok) {
      int c = nextc();
      ok = !is_potential_identifier_char(c);
    }
    cur_ = save;
    line_start_ = save_ls;
    lineno_ = save_ln;
    return ok;
  }

  void verify_end_of_number(int c, const char* kind) {
    bool r = false;
    if (c == 'a') r = lookahead("nd");
    else if (c == 'e') r = lookahead("lse");
    else if (c == 'f') r = lookahead("or");
    else if (c == 'i') {
      int c2 = nextc();
      if (c2 == 'f' || c2 == 'n' || c2 == 's') r = true;
      backup(c2);
    } else if (c == 'o') r = lookahead("r");
    else if (c == 'n') r = lookahead("ot");
    if (r) return;  // CPython only warns (DeprecationWarning)
    // (non-ASCII bytes do not trigger the error here: CPython sees them as negative chars)
    if (c != kEOF && c < 128 && is_potential_identifier_char(c)) {
      backup(c);
      hard_error(std::string("invalid ") + kind + " literal");
    }
  }

  int decimal_tail() {
    int c;
    for (;;) {
      do { c = nextc(); } while (isdigit_(c));
      if (c != '_') break;
      c = nextc();
      if (!isdigit_(c)) {
        backup(c);
        hard_error("invalid decimal literal");
      }
    }
    return c;
  }

  void verify_identifier() {
    std::string_view id = std::string_view(s_).substr(tok_start_, cur_ - tok_start_);
    size_t i = 0;
    bool first = true;
    while (i < id.size()) {
      int len = 1;
      uint32_t cp = decode_utf8(id, i, &len);
      bool ok = first ? is_id_start(cp) : is_id_continue(cp);
      if (!ok) {
        cur_ = tok_start_ + i + static_cast<size_t>(len);
        char buf[64];
        if (is_printable(cp)) {
          std::string ch;
          append_utf8(ch, cp);
          std::snprintf(buf, sizeof buf, " (U+%04X)", static_cast<unsigned>(cp));
          hard_error("invalid character '" + ch + "'" + buf);
        } else {
          std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(cp));
          hard_error(buf);
        }
      }
      first = false;
      i += static_cast<size_t>(len);
    }
  }

  Token number(int c) {
    // c is the first char (a digit), or '.' already consumed when entering at fraction.
    if (c == '0') {
      c = nextc();
      if (c == 'x' || c == 'X') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (!isxdigit_(c)) {
            backup(c);
            hard_error("invalid hexadecimal literal");
          }
          do { c = nextc(); } while (isxdigit_(c));
        } while (c == '_');
        verify_end_of_number(c, "hexadecimal");
      } else if (c == 'o' || c == 'O') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (c < '0' || c >= '8') {
            if (isdigit_(c)) hard_error(std::string("invalid digit '") + static_cast<char>(c) + "' in octal literal");
            backup(c);
            hard_error("invalid octal literal");
          }
          do { c = nextc(); } while ('0' <= c && c < '8');
        } while (c == '_');
        if (isdigit_(c)) hard_error(std::string("invalid digit '") + static_cast<char>(c) + "' in octal literal");
        verify_end_of_number(c, "octal");
      } else if (c == 'b' || c == 'B') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (c != '0' && c != '1') {
            if (isdigit_(c)) hard_error(std::string("invalid digit '") + static_cast<char>(c) + "' in binary literal");
            backup(c);
            hard_error("invalid binary literal");
          }
          do { c = nextc(); } while (c == '0' || c == '1');
        } while (c == '_');
        if (isdigit_(c)) hard_error(std::string("invalid digit '") + static_cast<char>(c) + "' in binary literal");
        verify_end_of_number(c, "binary");
      } else {
        bool nonzero = false;
        for (;;) {
          if (c == '_') {
            c = nextc();
            if (!isdigit_(c)) {
              backup(c);
              hard_error("invalid decimal literal");
            }
          }
          if (c != '0') break;
          c = nextc();
        }
        size_t zeros_end = cur_;
        if (isdigit_(c)) {
          nonzero = true;
          c = decimal_tail();
        }
        if (c == '.') {
          c = nextc();
          return fraction(c);
        } else if (c == 'e' || c == 'E') {
          return exponent(c);
        } else if (c == 'j' || c == 'J') {
          return imaginary();
        } else if (nonzero) {
          backup(c);
          std::string_view line = cur_line();
          (void)line;  // CPython passes byte columns here, unconverted
          int col = static_cast<int>(tok_start_ + 1 - line_start_);
          int end = static_cast<int>(zeros_end - line_start_);
          hard_error_range(
              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
              "octal integers",
              col, end);
        }
        verify_end_of_number(c, "decimal");
      }
    } else {
      c = decimal_tail();
      if (c == '.') {
        c = nextc();
        return fraction(c);
      }
      if (c == 'e' || c == 'E') return exponent(c);
      if (c == 'j' || c == 'J') return imaginary();
      verify_end_of_number(c, "decimal");
    }
    backup(c);
    return make_simple(Tok::Number);
  }

  Token fraction(int c) {
    if (isdigit_(c)) c = decimal_tail();
    if (c == 'e' || c == 'E') return exponent(c);
    if (c == 'j' || c == 'J') return imaginary();
    verify_end_of_number(c, "decimal");
    backup(c);
    return make_simple(Tok::Number);
  }

  Token exponent(int e) {
    int c = nextc();
    if (c == '+' || c == '-') {
      c = nextc();
      if (!isdigit_(c)) {
        backup(c);
        hard_error("invalid decimal literal");
      }
    } else if (!isdigit_(c)) {
      backup(c);
      verify_end_of_number(e, "decimal");
      backup(e);
      return make_simple(Tok::Number);
    }
    c = decimal_tail();
    if (c == 'j' || c == 'J') return imaginary();
    verify_end_of_number(c, "decimal");
    backup(c);
    return make_simple(Tok::Number);
  }

  Token imaginary() {
    int c = nextc();
    verify_end_of_number(c, "imaginary");
    backup(c);
    return make_simple(Tok::Number);
  }

  Token string(int quote) {
    int quote_size = 1;
    int end_quote_size = 0;
    first_lineno_ = lineno_;
    multi_line_start_ = line_start_;
    int c = nextc();
    if (c == quote) {
      c = nextc();
      if (c == quote) {
        quote_size = 3;
      } else {
        end_quote_size = 1;
      }
    }
    if (c != quote) backup(c);
    while (end_quote_size != quote_size) {
      c = nextc();
      if (c == kEOF || (quote_size == 1 && c == '\n')) {
        int detected = lineno_;
        cur_ = tok_start_ + 1;
        line_start_ = multi_line_start_;
        lineno_ = first_lineno_;
        char buf[96];
        std::snprintf(buf, sizeof buf,
                      quote_size == 3 ? "unterminated triple-quoted string literal (detected at line %d)"
                                      : "unterminated string literal (detected at line %d)",
                      detected);
        hard_error(buf);
      }
      if (c == quote) {
        end_quote_size += 1;
      } else {
        end_quote_size = 0;
        if (c == '\\') nextc();
      }
    }
    return make(Tok::String, tok_start_, cur_, first_lineno_, multi_line_start_);
  }

  static Tok two_chars(int c1, int c2) {
    switch (c1) {
      case '!': if (c2 == '=') return Tok::NotEqual; break;
      case '%': if (c2 == '=') return Tok::PercentEqual; break;
      case '&': if (c2 == '=') return Tok::AmperEqual; break;
      case '*': if (c2 == '*') return Tok::DoubleStar; if (c2 == '=') return Tok::StarEqual; break;
      case '+': if (c2 == '=') return Tok::PlusEqual; break;
      case '-': if (c2 == '=') return Tok::MinEqual; if (c2 == '>') return Tok::RArrow; break;
      case '/': if (c2 == '/') return Tok::DoubleSlash; if (c2 == '=') return Tok::SlashEqual; break;
      case ':': if (c2 == '=') return Tok::ColonEqual; break;
      case '<':
        if (c2 == '<') return Tok::LeftShift;
        if (c2 == '=') return Tok::LessEqual;
        if (c2 == '>') return Tok::NotEqual;
        break;
      case '=': if (c2 == '=') return Tok::EqEqual; break;
      case '>': if (c2 == '=') return Tok::GreaterEqual; if (c2 == '>') return Tok::RightShift; break;
      case '@': if (c2 == '=') return Tok::AtEqual; break;
      case '^': if (c2 == '=') return Tok::CircumflexEqual; break;
      case '|': if (c2 == '=') return Tok::VBarEqual; break;
      default: break;
    }
    return Tok::ErrorOp;
  }
  static Tok three_chars(int c1, int c2, int c3) {
    if (c3 != '=') {
      if (c1 == '.' && c2 == '.' && c3 == '.') return Tok::Ellipsis;
      return Tok::ErrorOp;
    }
    if (c1 == '*' && c2 == '*') return Tok::DoubleStarEqual;
    if (c1 == '/' && c2 == '/') return Tok::DoubleSlashEqual;
    if (c1 == '<' && c2 == '<') return Tok::LeftShiftEqual;
    if (c1 == '>' && c2 == '>') return Tok::RightShiftEqual;
    return Tok::ErrorOp;
  }
  static Tok one_char(int c) {
    switch (c) {
      case '%': return Tok::Percent;
      case '&': return Tok::Amper;
      case '(': return Tok::LPar;
      case ')': return Tok::RPar;
      case '*': return Tok::Star;
      case '+': return Tok::Plus;
      case ',': return Tok::Comma;
      case '-': return Tok::Minus;
      case '.': return Tok::Dot;
      case '/': return Tok::Slash;
      case ':': return Tok::Colon;
      case ';': return Tok::Semi;
      case '<': return Tok::Less;
      case '=': return Tok::Equal;
      case '>': return Tok::Greater;
      case '@': return Tok::At;
      case '[': return Tok::LSqb;
      case ']': return Tok::RSqb;
      case '^': return Tok::Circumflex;
      case '{': return Tok::LBrace;
      case '|': return Tok::VBar;
      case '}': return Tok::RBrace;
      case '~': return Tok::Tilde;
      case '!': return Tok::Exclamation;
      default: return Tok::ErrorOp;
    }
  }

  Token next_token() {
    int c;
    bool blankline;
  nextline:
    blankline = false;
    if (atbol_) {
      int col = 0, altcol = 0, cont_line_col = 0;
      atbol_ = false;
      for (;;) {
        c = nextc();
        if (c == ' ') {
          ++col, ++altcol;
        } else if (c == '\t') {
          col = (col / kTabSize + 1) * kTabSize;
          altcol = altcol + 1;
        } else if (c == '\014') {
          col = altcol = 0;
        } else if (c == '\\') {
          cont_line_col = cont_line_col ? cont_line_col : col;
          c = continuation_line(true);
        } else {
          break;
        }
      }
      backup(c);
      if (c == '#' || c == '\n') blankline = true;
      if (!blankline && parens_.empty()) {
        if (cont_line_col) col = altcol = cont_line_col;
        if (col == indstack_.back()) {
          if (altcol != altindstack_.back()) indent_error("TabError", "inconsistent use of tabs and spaces in indentation");
        } else if (col > indstack_.back()) {
          if (static_cast<int>(indstack_.size()) >= kMaxIndent) {
            cur_ = next_line_end();
            indent_error("IndentationError", "too many levels of indentation");
          }
          if (altcol <= altindstack_.back()) indent_error("TabError", "inconsistent use of tabs and spaces in indentation");
          ++pendin_;
          indstack_.push_back(col);
          altindstack_.push_back(altcol);
        } else {
          while (indstack_.size() > 1 && col < indstack_.back()) {
            --pendin_;
            indstack_.pop_back();
            altindstack_.pop_back();
          }
          if (col != indstack_.back()) {
            // E_DEDENT: cur = end of line; offset = cur - line_start
            size_t end = next_line_end();
            int off = parser_offset(cur_line(), static_cast<int>(end - line_start_));
            soft_error("IndentationError", "unindent does not match any outer indentation level",
                       lineno_, off, lineno_, -1);
          }
          if (altcol != altindstack_.back()) indent_error("TabError", "inconsistent use of tabs and spaces in indentation");
        }
      }
    }

    tok_start_ = cur_;
    if (pendin_ != 0) {
      if (pendin_ < 0) {
        ++pendin_;
        return make_indent(Tok::Dedent);
      }
      --pendin_;
      return make_indent(Tok::Indent);
    }

  again:
    do { c = nextc(); } while (c == ' ' || c == '\t' || c == '\014');
    tok_start_ = (c == kEOF) ? cur_ : cur_ - 1;

    if (c == '#') {
      while (c != kEOF && c != '\n') c = nextc();
    }

    if (c == kEOF) {
      if (!parens_.empty()) unclosed_at_eof();
      Token t;
      t.type = Tok::EndMarker;
      // An empty eval input: CPython's tokenizer never read a line (tok->lineno 0).
      t.lineno = t.end_lineno = s_.empty() ? 0 : lineno_;
      t.col = t.end_col = -1;
      return t;
    }

    if (is_potential_identifier_start(c)) {
      bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
      for (;;) {
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = true;
        else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = true;
        else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = true;
        else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = true;
        else break;
        c = nextc();
        if (c == '"' || c == '\'') return string(c);
      }
      bool nonascii = false;
      while (c != kEOF && is_potential_identifier_char(c)) {
        if (c >= 128) nonascii = true;
        c = nextc();
      }
      backup(c);
      if (nonascii) verify_identifier();
      Token t = make_simple(Tok::Name);
      t.type = keyword_type(t.text);
      return t;
    }

    if (c == '\n') {
      atbol_ = true;
      if (blankline || !parens_.empty()) goto nextline;
      Token t = make(Tok::Newline, tok_start_, cur_ - 1, lineno_, line_start_);
      return t;
    }

    if (c == '.') {
      c = nextc();
      if (isdigit_(c)) return fraction(c);
      if (c == '.') {
        c = nextc();
        if (c == '.') return make_simple(Tok::Ellipsis);
        backup(c);
        backup('.');
      } else {
        backup(c);
      }
      return make_simple(Tok::Dot);
    }

    if (isdigit_(c)) return number(c);

    if (c == '"' || c == '\'') return string(c);

    if (c == '\\') {
      continuation_line();
      goto again;
    }

    {
      int c2 = nextc();
      Tok t2 = two_chars(c, c2);
      if (t2 != Tok::ErrorOp) {
        int c3 = nextc();
        Tok t3 = three_chars(c, c2, c3);
        if (t3 != Tok::ErrorOp) {
          t2 = t3;
        } else {
          backup(c3);
        }
        return make_simple(t2);
      }
      backup(c2);
    }

    switch (c) {
      case '(':
      case '[':
      case '{':
        if (static_cast<int>(parens_.size()) >= kMaxLevel) hard_error("too many nested parentheses");
        parens_.push_back(Paren{static_cast<char>(c), lineno_, static_cast<int>(tok_start_ - line_start_)});
        break;
      case ')':
      case ']':
      case '}': {
        if (parens_.empty()) hard_error(std::string("unmatched '") + static_cast<char>(c) + "'");
        Paren open = parens_.back();
        parens_.pop_back();
        if (!((open.c == '(' && c == ')') || (open.c == '[' && c == ']') || (open.c == '{' && c == '}'))) {
          std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                            "' does not match opening parenthesis '" + open.c + "'";
          if (open.lineno != lineno_) msg += " on line " + std::to_string(open.lineno);
          hard_error(msg);
        }
        break;
      }
      default:
        break;
    }

    if (c < 0x20 || c == 0x7F) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(c));
      hard_error(buf);
    }
    return make_simple(one_char(c));
  }

  size_t next_line_end() const {
    size_t e = s_.find('\n', line_start_);
    return e == std::string::npos ? s_.size() : e + 1;
  }
};

}  // namespace

LexResult tokenize(const SourceText& src, bool file_mode) {
  Lexer lx(src, file_mode);
  return lx.run();
}

// ---------------------------------------------------------------------------------------------
// Numbers

// Multiplies the decimal digit string `dec` (most significant first) by m and adds a.
static void dec_mul_add(std::string& dec, unsigned m, unsigned a) {
  unsigned carry = a;
  for (size_t i = dec.size(); i-- > 0;) {
    unsigned v = static_cast<unsigned>(dec[i] - '0') * m + carry;
    dec[i] = static_cast<char>('0' + v % 10);
    carry = v / 10;
  }
  while (carry) {
    dec.insert(dec.begin(), static_cast<char>('0' + carry % 10));
    carry /= 10;
  }
}

NumberValue parse_number(std::string_view text) {
  NumberValue nv;
  std::string clean;
  clean.reserve(text.size());
  for (char c : text)
    if (c != '_') clean.push_back(c);
  char last = clean.empty() ? '0' : clean.back();
  if (last == 'j' || last == 'J') {
    nv.kind = NumberValue::Imag;
    clean.pop_back();
    nv.fvalue = std::strtod(clean.c_str(), nullptr);
    return nv;
  }
  bool is_prefixed = clean.size() > 1 && clean[0] == '0' &&
                     (clean[1] == 'x' || clean[1] == 'X' || clean[1] == 'o' || clean[1] == 'O' ||
                      clean[1] == 'b' || clean[1] == 'B');
  if (!is_prefixed && clean.find_first_of(".eE") != std::string::npos) {
    nv.kind = NumberValue::Float;
    nv.fvalue = std::strtod(clean.c_str(), nullptr);
    return nv;
  }
  nv.kind = NumberValue::Int;
  std::string dec;
  if (is_prefixed) {
    unsigned base = (clean[1] == 'x' || clean[1] == 'X') ? 16 : (clean[1] == 'o' || clean[1] == 'O') ? 8 : 2;
    dec = "0";
    for (size_t i = 2; i < clean.size(); ++i) {
      char c = clean[i];
      unsigned d = (c >= '0' && c <= '9') ? static_cast<unsigned>(c - '0')
                   : (c >= 'a' && c <= 'f') ? static_cast<unsigned>(c - 'a' + 10)
                                            : static_cast<unsigned>(c - 'A' + 10);
      dec_mul_add(dec, base, d);
    }
  } else {
    dec = clean;
  }
  size_t nz = dec.find_first_not_of('0');
  dec = (nz == std::string::npos) ? "0" : dec.substr(nz);
  nv.digits = dec;
  // int64 fast path
  static const char kMax[] = "9223372036854775807";
  if (dec.size() < 19 || (dec.size() == 19 && dec <= kMax)) {
    int64_t v = 0;
    for (char c : dec) v = v * 10 + (c - '0');
    nv.fits_i64 = true;
    nv.ivalue = v;
  }
  return nv;
}

}  // namespace ls
