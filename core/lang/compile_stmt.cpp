// Compiler: statements. Code shapes follow CPython 3.11's compile.c (try/except/finally, with,
// loops, unwinding on return/break/continue) so that behaviour — which handler runs, in which
// order, with which exception context — is the same.
#include "lang/ast_unparse.hpp"
#include "lang/compiler_impl.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls::compile {

using namespace ast;

void Compiler::stmts(const std::vector<Stmt*>& body) {
  for (Stmt* s : body) stmt(s);
}

bool Compiler::in_async_function() const {
  for (auto it = units_.rbegin(); it != units_.rend(); ++it) {
    const Unit& u = **it;
    if (u.scope->kind == ScopeKind::Comprehension) {
      if (u.is_async) return true;
      continue;
    }
    return u.is_async;
  }
  return false;
}

void Compiler::stmt(Stmt* s) {
  set_loc(s->loc);
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef:
      function_def(s->as<FunctionDef>());
      break;
    case StmtKind::ClassDef:
      class_def(s->as<ClassDef>());
      break;
    case StmtKind::Return:
      return_stmt(s->as<Return>());
      break;
    case StmtKind::Delete:
      for (Expr* t : s->as<Delete>()->targets) delete_target(t);
      break;
    case StmtKind::Assign:
      assign(s->as<Assign>());
      break;
    case StmtKind::AugAssign:
      aug_assign(s->as<AugAssign>());
      break;
    case StmtKind::AnnAssign:
      ann_assign(s->as<AnnAssign>());
      break;
    case StmtKind::For:
      for_stmt(s->as<For>());
      break;
    case StmtKind::AsyncFor:
      if (!in_async_function()) error("'async for' outside async function", s->loc);
      async_for_stmt(s->as<For>());
      break;
    case StmtKind::While:
      while_stmt(s->as<While>());
      break;
    case StmtKind::If:
      if_stmt(s->as<If>());
      break;
    case StmtKind::With:
      with_stmt(s->as<With>(), 0);
      break;
    case StmtKind::AsyncWith:
      if (!in_async_function()) error("'async with' outside async function", s->loc);
      async_with_stmt(s->as<With>(), 0);
      break;
    case StmtKind::Match:
      match_stmt(s->as<Match>());
      break;
    case StmtKind::Raise:
      raise_stmt(s->as<Raise>());
      break;
    case StmtKind::Try:
    case StmtKind::TryStar:
      try_stmt(s->as<Try>());
      break;
    case StmtKind::Assert:
      assert_stmt(s->as<Assert>());
      break;
    case StmtKind::Import:
      import_stmt(s->as<Import>());
      break;
    case StmtKind::ImportFrom:
      import_from(s->as<ImportFrom>());
      break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
      break;
    case StmtKind::Expr: {
      Expr* v = s->as<ExprStmt>()->value;
      if (interactive_ && units_.size() == 1) {
        // 'single' mode at module level: PRINT_EXPR (sys.displayhook), constants included
        expr(v);
        emit(Op::CALL_INTRINSIC, static_cast<uint32_t>(Intrinsic::PrintExpr));
        emit(Op::POP_TOP);
        break;
      }
      if (v->kind == ExprKind::Constant) break;  // docstrings and bare constants: no code
      expr(v);
      emit(Op::POP_TOP);
      break;
    }
    case StmtKind::Break:
      break_stmt(s);
      break;
    case StmtKind::Continue:
      continue_stmt(s);
      break;
  }
}

// ---------------------------------------------------------------------------------------------
// Functions and classes

std::string Compiler::qualname_for(const std::string& name) {
  // CPython's compiler_set_qualname: <outer>.<locals>.name for functions nested in functions,
  // <Class>.name for methods; a global declaration makes it the bare name.
  if (units_.size() <= 1) return name;
  Unit& parent = *u_;
  if (parent.scope->kind == ScopeKind::Function || parent.scope->kind == ScopeKind::Lambda ||
      parent.scope->kind == ScopeKind::Comprehension) {
    if (parent.scope->scope_of(mangled(name)) == NameScope::GlobalExplicit) return name;
    return parent.qualname + ".<locals>." + name;
  }
  if (parent.scope->kind == ScopeKind::Class) {
    if (parent.scope->scope_of(mangled(name)) == NameScope::GlobalExplicit) return name;
    return parent.qualname + "." + name;
  }
  return name;
}

int Compiler::defaults(const Arguments& a) {
  int flags = 0;
  if (!a.defaults.empty()) {
    for (Expr* d : a.defaults) expr(d);
    emit(Op::BUILD_TUPLE, static_cast<uint32_t>(a.defaults.size()));
    flags |= 1;
  }
  int nkw = 0;
  for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
    if (!a.kw_defaults[i]) continue;
    emit(Op::LOAD_CONST, static_cast<uint32_t>(const_str(mangled(a.kwonlyargs[i].arg))));
    expr(a.kw_defaults[i]);
    ++nkw;
  }
  if (nkw) {
    emit(Op::BUILD_MAP, static_cast<uint32_t>(nkw));
    flags |= 2;
  }
  return flags;
}

void Compiler::set_arg_counts(const Arguments& a) {
  u_->argcount = static_cast<int>(a.posonlyargs.size() + a.args.size());
  u_->posonlyargcount = static_cast<int>(a.posonlyargs.size());
  u_->kwonlyargcount = static_cast<int>(a.kwonlyargs.size());
  if (a.has_vararg) u_->flags |= kCoVarargs;
  if (a.has_kwarg) u_->flags |= kCoVarkeywords;
}

// Pushes the closure tuple (if any) and the code, then MAKE_FUNCTION.
void Compiler::make_closure(Value code, uint32_t flags, const std::string& qualname) {
  CodeObject* co = as_code(code);
  if (co->nfrees > 0) {
    TupleObject* fv = as_tuple(co->freevars);
    for (int64_t i = 0; i < fv->size; ++i) {
      std::string n(str_view((*fv)[i]));
      // The child's free variable is a cell or free variable here.
      uint32_t arg;
      auto c = u_->cell_index.find(n);
      if (c != u_->cell_index.end()) {
        arg = 0x100000u + static_cast<uint32_t>(c->second);
      } else {
        auto f = u_->free_index.find(n);
        if (f == u_->free_index.end()) {
          error("internal error: closure variable '" + n + "' not found in " + u_->name, ast::Loc{});
        }
        arg = 0x200000u + static_cast<uint32_t>(f->second);
      }
      emit(Op::LOAD_CLOSURE, arg);
    }
    emit(Op::BUILD_TUPLE, static_cast<uint32_t>(co->nfrees));
    flags |= 8;
  }
  (void)qualname;
  emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(std::move(code), "c" + std::to_string(u_->consts.size()))));
  emit(Op::MAKE_FUNCTION, flags);
}

void Compiler::docstring_and_body(const std::vector<Stmt*>& body) {
  // co_consts[0] is the docstring (or None), as in CPython.
  size_t start = 0;
  if (!body.empty() && body[0]->kind == StmtKind::Expr) {
    Expr* v = body[0]->as<ExprStmt>()->value;
    if (auto* c = v->try_as<Constant>(); c && c->ckind == ConstantKind::Str) {
      const_str(c->value);
      start = 1;
    }
  }
  if (start == 0) const_none();
  for (size_t i = start; i < body.size(); ++i) stmt(body[i]);
}

void Compiler::function_def(FunctionDef* f) {
  forbid_debug_args(f->args, f->loc);
  for (Expr* d : f->decorator_list) expr(d);
  int firstlineno = f->decorator_list.empty() ? f->loc.lineno : f->decorator_list[0]->loc.lineno;
  uint32_t flags = static_cast<uint32_t>(defaults(f->args));
  // Annotations: a dict of name -> value (evaluated now, as Python 3.11 does without
  // `from __future__ import annotations`; their source text with it).
  {
    int n = 0;
    auto ann = [&](const Arg& a) {
      if (!a.annotation) return;
      emit(Op::LOAD_CONST, static_cast<uint32_t>(const_str(mangled(a.arg))));
      annotation(a.annotation);
      ++n;
    };
    for (const Arg& a : f->args.posonlyargs) ann(a);
    for (const Arg& a : f->args.args) ann(a);
    if (f->args.has_vararg) ann(f->args.vararg);
    for (const Arg& a : f->args.kwonlyargs) ann(a);
    if (f->args.has_kwarg) ann(f->args.kwarg);
    if (f->returns) {
      emit(Op::LOAD_CONST, static_cast<uint32_t>(const_str("return")));
      annotation(f->returns);
      ++n;
    }
    if (n) {
      emit(Op::BUILD_MAP, static_cast<uint32_t>(n));
      flags |= 4;
    }
  }
  SymScope* scope = st_.lookup(f);
  std::string qn = qualname_for(f->name);
  enter_unit(scope, f->name, firstlineno, f);
  u_->qualname = qn;
  u_->is_async = f->is_async();
  set_arg_counts(f->args);
  if (f->is_async()) {
    u_->flags |= scope->is_generator ? kCoAsyncGenerator : kCoCoroutine;
    u_->is_async_gen = scope->is_generator;
  } else if (scope->is_generator) {
    u_->flags |= kCoGenerator;
  }
  set_loc(f->loc);
  docstring_and_body(f->body);
  Value code = leave_unit();
  set_loc(f->loc);
  make_closure(std::move(code), flags, qn);
  for (size_t i = 0; i < f->decorator_list.size(); ++i) {
    set_loc(f->decorator_list[f->decorator_list.size() - 1 - i]->loc);
    emit(Op::CALL, 0);
  }
  set_loc(f->loc);
  nameop(f->name, Ctx::Store, f->loc);
}

bool Compiler::find_annotations(const std::vector<Stmt*>& body) {
  for (Stmt* s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign:
        return true;
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = s->as<For>();
        if (find_annotations(f->body) || find_annotations(f->orelse)) return true;
        break;
      }
      case StmtKind::While: {
        auto* w = s->as<While>();
        if (find_annotations(w->body) || find_annotations(w->orelse)) return true;
        break;
      }
      case StmtKind::If: {
        auto* i = s->as<If>();
        if (find_annotations(i->body) || find_annotations(i->orelse)) return true;
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (find_annotations(s->as<With>()->body)) return true;
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = s->as<Try>();
        if (find_annotations(t->body) || find_annotations(t->orelse) || find_annotations(t->finalbody)) return true;
        for (const ExceptHandler& h : t->handlers)
          if (find_annotations(h.body)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

void Compiler::class_def(ClassDef* c) {
  for (Expr* d : c->decorator_list) expr(d);
  int firstlineno = c->decorator_list.empty() ? c->loc.lineno : c->decorator_list[0]->loc.lineno;
  SymScope* scope = st_.lookup(c);
  std::string qn = qualname_for(c->name);
  enter_unit(scope, c->name, firstlineno, c);
  u_->qualname = qn;
  u_->private_name = c->name;
  set_loc(c->loc);
  emit(Op::LOAD_NAME, static_cast<uint32_t>(add_name("__name__")));
  emit(Op::STORE_NAME, static_cast<uint32_t>(add_name("__module__")));
  emit(Op::LOAD_CONST, static_cast<uint32_t>(const_str(qn)));
  emit(Op::STORE_NAME, static_cast<uint32_t>(add_name("__qualname__")));
  if (find_annotations(c->body)) emit(Op::SETUP_ANNOTATIONS);
  size_t start = 0;
  if (!c->body.empty() && c->body[0]->kind == StmtKind::Expr) {
    Expr* v = c->body[0]->as<ExprStmt>()->value;
    if (auto* k = v->try_as<Constant>(); k && k->ckind == ConstantKind::Str) {
      set_loc(c->body[0]->loc);
      emit(Op::LOAD_CONST, static_cast<uint32_t>(const_str(k->value)));
      emit(Op::STORE_NAME, static_cast<uint32_t>(add_name("__doc__")));
      start = 1;
    }
  }
  for (size_t i = start; i < c->body.size(); ++i) stmt(c->body[i]);
  if (u_->reachable) {
    set_no_loc();
    if (scope->needs_class_closure) {
      auto it = u_->cell_index.find("__class__");
      emit(Op::LOAD_CLOSURE, 0x100000u + static_cast<uint32_t>(it->second));
      emit(Op::COPY, 1);
      emit(Op::STORE_NAME, static_cast<uint32_t>(add_name("__classcell__")));
      emit(Op::RETURN_VALUE);
    } else {
      load_const_none();
      emit(Op::RETURN_VALUE);
    }
  }
  Value code = leave_unit();
  set_loc(c->loc);
  emit(Op::PUSH_NULL);
  emit(Op::LOAD_BUILD_CLASS);
  make_closure(std::move(code), 0, qn);
  emit(Op::LOAD_CONST, static_cast<uint32_t>(const_str(c->name)));
  call_helper(2, c->bases, c->keywords);
  for (size_t i = 0; i < c->decorator_list.size(); ++i) {
    set_loc(c->decorator_list[c->decorator_list.size() - 1 - i]->loc);
    emit(Op::CALL, 0);
  }
  set_loc(c->loc);
  nameop(c->name, Ctx::Store, c->loc);
}

// ---------------------------------------------------------------------------------------------
// Assignment

void Compiler::assign(Assign* a) {
  expr(a->value);
  for (size_t i = 0; i < a->targets.size(); ++i) {
    if (i + 1 < a->targets.size()) emit(Op::COPY, 1);
    store(a->targets[i]);
  }
}

void Compiler::aug_assign(AugAssign* a) {
  static const ls::BinOp kOps[] = {ls::BinOp::Add, ls::BinOp::Sub, ls::BinOp::Mul, ls::BinOp::MatMul, ls::BinOp::TrueDiv, ls::BinOp::Mod,
                               ls::BinOp::Pow, ls::BinOp::LShift, ls::BinOp::RShift, ls::BinOp::Or, ls::BinOp::Xor, ls::BinOp::And,
                               ls::BinOp::FloorDiv};
  uint32_t op = static_cast<uint32_t>(kOps[static_cast<int>(a->op)]) + 16;
  Expr* t = a->target;
  switch (t->kind) {
    case ExprKind::Name: {
      auto* n = t->as<Name>();
      set_loc(n->loc);
      nameop(n->id, Ctx::Load, n->loc);
      expr(a->value);
      set_loc(a->loc);
      emit(Op::BINARY_OP, op);
      nameop(n->id, Ctx::Store, n->loc);
      break;
    }
    case ExprKind::Attribute: {
      auto* at = t->as<Attribute>();
      expr(at->value);
      emit(Op::COPY, 1);
      set_loc(at->loc);
      set_attr_loc(at);
      emit(Op::LOAD_ATTR, static_cast<uint32_t>(add_name(mangled(at->attr))));
      expr(a->value);
      set_loc(a->loc);
      emit(Op::BINARY_OP, op);
      set_loc(at->loc);
      set_attr_loc(at);
      emit(Op::SWAP, 2);
      emit(Op::STORE_ATTR, static_cast<uint32_t>(add_name(mangled(at->attr))));
      break;
    }
    case ExprKind::Subscript: {
      auto* sub = t->as<Subscript>();
      expr(sub->value);
      expr(sub->slice);
      emit(Op::COPY, 2);
      emit(Op::COPY, 2);
      set_loc(sub->loc);
      emit(Op::BINARY_SUBSCR);
      expr(a->value);
      set_loc(a->loc);
      emit(Op::BINARY_OP, op);
      emit(Op::SWAP, 3);
      emit(Op::SWAP, 2);
      set_loc(sub->loc);
      emit(Op::STORE_SUBSCR);
      break;
    }
    default:
      error("'" + std::string(name(t->kind)) + "' is an illegal expression for augmented assignment", t->loc);
  }
}

void Compiler::annotation(Expr* e) {
  if (!future_annotations_) {
    expr(e);
    return;
  }
  emit(Op::LOAD_CONST, static_cast<uint32_t>(const_str(unparse_expr(e))));
}

void Compiler::ann_assign(AnnAssign* a) {
  if (a->value) {
    expr(a->value);
    store(a->target);
  }
  if (auto* n = a->target->try_as<Name>()) {
    forbid_debug_name(n->id, Ctx::Store, a->loc);  // also without a value (compiler_annassign)
    // Module and class level simple names record their annotation.
    if (a->simple && (u_->scope->kind == ScopeKind::Module || u_->scope->kind == ScopeKind::Class)) {
      set_loc(a->loc);
      annotation(a->annotation);
      emit(Op::LOAD_NAME, static_cast<uint32_t>(add_name("__annotations__")));
      emit(Op::LOAD_CONST, static_cast<uint32_t>(const_str(mangled(n->id))));
      emit(Op::STORE_SUBSCR);
    }
  } else if (!a->value) {
    // `x.y: int` evaluates the object (and subscript) for side effects.
    if (auto* at = a->target->try_as<Attribute>()) {
      expr(at->value);
      emit(Op::POP_TOP);
    } else if (auto* sub = a->target->try_as<Subscript>()) {
      expr(sub->value);
      emit(Op::POP_TOP);
      expr(sub->slice);
      emit(Op::POP_TOP);
    }
  }
}

void Compiler::delete_target(Expr* t) {
  set_loc(t->loc);
  switch (t->kind) {
    case ExprKind::Name:
      nameop(t->as<Name>()->id, Ctx::Del, t->loc);
      break;
    case ExprKind::Attribute: {
      auto* a = t->as<Attribute>();
      expr(a->value);
      set_loc(a->loc);
      set_attr_loc(a);
      emit(Op::DELETE_ATTR, static_cast<uint32_t>(add_name(mangled(a->attr))));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = t->as<Subscript>();
      expr(s->value);
      expr(s->slice);
      set_loc(s->loc);
      emit(Op::DELETE_SUBSCR);
      break;
    }
    case ExprKind::Tuple:
      for (Expr* e : t->as<Tuple>()->elts) delete_target(e);
      break;
    case ExprKind::List:
      for (Expr* e : t->as<List>()->elts) delete_target(e);
      break;
    default:
      error("cannot delete expression", t->loc);
  }
}

// ---------------------------------------------------------------------------------------------
// Control flow

void Compiler::if_stmt(If* i) {
  int next = new_label();
  int end = new_label();
  jump_if(i->test, next, false);
  stmts(i->body);
  if (!i->orelse.empty()) {
    set_no_loc();
    if (u_->reachable) emit_jump(Op::JUMP_FORWARD, end);
    bind(next);
    stmts(i->orelse);
  } else {
    bind(next);
  }
  bind(end);
}

void Compiler::while_stmt(While* w) {
  int start = new_label(), body = new_label(), anchor = new_label(), exit = new_label();
  bind(start);
  push_fblock(FBlock{FBlockKind::WhileLoop, start, exit});
  jump_if(w->test, anchor, false);
  bind(body);
  stmts(w->body);
  set_loc(w->loc);
  set_no_loc();
  if (u_->reachable) emit_jump(Op::JUMP_BACKWARD, start);
  pop_fblock(FBlockKind::WhileLoop);
  bind(anchor);
  stmts(w->orelse);
  bind(exit);
}

void Compiler::for_stmt(For* f) {
  int start = new_label(), cleanup = new_label(), end = new_label();
  iterable(f->iter);
  set_loc(f->loc);  // GET_ITER and FOR_ITER carry the whole statement's location (as CPython)
  emit(Op::GET_ITER);
  bind(start);
  push_fblock(FBlock{FBlockKind::ForLoop, start, end});
  set_loc(f->loc);
  emit_jump(Op::FOR_ITER, cleanup);
  store(f->target);
  stmts(f->body);
  set_loc(f->iter->loc);
  set_no_loc();
  if (u_->reachable) emit_jump(Op::JUMP_BACKWARD, start);
  pop_fblock(FBlockKind::ForLoop);
  bind(cleanup);
  stmts(f->orelse);
  bind(end);
}

void Compiler::async_for_stmt(For* f) {
  int start = new_label(), except = new_label(), end = new_label();
  expr(f->iter);  // not folded to a constant tuple: CPython only folds a plain `for`'s list display
  set_loc(f->loc);
  emit(Op::GET_AITER);
  bind(start);
  push_fblock(FBlock{FBlockKind::ForLoop, start, end});
  // SETUP_FINALLY to guard the __anext__ call
  push_handler(except, false);
  set_loc(f->loc);
  emit(Op::GET_ANEXT);
  load_const_none();
  yield_from_loop(true);
  pop_handler();
  store(f->target);
  stmts(f->body);
  set_no_loc();
  if (u_->reachable) emit_jump(Op::JUMP_BACKWARD, start);
  pop_fblock(FBlockKind::ForLoop);
  bind(except);
  set_loc(f->iter->loc);
  emit(Op::END_ASYNC_FOR);
  stmts(f->orelse);
  bind(end);
}

// Jumps to `label` when bool(e) == cond, with short-circuit logic for not/and/or/comparisons.
void Compiler::jump_if(Expr* e, int label, bool cond) {
  switch (e->kind) {
    case ExprKind::UnaryOp: {
      auto* u = e->as<UnaryOp>();
      if (u->op == UnaryOpKind::Not) {
        jump_if(u->operand, label, !cond);
        return;
      }
      break;
    }
    case ExprKind::BoolOp: {
      auto* b = e->as<BoolOp>();
      bool is_or = b->op == BoolOpKind::Or;
      int next2 = label;
      if (is_or != cond) next2 = new_label();
      for (size_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], next2, is_or);
      jump_if(b->values.back(), label, cond);
      if (next2 != label) bind(next2);
      return;
    }
    case ExprKind::IfExp: {
      auto* i = e->as<IfExp>();
      int end = new_label(), next2 = new_label();
      jump_if(i->test, next2, false);
      jump_if(i->body, label, cond);
      emit_jump(Op::JUMP_FORWARD, end);
      bind(next2);
      jump_if(i->orelse, label, cond);
      bind(end);
      return;
    }
    case ExprKind::Compare: {
      auto* c = e->as<Compare>();
      if (c->ops.size() > 1) {
        // a < b < c: short-circuit each comparison.
        int cleanup = new_label();
        expr(c->left);
        size_t n = c->ops.size() - 1;
        for (size_t i = 0; i < n; ++i) {
          expr(c->comparators[i]);
          emit(Op::SWAP, 2);
          emit(Op::COPY, 2);
          set_loc(e->loc);
          CmpOpKind k = c->ops[i];
          switch (k) {
            case CmpOpKind::Is: emit(Op::IS_OP, 0); break;
            case CmpOpKind::IsNot: emit(Op::IS_OP, 1); break;
            case CmpOpKind::In: emit(Op::CONTAINS_OP, 0); break;
            case CmpOpKind::NotIn: emit(Op::CONTAINS_OP, 1); break;
            default: {
              static const CmpOp m[] = {CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le, CmpOp::Gt, CmpOp::Ge};
              emit(Op::COMPARE_OP, static_cast<uint32_t>(m[static_cast<int>(k)]));
            }
          }
          emit_jump(Op::POP_JUMP_IF_FALSE, cleanup);
        }
        last_comparator(c);
        set_loc(e->loc);
        CmpOpKind k = c->ops[n];
        switch (k) {
          case CmpOpKind::Is: emit(Op::IS_OP, 0); break;
          case CmpOpKind::IsNot: emit(Op::IS_OP, 1); break;
          case CmpOpKind::In: emit(Op::CONTAINS_OP, 0); break;
          case CmpOpKind::NotIn: emit(Op::CONTAINS_OP, 1); break;
          default: {
            static const CmpOp m[] = {CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le, CmpOp::Gt, CmpOp::Ge};
            emit(Op::COMPARE_OP, static_cast<uint32_t>(m[static_cast<int>(k)]));
          }
        }
        emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
        int end = new_label();
        emit_jump(Op::JUMP_FORWARD, end);
        bind(cleanup);
        emit(Op::POP_TOP);
        if (!cond) emit_jump(Op::JUMP_FORWARD, label);
        bind(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  expr(e);
  set_loc(e->loc);
  emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
}

// ---------------------------------------------------------------------------------------------
// Unwinding for return / break / continue

void Compiler::unwind_fblock(const FBlock& b, bool preserve_tos) {
  switch (b.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
    case FBlockKind::ExceptionGroupHandler:
    case FBlockKind::AsyncComprehensionGenerator:
      return;
    case FBlockKind::ForLoop:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      return;
    case FBlockKind::TryExcept:
      pop_handler();
      return;
    case FBlockKind::FinallyTry: {
      pop_handler();
      if (preserve_tos) push_fblock(FBlock{FBlockKind::PopValue});
      // The finally body runs with this block removed (so returns inside it unwind past it).
      stmts(*b.finalbody);
      if (preserve_tos) pop_fblock(FBlockKind::PopValue);
      set_no_loc();
      return;
    }
    case FBlockKind::FinallyEnd:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);  // exc_value
      if (preserve_tos) emit(Op::SWAP, 2);
      pop_handler();
      emit(Op::POP_EXCEPT);
      return;
    case FBlockKind::With:
    case FBlockKind::AsyncWith:
      set_loc(b.stmt->loc);
      pop_handler();
      if (preserve_tos) emit(Op::SWAP, 2);
      call_exit_with_nones();
      if (b.kind == FBlockKind::AsyncWith) {
        emit(Op::GET_AWAITABLE, 2);
        load_const_none();
        yield_from_loop(true);
      }
      emit(Op::POP_TOP);
      set_no_loc();
      return;
    case FBlockKind::HandlerCleanup:
      if (b.has_name) pop_handler();
      if (preserve_tos) emit(Op::SWAP, 2);
      pop_handler();
      emit(Op::POP_EXCEPT);
      if (b.has_name) {
        load_const_none();
        nameop(b.name, Ctx::Store, ast::Loc{});
        nameop(b.name, Ctx::Del, ast::Loc{});
      }
      return;
    case FBlockKind::PopValue:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      return;
  }
}

int Compiler::unwind_fblock_stack(bool preserve_tos, bool stop_at_loop) {
  // Works on a copy: the unwinding code is emitted for one path only; the blocks stay active
  // for the code that follows the statement.
  std::vector<FBlock> saved = u_->fblocks;
  int loop = -1;
  while (!u_->fblocks.empty()) {
    FBlock top = u_->fblocks.back();
    if (top.kind == FBlockKind::ExceptionGroupHandler) {
      error("'break', 'continue' and 'return' cannot appear in an except* block",
            ast::Loc{u_->loc.line, u_->loc.col, u_->loc.end_line, u_->loc.end_col});
    }
    if (stop_at_loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
      loop = static_cast<int>(u_->fblocks.size()) - 1;
      break;
    }
    u_->fblocks.pop_back();
    unwind_fblock(top, preserve_tos);
  }
  u_->fblocks = saved;
  return loop;
}

void Compiler::return_stmt(Return* r) {
  if (!u_->is_function) error("'return' outside function", r->loc);
  if (r->value && u_->is_async_gen) error("'return' with value in async generator", r->loc);
  std::vector<int> saved_handlers = u_->handler_stack;
  bool preserve = r->value != nullptr;
  if (preserve) expr(r->value);
  set_loc(r->loc);
  // CPython's compiler_return: a constant value on the statement's line is where the unwinding
  // (and an except* error) is reported; any other value is reported at the statement.
  if (r->value && r->value->loc.lineno == r->loc.lineno && fold(r->value)) set_loc(r->value->loc);
  unwind_fblock_stack(preserve, false);
  set_loc(r->loc);
  if (!r->value) load_const_none();
  emit(Op::RETURN_VALUE);
  u_->handler_stack = saved_handlers;
}

void Compiler::break_stmt(Stmt* s) {
  std::vector<int> saved_handlers = u_->handler_stack;
  const FBlock* loop = nullptr;
  for (auto it = u_->fblocks.rbegin(); it != u_->fblocks.rend(); ++it) {
    if (it->kind == FBlockKind::WhileLoop || it->kind == FBlockKind::ForLoop) {
      loop = &*it;
      break;
    }
  }
  std::vector<FBlock> blocks = u_->fblocks;
  set_loc(s->loc);
  // Unwinding first, as CPython: an except* block between here and the loop is the error.
  int idx = unwind_fblock_stack(false, true);
  if (!loop) error("'break' outside loop", s->loc);
  FBlock lp = u_->fblocks[static_cast<size_t>(idx)];
  set_loc(s->loc);
  unwind_fblock(lp, false);
  set_loc(s->loc);
  emit_jump(Op::JUMP_FORWARD, lp.exit);
  u_->handler_stack = saved_handlers;
  u_->fblocks = blocks;
}

void Compiler::continue_stmt(Stmt* s) {
  std::vector<int> saved_handlers = u_->handler_stack;
  bool found = false;
  for (auto it = u_->fblocks.rbegin(); it != u_->fblocks.rend(); ++it) {
    if (it->kind == FBlockKind::WhileLoop || it->kind == FBlockKind::ForLoop) {
      found = true;
      break;
    }
  }
  std::vector<FBlock> blocks = u_->fblocks;
  set_loc(s->loc);
  int idx = unwind_fblock_stack(false, true);
  if (!found) error("'continue' not properly in loop", s->loc);
  FBlock lp = u_->fblocks[static_cast<size_t>(idx)];
  set_loc(s->loc);
  emit_jump(Op::JUMP_BACKWARD, lp.start);
  u_->handler_stack = saved_handlers;
  u_->fblocks = blocks;
}

// ---------------------------------------------------------------------------------------------
// with / async with

void Compiler::call_exit_with_nones() {
  // Stack: [exit_func] -> [exit_func(None, None, None)]
  load_const_none();
  load_const_none();
  load_const_none();
  emit(Op::CALL, 2);
}

void Compiler::with_except_finish(int cleanup) {
  (void)cleanup;
  int exit = new_label();
  emit_jump(Op::POP_JUMP_IF_TRUE, exit);
  emit(Op::RERAISE, 2);
  bind(exit);
  emit(Op::POP_TOP);  // exc_value
  pop_handler();      // the cleanup handler
  emit(Op::POP_EXCEPT);
  emit(Op::POP_TOP);
  emit(Op::POP_TOP);
}

void Compiler::with_stmt(With* w, size_t pos) {
  const WithItem& item = w->items[pos];
  int final_ = new_label(), exit = new_label(), cleanup = new_label();
  expr(item.context_expr);
  set_loc(w->loc);
  emit(Op::BEFORE_WITH);
  // SETUP_WITH: the handler sees the stack without __enter__'s result.
  push_handler(final_, true, -1);
  push_fblock(FBlock{FBlockKind::With, -1, -1, nullptr, w});
  if (item.optional_vars) store(item.optional_vars);
  else emit(Op::POP_TOP);
  if (pos + 1 == w->items.size()) stmts(w->body);
  else with_stmt(w, pos + 1);
  pop_fblock(FBlockKind::With);
  set_loc(w->loc);
  if (u_->reachable) {
    pop_handler();
    call_exit_with_nones();
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP_FORWARD, exit);
  } else {
    pop_handler();
  }
  bind(final_);
  set_loc(w->loc);
  push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  emit(Op::WITH_EXCEPT_START);
  with_except_finish(cleanup);
  emit_jump(Op::JUMP_FORWARD, exit);
  bind(cleanup);
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
  bind(exit);
}

void Compiler::async_with_stmt(With* w, size_t pos) {
  const WithItem& item = w->items[pos];
  int final_ = new_label(), exit = new_label(), cleanup = new_label();
  expr(item.context_expr);
  set_loc(w->loc);
  emit(Op::BEFORE_ASYNC_WITH);
  emit(Op::GET_AWAITABLE, 1);
  load_const_none();
  yield_from_loop(true);
  push_handler(final_, true, -1);
  push_fblock(FBlock{FBlockKind::AsyncWith, -1, -1, nullptr, w});
  if (item.optional_vars) store(item.optional_vars);
  else emit(Op::POP_TOP);
  if (pos + 1 == w->items.size()) stmts(w->body);
  else async_with_stmt(w, pos + 1);
  pop_fblock(FBlockKind::AsyncWith);
  set_loc(w->loc);
  if (u_->reachable) {
    pop_handler();
    call_exit_with_nones();
    emit(Op::GET_AWAITABLE, 2);
    load_const_none();
    yield_from_loop(true);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP_FORWARD, exit);
  } else {
    pop_handler();
  }
  bind(final_);
  set_loc(w->loc);
  push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  emit(Op::WITH_EXCEPT_START);
  emit(Op::GET_AWAITABLE, 2);
  load_const_none();
  yield_from_loop(true);
  with_except_finish(cleanup);
  emit_jump(Op::JUMP_FORWARD, exit);
  bind(cleanup);
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
  bind(exit);
}

// ---------------------------------------------------------------------------------------------
// try

void Compiler::try_stmt(Try* t) {
  if (t->is_star()) {
    if (!t->finalbody.empty()) try_star_finally(t);
    else try_star_except(t);
    return;
  }
  if (!t->finalbody.empty()) try_finally(t);
  else try_except(t);
}

void Compiler::try_finally(Try* t) {
  int end = new_label(), exit = new_label(), cleanup = new_label();
  // try body
  push_handler(end, false);
  push_fblock(FBlock{FBlockKind::FinallyTry, -1, -1, &t->finalbody});
  if (!t->handlers.empty()) try_except(t);
  else stmts(t->body);
  pop_fblock(FBlockKind::FinallyTry);
  set_no_loc();
  if (u_->reachable) {
    pop_handler();
    stmts(t->finalbody);
    set_no_loc();
    if (u_->reachable) emit_jump(Op::JUMP_FORWARD, exit);
  } else {
    pop_handler();
  }
  // finally block (exceptional path)
  bind(end);
  set_no_loc();
  push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockKind::FinallyEnd});
  stmts(t->finalbody);
  pop_fblock(FBlockKind::FinallyEnd);
  set_no_loc();
  if (u_->reachable) emit(Op::RERAISE, 0);
  pop_handler();
  bind(cleanup);
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
  bind(exit);
}

void Compiler::try_except(Try* t) {
  int except = new_label(), end = new_label(), cleanup = new_label();
  push_handler(except, false);
  push_fblock(FBlock{FBlockKind::TryExcept});
  stmts(t->body);
  pop_fblock(FBlockKind::TryExcept);
  set_no_loc();
  bool body_reachable = u_->reachable;
  pop_handler();
  if (body_reachable) {
    stmts(t->orelse);
    set_no_loc();
    if (u_->reachable) emit_jump(Op::JUMP_FORWARD, end);
  }
  bind(except);
  set_no_loc();
  push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockKind::ExceptionHandler});
  for (size_t i = 0; i < t->handlers.size(); ++i) {
    const ExceptHandler& h = t->handlers[i];
    set_loc(h.loc);
    if (!h.type && i + 1 < t->handlers.size()) error("default 'except:' must be last", h.loc);
    // The handler stack here is [..., cleanup]; every path below restores it.
    std::vector<int> handler_stack = u_->handler_stack;
    int next = new_label();
    if (h.type) {
      expr(h.type);
      set_loc(h.loc);
      emit(Op::CHECK_EXC_MATCH);
      emit_jump(Op::POP_JUMP_IF_FALSE, next);
    }
    if (!h.name.empty()) {
      int cleanup_end = new_label();
      nameop(h.name, Ctx::Store, h.loc);
      // try: body  finally: name = None; del name
      push_handler(cleanup_end, true);
      FBlock b{FBlockKind::HandlerCleanup};
      b.name = h.name;
      b.has_name = true;
      push_fblock(b);
      stmts(h.body);
      pop_fblock(FBlockKind::HandlerCleanup);
      set_no_loc();
      pop_handler();
      pop_handler();
      if (u_->reachable) {
        emit(Op::POP_EXCEPT);
        load_const_none();
        nameop(h.name, Ctx::Store, h.loc);
        nameop(h.name, Ctx::Del, h.loc);
        emit_jump(Op::JUMP_FORWARD, end);
      }
      u_->handler_stack = handler_stack;
      bind(cleanup_end);
      load_const_none();
      nameop(h.name, Ctx::Store, h.loc);
      nameop(h.name, Ctx::Del, h.loc);
      emit(Op::RERAISE, 1);
    } else {
      emit(Op::POP_TOP);
      push_fblock(FBlock{FBlockKind::HandlerCleanup});
      stmts(h.body);
      pop_fblock(FBlockKind::HandlerCleanup);
      set_no_loc();
      if (u_->reachable) {
        pop_handler();
        emit(Op::POP_EXCEPT);
        emit_jump(Op::JUMP_FORWARD, end);
      }
      u_->handler_stack = handler_stack;
    }
    bind(next);
  }
  pop_fblock(FBlockKind::ExceptionHandler);
  set_no_loc();
  emit(Op::RERAISE, 0);
  pop_handler();
  bind(cleanup);
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
  bind(end);
}

// except* (PEP 654), following compile.c's compiler_try_star_except.
void Compiler::try_star_except(Try* t) {
  int except = new_label(), orelse = new_label(), end = new_label(), cleanup = new_label(),
      reraise_star = new_label();
  // The else block starts at the statement's depth, also when the body never falls through to it
  // (`try: raise ExceptionGroup(...)`): nothing jumps there then, and binding it after the
  // handlers' cleanup would keep that code's deeper stack for the statements that follow, whose
  // exception handlers would then restore the wrong item as the handled exception.
  u_->label_depth[static_cast<size_t>(orelse)] = u_->depth;
  push_handler(except, false);
  push_fblock(FBlock{FBlockKind::TryExcept});
  stmts(t->body);
  pop_fblock(FBlockKind::TryExcept);
  set_no_loc();
  pop_handler();
  if (u_->reachable) emit_jump(Op::JUMP_FORWARD, orelse);
  size_t n = t->handlers.size();
  bind(except);
  set_no_loc();
  push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockKind::ExceptionGroupHandler});
  for (size_t i = 0; i < n; ++i) {
    const ExceptHandler& h = t->handlers[i];
    set_loc(h.loc);
    std::vector<int> handler_stack = u_->handler_stack;
    int next_except = new_label();
    int except_with_error = new_label();
    int no_match = new_label();
    if (i == 0) {
      // [exc] -> [orig, [], exc]
      emit(Op::COPY, 1);
      emit(Op::BUILD_LIST, 0);
      emit(Op::SWAP, 2);
    }
    if (h.type) {
      expr(h.type);
      set_loc(h.loc);
      emit(Op::CHECK_EG_MATCH);
      emit(Op::COPY, 1);
      emit_jump(Op::POP_JUMP_IF_NONE, no_match);
    }
    int cleanup_end = new_label();
    if (!h.name.empty()) nameop(h.name, Ctx::Store, h.loc);
    else emit(Op::POP_TOP);
    push_handler(cleanup_end, true);
    FBlock b{FBlockKind::HandlerCleanup};
    b.name = h.name;
    b.has_name = !h.name.empty();
    push_fblock(b);
    stmts(h.body);
    pop_fblock(FBlockKind::HandlerCleanup);
    set_no_loc();
    pop_handler();
    if (u_->reachable) {
      if (!h.name.empty()) {
        load_const_none();
        nameop(h.name, Ctx::Store, h.loc);
        nameop(h.name, Ctx::Del, h.loc);
      }
      emit_jump(Op::JUMP_FORWARD, next_except);
    }
    u_->handler_stack = handler_stack;
    bind(cleanup_end);
    if (!h.name.empty()) {
      load_const_none();
      nameop(h.name, Ctx::Store, h.loc);
      nameop(h.name, Ctx::Del, h.loc);
    }
    // Add the exception raised in the handler to the result list.
    emit(Op::LIST_APPEND, 3);
    emit(Op::POP_TOP);  // lasti
    emit_jump(Op::JUMP_FORWARD, except_with_error);
    bind(next_except);
    emit(Op::NOP);
    emit_jump(Op::JUMP_FORWARD, except_with_error);
    bind(no_match);
    emit(Op::POP_TOP);  // match (None)
    bind(except_with_error);
    if (i + 1 == n) {
      // Add the unhandled rest (if not None) to the list.
      emit(Op::LIST_APPEND, 1);
      emit_jump(Op::JUMP_FORWARD, reraise_star);
    }
  }
  pop_fblock(FBlockKind::ExceptionGroupHandler);
  int reraise = new_label();
  bind(reraise_star);
  set_no_loc();
  emit(Op::PREP_RERAISE_STAR);
  emit(Op::COPY, 1);
  emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  emit(Op::POP_TOP);
  std::vector<int> handler_stack = u_->handler_stack;
  pop_handler();
  emit(Op::POP_EXCEPT);
  emit_jump(Op::JUMP_FORWARD, end);
  u_->handler_stack = handler_stack;
  bind(reraise);
  pop_handler();
  emit(Op::SWAP, 2);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 0);
  bind(cleanup);
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
  bind(orelse);
  stmts(t->orelse);
  bind(end);
}

void Compiler::try_star_finally(Try* t) {
  int end = new_label(), exit = new_label(), cleanup = new_label();
  push_handler(end, false);
  push_fblock(FBlock{FBlockKind::FinallyTry, -1, -1, &t->finalbody});
  if (!t->handlers.empty()) try_star_except(t);
  else stmts(t->body);
  pop_fblock(FBlockKind::FinallyTry);
  set_no_loc();
  pop_handler();
  if (u_->reachable) {
    stmts(t->finalbody);
    set_no_loc();
    if (u_->reachable) emit_jump(Op::JUMP_FORWARD, exit);
  }
  bind(end);
  set_no_loc();
  push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockKind::FinallyEnd});
  stmts(t->finalbody);
  pop_fblock(FBlockKind::FinallyEnd);
  set_no_loc();
  if (u_->reachable) emit(Op::RERAISE, 0);
  pop_handler();
  bind(cleanup);
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
  bind(exit);
}

// ---------------------------------------------------------------------------------------------
// raise / assert / import

void Compiler::raise_stmt(Raise* r) {
  uint32_t n = 0;
  if (r->exc) {
    expr(r->exc);
    ++n;
    if (r->cause) {
      expr(r->cause);
      ++n;
    }
  }
  set_loc(r->loc);
  emit(Op::RAISE_VARARGS, n);
}

void Compiler::assert_stmt(Assert* a) {
  if (auto* t = a->test->try_as<Tuple>(); t && !t->elts.empty()) {
    syntax_warning(a->loc, "assertion is always true, perhaps remove parentheses?");
  }
  int end = new_label();
  jump_if(a->test, end, true);
  // CPython 3.11 leaves the location of a comparison test in place (so the report underlines
  // the comparison); any other test gives the statement's location.
  const ast::Loc& raise_loc = a->test->kind == ExprKind::Compare ? a->test->loc : a->loc;
  set_loc(raise_loc);
  emit(Op::LOAD_ASSERTION_ERROR);
  if (a->msg) {
    expr(a->msg);
    set_loc(raise_loc);
    emit(Op::CALL, 0);
  }
  emit(Op::RAISE_VARARGS, 1);
  bind(end);
}

// CPython 3.11 gives every instruction of an import statement the statement's position (so a
// failing `import x` gets no carets: they would cover the whole line).
void Compiler::import_stmt(Import* i) {
  set_loc(i->loc);
  for (const Alias& a : i->names) {
    emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(Value::small(0), "i0")));
    load_const_none();
    emit(Op::IMPORT_NAME, static_cast<uint32_t>(add_name(a.name)));
    if (!a.asname.empty()) {
      // import a.b.c as d: walk to the submodule.
      size_t dot = a.name.find('.');
      while (dot != std::string::npos) {
        size_t next = a.name.find('.', dot + 1);
        std::string part = a.name.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
        emit(Op::IMPORT_FROM, static_cast<uint32_t>(add_name(part)));
        emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        dot = next;
      }
      nameop(a.asname, Ctx::Store, i->loc);
    } else {
      nameop(a.name.substr(0, a.name.find('.')), Ctx::Store, i->loc);
    }
  }
}

void Compiler::import_from(ImportFrom* i) {
  set_loc(i->loc);
  if (i->module == "__future__" && i->loc.lineno > future_lineno_)
    error("from __future__ imports must occur at the beginning of the file", i->loc);
  emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(Value::small(i->level), "i" + std::to_string(i->level))));
  Ref<TupleObject> names = new_tuple(rt_, static_cast<int64_t>(i->names.size()));
  std::string key = "t";
  for (size_t k = 0; k < i->names.size(); ++k) {
    (*names)[static_cast<int64_t>(k)] = Value::borrow(rt_.intern(i->names[k].name));
    key += i->names[k].name + ",";
  }
  emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(std::move(names).value(), key)));
  emit(Op::IMPORT_NAME, static_cast<uint32_t>(add_name(i->module)));
  for (const Alias& a : i->names) {
    if (a.name == "*") {
      emit(Op::IMPORT_STAR);
      return;
    }
    emit(Op::IMPORT_FROM, static_cast<uint32_t>(add_name(a.name)));
    nameop(a.asname.empty() ? a.name : a.asname, Ctx::Store, i->loc);
  }
  set_loc(i->loc);
  emit(Op::POP_TOP);
}

}  // namespace ls::compile
