// Internal to the compiler (compile_*.cpp): the per-code-unit emitter and the AST walkers.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/ast.hpp"
#include "lang/code.hpp"
#include "lang/opcodes.hpp"
#include "lang/symtable.hpp"
#include "lang/syntax_error.hpp"
#include "object/runtime.hpp"

namespace ls::compile {

struct CompileError {
  std::string msg;
  ast::Loc loc;
};

enum class FBlockKind {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
  ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
};

struct FBlock {
  // FBlock{kind} and FBlock{kind, start, exit, ...}: a constructor, so omitted fields take their
  // defaults without -Wmissing-field-initializers.
  FBlock(FBlockKind k, int start_label = -1, int exit_label = -1,
         const std::vector<ast::Stmt*>* final_body = nullptr, const ast::Stmt* s = nullptr)
      : kind(k), start(start_label), exit(exit_label), finalbody(final_body), stmt(s) {}
  FBlockKind kind;
  int start = -1;  // label (loops: continue target)
  int exit = -1;   // label (loops: break target)
  const std::vector<ast::Stmt*>* finalbody = nullptr;
  const ast::Stmt* stmt = nullptr;  // With: for the location of the implicit __exit__ call
  std::string name;                 // HandlerCleanup: the `as` name
  bool has_name = false;
};

struct HandlerRec {
  int label;
  int depth;
  bool lasti;
};

// One code object being built.
struct Unit {
  SymScope* scope = nullptr;
  std::string name;
  std::string qualname;
  std::string private_name;  // class name for mangling
  int firstlineno = 1;
  uint32_t flags = 0;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;

  std::vector<uint32_t> instrs;
  std::vector<SourcePos> pos;
  std::vector<int> handler_of;       // per instruction: HandlerRec index or -1
  std::vector<HandlerRec> handlers;
  std::vector<int> handler_stack;    // active HandlerRec indexes
  std::vector<int> label_pos;
  std::vector<int> label_depth;

  std::vector<Value> consts;
  std::unordered_map<std::string, int> const_index;
  std::vector<std::string> names;
  std::unordered_map<std::string, int> name_index;
  std::vector<std::string> varnames;
  std::unordered_map<std::string, int> varname_index;
  std::vector<std::string> cellvars, freevars;
  std::unordered_map<std::string, int> cell_index, free_index;

  std::vector<FBlock> fblocks;
  SourcePos loc;
  int depth = 0;
  int maxdepth = 0;
  bool reachable = true;
  bool is_function = false;  // function / lambda / comprehension (fast locals)
  bool is_async = false;     // coroutine or async generator code
  bool is_async_gen = false;
};

// State of one case's pattern while it compiles (compile.c's pattern_context).
struct PatternContext {
  std::vector<std::string> stores;  // names captured so far, their values kept on the stack
  bool allow_irrefutable = false;
  std::vector<int> fail_pop;        // fail_pop[n]: label that pops n items and fails the case
  int on_top = 0;                   // items on top of the stack to pop on failure
};

class Compiler {
 public:
  Compiler(Runtime& rt, SymTable& st, std::string_view filename) : rt_(rt), st_(st), filename_(filename) {}
  Value compile_module(const ast::Module& mod);
  // `from __future__ import annotations` (annotations are stored as strings) and the line of
  // the last future import (a later one is a SyntaxError), as future.c finds them.
  void set_future(bool annotations, int lineno) {
    future_annotations_ = annotations;
    future_lineno_ = lineno;
  }
  // The identifiers of the source (its NAME tokens), which CPython's parser interns: a set
  // display's string constant equal to one is replaced when the code object interns its
  // constants, and the frozenset is rebuilt once more (frozenset_display_constant's `reinterned`).
  void set_identifiers(const std::unordered_set<std::string>* ids) { identifiers_ = ids; }

 private:
  friend struct UnitScope;
  Runtime& rt_;
  SymTable& st_;
  std::string filename_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;
  bool interactive_ = false;
  bool future_annotations_ = false;
  int future_lineno_ = 0;
  const std::unordered_set<std::string>* identifiers_ = nullptr;
  bool reinterned_by_identifiers(const std::vector<Value>& items) const;

  [[noreturn]] void error(const std::string& msg, const ast::Loc& loc);

  // --- units ---
  void enter_unit(SymScope* scope, const std::string& name, int firstlineno, const void* node);
  Value leave_unit();  // assembles and returns the CodeObject
  Value assemble(Unit& u);

  // --- emission ---
  int new_label();
  void bind(int label);
  void emit(Op op, uint32_t arg = 0);
  void emit_jump(Op op, int label);
  int stack_effect(Op op, uint32_t arg, bool jump) const;
  void push_handler(int label, bool lasti, int depth_adjust = 0);  // SETUP_FINALLY/CLEANUP/WITH
  void pop_handler();                                              // POP_BLOCK
  void set_loc(const ast::Loc& loc);
  // CPython's update_start_location_to_match_attr: an attribute spanning lines is located at its
  // name on its last line (LOAD_ATTR, LOAD_METHOD, STORE_ATTR, DELETE_ATTR and the method CALL).
  void set_attr_loc(const ast::Attribute* a);
  void set_no_loc();

  int add_const(Value v, const std::string& key);
  int const_none();
  int const_str(const std::string& s);
  void load_const_none() { emit(Op::LOAD_CONST, static_cast<uint32_t>(const_none())); }
  int add_name(const std::string& n);
  int add_varname(const std::string& n);

  // --- names ---
  enum class Ctx { Load, Store, Del };
  void nameop(const std::string& raw, Ctx ctx, const ast::Loc& loc);
  // CPython's forbidden_name / compiler_check_debug_args: __debug__ cannot be bound or deleted.
  void forbid_debug_name(const std::string& name, Ctx ctx, const ast::Loc& loc);
  void forbid_debug_args(const ast::Arguments& args, const ast::Loc& loc);
  std::string mangled(const std::string& n) const;

  // --- frame blocks ---
  void push_fblock(FBlock b);
  void pop_fblock(FBlockKind kind);
  void unwind_fblock(const FBlock& b, bool preserve_tos);
  // Unwinds the frame-block stack for return/break/continue; returns the index of the loop
  // block in u_->fblocks (or -1).
  int unwind_fblock_stack(bool preserve_tos, bool stop_at_loop);

  // --- statements ---
  void stmts(const std::vector<ast::Stmt*>& body);
  void stmt(ast::Stmt* s);
  void function_def(ast::FunctionDef* f);
  void class_def(ast::ClassDef* c);
  void assign(ast::Assign* a);
  void aug_assign(ast::AugAssign* a);
  void ann_assign(ast::AnnAssign* a);
  void for_stmt(ast::For* f);
  void async_for_stmt(ast::For* f);
  void while_stmt(ast::While* w);
  void if_stmt(ast::If* i);
  void with_stmt(ast::With* w, size_t pos);
  void async_with_stmt(ast::With* w, size_t pos);
  void with_except_finish(int cleanup);
  void call_exit_with_nones();
  void try_stmt(ast::Try* t);
  void try_except(ast::Try* t);
  void try_finally(ast::Try* t);
  void try_star_except(ast::Try* t);
  void try_star_finally(ast::Try* t);
  void raise_stmt(ast::Raise* r);
  void assert_stmt(ast::Assert* a);
  void import_stmt(ast::Import* i);
  void import_from(ast::ImportFrom* i);
  void return_stmt(ast::Return* r);
  void break_stmt(ast::Stmt* s);
  void continue_stmt(ast::Stmt* s);
  void delete_target(ast::Expr* e);
  // An annotation's value: evaluated, or its source text under `from __future__ import annotations`.
  void annotation(ast::Expr* e);
  bool find_annotations(const std::vector<ast::Stmt*>& body);

  // --- match statements (compile_match.cpp) ---
  void match_stmt(ast::Match* m);
  void pattern(ast::Pattern* p, PatternContext& pc);
  void pattern_subpattern(ast::Pattern* p, PatternContext& pc);
  void pattern_value(ast::MatchValue* p, PatternContext& pc);
  void pattern_singleton(ast::MatchSingleton* p, PatternContext& pc);
  void pattern_sequence(ast::MatchSequence* p, PatternContext& pc);
  void pattern_mapping(ast::MatchMapping* p, PatternContext& pc);
  void pattern_class(ast::MatchClass* p, PatternContext& pc);
  void pattern_as(ast::MatchAs* p, PatternContext& pc);
  void pattern_or(ast::MatchOr* p, PatternContext& pc);
  void pattern_store_name(const std::string& name, PatternContext& pc);
  void pattern_rotate(int count);
  void ensure_fail_pop(PatternContext& pc, size_t n);
  void jump_to_fail_pop(PatternContext& pc, Op op);
  void emit_and_reset_fail_pop(PatternContext& pc);
  void load_small_int(int64_t i);
  ast::Loc pattern_loc_;  // the pattern being compiled (compile errors point there)

  // --- expressions ---
  void expr(ast::Expr* e);
  void store(ast::Expr* target);
  void jump_if(ast::Expr* e, int label, bool cond);  // jumps to label when bool(e) == cond
  void call(ast::Call* c);
  void call_helper(int n_already, const std::vector<ast::Expr*>& args, const std::vector<ast::Keyword>& kws);
  bool has_starred(const std::vector<ast::Expr*>& v) const;
  void starunpack(const std::vector<ast::Expr*>& elts, Op build, Op extend, bool tuple);
  void unpack_targets(const std::vector<ast::Expr*>& elts, const ast::Loc& loc);
  void compare(ast::Compare* c);
  // CPython's compile-time SyntaxWarnings ("is" with a literal, an always-true assertion).
  void syntax_warning(const ast::Loc& loc, const std::string& msg);
  void check_is_literal(ast::Compare* c);
  void check_caller(ast::Expr* func);
  void check_subscript(ast::Subscript* s);
  void last_comparator(ast::Compare* c);
  void boolop(ast::BoolOp* b);
  void dict(ast::Dict* d);
  void subscript(ast::Subscript* s);
  void slice(ast::Slice* s);
  void joined_str(ast::JoinedStr* j);
  void formatted_value(ast::FormattedValue* f);
  void lambda(ast::Lambda* l);
  void comprehension(ast::Expr* node, const std::vector<ast::Comprehension>& gens, ast::Expr* elt,
                     ast::Expr* value);
  void comprehension_generator(const std::vector<ast::Comprehension>& gens, size_t index, int depth,
                               ast::Expr* elt, ast::Expr* value, int type);
  void comprehension_async_generator(const std::vector<ast::Comprehension>& gens, size_t index, int depth,
                                     ast::Expr* elt, ast::Expr* value, int type);
  void yield_from_loop(bool await);
  void await_expr(ast::Await* a);
  void constant(ast::Constant* c);
  Value constant_value(ast::Constant* c, std::string* key);
  // Constant folding (ast_opt.c): the folded value of e, or null.
  Value fold(ast::Expr* e);
  std::string const_key(const Value& v);
  bool emit_folded(ast::Expr* e);
  bool const_display(ast::Expr* e, const std::vector<ast::Expr*>& elts, Op build, Op extend);
  void iterable(ast::Expr* e);  // an expression only iterated: lists/sets of constants fold
  Value const_str_value(const std::string& s);

  // Functions and closures.
  void make_closure(Value code, uint32_t flags, const std::string& qualname);
  int defaults(const ast::Arguments& a);  // returns MAKE_FUNCTION flags
  std::string qualname_for(const std::string& name);
  void docstring_and_body(const std::vector<ast::Stmt*>& body);
  void set_arg_counts(const ast::Arguments& a);

  bool in_async_function() const;
};

}  // namespace ls::compile
