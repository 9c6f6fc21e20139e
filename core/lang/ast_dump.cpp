// LoopScope front end: ast.dump() clone (see ast_dump.hpp).
#include "ast_dump.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "lexer.hpp"

namespace ls {

using namespace ast;

// ---------------------------------------------------------------------------------------------
// repr helpers

static uint32_t next_cp(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + static_cast<size_t>(n) > s.size() || (n == 1 && c >= 0x80)) {
    ++i;
    return 0xFFFD;
  }
  uint32_t cp = n == 1 ? c : (c & (0x3F >> (n - 1)));
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
  i += static_cast<size_t>(n);
  return cp;
}

static bool printable(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp >= 0x80 && cp <= 0xA0) return false;
  if (cp == 0xAD) return false;
  if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F)) return false;
  if (cp == 0x3000 || cp == 0xFEFF || (cp >= 0xD800 && cp <= 0xF8FF) || (cp >= 0xFFF0 && cp <= 0xFFFB)) return false;
  if ((cp >= 0xE0000 && cp <= 0xE007F) || cp >= 0xF0000) return false;
  return true;
}

std::string py_repr_str(std::string_view s) {
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back(q);
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    uint32_t cp = next_cp(s, i);
    char buf[16];
    if (cp == static_cast<uint32_t>(q) || cp == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(cp));
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp < 0x80 && printable(cp)) {
      out.push_back(static_cast<char>(cp));
    } else if (printable(cp)) {
      out.append(s.substr(start, i - start));
    } else if (cp < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
      out += buf;
    } else if (cp < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
      out += buf;
    }
  }
  out.push_back(q);
  return out;
}

std::string py_repr_bytes(std::string_view s) {
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out = "b";
  out.push_back(q);
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  out.push_back(q);
  return out;
}

// Shortest round-trip digits of |v| (finite, non-zero): digits without dot, decimal exponent
// such that v = 0.d1d2d3... * 10^exp10 ... expressed as: value = d1.d2d3... * 10^e.
static void shortest_digits(double v, std::string& digits, int& e) {
  char buf[40];
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  // buf: d[.ddd]e[+-]XX
  digits.clear();
  const char* p = buf;
  for (; *p && *p != 'e'; ++p)
    if (*p >= '0' && *p <= '9') digits.push_back(*p);
  e = std::atoi(p + 1);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

static std::string repr_float_impl(double v, bool add_dot_zero) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  std::string sign = std::signbit(v) ? "-" : "";
  v = std::fabs(v);
  if (v == 0.0) return sign + (add_dot_zero ? "0.0" : "0");
  std::string d;
  int e;
  shortest_digits(v, d, e);
  std::string out;
  int nd = static_cast<int>(d.size());
  if (e < -4 || e >= 16) {
    out = d.substr(0, 1);
    if (nd > 1) {
      out += '.';
      out += d.substr(1);
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    out += buf;
  } else if (e < 0) {
    out = "0." + std::string(static_cast<size_t>(-e - 1), '0') + d;
  } else {
    if (nd <= e + 1) {
      out = d + std::string(static_cast<size_t>(e + 1 - nd), '0');
      if (add_dot_zero) out += ".0";
    } else {
      out = d.substr(0, static_cast<size_t>(e + 1)) + "." + d.substr(static_cast<size_t>(e + 1));
    }
  }
  return sign + out;
}

std::string py_repr_float(double v) { return repr_float_impl(v, true); }
std::string py_repr_imag(double v) { return repr_float_impl(v, false) + "j"; }

// ---------------------------------------------------------------------------------------------
// dumper

namespace {

class Dumper {
 public:
  explicit Dumper(bool attrs) : attrs_(attrs) {}
  std::string out;

  void module(const Module& m) {
    out += "Module(body=";
    stmts(m.body);
    out += ", type_ignores=[])";
  }

  void stmts(const std::vector<Stmt*>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      stmt(v[i]);
    }
    out += ']';
  }
  void exprs(const std::vector<Expr*>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      if (v[i]) expr(v[i]);
      else out += "None";
    }
    out += ']';
  }
  void strs(const std::vector<std::string>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      out += py_repr_str(v[i]);
    }
    out += ']';
  }

  // field helpers: each writes ", name=value" (or "name=value" when first)
  bool first_ = true;
  void open(const char* name) {
    out += name;
    out += '(';
    first_ = true;
  }
  void key(const char* name) {
    if (!first_) out += ", ";
    first_ = false;
    out += name;
    out += '=';
  }
  void close(const Loc* loc) {
    if (attrs_ && loc) {
      char buf[128];
      std::snprintf(buf, sizeof buf, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                    first_ ? "" : ", ", loc->lineno, loc->col_offset, loc->end_lineno, loc->end_col_offset);
      out += buf;
    }
    out += ')';
    first_ = false;
  }
  void f_expr(const char* name, const Expr* e) {  // required expr
    key(name);
    expr(e);
  }
  void f_opt(const char* name, const Expr* e) {  // optional expr: omitted when None
    if (!e) return;
    key(name);
    expr(e);
  }
  void f_exprs(const char* name, const std::vector<Expr*>& v) {
    key(name);
    exprs(v);
  }
  void f_stmts(const char* name, const std::vector<Stmt*>& v) {
    key(name);
    stmts(v);
  }
  void f_str(const char* name, const std::string& s) {
    key(name);
    out += py_repr_str(s);
  }
  void f_optstr(const char* name, const std::string& s) {
    if (s.empty()) return;
    f_str(name, s);
  }
  void f_int(const char* name, long long v) {
    key(name);
    out += std::to_string(v);
  }
  void f_ctx(ExprContext c) {
    key("ctx");
    out += name(c);
    out += "()";
  }
  // nested helper calls must save/restore first_
  template <class F>
  void nested(F&& f) {
    bool saved = first_;
    f();
    first_ = saved;
  }

  void arg(const Arg& a) {
    nested([&] {
      open("arg");
      f_str("arg", a.arg);
      f_opt("annotation", a.annotation);
      close(&a.loc);
    });
  }
  void arguments(const Arguments& a) {
    nested([&] {
      open("arguments");
      key("posonlyargs");
      args_list(a.posonlyargs);
      key("args");
      args_list(a.args);
      if (a.has_vararg) {
        key("vararg");
        arg(a.vararg);
      }
      key("kwonlyargs");
      args_list(a.kwonlyargs);
      f_exprs("kw_defaults", a.kw_defaults);
      if (a.has_kwarg) {
        key("kwarg");
        arg(a.kwarg);
      }
      f_exprs("defaults", a.defaults);
      close(nullptr);
    });
  }
  void args_list(const std::vector<Arg>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      arg(v[i]);
    }
    out += ']';
  }
  void keywords(const std::vector<Keyword>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      nested([&] {
        open("keyword");
        f_optstr("arg", v[i].arg);
        f_expr("value", v[i].value);
        close(&v[i].loc);
      });
    }
    out += ']';
  }
  void aliases(const std::vector<Alias>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      nested([&] {
        open("alias");
        f_str("name", v[i].name);
        f_optstr("asname", v[i].asname);
        close(&v[i].loc);
      });
    }
    out += ']';
  }
  void comprehensions(const std::vector<Comprehension>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      nested([&] {
        open("comprehension");
        f_expr("target", v[i].target);
        f_expr("iter", v[i].iter);
        f_exprs("ifs", v[i].ifs);
        f_int("is_async", v[i].is_async ? 1 : 0);
        close(nullptr);
      });
    }
    out += ']';
  }

  void constant_value(const Constant* c) {
    switch (c->ckind) {
      case ConstantKind::None: out += "None"; break;
      case ConstantKind::True: out += "True"; break;
      case ConstantKind::False: out += "False"; break;
      case ConstantKind::Ellipsis: out += "Ellipsis"; break;
      case ConstantKind::Int: out += c->value; break;
      case ConstantKind::Float: out += py_repr_float(c->fvalue); break;
      case ConstantKind::Complex: out += repr_float_impl(c->fvalue, false) + "j"; break;
      case ConstantKind::Str: out += py_repr_str(c->value); break;
      case ConstantKind::Bytes: out += py_repr_bytes(c->value); break;
    }
  }

  void expr(const Expr* e) {
    nested([&] { expr_inner(e); });
  }

  void expr_inner(const Expr* e) {
    open(name(e->kind));
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* n = e->as<BoolOp>();
        key("op");
        out += name(n->op);
        out += "()";
        f_exprs("values", n->values);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        f_expr("target", n->target);
        f_expr("value", n->value);
        break;
      }
      case ExprKind::BinOp: {
        auto* n = e->as<BinOp>();
        f_expr("left", n->left);
        key("op");
        out += name(n->op);
        out += "()";
        f_expr("right", n->right);
        break;
      }
      case ExprKind::UnaryOp: {
        auto* n = e->as<UnaryOp>();
        key("op");
        out += name(n->op);
        out += "()";
        f_expr("operand", n->operand);
        break;
      }
      case ExprKind::Lambda: {
        auto* n = e->as<Lambda>();
        key("args");
        arguments(n->args);
        f_expr("body", n->body);
        break;
      }
      case ExprKind::IfExp: {
        auto* n = e->as<IfExp>();
        f_expr("test", n->test);
        f_expr("body", n->body);
        f_expr("orelse", n->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* n = e->as<Dict>();
        f_exprs("keys", n->keys);
        f_exprs("values", n->values);
        break;
      }
      case ExprKind::Set:
        f_exprs("elts", e->as<Set>()->elts);
        break;
      case ExprKind::ListComp: {
        auto* n = e->as<ListComp>();
        f_expr("elt", n->elt);
        key("generators");
        comprehensions(n->generators);
        break;
      }
      case ExprKind::SetComp: {
        auto* n = e->as<SetComp>();
        f_expr("elt", n->elt);
        key("generators");
        comprehensions(n->generators);
        break;
      }
      case ExprKind::DictComp: {
        auto* n = e->as<DictComp>();
        f_expr("key", n->key);
        f_expr("value", n->value);
        key("generators");
        comprehensions(n->generators);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* n = e->as<GeneratorExp>();
        f_expr("elt", n->elt);
        key("generators");
        comprehensions(n->generators);
        break;
      }
      case ExprKind::Await:
        f_expr("value", e->as<Await>()->value);
        break;
      case ExprKind::Yield:
        f_opt("value", e->as<Yield>()->value);
        break;
      case ExprKind::YieldFrom:
        f_expr("value", e->as<YieldFrom>()->value);
        break;
      case ExprKind::Compare: {
        auto* n = e->as<Compare>();
        f_expr("left", n->left);
        key("ops");
        out += '[';
        for (size_t i = 0; i < n->ops.size(); ++i) {
          if (i) out += ", ";
          out += name(n->ops[i]);
          out += "()";
        }
        out += ']';
        f_exprs("comparators", n->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* n = e->as<Call>();
        f_expr("func", n->func);
        f_exprs("args", n->args);
        key("keywords");
        keywords(n->keywords);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* n = e->as<FormattedValue>();
        f_expr("value", n->value);
        f_int("conversion", n->conversion);
        f_opt("format_spec", n->format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        f_exprs("values", e->as<JoinedStr>()->values);
        break;
      case ExprKind::Constant: {
        auto* n = e->as<Constant>();
        key("value");
        constant_value(n);
        if (n->u_prefix) {
          key("kind");
          out += "'u'";
        }
        break;
      }
      case ExprKind::Attribute: {
        auto* n = e->as<Attribute>();
        f_expr("value", n->value);
        f_str("attr", n->attr);
        f_ctx(n->ctx);
        break;
      }
      case ExprKind::Subscript: {
        auto* n = e->as<Subscript>();
        f_expr("value", n->value);
        f_expr("slice", n->slice);
        f_ctx(n->ctx);
        break;
      }
      case ExprKind::Starred: {
        auto* n = e->as<Starred>();
        f_expr("value", n->value);
        f_ctx(n->ctx);
        break;
      }
      case ExprKind::Name: {
        auto* n = e->as<Name>();
        f_str("id", n->id);
        f_ctx(n->ctx);
        break;
      }
      case ExprKind::List: {
        auto* n = e->as<List>();
        f_exprs("elts", n->elts);
        f_ctx(n->ctx);
        break;
      }
      case ExprKind::Tuple: {
        auto* n = e->as<Tuple>();
        f_exprs("elts", n->elts);
        f_ctx(n->ctx);
        break;
      }
      case ExprKind::Slice: {
        auto* n = e->as<Slice>();
        f_opt("lower", n->lower);
        f_opt("upper", n->upper);
        f_opt("step", n->step);
        break;
      }
    }
    close(&e->loc);
  }

  void stmt(const Stmt* s) {
    nested([&] { stmt_inner(s); });
  }

  void patterns(const std::vector<Pattern*>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      pattern(v[i]);
    }
    out += ']';
  }

  void pattern(const Pattern* p) {
    nested([&] {
      open(name(p->kind));
      switch (p->kind) {
        case PatternKind::MatchValue:
          f_expr("value", p->as<MatchValue>()->value);
          break;
        case PatternKind::MatchSingleton: {
          key("value");
          ConstantKind v = p->as<MatchSingleton>()->value;
          out += v == ConstantKind::True ? "True" : v == ConstantKind::False ? "False" : "None";
          break;
        }
        case PatternKind::MatchSequence:
          key("patterns");
          patterns(p->as<MatchSequence>()->patterns);
          break;
        case PatternKind::MatchMapping: {
          auto* n = p->as<MatchMapping>();
          f_exprs("keys", n->keys);
          key("patterns");
          patterns(n->patterns);
          f_optstr("rest", n->rest);
          break;
        }
        case PatternKind::MatchClass: {
          auto* n = p->as<MatchClass>();
          f_expr("cls", n->cls);
          key("patterns");
          patterns(n->patterns);
          key("kwd_attrs");
          strs(n->kwd_attrs);
          key("kwd_patterns");
          patterns(n->kwd_patterns);
          break;
        }
        case PatternKind::MatchStar:
          f_optstr("name", p->as<MatchStar>()->name);
          break;
        case PatternKind::MatchAs: {
          auto* n = p->as<MatchAs>();
          if (n->pattern) {
            key("pattern");
            pattern(n->pattern);
          }
          f_optstr("name", n->name);
          break;
        }
        case PatternKind::MatchOr:
          key("patterns");
          patterns(p->as<MatchOr>()->patterns);
          break;
      }
      close(&p->loc);
    });
  }

  void stmt_inner(const Stmt* s) {
    open(name(s->kind));
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* n = s->as<FunctionDef>();
        f_str("name", n->name);
        key("args");
        arguments(n->args);
        f_stmts("body", n->body);
        f_exprs("decorator_list", n->decorator_list);
        f_opt("returns", n->returns);
        break;
      }
      case StmtKind::ClassDef: {
        auto* n = s->as<ClassDef>();
        f_str("name", n->name);
        f_exprs("bases", n->bases);
        key("keywords");
        keywords(n->keywords);
        f_stmts("body", n->body);
        f_exprs("decorator_list", n->decorator_list);
        break;
      }
      case StmtKind::Return:
        f_opt("value", s->as<Return>()->value);
        break;
      case StmtKind::Delete:
        f_exprs("targets", s->as<Delete>()->targets);
        break;
      case StmtKind::Assign: {
        auto* n = s->as<Assign>();
        f_exprs("targets", n->targets);
        f_expr("value", n->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto* n = s->as<AugAssign>();
        f_expr("target", n->target);
        key("op");
        out += name(n->op);
        out += "()";
        f_expr("value", n->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* n = s->as<AnnAssign>();
        f_expr("target", n->target);
        f_expr("annotation", n->annotation);
        f_opt("value", n->value);
        f_int("simple", n->simple ? 1 : 0);
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* n = s->as<For>();
        f_expr("target", n->target);
        f_expr("iter", n->iter);
        f_stmts("body", n->body);
        f_stmts("orelse", n->orelse);
        break;
      }
      case StmtKind::While: {
        auto* n = s->as<While>();
        f_expr("test", n->test);
        f_stmts("body", n->body);
        f_stmts("orelse", n->orelse);
        break;
      }
      case StmtKind::If: {
        auto* n = s->as<If>();
        f_expr("test", n->test);
        f_stmts("body", n->body);
        f_stmts("orelse", n->orelse);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* n = s->as<With>();
        key("items");
        out += '[';
        for (size_t i = 0; i < n->items.size(); ++i) {
          if (i) out += ", ";
          nested([&] {
            open("withitem");
            f_expr("context_expr", n->items[i].context_expr);
            f_opt("optional_vars", n->items[i].optional_vars);
            close(nullptr);
          });
        }
        out += ']';
        f_stmts("body", n->body);
        break;
      }
      case StmtKind::Match: {
        auto* n = s->as<Match>();
        f_expr("subject", n->subject);
        key("cases");
        out += '[';
        for (size_t i = 0; i < n->cases.size(); ++i) {
          if (i) out += ", ";
          const MatchCase& mc = n->cases[i];
          nested([&] {
            open("match_case");
            key("pattern");
            pattern(mc.pattern);
            f_opt("guard", mc.guard);
            f_stmts("body", mc.body);
            close(nullptr);
          });
        }
        out += ']';
        break;
      }
      case StmtKind::Raise: {
        auto* n = s->as<Raise>();
        f_opt("exc", n->exc);
        f_opt("cause", n->cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* n = s->as<Try>();
        f_stmts("body", n->body);
        key("handlers");
        out += '[';
        for (size_t i = 0; i < n->handlers.size(); ++i) {
          if (i) out += ", ";
          const ExceptHandler& h = n->handlers[i];
          nested([&] {
            open("ExceptHandler");
            f_opt("type", h.type);
            f_optstr("name", h.name);
            f_stmts("body", h.body);
            close(&h.loc);
          });
        }
        out += ']';
        f_stmts("orelse", n->orelse);
        f_stmts("finalbody", n->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* n = s->as<Assert>();
        f_expr("test", n->test);
        f_opt("msg", n->msg);
        break;
      }
      case StmtKind::Import:
        key("names");
        aliases(s->as<Import>()->names);
        break;
      case StmtKind::ImportFrom: {
        auto* n = s->as<ImportFrom>();
        f_optstr("module", n->module);
        key("names");
        aliases(n->names);
        f_int("level", n->level);
        break;
      }
      case StmtKind::Global:
        key("names");
        strs(s->as<Global>()->names);
        break;
      case StmtKind::Nonlocal:
        key("names");
        strs(s->as<Nonlocal>()->names);
        break;
      case StmtKind::Expr:
        f_expr("value", s->as<ExprStmt>()->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
    close(&s->loc);
  }

 private:
  bool attrs_;
};

}  // namespace

std::string ast_dump(const Module& module, bool include_attributes) {
  Dumper d(include_attributes);
  d.module(module);
  return std::move(d.out);
}

std::string ast_dump(const Expr* expr, bool include_attributes) {
  Dumper d(include_attributes);
  d.expr(expr);
  return std::move(d.out);
}

std::string ast_dump(const Stmt* stmt, bool include_attributes) {
  Dumper d(include_attributes);
  d.stmt(stmt);
  return std::move(d.out);
}

}  // namespace ls
