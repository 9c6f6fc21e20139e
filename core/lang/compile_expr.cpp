// Compiler: expressions, assignment targets, calls, comprehensions, f-strings.
#include <cmath>
#include <cstdio>
#include <cstring>

#include "lang/compiler_impl.hpp"
#include "object/bigint.hpp"
#include "object/bytes.hpp"
#include "object/complex.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls::compile {

using namespace ast;

static ls::BinOp to_binop(OperatorKind k) {
  switch (k) {
    case OperatorKind::Add: return ls::BinOp::Add;
    case OperatorKind::Sub: return ls::BinOp::Sub;
    case OperatorKind::Mult: return ls::BinOp::Mul;
    case OperatorKind::MatMult: return ls::BinOp::MatMul;
    case OperatorKind::Div: return ls::BinOp::TrueDiv;
    case OperatorKind::Mod: return ls::BinOp::Mod;
    case OperatorKind::Pow: return ls::BinOp::Pow;
    case OperatorKind::LShift: return ls::BinOp::LShift;
    case OperatorKind::RShift: return ls::BinOp::RShift;
    case OperatorKind::BitOr: return ls::BinOp::Or;
    case OperatorKind::BitXor: return ls::BinOp::Xor;
    case OperatorKind::BitAnd: return ls::BinOp::And;
    case OperatorKind::FloorDiv: return ls::BinOp::FloorDiv;
  }
  return ls::BinOp::Add;
}

Value Compiler::constant_value(Constant* c, std::string* key) {
  switch (c->ckind) {
    case ConstantKind::None:
      *key = "N";
      return rt_.None();
    case ConstantKind::True:
      *key = "T";
      return rt_.True();
    case ConstantKind::False:
      *key = "F";
      return rt_.False();
    case ConstantKind::Ellipsis:
      *key = "E";
      return Value::borrow(rt_.ellipsis);
    case ConstantKind::Int: {
      *key = "i" + c->value;
      if (c->fits_i64) return make_int(rt_, c->ivalue);
      BigInt b;
      NumError e = BigInt::parse(c->value, 10, b, 0);
      if (e != NumError::Ok) error("invalid integer literal", c->loc);
      Value v = make_int(rt_, std::move(b));
      if (!v) {
        rt_.clear_error();
        error("integer literal too large", c->loc);
      }
      return v;
    }
    case ConstantKind::Float: {
      char buf[40];
      std::snprintf(buf, sizeof buf, "f%.17g", c->fvalue);
      *key = buf;
      if (std::signbit(c->fvalue)) *key += "-";
      return make_float(rt_, c->fvalue);
    }
    case ConstantKind::Complex: {
      Value v = make_complex(rt_, 0.0, c->fvalue);
      *key = const_key(v);
      return v;
    }
    case ConstantKind::Str:
      *key = "s" + c->value;
      return Value();  // handled by const_str
    case ConstantKind::Bytes:
      *key = "b" + c->value;
      return make_bytes(rt_, c->value);
  }
  return rt_.None();
}

void Compiler::constant(Constant* c) {
  if (c->ckind == ConstantKind::Str) {
    emit(Op::LOAD_CONST, static_cast<uint32_t>(const_str(c->value)));
    return;
  }
  std::string key;
  Value v = constant_value(c, &key);
  emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(std::move(v), key)));
}

// ---------------------------------------------------------------------------------------------
// Constant folding, as CPython 3.11's AST optimizer (Python/ast_opt.c) does it: unary and binary
// operators on constants (within its size limits), tuples of constants, constant subscripts, and
// lists/sets of constants iterated or tested with `in`. Folding never hides an error: an
// operation that raises is simply left to run.

namespace {
constexpr int64_t kMaxIntBits = 128;
constexpr int64_t kMaxCollectionSize = 256;
constexpr int64_t kMaxStrSize = 4096;

int64_t bit_length_of(const Value& v) {
  return static_cast<int64_t>(int_to_big(v).bit_length());
}
bool is_exact_int(Runtime& rt, const Value& v) { return v.is_small() || (v.is_obj() && v.obj()->type == rt.t.int_); }
bool int_is_zero(const Value& v) { return v.is_small() && v.small_value() == 0; }
}  // namespace

// The value of a constant expression after folding, or null (no error set) when it is not one.
Value Compiler::fold(Expr* e) {
  Runtime& rt = rt_;
  switch (e->kind) {
    case ExprKind::Constant: {
      auto* c = e->as<Constant>();
      if (c->ckind == ConstantKind::Str) return const_str_value(c->value);
      std::string key;
      return constant_value(c, &key);
    }
    case ExprKind::UnaryOp: {
      auto* u = e->as<UnaryOp>();
      Value v = fold(u->operand);
      if (!v) return nullptr;
      Value r;
      switch (u->op) {
        case UnaryOpKind::Not: {
          int t = truthy(rt, v);
          if (t >= 0) r = rt.Bool(!t);
          break;
        }
        case UnaryOpKind::Invert: r = unary_op(rt, v, UnOp::Invert); break;
        case UnaryOpKind::UAdd: r = unary_op(rt, v, UnOp::Pos); break;
        case UnaryOpKind::USub: r = unary_op(rt, v, UnOp::Neg); break;
      }
      if (!r) rt.clear_error();
      return r;
    }
    case ExprKind::BinOp: {
      auto* b = e->as<ast::BinOp>();
      if (b->op == OperatorKind::MatMult) return nullptr;
      Value l = fold(b->left);
      if (!l) return nullptr;
      Value r = fold(b->right);
      if (!r) return nullptr;
      ls::BinOp op = to_binop(b->op);
      auto seq_len = [&](const Value& v) -> int64_t {
        TypeObject* t = v.type(rt);
        if (t == rt.t.tuple || t == rt.t.frozenset) return length(rt, v);
        return -1;
      };
      auto str_len = [&](const Value& v) -> int64_t {
        TypeObject* t = v.type(rt);
        if (t == rt.t.str || t == rt.t.bytes) return length(rt, v);
        return -1;
      };
      if (op == ls::BinOp::Mul) {
        // safe_multiply
        if (is_exact_int(rt, l) && is_exact_int(rt, r) && !int_is_zero(l) && !int_is_zero(r)) {
          if (bit_length_of(l) + bit_length_of(r) > kMaxIntBits) return nullptr;
        } else {
          const Value* n = is_exact_int(rt, l) ? &l : is_exact_int(rt, r) ? &r : nullptr;
          const Value* other = n == &l ? &r : &l;
          if (n) {
            int64_t count;
            if (!int_to_int64(*n, &count)) return nullptr;
            int64_t sl = seq_len(*other), tl = str_len(*other);
            if (sl >= 0 && (count < 0 || (sl && count > kMaxCollectionSize / sl))) return nullptr;
            if (tl >= 0 && (count < 0 || (tl && count > kMaxStrSize / tl))) return nullptr;
          }
        }
      } else if (op == ls::BinOp::Pow) {
        if (is_exact_int(rt, l) && is_exact_int(rt, r) && !int_is_zero(l)) {
          int64_t w;
          if (!int_to_int64(r, &w)) return nullptr;
          if (w > 0 && bit_length_of(l) > kMaxIntBits / w) return nullptr;
        }
      } else if (op == ls::BinOp::LShift) {
        if (is_exact_int(rt, l) && is_exact_int(rt, r) && !int_is_zero(l) && !int_is_zero(r)) {
          int64_t w;
          if (!int_to_int64(r, &w) || w < 0 || w > kMaxIntBits) return nullptr;
          if (bit_length_of(l) > kMaxIntBits - w) return nullptr;
        }
      } else if (op == ls::BinOp::Mod) {
        if (str_len(l) >= 0) return nullptr;  // %-formatting is left to run time
      }
      Value v = binary_op(rt, l, r, op);
      if (!v) rt.clear_error();
      return v;
    }
    case ExprKind::Tuple: {
      auto* t = e->as<Tuple>();
      if (t->ctx != ExprContext::Load) return nullptr;
      Ref<TupleObject> out = new_tuple(rt, static_cast<int64_t>(t->elts.size()));
      for (size_t i = 0; i < t->elts.size(); ++i) {
        if (t->elts[i]->kind == ExprKind::Starred) return nullptr;
        Value v = fold(t->elts[i]);
        if (!v) return nullptr;
        (*out)[static_cast<int64_t>(i)] = std::move(v);
      }
      return std::move(out).value();
    }
    case ExprKind::Subscript: {
      auto* sub = e->as<Subscript>();
      if (sub->ctx != ExprContext::Load || sub->slice->kind == ExprKind::Slice) return nullptr;
      Value v = fold(sub->value);
      if (!v) return nullptr;
      Value k = fold(sub->slice);
      if (!k) return nullptr;
      Value r = getitem(rt, v, k);
      if (!r) rt.clear_error();
      return r;
    }
    default:
      return nullptr;
  }
}

// A key for add_const's table: equal keys mean interchangeable constants.
std::string Compiler::const_key(const Value& v) {
  Runtime& rt = rt_;
  TypeObject* t = v.type(rt);
  if (t == rt.t.tuple) {
    std::string k = "t(";
    TupleObject* tt = as_tuple(v);
    for (int64_t i = 0; i < tt->size; ++i) k += const_key((*tt)[i]) + ",";
    return k + ")";
  }
  if (t == rt.t.float_) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "f%.17g", float_value(v));
    std::string k = buf;
    if (std::signbit(float_value(v))) k += "-";
    return k;
  }
  std::string r;
  if (!repr_string(rt, v, &r)) {
    rt.clear_error();
    r = std::to_string(object_id(rt, v));
  }
  return t->name + ":" + r;
}

// Emits LOAD_CONST for `e` when it folds to a constant; false (nothing emitted) otherwise.
bool Compiler::emit_folded(Expr* e) {
  if (e->kind == ExprKind::Constant) return false;  // constant() handles plain literals
  Value v = fold(e);
  if (!v) return false;
  if (v.type(rt_) == rt_.t.str) {
    emit(Op::LOAD_CONST, static_cast<uint32_t>(const_str(std::string(str_view(v)))));
  } else {
    std::string key = const_key(v);
    emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(std::move(v), key)));
  }
  return true;
}

// fold_iter: a list or set display of constants that is only iterated (for-loops, `in`) becomes
// a tuple or frozenset constant.
void Compiler::iterable(Expr* e) {
  if ((e->kind == ExprKind::List || e->kind == ExprKind::Set)) {
    const std::vector<Expr*>& elts = e->kind == ExprKind::List ? e->as<List>()->elts : e->as<Set>()->elts;
    std::vector<Value> items;
    bool ok = true;
    for (Expr* x : elts) {
      if (x->kind == ExprKind::Starred) {
        ok = false;
        break;
      }
      Value v = fold(x);
      if (!v) {
        ok = false;
        break;
      }
      items.push_back(std::move(v));
    }
    if (ok) {
      SourcePos saved = u_->loc;
      set_loc(e->loc);
      Value c;
      if (e->kind == ExprKind::List) {
        c = make_tuple(rt_, items.data(), static_cast<int64_t>(items.size()));
      } else {
        c = frozenset_display_constant(rt_, items.data(), static_cast<int64_t>(items.size()),
                                       reinterned_by_identifiers(items));
        if (!c) rt_.clear_error();
      }
      if (c) {
        std::string key = (e->kind == ExprKind::Set ? "z" : "") + const_key(c);
        emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(std::move(c), key)));
        u_->loc = saved;
        return;
      }
      u_->loc = saved;
    }
  }
  expr(e);
}

// codeobject.c's intern_string_constants replaces a str of ASCII letters, digits and '_' by the
// interned string of the same text when that is another object: here, one of the source's
// identifiers (the parser interned them). One-character strings are CPython's shared singletons,
// the same object as the identifier. (Strings CPython interned at startup are not known here.)
bool Compiler::reinterned_by_identifiers(const std::vector<Value>& items) const {
  if (!identifiers_ || identifiers_->empty()) return false;
  for (const Value& v : items) {
    if (!v.is_obj() || v.obj()->type != rt_.t.str) continue;
    std::string_view s = str_view(v);
    if (s.size() < 2) continue;
    bool name_chars = true;
    for (char ch : s) {
      if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) {
        name_chars = false;
        break;
      }
    }
    if (name_chars && identifiers_->count(std::string(s))) return true;
  }
  return false;
}

// A list/set display of 3+ constants: an empty container extended by one constant.
bool Compiler::const_display(Expr* e, const std::vector<Expr*>& elts, Op build, Op extend) {
  std::vector<Value> items;
  for (Expr* x : elts) {
    Value v = fold(x);
    if (!v) return false;
    items.push_back(std::move(v));
  }
  Value c;
  if (build == Op::BUILD_SET) {
    c = frozenset_display_constant(rt_, items.data(), static_cast<int64_t>(items.size()),
                                   reinterned_by_identifiers(items));
    if (!c) {
      rt_.clear_error();  // an unhashable item: BUILD_SET raises it at run time
      return false;
    }
  } else {
    c = make_tuple(rt_, items.data(), static_cast<int64_t>(items.size()));
  }
  set_loc(e->loc);
  emit(build, 0);
  std::string key = (build == Op::BUILD_SET ? "z" : "") + const_key(c);
  emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(std::move(c), key)));
  emit(extend, 1);
  return true;
}

void Compiler::expr(Expr* e) {
  SourcePos saved = u_->loc;
  set_loc(e->loc);
  if ((e->kind == ExprKind::UnaryOp || e->kind == ExprKind::BinOp || e->kind == ExprKind::Tuple ||
       e->kind == ExprKind::Subscript) &&
      emit_folded(e)) {
    u_->loc = saved;
    return;
  }
  switch (e->kind) {
    case ExprKind::BoolOp:
      boolop(e->as<ast::BoolOp>());
      break;
    case ExprKind::NamedExpr: {
      auto* n = e->as<NamedExpr>();
      expr(n->value);
      emit(Op::COPY, 1);
      store(n->target);
      break;
    }
    case ExprKind::BinOp: {
      auto* b = e->as<ast::BinOp>();
      expr(b->left);
      expr(b->right);
      set_loc(e->loc);
      emit(Op::BINARY_OP, static_cast<uint32_t>(to_binop(b->op)));
      break;
    }
    case ExprKind::UnaryOp: {
      auto* u = e->as<UnaryOp>();
      expr(u->operand);
      set_loc(e->loc);
      switch (u->op) {
        case UnaryOpKind::Invert: emit(Op::UNARY_INVERT); break;
        case UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
        case UnaryOpKind::UAdd: emit(Op::UNARY_POSITIVE); break;
        case UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE); break;
      }
      break;
    }
    case ExprKind::Lambda:
      lambda(e->as<Lambda>());
      break;
    case ExprKind::IfExp: {
      auto* i = e->as<IfExp>();
      int end = new_label(), next = new_label();
      jump_if(i->test, next, false);
      expr(i->body);
      emit_jump(Op::JUMP_FORWARD, end);
      bind(next);
      expr(i->orelse);
      bind(end);
      break;
    }
    case ExprKind::Dict:
      dict(e->as<Dict>());
      break;
    case ExprKind::Set: {
      auto* s = e->as<Set>();
      if (has_starred(s->elts)) {
        starunpack(s->elts, Op::BUILD_SET, Op::SET_UPDATE, false);
      } else if (s->elts.size() >= 3 && const_display(e, s->elts, Op::BUILD_SET, Op::SET_UPDATE)) {
        // BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1 (CPython's order)
      } else {
        for (Expr* x : s->elts) expr(x);
        set_loc(e->loc);
        emit(Op::BUILD_SET, static_cast<uint32_t>(s->elts.size()));
      }
      break;
    }
    case ExprKind::ListComp:
      comprehension(e, e->as<ListComp>()->generators, e->as<ListComp>()->elt, nullptr);
      break;
    case ExprKind::SetComp:
      comprehension(e, e->as<SetComp>()->generators, e->as<SetComp>()->elt, nullptr);
      break;
    case ExprKind::DictComp:
      comprehension(e, e->as<DictComp>()->generators, e->as<DictComp>()->key, e->as<DictComp>()->value);
      break;
    case ExprKind::GeneratorExp:
      comprehension(e, e->as<GeneratorExp>()->generators, e->as<GeneratorExp>()->elt, nullptr);
      break;
    case ExprKind::Await:
      await_expr(e->as<Await>());
      break;
    case ExprKind::Yield: {
      auto* y = e->as<Yield>();
      if (!u_->is_function) error("'yield' outside function", e->loc);
      if (y->value) expr(y->value);
      else load_const_none();
      set_loc(e->loc);
      if (u_->is_async_gen) emit(Op::ASYNC_GEN_WRAP);
      emit(Op::YIELD_VALUE, 0);
      break;
    }
    case ExprKind::YieldFrom: {
      auto* y = e->as<YieldFrom>();
      if (!u_->is_function) error("'yield' outside function", e->loc);
      if (u_->is_async) error("'yield from' inside async function", e->loc);
      expr(y->value);
      set_loc(e->loc);
      emit(Op::GET_YIELD_FROM_ITER);
      load_const_none();
      yield_from_loop(false);
      break;
    }
    case ExprKind::Compare:
      compare(e->as<Compare>());
      break;
    case ExprKind::Call:
      call(e->as<Call>());
      break;
    case ExprKind::FormattedValue:
      formatted_value(e->as<FormattedValue>());
      break;
    case ExprKind::JoinedStr:
      joined_str(e->as<JoinedStr>());
      break;
    case ExprKind::Constant:
      constant(e->as<Constant>());
      break;
    case ExprKind::Attribute: {
      auto* a = e->as<Attribute>();
      expr(a->value);
      set_loc(e->loc);
      set_attr_loc(a);
      emit(Op::LOAD_ATTR, static_cast<uint32_t>(add_name(mangled(a->attr))));
      break;
    }
    case ExprKind::Subscript:
      subscript(e->as<Subscript>());
      break;
    case ExprKind::Starred:
      error("can't use starred expression here", e->loc);
    case ExprKind::Name:
      nameop(e->as<Name>()->id, Ctx::Load, e->loc);
      break;
    case ExprKind::List: {
      auto* l = e->as<List>();
      if (has_starred(l->elts)) {
        starunpack(l->elts, Op::BUILD_LIST, Op::LIST_EXTEND, false);
      } else if (l->elts.size() >= 3 && const_display(e, l->elts, Op::BUILD_LIST, Op::LIST_EXTEND)) {
        // BUILD_LIST 0; LOAD_CONST tuple; LIST_EXTEND 1
      } else {
        for (Expr* x : l->elts) expr(x);
        set_loc(e->loc);
        emit(Op::BUILD_LIST, static_cast<uint32_t>(l->elts.size()));
      }
      break;
    }
    case ExprKind::Tuple: {
      auto* t = e->as<Tuple>();
      if (has_starred(t->elts)) {
        starunpack(t->elts, Op::BUILD_LIST, Op::LIST_EXTEND, true);
      } else {
        for (Expr* x : t->elts) expr(x);
        set_loc(e->loc);
        emit(Op::BUILD_TUPLE, static_cast<uint32_t>(t->elts.size()));
      }
      break;
    }
    case ExprKind::Slice:
      slice(e->as<Slice>());
      break;
  }
  u_->loc = saved;
}

bool Compiler::has_starred(const std::vector<Expr*>& v) const {
  for (Expr* e : v)
    if (e->kind == ExprKind::Starred) return true;
  return false;
}

// [a, *b, c] -> BUILD_LIST + LIST_EXTEND / LIST_APPEND (then LIST_TO_TUPLE for tuples).
void Compiler::starunpack(const std::vector<Expr*>& elts, Op build, Op extend, bool tuple) {
  size_t i = 0;
  size_t n = 0;
  // Leading plain elements go into the initial build.
  while (i < elts.size() && elts[i]->kind != ExprKind::Starred) {
    expr(elts[i]);
    ++i;
    ++n;
  }
  emit(build, static_cast<uint32_t>(n));
  for (; i < elts.size(); ++i) {
    Expr* e = elts[i];
    if (e->kind == ExprKind::Starred) {
      expr(e->as<Starred>()->value);
      emit(extend, 1);
    } else {
      expr(e);
      emit(build == Op::BUILD_SET ? Op::SET_ADD : Op::LIST_APPEND, 1);
    }
  }
  if (tuple) emit(Op::LIST_TO_TUPLE);
}

void Compiler::boolop(ast::BoolOp* b) {
  int end = new_label();
  Op jump = b->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  for (size_t i = 0; i + 1 < b->values.size(); ++i) {
    expr(b->values[i]);
    emit_jump(jump, end);
  }
  expr(b->values.back());
  bind(end);
}

static void emit_cmp(Compiler*, CmpOpKind) {}

// The last operand of a comparison: `x in [1, 2]` tests against a constant tuple (fold_compare).
void Compiler::last_comparator(Compare* c) {
  CmpOpKind k = c->ops.back();
  if (k == CmpOpKind::In || k == CmpOpKind::NotIn) iterable(c->comparators.back());
  else expr(c->comparators.back());
}

void Compiler::syntax_warning(const ast::Loc& loc, const std::string& msg) {
  if (rt_.warn_explicit && !rt_.warn_explicit(rt_, rt_.t.SyntaxWarning, msg, filename_, loc.lineno)) {
    rt_.clear_error();  // a warnings filter "error": CPython would make it a SyntaxError
  }
}

// A literal after constant folding: a number, string or bytes constant (None, True, False and
// ... are singletons, fine with `is`), a signed number, or a tuple of such constants.
static bool is_folded_literal(Expr* e) {
  if (auto* k = e->try_as<Constant>()) {
    return k->ckind != ConstantKind::None && k->ckind != ConstantKind::True && k->ckind != ConstantKind::False &&
           k->ckind != ConstantKind::Ellipsis;
  }
  if (auto* u = e->try_as<UnaryOp>()) {
    auto* k = u->operand->try_as<Constant>();
    if (!k || u->op == UnaryOpKind::Not) return false;  // `not 1` folds to False: a singleton
    if (u->op == UnaryOpKind::Invert) return k->ckind == ConstantKind::Int;
    return k->ckind == ConstantKind::Int || k->ckind == ConstantKind::Float || k->ckind == ConstantKind::Complex;
  }
  if (auto* t = e->try_as<Tuple>()) {
    for (Expr* x : t->elts) {
      if (!x->is<Constant>() && !is_folded_literal(x)) return false;
    }
    return true;
  }
  return false;
}

void Compiler::check_is_literal(Compare* c) {
  Expr* left = c->left;
  for (size_t i = 0; i < c->ops.size(); ++i) {
    Expr* right = c->comparators[i];
    CmpOpKind k = c->ops[i];
    if ((k == CmpOpKind::Is || k == CmpOpKind::IsNot) && (is_folded_literal(left) || is_folded_literal(right))) {
      syntax_warning(c->loc, k == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                                : "\"is not\" with a literal. Did you mean \"!=\"?");
    }
    left = right;
  }
}

// CPython's infer_type: the type a literal expression evaluates to (after constant folding), or
// null for anything else.
static const char* literal_type_name(Expr* e) {
  switch (e->kind) {
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List: case ExprKind::ListComp: return "list";
    case ExprKind::Dict: case ExprKind::DictComp: return "dict";
    case ExprKind::Set: case ExprKind::SetComp: return "set";
    case ExprKind::GeneratorExp: return "generator";
    case ExprKind::Lambda: return "function";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "str";
    case ExprKind::Constant:
      switch (e->as<Constant>()->ckind) {
        case ConstantKind::None: return "NoneType";
        case ConstantKind::True: case ConstantKind::False: return "bool";
        case ConstantKind::Ellipsis: return "ellipsis";
        case ConstantKind::Int: return "int";
        case ConstantKind::Float: return "float";
        case ConstantKind::Complex: return "complex";
        case ConstantKind::Str: return "str";
        case ConstantKind::Bytes: return "bytes";
      }
      return nullptr;
    case ExprKind::UnaryOp: {
      // -1, +2.5, ~3 fold to constants of their operand's type
      auto* u = e->as<UnaryOp>();
      auto* k = u->operand->try_as<Constant>();
      if (!k || u->op == UnaryOpKind::Not) return nullptr;
      if (k->ckind == ConstantKind::Int) return "int";
      if (u->op != UnaryOpKind::Invert && k->ckind == ConstantKind::Float) return "float";
      if (u->op != UnaryOpKind::Invert && k->ckind == ConstantKind::Complex) return "complex";
      return nullptr;
    }
    default: return nullptr;
  }
}

// CPython's check_caller: calling a literal is almost always a missing comma in a list of tuples.
void Compiler::check_caller(Expr* func) {
  const char* t = literal_type_name(func);
  if (!t || func->kind == ExprKind::Lambda) return;
  syntax_warning(func->loc, std::string("'") + t + "' object is not callable; perhaps you missed a comma?");
}

// CPython's check_subscripter and check_index, for `value[index]` read.
void Compiler::check_subscript(Subscript* s) {
  Expr* v = s->value;
  const char* vt = literal_type_name(v);
  if (!vt) return;
  bool not_subscriptable = v->kind == ExprKind::Set || v->kind == ExprKind::SetComp ||
                           v->kind == ExprKind::GeneratorExp || v->kind == ExprKind::Lambda;
  if (auto* k = v->try_as<Constant>()) {
    not_subscriptable = k->ckind != ConstantKind::Str && k->ckind != ConstantKind::Bytes;
  } else if (v->kind == ExprKind::UnaryOp) {
    not_subscriptable = true;
  }
  if (not_subscriptable) {
    syntax_warning(s->loc, std::string("'") + vt + "' object is not subscriptable; perhaps you missed a comma?");
    return;
  }
  const char* it = s->slice->kind == ExprKind::Slice ? "slice" : literal_type_name(s->slice);
  if (!it || !std::strcmp(it, "int") || !std::strcmp(it, "bool") || !std::strcmp(it, "slice")) return;
  bool sequence = v->kind == ExprKind::Tuple || v->kind == ExprKind::List || v->kind == ExprKind::ListComp ||
                  v->kind == ExprKind::JoinedStr || v->kind == ExprKind::FormattedValue || v->is<Constant>();
  if (sequence) {
    syntax_warning(s->loc, std::string(vt) + " indices must be integers or slices, not " + it +
                               "; perhaps you missed a comma?");
  }
}

void Compiler::compare(Compare* c) {
  check_is_literal(c);
  auto op_for = [&](CmpOpKind k) {
    switch (k) {
      case CmpOpKind::Is: emit(Op::IS_OP, 0); break;
      case CmpOpKind::IsNot: emit(Op::IS_OP, 1); break;
      case CmpOpKind::In: emit(Op::CONTAINS_OP, 0); break;
      case CmpOpKind::NotIn: emit(Op::CONTAINS_OP, 1); break;
      case CmpOpKind::Eq: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Eq)); break;
      case CmpOpKind::NotEq: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ne)); break;
      case CmpOpKind::Lt: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Lt)); break;
      case CmpOpKind::LtE: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Le)); break;
      case CmpOpKind::Gt: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Gt)); break;
      case CmpOpKind::GtE: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ge)); break;
    }
  };
  (void)emit_cmp;
  expr(c->left);
  if (c->ops.size() == 1) {
    last_comparator(c);
    set_loc(c->loc);
    op_for(c->ops[0]);
    return;
  }
  int cleanup = new_label(), end = new_label();
  size_t n = c->ops.size() - 1;
  for (size_t i = 0; i < n; ++i) {
    expr(c->comparators[i]);
    set_loc(c->loc);
    emit(Op::SWAP, 2);
    emit(Op::COPY, 2);
    op_for(c->ops[i]);
    emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  last_comparator(c);
  set_loc(c->loc);
  op_for(c->ops[n]);
  emit_jump(Op::JUMP_FORWARD, end);
  bind(cleanup);
  emit(Op::SWAP, 2);
  emit(Op::POP_TOP);
  bind(end);
}

void Compiler::dict(Dict* d) {
  // {k: v, **m, ...}: runs of pairs become BUILD_MAP, ** entries DICT_UPDATE.
  size_t i = 0, n = d->keys.size();
  bool have_dict = false;
  while (i < n) {
    size_t run = 0;
    while (i + run < n && d->keys[i + run]) {
      expr(d->keys[i + run]);
      expr(d->values[i + run]);
      ++run;
    }
    if (run || !have_dict) {
      set_loc(d->loc);
      emit(Op::BUILD_MAP, static_cast<uint32_t>(run));
      if (have_dict) emit(Op::DICT_UPDATE, 1);
      have_dict = true;
    }
    i += run;
    if (i < n && !d->keys[i]) {
      expr(d->values[i]);
      set_loc(d->loc);
      emit(Op::DICT_UPDATE, 1);
      ++i;
    }
  }
  if (!have_dict) emit(Op::BUILD_MAP, 0);
}

void Compiler::slice(Slice* s) {
  uint32_t n = 2;
  if (s->lower) expr(s->lower);
  else load_const_none();
  if (s->upper) expr(s->upper);
  else load_const_none();
  if (s->step) {
    expr(s->step);
    n = 3;
  }
  set_loc(s->loc);
  emit(Op::BUILD_SLICE, n);
}

void Compiler::subscript(Subscript* s) {
  check_subscript(s);
  expr(s->value);
  expr(s->slice);
  set_loc(s->loc);
  emit(Op::BINARY_SUBSCR);
}

void Compiler::formatted_value(FormattedValue* f) {
  expr(f->value);
  uint32_t flags = 0;
  switch (f->conversion) {
    case 's': flags = 1; break;
    case 'r': flags = 2; break;
    case 'a': flags = 3; break;
    default: flags = 0;
  }
  if (f->format_spec) {
    expr(f->format_spec);
    flags |= 4;
  }
  set_loc(f->loc);
  emit(Op::FORMAT_VALUE, flags);
}

void Compiler::joined_str(JoinedStr* j) {
  if (j->values.empty()) {
    emit(Op::LOAD_CONST, static_cast<uint32_t>(const_str("")));
    return;
  }
  for (Expr* v : j->values) expr(v);
  if (j->values.size() > 1 || j->values[0]->kind != ExprKind::FormattedValue) {
    set_loc(j->loc);
    emit(Op::BUILD_STRING, static_cast<uint32_t>(j->values.size()));
  }
}

// ---------------------------------------------------------------------------------------------
// Calls

void Compiler::call(Call* c) {
  check_caller(c->func);
  // obj.meth(args) without * or ** uses LOAD_METHOD (no bound-method object).
  bool simple = !has_starred(c->args);
  for (const Keyword& k : c->keywords)
    if (k.arg.empty()) simple = false;
  if (c->func->kind == ExprKind::Attribute && simple) {
    auto* a = c->func->as<Attribute>();
    expr(a->value);
    set_loc(a->loc);
    set_attr_loc(a);
    emit(Op::LOAD_METHOD, static_cast<uint32_t>(add_name(mangled(a->attr))));
    set_loc(c->loc);  // the CALL spans the whole call expression (from the method's name when
    set_attr_loc(a);  // the attribute spans lines)
    call_helper(0, c->args, c->keywords);
    return;
  }
  emit(Op::PUSH_NULL);
  expr(c->func);
  call_helper(0, c->args, c->keywords);
}

// Emits the arguments and the call. `n_already` positional arguments are already on the stack
// (class statements push the body function and the name).
void Compiler::call_helper(int n_already, const std::vector<Expr*>& args, const std::vector<Keyword>& kws) {
  SourcePos call_loc = u_->loc;
  bool simple = !has_starred(args);
  for (const Keyword& k : kws)
    if (k.arg.empty()) simple = false;
  // Duplicate keyword arguments are a SyntaxError.
  for (size_t i = 0; i < kws.size(); ++i) {
    if (kws[i].arg.empty()) continue;
    forbid_debug_name(kws[i].arg, Ctx::Store, ast::Loc{call_loc.line, call_loc.col, call_loc.end_line, call_loc.end_col});
    for (size_t j = i + 1; j < kws.size(); ++j) {
      if (kws[j].arg == kws[i].arg) error("keyword argument repeated: " + kws[i].arg, kws[j].loc);
    }
  }
  if (simple) {
    for (Expr* a : args) expr(a);
    if (!kws.empty()) {
      Ref<TupleObject> names = new_tuple(rt_, static_cast<int64_t>(kws.size()));
      std::string key = "k";
      for (size_t i = 0; i < kws.size(); ++i) {
        expr(kws[i].value);
        (*names)[static_cast<int64_t>(i)] = Value::borrow(rt_.intern(kws[i].arg));
        key += kws[i].arg + ",";
      }
      u_->loc = call_loc;
      emit(Op::KW_NAMES, static_cast<uint32_t>(add_const(std::move(names).value(), key)));
    }
    u_->loc = call_loc;
    emit(Op::CALL, static_cast<uint32_t>(n_already + static_cast<int>(args.size() + kws.size())));
    return;
  }
  // General form: build the positional tuple and the keyword dict, CALL_FUNCTION_EX.
  if (n_already == 0 && args.size() == 1 && args[0]->kind == ExprKind::Starred) {
    // f(*x): x itself (CALL_FUNCTION_EX checks that it is iterable, naming the function).
    expr(args[0]->as<Starred>()->value);
  } else if (n_already > 0 || !args.empty()) {
    emit(Op::BUILD_LIST, static_cast<uint32_t>(n_already));
    for (Expr* a : args) {
      if (a->kind == ExprKind::Starred) {
        expr(a->as<Starred>()->value);
        emit(Op::LIST_EXTEND, 1);
      } else {
        expr(a);
        emit(Op::LIST_APPEND, 1);
      }
    }
    emit(Op::LIST_TO_TUPLE);
  } else {
    emit(Op::BUILD_TUPLE, 0);
  }
  bool has_kw = !kws.empty();
  if (has_kw) {
    bool have_dict = false;
    size_t i = 0;
    while (i < kws.size()) {
      size_t run = 0;
      while (i + run < kws.size() && !kws[i + run].arg.empty()) {
        emit(Op::LOAD_CONST, static_cast<uint32_t>(const_str(kws[i + run].arg)));
        expr(kws[i + run].value);
        ++run;
      }
      if (run) {
        emit(Op::BUILD_MAP, static_cast<uint32_t>(run));
        if (have_dict) emit(Op::DICT_MERGE, 1);
        have_dict = true;
      }
      i += run;
      if (i < kws.size() && kws[i].arg.empty()) {
        if (!have_dict) {
          emit(Op::BUILD_MAP, 0);
          have_dict = true;
        }
        expr(kws[i].value);
        u_->loc = call_loc;
        emit(Op::DICT_MERGE, 1);
        ++i;
      }
    }
  }
  u_->loc = call_loc;
  emit(Op::CALL_FUNCTION_EX, has_kw ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Assignment targets

void Compiler::unpack_targets(const std::vector<Expr*>& elts, const ast::Loc& loc) {
  size_t star = elts.size();
  for (size_t i = 0; i < elts.size(); ++i) {
    if (elts[i]->kind == ExprKind::Starred) {
      if (star != elts.size()) error("multiple starred expressions in assignment", loc);
      star = i;
    }
  }
  set_loc(loc);
  if (star == elts.size()) {
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(elts.size()));
  } else {
    size_t before = star, after = elts.size() - star - 1;
    if (before > 255 || after > 255) error("too many expressions in star-unpacking assignment", loc);
    emit(Op::UNPACK_EX, static_cast<uint32_t>(before | (after << 8)));
  }
  for (Expr* e : elts) {
    if (e->kind == ExprKind::Starred) store(e->as<Starred>()->value);
    else store(e);
  }
}

void Compiler::store(Expr* t) {
  SourcePos saved = u_->loc;
  set_loc(t->loc);
  switch (t->kind) {
    case ExprKind::Name:
      nameop(t->as<Name>()->id, Ctx::Store, t->loc);
      break;
    case ExprKind::Attribute: {
      auto* a = t->as<Attribute>();
      forbid_debug_name(a->attr, Ctx::Store, a->loc);
      expr(a->value);
      set_loc(a->loc);
      set_attr_loc(a);
      emit(Op::STORE_ATTR, static_cast<uint32_t>(add_name(mangled(a->attr))));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = t->as<Subscript>();
      expr(s->value);
      expr(s->slice);
      set_loc(s->loc);
      emit(Op::STORE_SUBSCR);
      break;
    }
    case ExprKind::Tuple:
      unpack_targets(t->as<Tuple>()->elts, t->loc);
      break;
    case ExprKind::List:
      unpack_targets(t->as<List>()->elts, t->loc);
      break;
    case ExprKind::Starred:
      error("starred assignment target must be in a list or tuple", t->loc);
    default:
      error("cannot assign to expression", t->loc);
  }
  u_->loc = saved;
}

// ---------------------------------------------------------------------------------------------
// Await / yield from

void Compiler::yield_from_loop(bool await) {
  (void)await;
  int start = new_label(), exit = new_label();
  bind(start);
  emit_jump(Op::SEND, exit);
  emit(Op::YIELD_VALUE, 1);
  emit_jump(Op::JUMP_BACKWARD, start);
  bind(exit);
}

void Compiler::await_expr(Await* a) {
  if (!u_->is_function) {
    error("'await' outside function", a->loc);
  }
  if (!in_async_function()) {
    // Comprehensions inside an async function may await; anything else may not.
    if (u_->scope->kind == ScopeKind::Comprehension && u_->scope->name != "genexpr") {
      error("asynchronous comprehension outside of an asynchronous function", a->loc);
    }
    error("'await' outside async function", a->loc);
  }
  expr(a->value);
  set_loc(a->loc);
  emit(Op::GET_AWAITABLE, 0);
  load_const_none();
  yield_from_loop(true);
}

// ---------------------------------------------------------------------------------------------
// Lambdas and comprehensions

void Compiler::lambda(Lambda* l) {
  forbid_debug_args(l->args, l->loc);
  uint32_t flags = static_cast<uint32_t>(defaults(l->args));
  SymScope* scope = st_.lookup(l);
  std::string qn = qualname_for("<lambda>");
  enter_unit(scope, "<lambda>", l->loc.lineno, l);
  u_->qualname = qn;
  set_arg_counts(l->args);
  if (scope->is_generator) u_->flags |= kCoGenerator;
  const_none();  // no docstring
  set_loc(l->body->loc);
  expr(l->body);
  if (scope->is_generator) {
    emit(Op::POP_TOP);
    load_const_none();
  }
  emit(Op::RETURN_VALUE);
  Value code = leave_unit();
  set_loc(l->loc);
  make_closure(std::move(code), flags, qn);
}

enum CompType { kGenExp = 0, kListComp = 1, kSetComp = 2, kDictComp = 3 };

void Compiler::comprehension(Expr* node, const std::vector<Comprehension>& gens, Expr* elt, Expr* value) {
  SymScope* scope = st_.lookup(node);
  int type = node->kind == ExprKind::GeneratorExp ? kGenExp
             : node->kind == ExprKind::ListComp   ? kListComp
             : node->kind == ExprKind::SetComp    ? kSetComp
                                                  : kDictComp;
  const char* name = type == kGenExp ? "<genexpr>" : type == kListComp ? "<listcomp>" : type == kSetComp ? "<setcomp>"
                                                                                                          : "<dictcomp>";
  bool outer_async = in_async_function();
  bool is_async_gen = type == kGenExp && scope->is_coroutine;
  bool is_async = scope->is_coroutine;
  if (is_async && type != kGenExp && !outer_async) {
    error("asynchronous comprehension outside of an asynchronous function", node->loc);
  }
  std::string qn = qualname_for(name);
  enter_unit(scope, name, node->loc.lineno, node);
  u_->qualname = qn;
  u_->argcount = 1;
  u_->is_async = is_async;
  u_->is_async_gen = is_async_gen;
  if (type == kGenExp) u_->flags |= is_async_gen ? kCoAsyncGenerator : kCoGenerator;
  else if (is_async) u_->flags |= kCoCoroutine;
  set_loc(node->loc);
  if (type != kGenExp) {
    Op build = type == kListComp ? Op::BUILD_LIST : type == kSetComp ? Op::BUILD_SET : Op::BUILD_MAP;
    emit(build, 0);
  }
  if (gens[0].is_async) comprehension_async_generator(gens, 0, 0, elt, value, type);
  else comprehension_generator(gens, 0, 0, elt, value, type);
  set_loc(node->loc);
  if (type == kGenExp) load_const_none();
  emit(Op::RETURN_VALUE);
  Value code = leave_unit();
  set_loc(node->loc);
  make_closure(std::move(code), 0, qn);
  iterable(gens[0].iter);
  set_loc(node->loc);
  emit(gens[0].is_async ? Op::GET_AITER : Op::GET_ITER);
  emit(Op::CALL, 0);
  if (is_async && type != kGenExp) {
    emit(Op::GET_AWAITABLE, 0);
    load_const_none();
    yield_from_loop(true);
  }
}

void Compiler::comprehension_generator(const std::vector<Comprehension>& gens, size_t index, int depth, Expr* elt,
                                       Expr* value, int type) {
  const Comprehension& g = gens[index];
  int start = new_label(), if_cleanup = new_label(), anchor = new_label();
  if (index == 0) {
    emit(Op::LOAD_FAST, 0);  // .0: the iterator passed in
  } else {
    iterable(g.iter);
    set_loc(g.iter->loc);
    emit(Op::GET_ITER);
  }
  bind(start);
  emit_jump(Op::FOR_ITER, anchor);
  ++depth;
  store(g.target);
  for (Expr* cond : g.ifs) jump_if(cond, if_cleanup, false);
  if (index + 1 < gens.size()) {
    if (gens[index + 1].is_async) comprehension_async_generator(gens, index + 1, depth, elt, value, type);
    else comprehension_generator(gens, index + 1, depth, elt, value, type);
  } else {
    switch (type) {
      case kGenExp:
        expr(elt);
        if (u_->is_async_gen) emit(Op::ASYNC_GEN_WRAP);
        emit(Op::YIELD_VALUE, 0);
        emit(Op::POP_TOP);
        break;
      case kListComp:
        expr(elt);
        emit(Op::LIST_APPEND, static_cast<uint32_t>(depth + 1));
        break;
      case kSetComp:
        expr(elt);
        emit(Op::SET_ADD, static_cast<uint32_t>(depth + 1));
        break;
      case kDictComp:
        expr(elt);
        expr(value);
        emit(Op::MAP_ADD, static_cast<uint32_t>(depth + 1));
        break;
    }
  }
  bind(if_cleanup);
  emit_jump(Op::JUMP_BACKWARD, start);
  bind(anchor);
}

void Compiler::comprehension_async_generator(const std::vector<Comprehension>& gens, size_t index, int depth,
                                             Expr* elt, Expr* value, int type) {
  const Comprehension& g = gens[index];
  int start = new_label(), except = new_label(), if_cleanup = new_label();
  if (index == 0) {
    emit(Op::LOAD_FAST, 0);
  } else {
    iterable(g.iter);
    set_loc(g.iter->loc);
    emit(Op::GET_AITER);
  }
  bind(start);
  push_fblock(FBlock{FBlockKind::AsyncComprehensionGenerator, start});
  push_handler(except, false);
  emit(Op::GET_ANEXT);
  load_const_none();
  yield_from_loop(true);
  pop_handler();
  store(g.target);
  ++depth;
  for (Expr* cond : g.ifs) jump_if(cond, if_cleanup, false);
  if (index + 1 < gens.size()) {
    if (gens[index + 1].is_async) comprehension_async_generator(gens, index + 1, depth, elt, value, type);
    else comprehension_generator(gens, index + 1, depth, elt, value, type);
  } else {
    switch (type) {
      case kGenExp:
        expr(elt);
        emit(Op::ASYNC_GEN_WRAP);
        emit(Op::YIELD_VALUE, 0);
        emit(Op::POP_TOP);
        break;
      case kListComp:
        expr(elt);
        emit(Op::LIST_APPEND, static_cast<uint32_t>(depth + 1));
        break;
      case kSetComp:
        expr(elt);
        emit(Op::SET_ADD, static_cast<uint32_t>(depth + 1));
        break;
      case kDictComp:
        expr(elt);
        expr(value);
        emit(Op::MAP_ADD, static_cast<uint32_t>(depth + 1));
        break;
    }
  }
  bind(if_cleanup);
  emit_jump(Op::JUMP_BACKWARD, start);
  pop_fblock(FBlockKind::AsyncComprehensionGenerator);
  bind(except);
  emit(Op::END_ASYNC_FOR);
}

}  // namespace ls::compile
