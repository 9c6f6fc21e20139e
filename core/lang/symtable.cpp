// Symbol table construction and analysis (CPython's symtable.c, re-derived).
#include "lang/symtable.hpp"

#include <algorithm>
#include <set>

namespace ls {

using namespace ast;

std::string mangle(const std::string& class_name, const std::string& name) {
  if (class_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
  if (name.find('.') != std::string::npos) return name;
  size_t i = 0;
  while (i < class_name.size() && class_name[i] == '_') ++i;
  if (i == class_name.size()) return name;
  return "_" + class_name.substr(i) + name;
}

NameScope SymScope::scope_of(const std::string& n) const {
  auto it = scopes.find(n);
  if (it != scopes.end()) return it->second;
  return kind == ScopeKind::Module ? NameScope::GlobalImplicit : NameScope::GlobalImplicit;
}

std::vector<std::string> SymScope::cellvars() const {
  std::vector<std::string> out;
  for (const auto& n : order) {
    auto it = scopes.find(n);
    if (it != scopes.end() && it->second == NameScope::Cell) out.push_back(n);
  }
  if (needs_class_closure) out.push_back("__class__");
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> SymScope::freevars() const {
  std::vector<std::string> out;
  for (const auto& n : order) {
    auto it = scopes.find(n);
    if (it == scopes.end()) continue;
    if (it->second == NameScope::Free) out.push_back(n);
    else if (kind == ScopeKind::Class && (flags.at(n) & kDefFreeClass)) out.push_back(n);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

struct SymError {
  SyntaxErrorInfo info;
};

class Builder {
 public:
  explicit Builder(SymTable& t, bool future_annotations) : table_(t), future_annotations_(future_annotations) {}

  void run(const Module& m) {
    table_.top = std::make_unique<SymScope>();
    cur_ = table_.top.get();
    cur_->kind = ScopeKind::Module;
    cur_->name = "top";
    table_.by_node[&m] = cur_;
    for (Stmt* s : m.body) stmt(s);
  }

 private:
  SymTable& table_;
  bool future_annotations_;  // annotations are strings: their names are not uses
  SymScope* cur_ = nullptr;
  std::string class_name_;

  [[noreturn]] void fail(const std::string& msg, const Loc& loc) {
    SymError e;
    e.info.msg = msg;
    e.info.lineno = loc.lineno;
    e.info.col_offset = loc.col_offset + 1;
    e.info.end_lineno = loc.end_lineno;
    e.info.end_offset = loc.end_col_offset + 1;
    throw e;
  }

  std::string mangled(const std::string& n) { return mangle(class_name_, n); }

  void add_def(const std::string& raw, uint32_t flag, const Loc& loc, SymScope* scope = nullptr) {
    SymScope* s = scope ? scope : cur_;
    std::string n = mangled(raw);
    auto it = s->flags.find(n);
    if (it == s->flags.end()) {
      s->order.push_back(n);
      it = s->flags.emplace(n, 0).first;
    }
    uint32_t& f = it->second;
    if ((flag & kDefParam) && (f & kDefParam)) {
      fail("duplicate argument '" + n + "' in function definition", loc);
    }
    f |= flag;
    if ((flag & kDefParam) && s != nullptr) s->params.push_back(n);
    if (flag & kDefGlobal) {
      // Globals declared in a function are also globals of the module table.
      SymScope* top = table_.top.get();
      if (s != top) {
        auto jt = top->flags.find(n);
        if (jt == top->flags.end()) {
          top->order.push_back(n);
          top->flags.emplace(n, kDefGlobal);
        } else {
          jt->second |= kDefGlobal;
        }
      }
    }
  }

  SymScope* enter(ScopeKind kind, const std::string& name, const void* node) {
    auto child = std::make_unique<SymScope>();
    SymScope* c = child.get();
    c->kind = kind;
    c->name = name;
    c->node = node;
    c->parent = cur_;
    c->class_name = class_name_;
    c->is_nested = cur_->kind != ScopeKind::Module && (cur_->is_nested || cur_->kind != ScopeKind::Class || true);
    if (cur_->kind == ScopeKind::Module) c->is_nested = false;
    else if (cur_->kind == ScopeKind::Class) c->is_nested = cur_->is_nested;
    else c->is_nested = true;
    cur_->children.push_back(std::move(child));
    table_.by_node[node] = c;
    cur_ = c;
    return c;
  }
  void leave() { cur_ = cur_->parent; }

  // --- statements ---------------------------------------------------------------------------
  void stmts(const std::vector<Stmt*>& body) {
    for (Stmt* s : body) stmt(s);
  }

  void arguments_defaults(const Arguments& a) {
    for (Expr* d : a.defaults) expr(d);
    for (Expr* d : a.kw_defaults)
      if (d) expr(d);
  }

  void annotations(const Arguments& a, Expr* returns) {
    if (future_annotations_) return;
    auto ann = [&](const Arg& x) {
      if (x.annotation) expr(x.annotation);
    };
    for (const Arg& x : a.posonlyargs) ann(x);
    for (const Arg& x : a.args) ann(x);
    if (a.has_vararg) ann(a.vararg);
    for (const Arg& x : a.kwonlyargs) ann(x);
    if (a.has_kwarg) ann(a.kwarg);
    if (returns) expr(returns);
  }

  void params(const Arguments& a) {
    for (const Arg& x : a.posonlyargs) add_def(x.arg, kDefParam, x.loc);
    for (const Arg& x : a.args) add_def(x.arg, kDefParam, x.loc);
    for (const Arg& x : a.kwonlyargs) add_def(x.arg, kDefParam, x.loc);
    if (a.has_vararg) add_def(a.vararg.arg, kDefParam, a.vararg.loc);
    if (a.has_kwarg) add_def(a.kwarg.arg, kDefParam, a.kwarg.loc);
  }

  void stmt(Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* f = s->as<FunctionDef>();
        add_def(f->name, kDefLocal, f->loc);
        arguments_defaults(f->args);
        annotations(f->args, f->returns);
        for (Expr* d : f->decorator_list) expr(d);
        SymScope* sc = enter(ScopeKind::Function, f->name, f);
        sc->is_coroutine = f->is_async();
        params(f->args);
        stmts(f->body);
        leave();
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = s->as<ClassDef>();
        add_def(c->name, kDefLocal, c->loc);
        for (Expr* b : c->bases) expr(b);
        for (const Keyword& k : c->keywords) expr(k.value);
        for (Expr* d : c->decorator_list) expr(d);
        std::string saved = class_name_;
        enter(ScopeKind::Class, c->name, c);
        class_name_ = c->name;
        cur_->class_name = c->name;
        stmts(c->body);
        class_name_ = saved;
        leave();
        break;
      }
      case StmtKind::Return: {
        auto* r = s->as<Return>();
        if (r->value) expr(r->value);
        break;
      }
      case StmtKind::Delete:
        for (Expr* t : s->as<Delete>()->targets) expr(t);
        break;
      case StmtKind::Assign: {
        auto* a = s->as<Assign>();
        for (Expr* t : a->targets) expr(t);
        expr(a->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = s->as<AnnAssign>();
        if (auto* n = a->target->try_as<Name>()) {
          std::string nm = mangled(n->id);
          uint32_t cur = cur_->flags.count(nm) ? cur_->flags[nm] : 0;
          // At module level a global annotated name is just a module variable (CPython allows it).
          if ((cur & (kDefGlobal | kDefNonlocal)) && a->simple && cur_->kind != ScopeKind::Module) {
            fail(std::string("annotated name '") + n->id + "' can't be " +
                     ((cur & kDefGlobal) ? "global" : "nonlocal"),
                 s->loc);
          }
          if (a->simple) add_def(n->id, kDefAnnot | kDefLocal, n->loc);
          else if (a->value) add_def(n->id, kDefLocal, n->loc);
        } else {
          expr(a->target);
        }
        if (!future_annotations_ && (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class || !a->simple))
          expr(a->annotation);
        if (a->value) expr(a->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = s->as<AugAssign>();
        expr(a->target);
        expr(a->value);
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = s->as<For>();
        expr(f->target);
        expr(f->iter);
        stmts(f->body);
        stmts(f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = s->as<While>();
        expr(w->test);
        stmts(w->body);
        stmts(w->orelse);
        break;
      }
      case StmtKind::If: {
        auto* i = s->as<If>();
        expr(i->test);
        stmts(i->body);
        stmts(i->orelse);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* w = s->as<With>();
        for (const WithItem& it : w->items) {
          expr(it.context_expr);
          if (it.optional_vars) expr(it.optional_vars);
        }
        stmts(w->body);
        break;
      }
      case StmtKind::Raise: {
        auto* r = s->as<Raise>();
        if (r->exc) expr(r->exc);
        if (r->cause) expr(r->cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = s->as<Try>();
        stmts(t->body);
        stmts(t->orelse);
        for (const ExceptHandler& h : t->handlers) {
          if (h.type) expr(h.type);
          if (!h.name.empty()) add_def(h.name, kDefLocal, h.loc);
          stmts(h.body);
        }
        stmts(t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* a = s->as<Assert>();
        expr(a->test);
        if (a->msg) expr(a->msg);
        break;
      }
      case StmtKind::Import:
      case StmtKind::ImportFrom: {
        const std::vector<Alias>& names =
            s->kind == StmtKind::Import ? s->as<Import>()->names : s->as<ImportFrom>()->names;
        for (const Alias& a : names) {
          if (a.name == "*") {
            // CPython points at the '*' alias itself.
            if (cur_->kind != ScopeKind::Module) fail("import * only allowed at module level", a.loc);
            continue;
          }
          std::string store = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
          add_def(store, kDefImport, a.loc);
        }
        break;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        bool global = s->kind == StmtKind::Global;
        const auto& names = global ? s->as<Global>()->names : s->as<Nonlocal>()->names;
        for (const std::string& raw : names) {
          std::string n = mangled(raw);
          uint32_t cur = cur_->flags.count(n) ? cur_->flags[n] : 0;
          if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
            const char* what = global ? "global" : "nonlocal";
            std::string msg;
            if (cur & kDefParam) msg = "name '" + n + "' is parameter and " + what;
            else if (cur & kUse) msg = "name '" + n + "' is used prior to " + what + " declaration";
            else if (cur & kDefAnnot) msg = "annotated name '" + n + "' can't be " + what;
            else msg = "name '" + n + "' is assigned to before " + what + " declaration";
            fail(msg, s->loc);
          }
          // CPython reports it at the name's first directive (symtable.c error_at_directive)
          if ((!global && (cur & kDefGlobal)) || (global && (cur & kDefNonlocal))) {
            auto first = cur_->directive_locs.find(n);
            fail("name '" + n + "' is nonlocal and global",
                 first != cur_->directive_locs.end() ? first->second : s->loc);
          }
          if (!global) cur_->nonlocal_locs.emplace(n, s->loc);
          cur_->directive_locs.emplace(n, s->loc);
          add_def(raw, global ? kDefGlobal : kDefNonlocal, s->loc);
        }
        break;
      }
      case StmtKind::Match: {
        auto* m = s->as<Match>();
        expr(m->subject);
        for (const MatchCase& mc : m->cases) {
          pattern(mc.pattern);
          if (mc.guard) expr(mc.guard);
          stmts(mc.body);
        }
        break;
      }
      case StmtKind::Expr:
        expr(s->as<ExprStmt>()->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
  }

  // Patterns bind their capture names in the current scope (symtable_visit_pattern).
  void pattern(Pattern* p) {
    switch (p->kind) {
      case PatternKind::MatchValue:
        expr(p->as<MatchValue>()->value);
        break;
      case PatternKind::MatchSingleton:
        break;
      case PatternKind::MatchSequence:
        for (Pattern* q : p->as<MatchSequence>()->patterns) pattern(q);
        break;
      case PatternKind::MatchStar: {
        auto* st = p->as<MatchStar>();
        if (!st->name.empty()) add_def(st->name, kDefLocal, p->loc);
        break;
      }
      case PatternKind::MatchMapping: {
        auto* m = p->as<MatchMapping>();
        for (Expr* k : m->keys) expr(k);
        for (Pattern* q : m->patterns) pattern(q);
        if (!m->rest.empty()) add_def(m->rest, kDefLocal, p->loc);
        break;
      }
      case PatternKind::MatchClass: {
        auto* c = p->as<MatchClass>();
        expr(c->cls);
        for (Pattern* q : c->patterns) pattern(q);
        for (Pattern* q : c->kwd_patterns) pattern(q);
        break;
      }
      case PatternKind::MatchAs: {
        auto* a = p->as<MatchAs>();
        if (a->pattern) pattern(a->pattern);
        if (!a->name.empty()) add_def(a->name, kDefLocal, p->loc);
        break;
      }
      case PatternKind::MatchOr:
        for (Pattern* q : p->as<MatchOr>()->patterns) pattern(q);
        break;
    }
  }

  // --- expressions --------------------------------------------------------------------------
  void exprs(const std::vector<Expr*>& v) {
    for (Expr* e : v)
      if (e) expr(e);
  }

  void expr(Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp: exprs(e->as<BoolOp>()->values); break;
      case ExprKind::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        if (cur_->comp_iter_expr) {
          fail("assignment expression cannot be used in a comprehension iterable expression", e->loc);
        }
        expr(n->value);
        namedexpr_target(n->target->as<Name>());
        break;
      }
      case ExprKind::BinOp: {
        auto* b = e->as<BinOp>();
        expr(b->left);
        expr(b->right);
        break;
      }
      case ExprKind::UnaryOp: expr(e->as<UnaryOp>()->operand); break;
      case ExprKind::Lambda: {
        auto* l = e->as<Lambda>();
        arguments_defaults(l->args);
        enter(ScopeKind::Lambda, "lambda", l);
        params(l->args);
        expr(l->body);
        leave();
        break;
      }
      case ExprKind::IfExp: {
        auto* i = e->as<IfExp>();
        expr(i->test);
        expr(i->body);
        expr(i->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* d = e->as<Dict>();
        exprs(d->keys);
        exprs(d->values);
        break;
      }
      case ExprKind::Set: exprs(e->as<Set>()->elts); break;
      case ExprKind::ListComp: {
        auto* c = e->as<ListComp>();
        comprehension(e, "listcomp", c->generators, c->elt, nullptr, false);
        break;
      }
      case ExprKind::SetComp: {
        auto* c = e->as<SetComp>();
        comprehension(e, "setcomp", c->generators, c->elt, nullptr, false);
        break;
      }
      case ExprKind::DictComp: {
        auto* c = e->as<DictComp>();
        comprehension(e, "dictcomp", c->generators, c->key, c->value, false);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* c = e->as<GeneratorExp>();
        comprehension(e, "genexpr", c->generators, c->elt, nullptr, true);
        break;
      }
      case ExprKind::Await: {
        check_await(e);
        expr(e->as<Await>()->value);
        break;
      }
      case ExprKind::Yield: {
        check_yield(e, false);
        if (auto* v = e->as<Yield>()->value) expr(v);
        break;
      }
      case ExprKind::YieldFrom: {
        check_yield(e, true);
        expr(e->as<YieldFrom>()->value);
        break;
      }
      case ExprKind::Compare: {
        auto* c = e->as<Compare>();
        expr(c->left);
        exprs(c->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* c = e->as<Call>();
        expr(c->func);
        exprs(c->args);
        for (const Keyword& k : c->keywords) expr(k.value);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* f = e->as<FormattedValue>();
        expr(f->value);
        if (f->format_spec) expr(f->format_spec);
        break;
      }
      case ExprKind::JoinedStr: exprs(e->as<JoinedStr>()->values); break;
      case ExprKind::Constant: break;
      case ExprKind::Attribute: expr(e->as<Attribute>()->value); break;
      case ExprKind::Subscript: {
        auto* s = e->as<Subscript>();
        expr(s->value);
        expr(s->slice);
        break;
      }
      case ExprKind::Starred: expr(e->as<Starred>()->value); break;
      case ExprKind::Name: {
        auto* n = e->as<Name>();
        add_def(n->id, n->ctx == ExprContext::Load ? kUse : kDefLocal, n->loc);
        // super() and __class__ in a method need the implicit __class__ cell.
        if (n->ctx == ExprContext::Load && cur_->kind != ScopeKind::Class && cur_->kind != ScopeKind::Module &&
            n->id == "super") {
          add_def("__class__", kUse, n->loc);
        }
        break;
      }
      case ExprKind::List: exprs(e->as<List>()->elts); break;
      case ExprKind::Tuple: exprs(e->as<Tuple>()->elts); break;
      case ExprKind::Slice: {
        auto* s = e->as<Slice>();
        if (s->lower) expr(s->lower);
        if (s->upper) expr(s->upper);
        if (s->step) expr(s->step);
        break;
      }
    }
  }

  void check_await(Expr* e) {
    // Errors for misplaced await are raised by the compiler, which knows the async context;
    // here we only mark coroutine comprehensions.
    SymScope* s = cur_;
    if (s->kind == ScopeKind::Comprehension) s->is_coroutine = true;
    (void)e;
  }

  void check_yield(Expr* e, bool from) {
    SymScope* s = cur_;
    if (s->kind == ScopeKind::Module || s->kind == ScopeKind::Class) {
      fail(from ? "'yield from' outside function" : "'yield' outside function", e->loc);
    }
    if (s->kind == ScopeKind::Comprehension) {
      const char* what = s->name == "genexpr" ? "generator expression" : s->name == "listcomp" ? "list comprehension"
                         : s->name == "setcomp" ? "set comprehension" : "dict comprehension";
      fail(std::string("'yield' inside ") + what, e->loc);
    }
    if (from && s->is_coroutine) fail("'yield from' inside async function", e->loc);
    s->is_generator = true;
  }

  void namedexpr_target(Name* target) {
    // The target binds in the nearest enclosing scope that is not a comprehension.
    std::string n = mangled(target->id);
    for (SymScope* s = cur_; s; s = s->parent) {
      if (s->kind == ScopeKind::Comprehension) {
        if (s->has_flag(n, kDefCompIter)) {
          fail("assignment expression cannot rebind comprehension iteration variable '" + n + "'", target->loc);
        }
        continue;
      }
      if (s == cur_) {
        add_def(target->id, kDefLocal, target->loc);
        return;
      }
      if (s->kind == ScopeKind::Class) {
        fail("assignment expression within a comprehension cannot be used in a class body", target->loc);
      }
      if (s->kind == ScopeKind::Module) {
        add_def(target->id, kDefGlobal, target->loc);
        for (SymScope* c = cur_; c != s; c = c->parent) add_def(target->id, kDefGlobal, target->loc, c);
        add_def(target->id, kDefLocal, target->loc, s);
      } else {
        for (SymScope* c = cur_; c != s; c = c->parent) add_def(target->id, kDefNonlocal, target->loc, c);
        add_def(target->id, kDefLocal, target->loc, s);
      }
      return;
    }
  }

  void comprehension(Expr* node, const char* name, const std::vector<Comprehension>& gens, Expr* elt, Expr* value,
                     bool is_genexpr) {
    // The first iterable is evaluated in the enclosing scope.
    bool saved_iter = cur_->comp_iter_expr;
    cur_->comp_iter_expr = true;
    expr(gens[0].iter);
    cur_->comp_iter_expr = saved_iter;
    bool enclosing_async = false;
    for (SymScope* s = cur_; s; s = s->parent) {
      if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda) {
        enclosing_async = s->is_coroutine;
        break;
      }
      if (s->kind != ScopeKind::Comprehension) break;
    }
    SymScope* sc = enter(ScopeKind::Comprehension, name, node);
    sc->is_generator = is_genexpr;
    Loc loc = node->loc;
    add_def(".0", kDefParam, loc);
    bool any_async = false;
    for (size_t i = 0; i < gens.size(); ++i) {
      const Comprehension& g = gens[i];
      if (g.is_async) any_async = true;
      comp_target(g.target);
      if (i > 0) {
        sc->comp_iter_expr = true;
        expr(g.iter);
        sc->comp_iter_expr = false;
      }
      for (Expr* c : g.ifs) expr(c);
    }
    expr(elt);
    if (value) expr(value);
    if (any_async) sc->is_coroutine = true;
    if (sc->is_coroutine && !is_genexpr && !enclosing_async) {
      // Reported by the compiler with the right message ("asynchronous comprehension outside...").
    }
    (void)enclosing_async;
    leave();
    // A non-generator async comprehension is awaited where it is evaluated: an enclosing
    // comprehension becomes a coroutine too.
    if (sc->is_coroutine && !is_genexpr && cur_->kind == ScopeKind::Comprehension) cur_->is_coroutine = true;
  }

  void comp_target(Expr* t) {
    if (auto* n = t->try_as<Name>()) {
      // symtable_add_def_helper: an earlier walrus in this comprehension bound the name outside
      if (cur_->has_flag(mangled(n->id), kDefGlobal | kDefNonlocal)) {
        fail("comprehension inner loop cannot rebind assignment expression target '" + n->id + "'", n->loc);
      }
      add_def(n->id, kDefLocal | kDefCompIter, n->loc);
      return;
    }
    if (auto* tu = t->try_as<Tuple>()) {
      for (Expr* e : tu->elts) comp_target(e);
      return;
    }
    if (auto* l = t->try_as<List>()) {
      for (Expr* e : l->elts) comp_target(e);
      return;
    }
    if (auto* s = t->try_as<Starred>()) {
      comp_target(s->value);
      return;
    }
    expr(t);
  }
};

// --- analysis --------------------------------------------------------------------------------

using NameSet = std::set<std::string>;

struct Analyzer {
  std::optional<SyntaxErrorInfo>& err;
  bool failed = false;

  void fail(const std::string& msg, const Loc* loc = nullptr) {
    if (failed) return;
    failed = true;
    SyntaxErrorInfo e;
    e.msg = msg;
    if (loc) {
      e.lineno = loc->lineno;
      e.col_offset = loc->col_offset + 1;
      e.end_lineno = loc->end_lineno;
      e.end_offset = loc->end_col_offset + 1;
    }
    err = e;
  }

  // Returns the scope's free variables (to be resolved by enclosing scopes).
  void analyze(SymScope* s, const NameSet& bound_in, const NameSet& global_in, NameSet& free_out) {
    NameSet local, global = global_in, bound = bound_in, free;
    // Names this scope defines/uses.
    for (const std::string& n : s->order) {
      uint32_t f = s->flags[n];
      NameScope sc;
      if (f & kDefGlobal) {
        sc = NameScope::GlobalExplicit;
        global.insert(n);
        bound.erase(n);
      } else if (f & kDefNonlocal) {
        // As CPython's analyze_name: checked after the whole tree was visited, so an earlier
        // error ("assigned to before nonlocal declaration", one in a nested scope) wins.
        if (s->kind == ScopeKind::Module) {
          auto it = s->nonlocal_locs.find(n);
          fail("nonlocal declaration not allowed at module level",
               it != s->nonlocal_locs.end() ? &it->second : nullptr);
          return;
        }
        if (!bound.count(n)) {
          auto it = s->nonlocal_locs.find(n);
          fail("no binding for nonlocal '" + n + "' found", it != s->nonlocal_locs.end() ? &it->second : nullptr);
          return;
        }
        sc = NameScope::Free;
        s->has_free = true;
        free.insert(n);
      } else if (f & kDefBound) {
        sc = NameScope::Local;
        local.insert(n);
        global.erase(n);
      } else if (bound.count(n)) {
        sc = NameScope::Free;
        s->has_free = true;
        free.insert(n);
      } else if (global.count(n)) {
        sc = NameScope::GlobalImplicit;
      } else {
        if (s->is_nested) s->has_free = true;
        sc = NameScope::GlobalImplicit;
      }
      s->scopes[n] = sc;
    }
    // What children see as bound / global.
    NameSet child_bound, child_global = global;
    bool is_function = s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda ||
                       s->kind == ScopeKind::Comprehension;
    if (is_function) {
      child_bound = local;
      child_bound.insert(bound.begin(), bound.end());
    } else if (s->kind == ScopeKind::Class) {
      child_bound = bound;
      child_bound.insert("__class__");
    } else {
      // module: its names are globals, not closures
      child_global = global;
      child_global.insert(local.begin(), local.end());
    }
    NameSet child_free;
    for (auto& c : s->children) {
      NameSet cf;
      analyze(c.get(), child_bound, child_global, cf);
      if (failed) return;
      if (c->has_free || c->child_free) s->child_free = true;
      child_free.insert(cf.begin(), cf.end());
    }
    // Free names of children that this function binds become cells.
    if (is_function) {
      for (auto it = child_free.begin(); it != child_free.end();) {
        auto sc = s->scopes.find(*it);
        if (sc != s->scopes.end() && sc->second == NameScope::Local) {
          sc->second = NameScope::Cell;
          it = child_free.erase(it);
        } else {
          ++it;
        }
      }
    }
    if (s->kind == ScopeKind::Class) {
      if (child_free.erase("__class__")) s->needs_class_closure = true;
      // A free variable of a method that the class body also binds: the class body reads it
      // through LOAD_CLASSDEREF.
      for (const std::string& n : child_free) {
        auto it = s->flags.find(n);
        if (it != s->flags.end() && (it->second & kDefBound)) it->second |= kDefFreeClass;
      }
    }
    // Our own free variables plus children's that pass through us.
    for (const std::string& n : child_free) {
      auto sc = s->scopes.find(n);
      if (sc == s->scopes.end()) {
        s->order.push_back(n);
        s->flags[n] = kDefFree;
        s->scopes[n] = NameScope::Free;
        s->has_free = true;
        free.insert(n);
      } else if (sc->second == NameScope::GlobalImplicit || sc->second == NameScope::GlobalExplicit) {
        // Children resolve it as global too; nothing passes through.
        if (sc->second == NameScope::GlobalImplicit && s->kind != ScopeKind::Module) {
          sc->second = NameScope::Free;
          s->has_free = true;
          free.insert(n);
        }
      } else if (sc->second == NameScope::Free) {
        free.insert(n);
      } else if (s->kind == ScopeKind::Class) {
        // Bound in the class body, free in a method: passes through to the enclosing function.
        free.insert(n);
      }
    }
    free_out = free;
  }
};

}  // namespace

std::unique_ptr<SymTable> build_symtable(const Module& mod, std::optional<SyntaxErrorInfo>& err,
                                         bool future_annotations) {
  auto table = std::make_unique<SymTable>();
  try {
    Builder b(*table, future_annotations);
    b.run(mod);
  } catch (SymError& e) {
    err = e.info;
    return nullptr;
  }
  Analyzer a{err};
  NameSet bound, global, free;
  a.analyze(table->top.get(), bound, global, free);
  if (a.failed) return nullptr;
  return table;
}

}  // namespace ls
