// An expression back to source text: a port of CPython 3.11's Python/ast_unparse.c (see
// ast_unparse.hpp). Function names follow the C file (append_ast_binop -> binop, ...).
#include "lang/ast_unparse.hpp"

#include <cmath>

#include "lang/ast_dump.hpp"
#include "object/str.hpp"

namespace ls {

using namespace ast;

namespace {

// Operator precedence levels of ast_unparse.c.
enum Prec : int {
  PR_TUPLE,
  PR_TEST,  // 'if'-'else', 'lambda'
  PR_OR,
  PR_AND,
  PR_NOT,
  PR_CMP,
  PR_EXPR,
  PR_BOR = PR_EXPR,
  PR_BXOR,
  PR_BAND,
  PR_SHIFT,
  PR_ARITH,
  PR_TERM,
  PR_FACTOR,
  PR_POWER,
  PR_AWAIT,
  PR_ATOM,
};

// repr() of a float/complex literal with "inf" spelled 1e309 (append_repr).
std::string replace_inf(std::string s) {
  size_t p = s.find("inf");
  if (p != std::string::npos) s.replace(p, 3, "1e309");
  return s;
}

class Unparser {
 public:
  std::string out;

  void expr(const Expr* e, int level) {
    switch (e->kind) {
      case ExprKind::BoolOp: boolop(e->as<BoolOp>(), level); break;
      case ExprKind::BinOp: binop(e->as<ast::BinOp>(), level); break;
      case ExprKind::UnaryOp: unaryop(e->as<UnaryOp>(), level); break;
      case ExprKind::Lambda: lambda(e->as<Lambda>(), level); break;
      case ExprKind::IfExp: {
        auto* x = e->as<IfExp>();
        open_if(level > PR_TEST);
        expr(x->body, PR_TEST + 1);
        out += " if ";
        expr(x->test, PR_TEST + 1);
        out += " else ";
        expr(x->orelse, PR_TEST);
        close_if(level > PR_TEST);
        break;
      }
      case ExprKind::Dict: {
        auto* d = e->as<Dict>();
        out += '{';
        for (size_t i = 0; i < d->values.size(); ++i) {
          if (i) out += ", ";
          if (d->keys[i]) {
            expr(d->keys[i], PR_TEST);
            out += ": ";
            expr(d->values[i], PR_TEST);
          } else {
            out += "**";
            expr(d->values[i], PR_EXPR);
          }
        }
        out += '}';
        break;
      }
      case ExprKind::Set:
        out += '{';
        elements(e->as<Set>()->elts);
        out += '}';
        break;
      case ExprKind::ListComp: {
        auto* c = e->as<ListComp>();
        out += '[';
        expr(c->elt, PR_TEST);
        comprehensions(c->generators);
        out += ']';
        break;
      }
      case ExprKind::SetComp: {
        auto* c = e->as<SetComp>();
        out += '{';
        expr(c->elt, PR_TEST);
        comprehensions(c->generators);
        out += '}';
        break;
      }
      case ExprKind::DictComp: {
        auto* c = e->as<DictComp>();
        out += '{';
        expr(c->key, PR_TEST);
        out += ": ";
        expr(c->value, PR_TEST);
        comprehensions(c->generators);
        out += '}';
        break;
      }
      case ExprKind::GeneratorExp: genexp(e->as<GeneratorExp>()); break;
      case ExprKind::Yield: {
        auto* y = e->as<Yield>();
        if (!y->value) {
          out += "(yield)";
          break;
        }
        out += "(yield ";
        expr(y->value, PR_TEST);
        out += ')';
        break;
      }
      case ExprKind::YieldFrom:
        out += "(yield from ";
        expr(e->as<YieldFrom>()->value, PR_TEST);
        out += ')';
        break;
      case ExprKind::Await:
        open_if(level > PR_AWAIT);
        out += "await ";
        expr(e->as<Await>()->value, PR_ATOM);
        close_if(level > PR_AWAIT);
        break;
      case ExprKind::Compare: compare(e->as<Compare>(), level); break;
      case ExprKind::Call: call(e->as<Call>()); break;
      case ExprKind::Constant: constant(e->as<Constant>()); break;
      case ExprKind::JoinedStr: joinedstr(e->as<JoinedStr>(), false); break;
      case ExprKind::FormattedValue: formattedvalue(e->as<FormattedValue>()); break;
      case ExprKind::Attribute: {
        auto* a = e->as<Attribute>();
        expr(a->value, PR_ATOM);
        // Integers need a space for the attribute access to be unambiguous.
        auto* c = a->value->try_as<Constant>();
        out += (c && c->ckind == ConstantKind::Int) ? " ." : ".";
        out += a->attr;
        break;
      }
      case ExprKind::Subscript: {
        auto* s = e->as<Subscript>();
        expr(s->value, PR_ATOM);
        out += '[';
        expr(s->slice, PR_TUPLE);
        out += ']';
        break;
      }
      case ExprKind::Starred:
        out += '*';
        expr(e->as<Starred>()->value, PR_EXPR);
        break;
      case ExprKind::Slice: {
        auto* s = e->as<Slice>();
        if (s->lower) expr(s->lower, PR_TEST);
        out += ':';
        if (s->upper) expr(s->upper, PR_TEST);
        if (s->step) {
          out += ':';
          expr(s->step, PR_TEST);
        }
        break;
      }
      case ExprKind::Name: out += e->as<Name>()->id; break;
      case ExprKind::List:
        out += '[';
        elements(e->as<List>()->elts);
        out += ']';
        break;
      case ExprKind::Tuple: {
        auto& elts = e->as<Tuple>()->elts;
        if (elts.empty()) {
          out += "()";
          break;
        }
        open_if(level > PR_TUPLE);
        elements(elts);
        if (elts.size() == 1) out += ',';
        close_if(level > PR_TUPLE);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        open_if(level > PR_TUPLE);
        expr(n->target, PR_ATOM);
        out += " := ";
        expr(n->value, PR_ATOM);
        close_if(level > PR_TUPLE);
        break;
      }
    }
  }

 private:
  void open_if(bool c) {
    if (c) out += '(';
  }
  void close_if(bool c) {
    if (c) out += ')';
  }

  void elements(const std::vector<Expr*>& elts) {
    for (size_t i = 0; i < elts.size(); ++i) {
      if (i) out += ", ";
      expr(elts[i], PR_TEST);
    }
  }

  void boolop(const BoolOp* b, int level) {
    const char* op = b->op == BoolOpKind::And ? " and " : " or ";
    int pr = b->op == BoolOpKind::And ? PR_AND : PR_OR;
    open_if(level > pr);
    for (size_t i = 0; i < b->values.size(); ++i) {
      if (i) out += op;
      expr(b->values[i], pr + 1);
    }
    close_if(level > pr);
  }

  void binop(const ast::BinOp* b, int level) {
    const char* op = "";
    int pr = PR_ARITH;
    bool rassoc = false;
    switch (b->op) {
      case OperatorKind::Add: op = " + "; pr = PR_ARITH; break;
      case OperatorKind::Sub: op = " - "; pr = PR_ARITH; break;
      case OperatorKind::Mult: op = " * "; pr = PR_TERM; break;
      case OperatorKind::MatMult: op = " @ "; pr = PR_TERM; break;
      case OperatorKind::Div: op = " / "; pr = PR_TERM; break;
      case OperatorKind::Mod: op = " % "; pr = PR_TERM; break;
      case OperatorKind::LShift: op = " << "; pr = PR_SHIFT; break;
      case OperatorKind::RShift: op = " >> "; pr = PR_SHIFT; break;
      case OperatorKind::BitOr: op = " | "; pr = PR_BOR; break;
      case OperatorKind::BitXor: op = " ^ "; pr = PR_BXOR; break;
      case OperatorKind::BitAnd: op = " & "; pr = PR_BAND; break;
      case OperatorKind::FloorDiv: op = " // "; pr = PR_TERM; break;
      case OperatorKind::Pow: op = " ** "; pr = PR_POWER; rassoc = true; break;
    }
    open_if(level > pr);
    expr(b->left, pr + (rassoc ? 1 : 0));
    out += op;
    expr(b->right, pr + (rassoc ? 0 : 1));
    close_if(level > pr);
  }

  void unaryop(const UnaryOp* u, int level) {
    const char* op = "";
    int pr = PR_FACTOR;
    switch (u->op) {
      case UnaryOpKind::Invert: op = "~"; pr = PR_FACTOR; break;
      case UnaryOpKind::Not: op = "not "; pr = PR_NOT; break;
      case UnaryOpKind::UAdd: op = "+"; pr = PR_FACTOR; break;
      case UnaryOpKind::USub: op = "-"; pr = PR_FACTOR; break;
    }
    open_if(level > pr);
    out += op;
    expr(u->operand, pr);
    close_if(level > pr);
  }

  void arg(const Arg& a) {
    out += a.arg;
    if (a.annotation) {
      out += ": ";
      expr(a.annotation, PR_TEST);
    }
  }

  void args(const Arguments& a) {
    bool first = true;
    auto sep = [&] {
      if (first) first = false;
      else out += ", ";
    };
    size_t posonly = a.posonlyargs.size(), n = posonly + a.args.size();
    long ndefaults = static_cast<long>(a.defaults.size());
    for (size_t i = 0; i < n; ++i) {
      sep();
      arg(i < posonly ? a.posonlyargs[i] : a.args[i - posonly]);
      long di = static_cast<long>(i) - static_cast<long>(n) + ndefaults;
      if (di >= 0) {
        out += '=';
        expr(a.defaults[static_cast<size_t>(di)], PR_TEST);
      }
      if (posonly && i + 1 == posonly) out += ", /";
    }
    if (a.has_vararg || !a.kwonlyargs.empty()) {
      sep();
      out += '*';
      if (a.has_vararg) arg(a.vararg);
    }
    for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
      sep();
      arg(a.kwonlyargs[i]);
      if (i < a.kw_defaults.size() && a.kw_defaults[i]) {
        out += '=';
        expr(a.kw_defaults[i], PR_TEST);
      }
    }
    if (a.has_kwarg) {
      sep();
      out += "**";
      arg(a.kwarg);
    }
  }

  void lambda(const Lambda* l, int level) {
    open_if(level > PR_TEST);
    size_t npos = l->args.args.size() + l->args.posonlyargs.size();
    out += npos ? "lambda " : "lambda";
    args(l->args);
    out += ": ";
    expr(l->body, PR_TEST);
    close_if(level > PR_TEST);
  }

  void comprehensions(const std::vector<Comprehension>& gens) {
    for (const Comprehension& g : gens) {
      out += g.is_async ? " async for " : " for ";
      expr(g.target, PR_TUPLE);
      out += " in ";
      expr(g.iter, PR_TEST + 1);
      for (Expr* i : g.ifs) {
        out += " if ";
        expr(i, PR_TEST + 1);
      }
    }
  }

  void genexp(const GeneratorExp* g) {
    out += '(';
    expr(g->elt, PR_TEST);
    comprehensions(g->generators);
    out += ')';
  }

  void compare(const Compare* c, int level) {
    open_if(level > PR_CMP);
    expr(c->left, PR_CMP + 1);
    for (size_t i = 0; i < c->ops.size(); ++i) {
      out += ' ';
      out += symbol(c->ops[i]);
      out += ' ';
      expr(c->comparators[i], PR_CMP + 1);
    }
    close_if(level > PR_CMP);
  }

  void call(const Call* c) {
    expr(c->func, PR_ATOM);
    if (c->args.size() == 1 && c->keywords.empty()) {
      if (auto* g = c->args[0]->try_as<GeneratorExp>()) {
        genexp(g);  // a single generator expression: no extra parentheses
        return;
      }
    }
    out += '(';
    bool first = true;
    for (Expr* a : c->args) {
      if (first) first = false;
      else out += ", ";
      expr(a, PR_TEST);
    }
    for (const Keyword& k : c->keywords) {
      if (first) first = false;
      else out += ", ";
      if (k.arg.empty()) {
        out += "**";
      } else {
        out += k.arg;
        out += '=';
      }
      expr(k.value, PR_TEST);
    }
    out += ')';
  }

  void constant(const Constant* c) {
    switch (c->ckind) {
      case ConstantKind::None: out += "None"; break;
      case ConstantKind::True: out += "True"; break;
      case ConstantKind::False: out += "False"; break;
      case ConstantKind::Ellipsis: out += "..."; break;
      case ConstantKind::Int: out += c->value; break;
      case ConstantKind::Float: out += replace_inf(py_repr_float(c->fvalue)); break;
      case ConstantKind::Complex: out += replace_inf(py_repr_imag(c->fvalue)); break;
      case ConstantKind::Str:
        if (c->u_prefix) out += 'u';
        out += str_repr(c->value);
        break;
      case ConstantKind::Bytes: out += py_repr_bytes(c->value); break;
    }
  }

  // f-strings: the body is built on its own, then written as f + repr(body) (a format spec is
  // written as is).
  void joinedstr(const JoinedStr* j, bool is_format_spec) {
    Unparser body;
    for (const Expr* v : j->values) body.fstring_element(v, is_format_spec);
    if (is_format_spec) {
      out += body.out;
    } else {
      out += 'f';
      out += str_repr(body.out);
    }
  }

  void fstring_element(const Expr* e, bool is_format_spec) {
    switch (e->kind) {
      case ExprKind::Constant: {
        const std::string& s = e->as<Constant>()->value;
        for (char ch : s) {
          out += ch;
          if (ch == '{' || ch == '}') out += ch;
        }
        break;
      }
      case ExprKind::JoinedStr: joinedstr(e->as<JoinedStr>(), is_format_spec); break;
      case ExprKind::FormattedValue: formattedvalue(e->as<FormattedValue>()); break;
      default: break;
    }
  }

  void formattedvalue(const FormattedValue* f) {
    Unparser v;
    // The grammar allows PR_TUPLE, but > PR_TEST parenthesizes a lambda (its ':').
    v.expr(f->value, PR_TEST + 1);
    out += (!v.out.empty() && v.out[0] == '{') ? "{ " : "{";
    out += v.out;
    if (f->conversion > 0) {
      out += '!';
      out += static_cast<char>(f->conversion);
    }
    if (f->format_spec) {
      out += ':';
      fstring_element(f->format_spec, true);
    }
    out += '}';
  }
};

}  // namespace

std::string unparse_expr(const Expr* e) {
  Unparser u;
  u.expr(e, PR_TEST);
  return std::move(u.out);
}

}  // namespace ls
