// Compiler: code units, emission, stack-depth tracking, assembly into CodeObjects.
#include <algorithm>
#include <cassert>

#include "lang/compiler.hpp"
#include "lang/compiler_impl.hpp"
#include "lang/lexer.hpp"
#include "lang/parser.hpp"
#include "object/bigint.hpp"
#include "object/bytes.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

namespace compile {

void Compiler::error(const std::string& msg, const ast::Loc& loc) { throw CompileError{msg, loc}; }

// ---------------------------------------------------------------------------------------------
// Units

void Compiler::enter_unit(SymScope* scope, const std::string& name, int firstlineno, const void*) {
  auto unit = std::make_unique<Unit>();
  unit->scope = scope;
  unit->name = name;
  unit->firstlineno = firstlineno;
  unit->private_name = u_ ? u_->private_name : std::string();
  if (scope->kind == ScopeKind::Class) unit->private_name = name;
  unit->is_function = scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Lambda ||
                      scope->kind == ScopeKind::Comprehension;
  // Parameters first, in order; cells and frees sorted (as CPython numbers them).
  for (const std::string& p : scope->params) {
    unit->varname_index[p] = static_cast<int>(unit->varnames.size());
    unit->varnames.push_back(p);
  }
  for (const std::string& c : scope->cellvars()) {
    unit->cell_index[c] = static_cast<int>(unit->cellvars.size());
    unit->cellvars.push_back(c);
  }
  for (const std::string& f : scope->freevars()) {
    unit->free_index[f] = static_cast<int>(unit->freevars.size());
    unit->freevars.push_back(f);
  }
  if (future_annotations_) unit->flags |= kCoFutureAnnotations;
  if (unit->is_function) {
    unit->flags |= kCoOptimized | kCoNewLocals;
    if (scope->is_nested) unit->flags |= kCoNested;
  }
  unit->loc.line = firstlineno;
  units_.push_back(std::move(unit));
  u_ = units_.back().get();
}

Value Compiler::leave_unit() {
  Value code = assemble(*u_);
  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
  return code;
}

// ---------------------------------------------------------------------------------------------
// Emission

int Compiler::new_label() {
  u_->label_pos.push_back(-1);
  u_->label_depth.push_back(-1);
  return static_cast<int>(u_->label_pos.size()) - 1;
}

void Compiler::bind(int label) {
  Unit& u = *u_;
  u.label_pos[static_cast<size_t>(label)] = static_cast<int>(u.instrs.size());
  int d = u.label_depth[static_cast<size_t>(label)];
  if (!u.reachable) {
    if (d >= 0) {
      u.depth = d;
      u.reachable = true;
    } else {
      // A label nobody jumps to yet (jumps may come later from below, e.g. loop starts):
      // keep the current depth.
      u.reachable = true;
    }
  } else if (d > u.depth) {
    u.depth = d;
  }
  if (u.depth > u.maxdepth) u.maxdepth = u.depth;
}

static bool is_jump(Op op) {
  switch (op) {
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
    case Op::FOR_ITER:
    case Op::SEND:
      return true;
    default:
      return false;
  }
}

static bool ends_block(Op op) {
  return op == Op::JUMP_FORWARD || op == Op::JUMP_BACKWARD || op == Op::RETURN_VALUE ||
         op == Op::RAISE_VARARGS || op == Op::RERAISE;
}

int Compiler::stack_effect(Op op, uint32_t arg, bool jump) const {
  switch (op) {
    case Op::NOP: case Op::SWAP: case Op::DELETE_FAST: case Op::DELETE_DEREF: case Op::DELETE_NAME:
    case Op::DELETE_GLOBAL: case Op::LOAD_ATTR: case Op::KW_NAMES: case Op::UNARY_NEGATIVE:
    case Op::UNARY_POSITIVE: case Op::UNARY_NOT: case Op::UNARY_INVERT: case Op::LIST_TO_TUPLE:
    case Op::JUMP_FORWARD: case Op::JUMP_BACKWARD: case Op::GET_ITER: case Op::CHECK_EXC_MATCH:
    case Op::CHECK_EG_MATCH: case Op::YIELD_VALUE: case Op::GET_AWAITABLE: case Op::GET_AITER:
    case Op::ASYNC_GEN_WRAP: case Op::GET_YIELD_FROM_ITER: case Op::SETUP_ANNOTATIONS:
    case Op::CALL_INTRINSIC: case Op::RETURN_GENERATOR:
      return 0;
    case Op::POP_TOP: case Op::STORE_FAST: case Op::STORE_DEREF: case Op::STORE_NAME:
    case Op::STORE_GLOBAL: case Op::DELETE_ATTR: case Op::BINARY_OP: case Op::COMPARE_OP: case Op::IS_OP:
    case Op::CONTAINS_OP: case Op::BINARY_SUBSCR: case Op::LIST_APPEND: case Op::SET_ADD:
    case Op::LIST_EXTEND: case Op::SET_UPDATE: case Op::DICT_UPDATE: case Op::DICT_MERGE:
    case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE: case Op::RETURN_VALUE: case Op::IMPORT_NAME: case Op::IMPORT_STAR:
    case Op::RERAISE: case Op::POP_EXCEPT: case Op::PREP_RERAISE_STAR:
      return -1;
    case Op::PUSH_NULL: case Op::COPY: case Op::LOAD_CONST: case Op::LOAD_FAST: case Op::LOAD_DEREF:
    case Op::LOAD_CLOSURE: case Op::LOAD_CLASSDEREF: case Op::LOAD_NAME: case Op::LOAD_METHOD:
    case Op::LOAD_BUILD_CLASS: case Op::IMPORT_FROM: case Op::PUSH_EXC_INFO: case Op::WITH_EXCEPT_START:
    case Op::BEFORE_WITH: case Op::BEFORE_ASYNC_WITH: case Op::LOAD_ASSERTION_ERROR: case Op::GET_ANEXT:
    case Op::LOAD_LOCALS: case Op::GET_LEN: case Op::MATCH_MAPPING: case Op::MATCH_SEQUENCE:
    case Op::MATCH_KEYS:
      return 1;
    case Op::LOAD_GLOBAL:
      return (arg & 1) ? 2 : 1;
    case Op::STORE_ATTR: case Op::MAP_ADD: case Op::DELETE_SUBSCR: case Op::END_ASYNC_FOR:
    case Op::MATCH_CLASS:
      return -2;
    case Op::STORE_SUBSCR:
      return -3;
    case Op::CALL:
      return -static_cast<int>(arg) - 1;
    case Op::CALL_FUNCTION_EX:
      return (arg & 1) ? -3 : -2;
    case Op::BUILD_SLICE:
      return 1 - static_cast<int>(arg);
    case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING:
      return 1 - static_cast<int>(arg);
    case Op::BUILD_MAP:
      return 1 - 2 * static_cast<int>(arg);
    case Op::BUILD_CONST_KEY_MAP:
      return -static_cast<int>(arg);
    case Op::UNPACK_SEQUENCE:
      return static_cast<int>(arg) - 1;
    case Op::UNPACK_EX:
      return static_cast<int>((arg & 0xff) + (arg >> 8));
    case Op::FORMAT_VALUE:
      return (arg & 4) ? -1 : 0;
    case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Op::FOR_ITER:
      return jump ? -1 : 1;
    case Op::SEND:
      return jump ? -1 : 0;
    case Op::MAKE_FUNCTION:
      return -__builtin_popcount(arg);
    case Op::RAISE_VARARGS:
      return -static_cast<int>(arg);
    case Op::Count:
      break;
  }
  return 0;
}

void Compiler::emit(Op op, uint32_t arg) {
  Unit& u = *u_;
  assert(arg <= kMaxArg);
  u.instrs.push_back(encode(op, arg));
  u.pos.push_back(u.loc);
  u.handler_of.push_back(u.handler_stack.empty() ? -1 : u.handler_stack.back());
  u.depth += stack_effect(op, arg, false);
  if (u.depth > u.maxdepth) u.maxdepth = u.depth;
  if (ends_block(op)) u.reachable = false;
}

void Compiler::emit_jump(Op op, int label) {
  Unit& u = *u_;
  int after_jump = u.depth + stack_effect(op, 0, true);
  int& d = u.label_depth[static_cast<size_t>(label)];
  if (after_jump > d) d = after_jump;
  // Jump arguments are patched with the label index now and the position at assembly.
  emit(op, static_cast<uint32_t>(label));
}

void Compiler::push_handler(int label, bool lasti, int depth_adjust) {
  Unit& u = *u_;
  HandlerRec rec{label, u.depth + depth_adjust, lasti};
  u.handlers.push_back(rec);
  u.handler_stack.push_back(static_cast<int>(u.handlers.size()) - 1);
  // When the handler runs, the stack holds `depth` items, maybe lasti, and the exception.
  int entry = rec.depth + (lasti ? 1 : 0) + 1;
  int& d = u.label_depth[static_cast<size_t>(label)];
  if (entry > d) d = entry;
  if (entry > u.maxdepth) u.maxdepth = entry;
}

void Compiler::pop_handler() {
  assert(!u_->handler_stack.empty());
  u_->handler_stack.pop_back();
}

void Compiler::set_loc(const ast::Loc& loc) {
  u_->loc.line = loc.lineno;
  u_->loc.end_line = loc.end_lineno;
  u_->loc.col = loc.col_offset;
  u_->loc.end_col = loc.end_col_offset;
}

void Compiler::set_attr_loc(const ast::Attribute* a) {
  if (u_->loc.line == a->loc.end_lineno) return;
  u_->loc.line = a->loc.end_lineno;
  int len = 0;  // the name's length in code points, as CPython's PyUnicode_GET_LENGTH
  for (unsigned char ch : a->attr)
    if ((ch & 0xC0) != 0x80) ++len;
  if (len <= a->loc.end_col_offset) {
    u_->loc.col = a->loc.end_col_offset - len;
  } else {
    u_->loc.col = -1;
    u_->loc.end_col = -1;
  }
  if (u_->loc.end_line < u_->loc.line) u_->loc.end_line = u_->loc.line;
  if (u_->loc.line == u_->loc.end_line && u_->loc.end_col < u_->loc.col) u_->loc.end_col = u_->loc.col;
}

void Compiler::set_no_loc() {
  // Artificial instructions keep the line (tracebacks need one) but no columns.
  u_->loc.col = -1;
  u_->loc.end_col = -1;
}

// ---------------------------------------------------------------------------------------------
// Constants and names

int Compiler::add_const(Value v, const std::string& key) {
  Unit& u = *u_;
  auto it = u.const_index.find(key);
  if (it != u.const_index.end()) return it->second;
  int i = static_cast<int>(u.consts.size());
  u.consts.push_back(std::move(v));
  u.const_index.emplace(key, i);
  return i;
}

int Compiler::const_none() { return add_const(rt_.None(), "N"); }

Value Compiler::const_str_value(const std::string& s) {
  bool ident = !s.empty() && s.size() < 64;
  for (char ch : s) {
    if (!(isalnum(static_cast<unsigned char>(ch)) || ch == '_')) ident = false;
  }
  return ident ? Value::borrow(rt_.intern(s)) : make_str(rt_, s);
}

int Compiler::const_str(const std::string& s) { return add_const(const_str_value(s), "s" + s); }

int Compiler::add_name(const std::string& n) {
  Unit& u = *u_;
  auto it = u.name_index.find(n);
  if (it != u.name_index.end()) return it->second;
  int i = static_cast<int>(u.names.size());
  u.names.push_back(n);
  u.name_index.emplace(n, i);
  return i;
}

int Compiler::add_varname(const std::string& n) {
  Unit& u = *u_;
  auto it = u.varname_index.find(n);
  if (it != u.varname_index.end()) return it->second;
  int i = static_cast<int>(u.varnames.size());
  u.varnames.push_back(n);
  u.varname_index.emplace(n, i);
  return i;
}

std::string Compiler::mangled(const std::string& n) const { return mangle(u_->private_name, n); }

void Compiler::forbid_debug_name(const std::string& name, Ctx ctx, const ast::Loc& loc) {
  if (name != "__debug__" || ctx == Ctx::Load) return;
  error(ctx == Ctx::Del ? "cannot delete __debug__" : "cannot assign to __debug__", loc);
}

void Compiler::forbid_debug_args(const ast::Arguments& args, const ast::Loc& loc) {
  for (const auto* list : {&args.posonlyargs, &args.args, &args.kwonlyargs})
    for (const ast::Arg& a : *list) forbid_debug_name(a.arg, Ctx::Store, loc);
  if (args.has_vararg) forbid_debug_name(args.vararg.arg, Ctx::Store, loc);
  if (args.has_kwarg) forbid_debug_name(args.kwarg.arg, Ctx::Store, loc);
}

void Compiler::nameop(const std::string& raw, Ctx ctx, const ast::Loc& loc) {
  Unit& u = *u_;
  forbid_debug_name(raw, ctx, loc);
  std::string n = mangled(raw);
  if (n == "__debug__" && ctx == Ctx::Load) {
    emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(rt_.True(), "T")));
    return;
  }
  NameScope sc = u.scope->scope_of(n);
  // Class scopes: a name free in a method but bound here is read with LOAD_CLASSDEREF.
  enum { Fast, Deref, Global, Name } kind = Name;
  switch (sc) {
    case NameScope::Free:
      kind = Deref;
      break;
    case NameScope::Cell:
      kind = Deref;
      break;
    case NameScope::Local:
      kind = u.is_function ? Fast : Name;
      break;
    case NameScope::GlobalImplicit:
      kind = u.is_function ? Global : Name;
      break;
    case NameScope::GlobalExplicit:
      kind = Global;
      break;
  }
  uint32_t nloc = static_cast<uint32_t>(u.varnames.size());
  switch (kind) {
    case Fast: {
      uint32_t i = static_cast<uint32_t>(add_varname(n));
      emit(ctx == Ctx::Load ? Op::LOAD_FAST : ctx == Ctx::Store ? Op::STORE_FAST : Op::DELETE_FAST, i);
      return;
    }
    case Deref: {
      // The local count is only final at assembly: encode cells as 0x100000 + index and frees
      // as 0x200000 + index; assemble() rewrites them to localsplus indexes.
      uint32_t i;
      auto c = u.cell_index.find(n);
      if (c != u.cell_index.end()) {
        i = 0x100000u + static_cast<uint32_t>(c->second);
      } else {
        auto f = u.free_index.find(n);
        if (f == u.free_index.end()) error("internal error: no cell for '" + n + "'", loc);
        i = 0x200000u + static_cast<uint32_t>(f->second);
      }
      if (ctx == Ctx::Load) {
        bool class_deref = u.scope->kind == ScopeKind::Class;
        emit(class_deref ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF, i);
      } else {
        emit(ctx == Ctx::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, i);
      }
      (void)nloc;
      return;
    }
    case Global: {
      uint32_t i = static_cast<uint32_t>(add_name(n));
      if (ctx == Ctx::Load) emit(Op::LOAD_GLOBAL, i << 1);
      else emit(ctx == Ctx::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, i);
      return;
    }
    case Name: {
      uint32_t i = static_cast<uint32_t>(add_name(n));
      emit(ctx == Ctx::Load ? Op::LOAD_NAME : ctx == Ctx::Store ? Op::STORE_NAME : Op::DELETE_NAME, i);
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Frame blocks

void Compiler::push_fblock(FBlock b) {
  if (u_->fblocks.size() >= 20) {
    error("too many statically nested blocks", ast::Loc{u_->loc.line, u_->loc.col, u_->loc.end_line, u_->loc.end_col});
  }
  u_->fblocks.push_back(std::move(b));
}

void Compiler::pop_fblock(FBlockKind kind) {
  assert(!u_->fblocks.empty() && u_->fblocks.back().kind == kind);
  (void)kind;
  u_->fblocks.pop_back();
}

// ---------------------------------------------------------------------------------------------
// Assembly

Value Compiler::assemble(Unit& u) {
  if (u.reachable) {
    // Implicit `return None` (module bodies and functions falling off their end).
    load_const_none();
    emit(Op::RETURN_VALUE);
  }
  Ref<CodeObject> code = new_code(rt_);
  CodeObject* c = code.get();
  int32_t nlocals = static_cast<int32_t>(u.varnames.size());
  int32_t ncells = static_cast<int32_t>(u.cellvars.size());
  // Resolve jumps and deref indexes.
  c->code.resize(u.instrs.size());
  for (size_t i = 0; i < u.instrs.size(); ++i) {
    uint32_t w = u.instrs[i];
    Op op = op_of(w);
    uint32_t arg = arg_of(w);
    if (is_jump(op)) {
      int target = u.label_pos[arg];
      assert(target >= 0);
      if (op == Op::JUMP_FORWARD || op == Op::JUMP_BACKWARD) {
        op = static_cast<size_t>(target) <= i ? Op::JUMP_BACKWARD : Op::JUMP_FORWARD;
      }
      arg = static_cast<uint32_t>(target);
    } else if (op == Op::LOAD_DEREF || op == Op::STORE_DEREF || op == Op::DELETE_DEREF ||
               op == Op::LOAD_CLOSURE || op == Op::LOAD_CLASSDEREF) {
      if (arg >= 0x200000u) arg = static_cast<uint32_t>(nlocals + ncells) + (arg - 0x200000u);
      else if (arg >= 0x100000u) arg = static_cast<uint32_t>(nlocals) + (arg - 0x100000u);
    }
    c->code[i] = encode(op, arg);
  }
  c->positions = u.pos;
  // Exception table: runs of instructions with the same innermost handler.
  for (size_t i = 0; i < u.instrs.size();) {
    int h = u.handler_of[i];
    size_t j = i + 1;
    while (j < u.instrs.size() && u.handler_of[j] == h) ++j;
    if (h >= 0) {
      const HandlerRec& rec = u.handlers[static_cast<size_t>(h)];
      ExceptionEntry e;
      e.start = static_cast<uint32_t>(i);
      e.end = static_cast<uint32_t>(j);
      e.handler = static_cast<uint32_t>(u.label_pos[static_cast<size_t>(rec.label)]);
      e.depth = static_cast<uint32_t>(rec.depth);
      e.lasti = rec.lasti;
      c->exc_table.push_back(e);
    }
    i = j;
  }
  c->consts = make_tuple(rt_, u.consts.data(), static_cast<int64_t>(u.consts.size()));
  auto str_tuple = [&](const std::vector<std::string>& v) {
    Ref<TupleObject> t = new_tuple(rt_, static_cast<int64_t>(v.size()));
    for (size_t i = 0; i < v.size(); ++i) (*t)[static_cast<int64_t>(i)] = Value::borrow(rt_.intern(v[i]));
    return std::move(t).value();
  };
  c->names = str_tuple(u.names);
  c->varnames = str_tuple(u.varnames);
  c->cellvars = str_tuple(u.cellvars);
  c->freevars = str_tuple(u.freevars);
  c->cell2arg.assign(u.cellvars.size(), -1);
  for (size_t i = 0; i < u.cellvars.size(); ++i) {
    auto it = u.varname_index.find(u.cellvars[i]);
    if (it != u.varname_index.end()) c->cell2arg[i] = it->second;
  }
  c->nlocals = nlocals;
  c->ncells = ncells;
  c->nfrees = static_cast<int32_t>(u.freevars.size());
  c->argcount = u.argcount;
  c->posonlyargcount = u.posonlyargcount;
  c->kwonlyargcount = u.kwonlyargcount;
  c->stacksize = u.maxdepth + 2;
  c->flags = u.flags | (u.freevars.empty() && u.cellvars.empty() ? static_cast<uint32_t>(kCoNoFree) : 0u);
  c->firstlineno = u.firstlineno;
  c->name = Value::borrow(rt_.intern(u.name));
  c->qualname = make_str(rt_, u.qualname.empty() ? u.name : u.qualname);
  c->filename = make_str(rt_, filename_);
  c->caches.resize(c->code.size());
  return std::move(code).value();
}

Value Compiler::compile_module(const ast::Module& mod) {
  SymScope* top = st_.lookup(&mod);
  enter_unit(top, "<module>", 1, &mod);
  u_->loc.line = 1;
  if (find_annotations(mod.body)) {
    ast::Loc l{1, 0, 1, 0};
    set_loc(l);
    emit(Op::SETUP_ANNOTATIONS);
  }
  if (mod.kind == ast::ModuleKind::Eval) {
    // compile(..., 'eval'): the expression's value is the code's result
    ast::Expr* v = mod.body[0]->as<ast::ExprStmt>()->value;
    expr(v);
    emit(Op::RETURN_VALUE);
    return leave_unit();
  }
  interactive_ = mod.kind == ast::ModuleKind::Single;
  stmts(mod.body);
  return leave_unit();
}

}  // namespace compile

// ---------------------------------------------------------------------------------------------

static std::string source_line(std::string_view source, int lineno) {
  int line = 1;
  size_t start = 0;
  for (size_t i = 0; i < source.size() && line < lineno; ++i) {
    if (source[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  if (line != lineno) return "";
  size_t end = source.find('\n', start);
  if (end == std::string_view::npos) return std::string(source.substr(start));
  return std::string(source.substr(start, end - start + 1));
}

// Converts a byte column to a 1-based character offset within `text`.
static int char_offset(const std::string& text, int byte_col) {
  int chars = 0;
  for (int i = 0; i < byte_col && i < static_cast<int>(text.size()); ++i) {
    if ((static_cast<unsigned char>(text[static_cast<size_t>(i)]) & 0xC0) != 0x80) ++chars;
  }
  return chars + 1;
}

namespace {

struct FutureFeatures {
  bool annotations = false;
  int lineno = 0;  // line of the last future import at the top of the module
};

// future.c's future_parse: the `from __future__ import ...` statements at the top of the module
// (after the docstring); their features, or CPython's SyntaxError for an unknown one. A future
// import elsewhere is left to the compiler ("must occur at the beginning of the file"), except
// one on the same line as an earlier statement, which is reported here as CPython does.
bool future_parse(const ast::Module& mod, std::string_view source, FutureFeatures& ff,
                  std::optional<SyntaxErrorInfo>& err) {
  static const char* const kKnown[] = {"nested_scopes",  "generators",     "division",
                                       "absolute_import", "with_statement", "print_function",
                                       "unicode_literals", "barry_as_FLUFL", "generator_stop",
                                       "annotations"};
  auto fail = [&](const std::string& msg, const ast::Loc& loc, int byte_col) {
    SyntaxErrorInfo e;
    e.msg = msg;
    e.lineno = loc.lineno;
    e.end_lineno = loc.lineno;
    e.text = source_line(source, loc.lineno);
    e.col_offset = byte_col < 1 ? byte_col : char_offset(e.text, byte_col - 1);
    e.end_offset = -1;
    e.from_compiler = true;
    err = e;
    return false;
  };
  size_t i = 0;
  const auto& body = mod.body;
  if (!body.empty()) {
    if (auto* es = body[0]->try_as<ast::ExprStmt>()) {
      auto* c = es->value->try_as<ast::Constant>();
      if (c && c->ckind == ast::ConstantKind::Str) i = 1;
    }
  }
  bool done = false;
  int prev_line = 0;
  for (; i < body.size(); ++i) {
    ast::Stmt* s = body[i];
    if (done && s->loc.lineno > prev_line) return true;
    prev_line = s->loc.lineno;
    auto* f = s->try_as<ast::ImportFrom>();
    if (!f || f->module != "__future__") {
      done = true;
      continue;
    }
    if (done) return fail("from __future__ imports must occur at the beginning of the file", s->loc, s->loc.col_offset);
    for (const ast::Alias& a : f->names) {
      if (a.name == "annotations") {
        ff.annotations = true;
        continue;
      }
      bool known = false;
      for (const char* k : kKnown) known = known || a.name == k;
      if (known) continue;
      if (a.name == "braces") return fail("not a chance", s->loc, s->loc.col_offset + 1);
      return fail("future feature " + a.name + " is not defined", s->loc, s->loc.col_offset + 1);
    }
    ff.lineno = s->loc.lineno;
  }
  return true;
}

}  // namespace

CompileResult compile_module(Runtime& rt, const ast::Module& mod, std::string_view source, std::string_view filename,
                             bool future_annotations) {
  CompileResult result;
  std::optional<SyntaxErrorInfo> err;
  FutureFeatures ff;
  ff.annotations = future_annotations;
  if (!future_parse(mod, source, ff, err)) {
    result.error = err;
    return result;
  }
  std::unique_ptr<SymTable> st = build_symtable(mod, err, ff.annotations);
  if (!st) {
    if (err) {
      err->text = source_line(source, err->lineno);
      // symtable reports byte columns + 1; convert to character offsets.
      int bc = err->col_offset - 1, ec = err->end_offset - 1;
      err->col_offset = char_offset(err->text, bc);
      if (err->end_lineno == err->lineno) err->end_offset = char_offset(err->text, ec);
      else err->end_offset = 0;
      err->from_compiler = true;
    }
    result.error = err;
    return result;
  }
  try {
    compile::Compiler c(rt, *st, filename);
    c.set_future(ff.annotations, ff.lineno);
    std::unordered_set<std::string> identifiers;
    {
      SourceText text(source);
      LexResult lex = tokenize(text);
      for (const Token& t : lex.tokens)
        if (t.type == Tok::Name) identifiers.emplace(t.text);
    }
    c.set_identifiers(&identifiers);
    result.code = c.compile_module(mod);
  } catch (compile::CompileError& e) {
    SyntaxErrorInfo info;
    info.from_compiler = true;
    info.msg = e.msg;
    info.lineno = e.loc.lineno;
    info.end_lineno = e.loc.end_lineno;
    info.text = source_line(source, e.loc.lineno);
    info.col_offset = char_offset(info.text, e.loc.col_offset);
    // A range over several lines ends on its own line (e.g. an except handler and its body).
    info.end_offset = e.loc.end_lineno == e.loc.lineno
                          ? char_offset(info.text, e.loc.end_col_offset)
                          : char_offset(source_line(source, e.loc.end_lineno), e.loc.end_col_offset);
    result.error = info;
  }
  return result;
}

CompileResult compile_source(Runtime& rt, std::string_view source, std::string_view filename,
                             bool future_annotations, SourceKind kind, ast::ModuleKind mode) {
  ParseOptions opts;
  opts.kind = kind;
  opts.mode = mode;
  opts.filename = std::string(filename);
  ParseResult pr = parse_module(source, opts);
  if (!pr.ok()) {
    CompileResult r;
    r.error = pr.error;
    return r;
  }
  return compile_module(rt, *pr.module, source, filename, future_annotations);
}

}  // namespace ls
