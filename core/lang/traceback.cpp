// Exception reports in CPython 3.11's format (Python/traceback.c, Python/pythonrun.c and
// Lib/traceback.py agree on it; see traceback.hpp).
#include "lang/traceback.hpp"

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/code.hpp"
#include "lang/frame.hpp"
#include "lang/parser.hpp"
#include "lang/vm.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/unicode_db.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// Source registry

void register_source(Runtime& rt, std::string_view filename, std::string_view source) {
  rt.vm->sources[std::string(filename)] = std::string(source);
}

std::string source_line(Runtime& rt, std::string_view filename, int lineno) {
  auto it = rt.vm->sources.find(std::string(filename));
  if (it == rt.vm->sources.end() || lineno < 1) return "";
  const std::string& src = it->second;
  int line = 1;
  size_t start = 0;
  for (size_t i = 0; i < src.size() && line < lineno; ++i) {
    if (src[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  if (line != lineno || start > src.size()) return "";
  size_t end = src.find('\n', start);
  std::string l = src.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!l.empty() && l.back() == '\r') l.pop_back();
  return l;
}

// ---------------------------------------------------------------------------------------------
// Carets

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }
static bool is_py_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n'; }

// Character offset of a UTF-8 byte offset within `s`.
static int char_offset(const std::string& s, int byte_off) {
  if (byte_off > static_cast<int>(s.size())) byte_off = static_cast<int>(s.size());
  int n = 0;
  for (int i = 0; i < byte_off; ++i) {
    if ((static_cast<unsigned char>(s[static_cast<size_t>(i)]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Substring by character offsets.
static std::string char_substr(const std::string& s, int from, int to) {
  int n = 0;
  size_t b = std::string::npos, e = s.size();
  for (size_t i = 0; i <= s.size(); ++i) {
    bool boundary = i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    if (!boundary) continue;
    if (n == from && b == std::string::npos) b = i;
    if (n == to) {
      e = i;
      break;
    }
    ++n;
  }
  if (b == std::string::npos) return "";
  return s.substr(b, e - b);
}

// CPython's extract_anchors_from_line: ~~^~~ around the operator of a binary operation, and
// ~~~^^^^ for subscripts. Offsets are characters within the whole line.
static bool extract_anchors(const std::string& line, int start, int end, int* left, int* right,
                            bool c_style = true) {
  std::string segment = char_substr(line, start, end);
  ParseResult pr = parse_module(segment);
  if (!pr.ok() || pr.module->body.size() != 1) return false;
  ast::Stmt* s = pr.module->body[0];
  if (s->kind != ast::StmtKind::Expr) return false;
  ast::Expr* e = s->as<ast::ExprStmt>()->value;
  int l = -1, r = -1;
  if (auto* b = e->try_as<ast::BinOp>(); b && !c_style) {
    // traceback.py's _extract_caret_anchors_from_line_segment: the operator is the first
    // non-space of the text between the operands; the anchor is 2 wide when the character after
    // it is not a space; then both ends move right over spaces, ')' and '#' -- so `((a)) / n`
    // gets ^^ (the C printer, below, skips the ')'s first and draws a single ^).
    int lend = b->left->loc.end_col_offset, rstart = b->right->loc.col_offset;
    std::string op = segment.substr(static_cast<size_t>(lend), static_cast<size_t>(std::max(0, rstart - lend)));
    int off = 0;
    while (off < static_cast<int>(op.size()) && is_py_space(op[static_cast<size_t>(off)])) ++off;
    l = lend + off;
    r = l + 1;
    if (off + 1 < static_cast<int>(op.size()) && !is_py_space(op[static_cast<size_t>(off) + 1])) ++r;
    const int len = static_cast<int>(segment.size());
    while (l < len && (is_py_space(segment[static_cast<size_t>(l)]) || segment[static_cast<size_t>(l)] == ')' ||
                       segment[static_cast<size_t>(l)] == '#')) {
      ++l;
      ++r;
    }
  } else if (b) {
    // The AST's columns are byte offsets on the segment's first line.
    for (int i = b->left->loc.end_col_offset; i < b->right->loc.col_offset; ++i) {
      if (is_ws(segment[static_cast<size_t>(i)])) continue;
      l = i;
      r = i + 1;
      if (i + 1 < b->right->loc.col_offset && !is_ws(segment[static_cast<size_t>(i) + 1])) ++r;
      // A parenthesized left operand's ')' is not the operator: keep going (traceback.c).
      if (segment[static_cast<size_t>(i)] == ')' && i + 1 < b->right->loc.col_offset) continue;
      break;
    }
    if (l < 0) return false;
  } else if (auto* sub = e->try_as<ast::Subscript>()) {
    // traceback.c: from the value's end to the '[', and past the slice to just after the ']'
    // (`a [ 5 ]` is ~~^^^^^), on the segment's bytes.
    const int len = static_cast<int>(segment.size());
    l = sub->value->loc.end_col_offset;
    r = sub->slice->loc.end_col_offset + 1;
    while (l < len && segment[static_cast<size_t>(l)] != '[') ++l;
    while (r < len && segment[static_cast<size_t>(r)] != ']') ++r;
    if (r < len) ++r;
  } else {
    return false;
  }
  *left = char_offset(segment, l) + start;
  *right = char_offset(segment, r) + start;
  return true;
}

// The terminal columns each character of `s` takes: 2 for East Asian Wide/Fullwidth ones, else 1.
// CPython 3.11.7 (traceback._display_width, and its C printer alike) places and counts the carets
// in these columns, so they stay under a line with CJK text or emoji.
static std::vector<int> char_widths(const std::string& s) {
  std::vector<int> w;
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    uint32_t cp = c;
    size_t n = 1;
    if (c >= 0xF0) cp = c & 0x07, n = 4;
    else if (c >= 0xE0) cp = c & 0x0F, n = 3;
    else if (c >= 0xC0) cp = c & 0x1F, n = 2;
    for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    w.push_back(unicode::is_wide(cp) ? 2 : 1);
    i += n;
  }
  return w;
}
static int width_of(const std::vector<int>& w, int pos) { return pos >= 0 && pos < static_cast<int>(w.size()) ? w[static_cast<size_t>(pos)] : 1; }
// Columns taken by the first `nchars` characters.
static int display_width(const std::vector<int>& w, int nchars) {
  int d = 0;
  for (int i = 0; i < nchars; ++i) d += width_of(w, i);
  return d;
}

// The caret markers for the character range (start, end] of the line: '^' throughout, or with
// anchors '~' outside (left, right]; each character's mark repeated over its columns.
static std::string caret_marks(const std::vector<int>& widths, int start, int end, bool anchors, int left, int right) {
  std::string m;
  for (int pos = start + 1; pos <= end; ++pos) {
    m.append(static_cast<size_t>(width_of(widths, pos - 1)), (anchors && !(left < pos && pos <= right)) ? '~' : '^');
  }
  return m;
}

// The character range (start, end] of the line that the instruction which raised covers, with the
// binary-operator/subscript anchors when it stays on the line; a range running onto later lines
// ends at byte offset `line_end`. False when the instruction has no position on this line.
struct CaretRange {
  int start = 0, end = 0, left = -1, right = -1;
  bool anchors = false;
};
static bool caret_range(const std::string& line, const CodeObject* co, const TracebackObject* tb, size_t line_end,
                        CaretRange* r, bool c_style) {
  if (tb->lasti < 0 || tb->lasti >= static_cast<int>(co->positions.size())) return false;
  const SourcePos& p = co->positions[static_cast<size_t>(tb->lasti)];
  if (p.line < 0 || p.end_line < 0 || p.col < 0 || p.end_col < 0 || p.line != tb->lineno) return false;
  r->start = char_offset(line, p.col);
  r->end = char_offset(line, p.end_col);
  if (p.line == p.end_line) {
    r->anchors = extract_anchors(line, r->start, r->end, &r->left, &r->right, c_style);
  } else {
    r->end = char_offset(line, static_cast<int>(line_end));
  }
  return true;
}

bool traceback_caret_anchors(const std::string& segment, int* left, int* right) {
  return extract_anchors(segment, 0, char_offset(segment, static_cast<int>(segment.size())), left, right, false);
}

int traceback_display_width(const std::string& line, int nchars) { return display_width(char_widths(line), nchars); }

bool traceback_positions(const Value& tbv, int* lineno, int* end_lineno, int* col, int* end_col) {
  auto* tb = static_cast<TracebackObject*>(tbv.obj());
  const CodeObject* co = as_frame(tb->frame)->code;
  if (tb->lasti < 0 || tb->lasti >= static_cast<int>(co->positions.size())) return false;
  const SourcePos& p = co->positions[static_cast<size_t>(tb->lasti)];
  *lineno = p.line;
  *end_lineno = p.end_line;
  *col = p.col;
  *end_col = p.end_col;
  return true;
}


static std::string format_entry(Runtime& rt, const Value& tbv, bool c_style) {
  auto* tb = static_cast<TracebackObject*>(tbv.obj());
  FrameObject* f = as_frame(tb->frame);
  CodeObject* co = f->code;
  std::string filename(str_view(co->filename));
  std::string out = "  File \"" + filename + "\", line " + std::to_string(tb->lineno) + ", in " +
                    std::string(str_view(co->name)) + "\n";
  std::string line = source_line(rt, filename, tb->lineno);
  if (line.empty()) return out;
  if (!c_style) {
    // traceback.py's StackSummary.format_frame_summary: the line strip()ped of both ends; the
    // carets are indented by the character offset minus everything strip() took from the
    // linecache line (its '\n' included, and +1 for the 1-based offset), so trailing whitespace
    // moves them left.
    size_t a = 0, b = line.size();
    while (a < b && is_py_space(line[a])) ++a;
    while (b > a && is_py_space(line[b - 1])) --b;
    if (a == b) return out;
    std::string stripped = line.substr(a, b - a);
    out += "    " + stripped + "\n";
    CaretRange r;
    if (!caret_range(line, co, tb, b, &r, false)) return out;
    int stripped_len = char_offset(stripped, static_cast<int>(stripped.size()));
    int stripped_characters = char_offset(line, static_cast<int>(line.size())) + 1 - stripped_len;
    if (!(r.end - r.start < stripped_len || r.anchors)) return out;
    std::vector<int> widths = char_widths(line);
    int pad = display_width(widths, r.start) + 1 - stripped_characters;
    out += "    " + std::string(pad > 0 ? static_cast<size_t>(pad) : 0, ' ') +
           caret_marks(widths, r.start, r.end, r.anchors, r.left, r.right) + "\n";
    return out;
  }
  // CPython's C traceback printer (display_source_line_with_margin) strips the indentation only:
  // trailing whitespace stays in the line it prints, and counts when deciding whether the
  // carets would span the whole line (a `raise X() ` with a trailing space gets its carets).
  // (The traceback module's StackSummary strips both ends: modules/traceback_module.cpp.)
  size_t lead = 0;
  while (lead < line.size() && is_ws(line[lead])) ++lead;
  size_t endpos = line.size();
  while (endpos > lead && (is_ws(line[endpos - 1]) || line[endpos - 1] == '\n')) --endpos;
  if (endpos == lead) return out;
  std::string stripped = line.substr(lead);
  out += "    " + stripped + "\n";
  int truncation = char_offset(line, static_cast<int>(lead));
  CaretRange r;
  if (!caret_range(line, co, tb, endpos, &r, true)) return out;
  int stripped_len = char_offset(stripped, static_cast<int>(stripped.size()));
  if (r.end - r.start == stripped_len && !r.anchors) return out;
  std::string carets = "    ";
  std::vector<int> widths = char_widths(line);
  for (int off = truncation; off < r.end; ++off) {
    int pos = off + 1;  // CPython iterates offsets 1-based over (start, end]
    char c = pos <= r.start ? ' ' : (r.anchors && r.left < pos && pos <= r.right) ? '^' : r.anchors ? '~' : '^';
    carets.append(static_cast<size_t>(width_of(widths, off)), c);
  }
  out += carets + "\n";
  return out;
}

// The entries of a traceback chain that `limit` keeps, oldest first.
static std::vector<Value> limited_entries(Runtime& rt, const Value& tbv, TracebackLimit limit) {
  std::vector<Value> entries;
  for (Value tb = tbv; tb && !rt.is_none(tb); tb = static_cast<TracebackObject*>(tb.obj())->next) {
    entries.push_back(tb);
  }
  if (!limit) return entries;
  auto keep = static_cast<size_t>(*limit >= 0 ? *limit : -*limit);
  if (keep >= entries.size()) return entries;
  if (*limit >= 0) entries.resize(keep);
  else entries.erase(entries.begin(), entries.end() - static_cast<std::ptrdiff_t>(keep));
  return entries;
}

std::string format_traceback(Runtime& rt, const Value& tbv, TracebackLimit limit, bool c_style) {
  std::string out;
  // Collapse runs of the same (file, line, name) beyond three, as CPython does for recursion.
  std::string last_file, last_name;
  int last_line = -1;
  int count = 0;
  auto repeated = [&]() {
    if (count > 3) {
      int more = count - 3;
      out += "  [Previous line repeated " + std::to_string(more) + (more > 1 ? " more times]\n" : " more time]\n");
    }
  };
  for (const Value& tb : limited_entries(rt, tbv, limit)) {
    auto* t = static_cast<TracebackObject*>(tb.obj());
    CodeObject* co = as_frame(t->frame)->code;
    std::string file(str_view(co->filename)), name(str_view(co->name));
    if (file != last_file || t->lineno != last_line || name != last_name) {
      repeated();
      last_file = file;
      last_line = t->lineno;
      last_name = name;
      count = 0;
    }
    ++count;
    if (count <= 3) out += format_entry(rt, tb, c_style);
  }
  repeated();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Suggestions ("Did you mean: 'x'?"), CPython's Python/suggestions.c.

static constexpr size_t kMaxCandidates = 750;
static constexpr size_t kMaxStringSize = 40;
static constexpr size_t kMoveCost = 2;
static constexpr size_t kCaseCost = 1;

static size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

static size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i) buffer[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = distance + substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

static std::string calculate_suggestion(const std::vector<std::string>& dir, const std::string& name) {
  if (dir.size() >= kMaxCandidates) return "";
  size_t best = SIZE_MAX;
  std::string suggestion;
  bool found = false;
  for (const std::string& item : dir) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best - 1 < max_distance) max_distance = best - 1;
    size_t d = levenshtein(name, item, max_distance);
    if (d > max_distance) continue;
    if (!found || d < best) {
      suggestion = item;
      best = d;
      found = true;
    }
  }
  return suggestion;
}

static std::vector<std::string> dict_keys(Runtime& rt, DictObject* d) {
  std::vector<std::string> out;
  for (int64_t pos = 0;;) {
    DictEntry* e;
    if (!dict_next(d, &pos, &e)) break;
    if (is_str(rt, e->key)) out.emplace_back(str_view(e->key));
  }
  return out;
}

static std::string offer_suggestion(Runtime& rt, const Value& exc) {
  ExceptionObject* e = as_exc(exc);
  TypeObject* t = exc.type(rt);
  const Value& name = e->extra[0];
  if (!name || !is_str(rt, name)) return "";
  std::string n(str_view(name));
  if (t == rt.t.AttributeError) {
    const Value& obj = e->extra[1];
    if (!obj) return "";
    Value d = call_method(rt, obj, rt.intern("__dir__"), {});
    if (!d) {
      rt.clear_error();
      return "";
    }
    Value l = list_from_iterable(rt, d);
    if (!l) {
      rt.clear_error();
      return "";
    }
    std::vector<std::string> dir;
    for (int64_t i = 0; i < as_list(l)->size; ++i) {
      if (is_str(rt, as_list(l)->items[i])) dir.emplace_back(str_view(as_list(l)->items[i]));
    }
    return calculate_suggestion(dir, n);
  }
  if (t == rt.t.NameError) {
    Value tb = e->traceback;
    if (!tb) return "";
    while (static_cast<TracebackObject*>(tb.obj())->next) tb = static_cast<TracebackObject*>(tb.obj())->next;
    FrameObject* f = as_frame(static_cast<TracebackObject*>(tb.obj())->frame);
    std::vector<std::string> dir;
    TupleObject* vn = as_tuple(f->code->varnames);
    for (int64_t i = 0; i < vn->size; ++i) dir.emplace_back(str_view((*vn)[i]));
    std::string s = calculate_suggestion(dir, n);
    if (!s.empty()) return s;
    s = calculate_suggestion(dict_keys(rt, f->globals), n);
    if (!s.empty()) return s;
    return calculate_suggestion(dict_keys(rt, f->builtins), n);
  }
  return "";
}

// ---------------------------------------------------------------------------------------------
// Exception line(s)

static std::string type_display_name(Runtime& rt, TypeObject* t) {
  Value mod = getattr_opt(rt, Value::borrow(t), rt.n.__module__);
  rt.clear_error();
  std::string qual = t->qualname;
  if (!mod || !is_str(rt, mod)) return "<unknown>." + qual;
  std::string m(str_view(mod));
  if (m == "builtins" || m == "__main__") return qual;
  return m + "." + qual;
}

static std::string format_notes(Runtime& rt, const Value& exc) {
  // CPython 3.11.7's print_exception_notes: any sequence (PySequence_Check: __getitem__ and not a
  // dict -- a tuple, a str, bytes, range) is walked by index, each note str()'d and written on its
  // own line; anything else is written as its repr() with NO newline after it.
  std::string out;
  Value notes = getattr_opt(rt, exc, rt.n.__notes__);
  rt.clear_error();
  if (!notes) return out;
  bool seq = !isinstance(rt, notes, rt.t.dict) && type_lookup(notes.type(rt), rt.n.__getitem__) != nullptr;
  if (!seq) {
    Value r = repr(rt, notes);
    rt.clear_error();
    out += r ? std::string(str_view(r)) : "<__notes__ repr() failed>";
    return out;
  }
  int64_t n = length(rt, notes);
  if (n < 0) {
    rt.clear_error();
    return out;
  }
  for (int64_t i = 0; i < n; ++i) {
    Value note = getitem(rt, notes, Value::small(i));
    Value ns = note ? (is_str(rt, note) ? note : str(rt, note)) : Value();
    if (!ns) {
      rt.clear_error();
      out += "<note str() failed>\n";
    } else {
      out += std::string(str_view(ns)) + "\n";
    }
  }
  return out;
}

// The SyntaxError block as CPython's C printer writes it for an uncaught exception
// (pythonrun.c: parse_syntax_error + print_error_text). False when parse_syntax_error fails.
static bool c_syntax_error_block(Runtime& rt, const Value& exc, const std::string& name, std::string* out) {
  auto attr = [&](const char* n) -> Value { return getattr(rt, exc, n); };
  Value msg = attr("msg");
  if (!msg) return rt.clear_error(), false;
  Value filename = attr("filename");
  if (!filename) return rt.clear_error(), false;
  Value lineno_v = attr("lineno");
  int64_t lineno;
  if (!lineno_v || !index_int64(rt, lineno_v, &lineno)) return rt.clear_error(), false;
  SyntaxErrorInfo info;
  info.lineno = static_cast<int>(lineno);
  Value offset_v = attr("offset");
  int64_t n = -1;
  if (!offset_v || (!rt.is_none(offset_v) && !index_int64(rt, offset_v, &n))) return rt.clear_error(), false;
  info.col_offset = static_cast<int>(n);
  if (exc.type(rt) == rt.t.SyntaxError) {
    Value el = attr("end_lineno");
    n = lineno;
    if (!el || (!rt.is_none(el) && !index_int64(rt, el, &n))) return rt.clear_error(), false;
    info.end_lineno = static_cast<int>(n);
    Value eo = attr("end_offset");
    n = -1;
    if (!eo || (!rt.is_none(eo) && !index_int64(rt, eo, &n))) return rt.clear_error(), false;
    info.end_offset = static_cast<int>(n);
  } else {
    info.type = "IndentationError";  // any subclass: the end position is not read
  }
  Value text = attr("text");
  if (!text) return rt.clear_error(), false;
  if (is_str(rt, text)) info.text = std::string(str_view(text));
  std::string file = rt.is_none(filename) ? std::string("<string>") : [&] {
    Value fs = str(rt, filename);
    if (!fs) {
      rt.clear_error();
      return std::string("<string>");
    }
    return std::string(str_view(fs));
  }();
  info.msg = "";
  std::string block = format_syntax_error(info, file);
  // format_syntax_error ends with the "Type" line: replace it with the class name and message
  size_t last = block.rfind('\n', block.size() - 2);
  block = last == std::string::npos ? std::string() : block.substr(0, last + 1);
  std::string m;
  if (!rt.is_none(msg)) {
    Value ms = str(rt, msg);
    if (!ms) {
      rt.clear_error();
    } else {
      m = std::string(str_view(ms));
    }
  }
  *out = block + name + (m.empty() ? "" : ": " + m) + "\n";
  return true;
}

// traceback.py's TracebackException._format_syntax_error (the traceback module, logging).
static std::string py_syntax_error_block(Runtime& rt, const Value& exc, const std::string& name) {
  auto attr = [&](const char* n) -> Value {
    Value v = getattr(rt, exc, n);
    if (!v) {
      rt.clear_error();
      return rt.None();
    }
    return v;
  };
  std::string out, suffix;
  Value filename = attr("filename"), lineno = attr("lineno");
  auto to_s = [&](const Value& v) {
    Value x = str(rt, v);
    if (!x) {
      rt.clear_error();
      return std::string();
    }
    return std::string(str_view(x));
  };
  bool has_file = !rt.is_none(filename) && !(is_str(rt, filename) && str_view(filename).empty());
  if (!rt.is_none(lineno)) {
    out += "  File \"" + (has_file ? to_s(filename) : std::string("<string>")) + "\", line " + to_s(lineno) + "\n";
  } else if (!rt.is_none(filename)) {
    suffix = " (" + to_s(filename) + ")";
  }
  Value text = attr("text");
  if (is_str(rt, text)) {
    std::string rtext(str_view(text));
    while (!rtext.empty() && rtext.back() == '\n') rtext.pop_back();
    size_t lead = 0;
    while (lead < rtext.size() && (rtext[lead] == ' ' || rtext[lead] == '\n' || rtext[lead] == '\f')) ++lead;
    std::string ltext = rtext.substr(lead);
    out += "    " + ltext + "\n";
    Value offset_v = attr("offset");
    int64_t offset, end_offset;
    if (!rt.is_none(offset_v) && index_int64(rt, offset_v, &offset)) {
      Value eo = attr("end_offset");
      if (rt.is_none(eo) || !index_int64(rt, eo, &end_offset) || end_offset == 0) {
        rt.clear_error();
        end_offset = offset;
      }
      if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
      // character offsets into the stripped text
      int64_t spaces = static_cast<int64_t>(char_offset(rtext, static_cast<int>(lead)));
      int64_t colno = offset - 1 - spaces, end_colno = end_offset - 1 - spaces;
      if (colno >= 0) {
        std::string caretspace;
        int64_t k = 0;
        for (size_t i = 0; i < ltext.size() && k < colno; ++k) {
          unsigned char c = static_cast<unsigned char>(ltext[i]);
          size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
          caretspace += (c == '\t' || c == '\f' || c == '\v' || c == '\r') ? static_cast<char>(c) : ' ';
          i += len;
        }
        out += "    " + caretspace + std::string(static_cast<size_t>(std::max<int64_t>(end_colno - colno, 0)), '^') + "\n";
      }
    } else {
      rt.clear_error();
    }
  }
  Value msg = attr("msg");
  std::string m = rt.is_none(msg) ? std::string() : to_s(msg);
  if (m.empty()) m = "<no detail available>";
  return out + name + ": " + m + suffix + "\n";
}

std::string format_exception_only(Runtime& rt, const Value& exc, bool c_style) {
  TypeObject* t = exc.type(rt);
  std::string out;
  std::string name = type_display_name(rt, t);
  if (is_subtype(t, rt.t.SyntaxError)) {
    std::string block;
    if (!c_style) {
      out = py_syntax_error_block(rt, exc, name);
      return out + format_notes(rt, exc);
    }
    if (c_syntax_error_block(rt, exc, name, &block)) return block + format_notes(rt, exc);
  }
  Value s = str(rt, exc);
  std::string msg;
  if (!s) {
    rt.clear_error();
    msg = "<exception str() failed>";
  } else {
    msg = std::string(str_view(s));
  }
  std::string suggestion = offer_suggestion(rt, exc);
  if (!suggestion.empty()) msg += ". Did you mean: '" + suggestion + "'?";
  if (msg.empty()) out += name + "\n";
  else out += name + ": " + msg + "\n";
  out += format_notes(rt, exc);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Whole reports (Lib/traceback.py TracebackException.format)

namespace {

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

struct PrintContext {
  TracebackLimit limit;
  std::unordered_set<Object*> seen;
  int depth = 0;
  bool need_close = false;
  bool c_style = false;  // the interpreter's own printer (pythonrun.c), not traceback.py
  std::string indent() const { return std::string(static_cast<size_t>(2 * depth), ' '); }
  void emit(std::string& out, const std::string& text, char margin = '|') const {
    std::string prefix = indent();
    if (depth) prefix += std::string(1, margin) + " ";
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      size_t end = nl == std::string::npos ? text.size() : nl + 1;
      out += prefix + text.substr(pos, end - pos);
      pos = end;
    }
  }
};

const char kCause[] = "\nThe above exception was the direct cause of the following exception:\n\n";
const char kContext[] = "\nDuring handling of the above exception, another exception occurred:\n\n";

void format_rec(Runtime& rt, const Value& exc, bool chain, PrintContext& ctx, std::string& out) {
  // The chain of causes/contexts, printed oldest first.
  std::vector<std::pair<const char*, Value>> output;
  Value e = exc;
  ctx.seen.insert(exc.obj());
  if (chain) {
    while (e) {
      ExceptionObject* x = as_exc(e);
      const char* msg = nullptr;
      Value next;
      if (x->cause && is_exception_instance(x->cause) && !ctx.seen.count(x->cause.obj())) {
        msg = kCause;
        next = x->cause;
      } else if (!x->cause && x->context && !x->suppress_context && is_exception_instance(x->context) &&
                 !ctx.seen.count(x->context.obj())) {
        msg = kContext;
        next = x->context;
      }
      output.emplace_back(msg, e);
      if (next) ctx.seen.insert(next.obj());
      e = next;
    }
  } else {
    output.emplace_back(nullptr, e);
  }
  // The interpreter's printer prints a chained exception in a recursive call that saves and
  // restores need_close (pythonrun.c print_chained): a group printed as a cause/context does not
  // take away the closing line its enclosing group's last sub-exception owes. traceback.py does
  // not restore it.
  const bool entry_need_close = ctx.need_close;
  for (auto it = output.rbegin(); it != output.rend(); ++it) {
    const char* msg = it->first;
    const Value& x = it->second;
    if (ctx.c_style) ctx.need_close = entry_need_close;
    if (msg) ctx.emit(out, msg);
    ExceptionObject* xo = as_exc(x);
    bool is_group = isinstance(rt, x, rt.t.BaseExceptionGroup) && xo->extra[1];
    bool no_traceback = ctx.limit && *ctx.limit == 0;  // a limit of 0 leaves no header either
    std::string entries = xo->traceback ? format_traceback(rt, xo->traceback, ctx.limit, ctx.c_style) : std::string();
    if (!is_group) {
      if (!entries.empty() || (xo->hidden_python_frames && !no_traceback)) {
        ctx.emit(out, "Traceback (most recent call last):\n");
        ctx.emit(out, entries);
      }
      ctx.emit(out, format_exception_only(rt, x, ctx.c_style));
      continue;
    }
    if (ctx.depth > kMaxGroupDepth) {
      ctx.emit(out, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
      continue;
    }
    bool toplevel = ctx.depth == 0;
    if (toplevel) ++ctx.depth;
    if (!entries.empty() || (xo->hidden_python_frames && !no_traceback)) {
      ctx.emit(out, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
      ctx.emit(out, entries);
    }
    ctx.emit(out, format_exception_only(rt, x, ctx.c_style));
    TupleObject* excs = as_tuple(xo->extra[1]);
    int num = static_cast<int>(excs->size);
    int n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
    ctx.need_close = false;
    for (int i = 0; i < n; ++i) {
      bool last = i == n - 1;
      if (last) ctx.need_close = true;
      bool truncated = i >= kMaxGroupWidth;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
      ++ctx.depth;
      if (!truncated) {
        format_rec(rt, (*excs)[i], chain, ctx, out);
      } else {
        int remaining = num - kMaxGroupWidth;
        ctx.emit(out, "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
      }
      if (last && ctx.need_close) {
        out += ctx.indent() + "+------------------------------------\n";
        ctx.need_close = false;
      }
      --ctx.depth;
    }
    if (toplevel) ctx.depth = 0;
  }
}

}  // namespace

std::string format_exception(Runtime& rt, const Value& exc, bool chain, TracebackLimit limit, bool c_style) {
  Value saved = rt.take_error();
  PrintContext ctx;
  ctx.limit = limit;
  ctx.c_style = c_style;
  std::string out;
  if (is_exception_instance(exc)) format_rec(rt, exc, chain, ctx, out);
  rt.exc = std::move(saved);
  return out;
}

void print_exception(Runtime& rt, const Value& exc) {
  // sys.tracebacklimit as the interpreter's printer reads it (traceback.c
  // _PyTraceBack_Print_Indented): an int N keeps the LAST N entries of each traceback; N <= 0
  // prints no traceback at all, not even its header. Anything else (unset, not an int) is no limit.
  TracebackLimit limit;
  Value saved = rt.take_error();
  Value lv = getattr_opt(rt, rt.vm->sys_module, rt.intern("tracebacklimit"));
  rt.clear_error();
  rt.exc = std::move(saved);
  int64_t n = 0;
  if (lv && is_int(rt, lv)) {
    if (!int_to_int64(lv, &n)) n = int_to_big(lv).is_negative() ? -1 : INT64_MAX;  // as CPython's overflow
    limit = n <= 0 ? 0 : -n;
  }
  rt.write(OutStream::Stderr, format_exception(rt, exc, true, limit, true));
}

void print_unraisable(Runtime& rt, const Value& exc) {
  std::string out;
  if (is_exception_instance(exc)) {
    Value tb = as_exc(exc)->traceback;
    if (tb && !rt.is_none(tb)) out += "Traceback (most recent call last):\n" + format_traceback(rt, tb, {}, true);
  }
  out += type_display_name(rt, exc.type(rt));
  Value s = str(rt, exc);
  if (s) {
    out += ": " + std::string(str_view(s));
  } else {
    rt.clear_error();
    out += ": <exception str() failed>";
  }
  rt.write(OutStream::Stderr, out + "\n");
}

}  // namespace ls
