// LoopScope front end: the abstract syntax tree.
//
// The node set, node names and field names mirror CPython 3.11's `ast` module exactly
// (https://docs.python.org/3.11/library/ast.html), so that `ast_dump()` (ast_dump.hpp) can print a
// tree exactly like `ast.dump(ast.parse(src))` and so that CPython's compiler can serve as the model
// for ours. Differences from Python's `ast` are C++ spellings only:
//   - the statement `Expr` is `ExprStmt` (Expr is the expression base class);
//   - helper nodes are capitalized: Arguments, Arg, Keyword, Alias, WithItem, ExceptHandler,
//     Comprehension, MatchCase (Python: arguments, arg, keyword, ...);
//   - Async*/TryStar share the struct of their synchronous twin (see below);
//   - optional identifiers are empty strings, Constant's payload is typed (see CONSTANTS),
//     Constant.kind == 'u' is `u_prefix`; Module.type_ignores and type comments are not kept.
//
// ---------------------------------------------------------------------------------------------
// REPRESENTATION
//   * Two polymorphic families, `Expr` and `Stmt`, each with a `kind` tag (ExprKind / StmtKind).
//     Every concrete node is a struct deriving from one of them (e.g. `struct BinOp : Expr`).
//     Dispatch with a `switch (e->kind)` and downcast with `e->as<BinOp>()` (checked by assert in
//     debug builds) or test with `e->is<BinOp>()` / `e->try_as<BinOp>()` (nullptr if not).
//   * Patterns of match statements form a third family, `Pattern` (PatternKind), used only by
//     Match / MatchCase.
//   * A few node types serve two kinds, distinguished by `kind` only, because their fields are
//     identical:  FunctionDef  = FunctionDef | AsyncFunctionDef   (is_async())
//                 For          = For | AsyncFor                     (is_async())
//                 With         = With | AsyncWith                   (is_async())
//                 Try          = Try | TryStar                      (is_star())
//   * The helper node types of Python's ast (arguments, arg, keyword, alias, withitem,
//     excepthandler, comprehension) are plain value structs held *by value* in their parent
//     (`Arguments`, `Arg`, `Keyword`, `Alias`, `WithItem`, `ExceptHandler`, `Comprehension`).
//   * Child links are raw non-owning pointers (`Expr*`, `Stmt*`). An optional child (`expr?` in
//     the ASDL) is nullptr when absent. An optional identifier (`identifier?`) is an empty string
//     when absent (a real identifier is never empty).
//   * Dict.keys uses nullptr for a `**mapping` entry, exactly as Python does (keys[i] is None).
//   * Arguments.kw_defaults has one entry per kwonlyarg, nullptr where the argument has no default
//     (Python: None). Arguments.defaults has the defaults of the *last* positional parameters
//     (posonlyargs + args), as Python.
//
// OWNERSHIP
//   * Every node is allocated in the `Arena` owned by the `Module` at the root (Module::arena).
//     The Module owns all nodes of the tree; destroying the Module frees them all at once (no
//     recursive destructors, so arbitrarily deep trees are destroyed without deep recursion).
//     Pointers stay valid as long as the Module lives, including after the Module (held by
//     std::unique_ptr) is moved around. Never delete a node yourself.
//   * A compiler may keep raw pointers into the tree while the Module is alive. If it needs to
//     synthesise nodes it may allocate them from the same arena: `module.arena.make<Name>()`.
//
// TRAVERSAL
//   * There is no visitor base class: walk with a switch on `kind` (see ast_dump.cpp for a
//     complete walk over every node and field, which doubles as the reference for field meaning).
//   * Child order inside vectors is source order.
//
// LOCATIONS
//   * Every Expr, Stmt, Pattern, Arg, Keyword, Alias and ExceptHandler carries `loc`:
//     lineno / end_lineno are 1-based line numbers; col_offset / end_col_offset are 0-based
//     *UTF-8 byte* offsets within the line, exactly like CPython's ast attributes (checked against
//     ast.dump(..., include_attributes=True) for the test corpus and ~240 stdlib modules).
//     Arguments, WithItem, Comprehension and MatchCase carry no location (as in Python).
//   * As in CPython 3.11, the FormattedValue nodes of an f-string and its literal Constant parts
//     carry the location of the whole (implicitly concatenated) string; the expressions inside
//     the replacement fields have their real locations.
//
// CONSTANTS  (struct Constant)
//   * `ckind` tells the Python type of the value:
//       None, True, False, Ellipsis   no payload
//       Int      `value` holds the integer's *normalized decimal digits*: no sign (literals are
//                never negative; `-5` is UnaryOp(USub, Constant 5)), no leading zeros, no
//                underscores, "0" for zero. Hex/octal/binary literals are converted to decimal by
//                the lexer, so a compiler with arbitrary-precision ints only needs a decimal parser.
//                When the value fits in int64_t, `fits_i64` is true and `ivalue` holds it.
//       Float    `fvalue` holds the double (decoded with correct rounding by strtod; 1e400 is inf).
//       Complex  an imaginary literal such as `2.5j`: `fvalue` holds the imaginary part; the real
//                part is 0. (A compiler without complex numbers may reject it with a clean error.)
//       Str      `value` holds the decoded text as UTF-8: all escapes (\n \t \x.. \ooo \u.... \U........
//                \N{NAME} -- from a table of ~150 common names; others are a SyntaxError) are
//                decoded, raw strings are kept verbatim, implicit concatenation of
//                adjacent literals is already merged (as CPython does). Lone surrogates such as
//                "\ud800" (not valid UTF-8) are encoded as their 3-byte generalized-UTF-8 sequence.
//                `u_prefix` is true for u"..." literals (Python's Constant.kind == 'u').
//       Bytes    `value` holds the raw bytes.
//
// F-STRINGS
//   * JoinedStr.values is a list of Constant(Str) and FormattedValue nodes, merged as CPython 3.11
//     does (adjacent literal parts joined, empty literal parts dropped). FormattedValue.conversion
//     is -1 (none) or 's', 'r', 'a'; format_spec is nullptr or a JoinedStr. The self-documenting
//     form f"{x=}" is expanded as CPython does: Constant("x=") followed by FormattedValue(x) with
//     conversion 'r' (unless a conversion or format spec is given).
//
// ---------------------------------------------------------------------------------------------
#pragma once

#include <cassert>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ls::ast {

struct Loc {
  int lineno = 0;
  int col_offset = 0;      // UTF-8 bytes, 0-based
  int end_lineno = 0;
  int end_col_offset = 0;  // UTF-8 bytes, 0-based, exclusive
};

// Base of everything that lives in the arena.
struct Node {
  Loc loc;
  Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
  virtual ~Node() = default;
};

// ---------------------------------------------------------------------------------------------
// Enumerations (names as in Python's ast)

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class OperatorKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

enum class StmtKind : uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
  Global, Nonlocal, Expr, Pass, Break, Continue
};
// Match statements are produced unless the parser is told not to
// (ParseOptions::match_statements = false: `match` is then a SyntaxError
// "match statements are not supported").

enum class PatternKind : uint8_t {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr
};

// Python's spelling of each enumerator ("BinOp", "Add", "Load", "AsyncFor", ...).
const char* name(ExprKind k);
const char* name(StmtKind k);
const char* name(PatternKind k);
const char* name(ExprContext c);
const char* name(BoolOpKind k);
const char* name(OperatorKind k);
const char* name(UnaryOpKind k);
const char* name(CmpOpKind k);
// Source spelling of operators: "+", "//", "not in", "and", "~" ...
const char* symbol(OperatorKind k);
const char* symbol(UnaryOpKind k);
const char* symbol(CmpOpKind k);
const char* symbol(BoolOpKind k);

// ---------------------------------------------------------------------------------------------
// Expressions

struct Expr : Node {
  const ExprKind kind;
  explicit Expr(ExprKind k) : kind(k) {}

  template <class T> bool is() const { return T::classof(kind); }
  template <class T> T* as() { assert(is<T>()); return static_cast<T*>(this); }
  template <class T> const T* as() const { assert(is<T>()); return static_cast<const T*>(this); }
  template <class T> T* try_as() { return is<T>() ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* try_as() const { return is<T>() ? static_cast<const T*>(this) : nullptr; }
};

#define LS_AST_EXPR(NAME)                                                        \
  static constexpr ExprKind kKind = ExprKind::NAME;                              \
  static bool classof(ExprKind k) { return k == kKind; }                         \
  NAME() : Expr(kKind) {}

struct BoolOp : Expr {              // a and b and c
  LS_AST_EXPR(BoolOp)
  BoolOpKind op = BoolOpKind::And;
  std::vector<Expr*> values;        // >= 2
};

struct NamedExpr : Expr {           // target := value
  LS_AST_EXPR(NamedExpr)
  Expr* target = nullptr;           // always a Name (ctx Store)
  Expr* value = nullptr;
};

struct BinOp : Expr {
  LS_AST_EXPR(BinOp)
  Expr* left = nullptr;
  OperatorKind op = OperatorKind::Add;
  Expr* right = nullptr;
};

struct UnaryOp : Expr {
  LS_AST_EXPR(UnaryOp)
  UnaryOpKind op = UnaryOpKind::Not;
  Expr* operand = nullptr;
};

struct Arg {                        // Python: arg(arg, annotation?, type_comment?)
  Loc loc;
  std::string arg;
  Expr* annotation = nullptr;
};

struct Arguments {                  // Python: arguments (no location)
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  bool has_vararg = false;          // true iff vararg is present (*args)
  Arg vararg;                       // meaningful only if has_vararg
  std::vector<Arg> kwonlyargs;
  std::vector<Expr*> kw_defaults;   // same length as kwonlyargs; nullptr = no default
  bool has_kwarg = false;           // true iff kwarg is present (**kwargs)
  Arg kwarg;                        // meaningful only if has_kwarg
  std::vector<Expr*> defaults;      // defaults of the last len(defaults) of posonlyargs+args
};

struct Lambda : Expr {
  LS_AST_EXPR(Lambda)
  Arguments args;
  Expr* body = nullptr;
};

struct IfExp : Expr {               // body if test else orelse
  LS_AST_EXPR(IfExp)
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};

struct Dict : Expr {
  LS_AST_EXPR(Dict)
  std::vector<Expr*> keys;          // nullptr entry = `**values[i]` unpacking
  std::vector<Expr*> values;
};

struct Set : Expr {
  LS_AST_EXPR(Set)
  std::vector<Expr*> elts;
};

struct Comprehension {              // Python: comprehension (no location)
  Expr* target = nullptr;           // ctx Store
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};

struct ListComp : Expr {
  LS_AST_EXPR(ListComp)
  Expr* elt = nullptr;
  std::vector<Comprehension> generators;
};

struct SetComp : Expr {
  LS_AST_EXPR(SetComp)
  Expr* elt = nullptr;
  std::vector<Comprehension> generators;
};

struct DictComp : Expr {
  LS_AST_EXPR(DictComp)
  Expr* key = nullptr;
  Expr* value = nullptr;
  std::vector<Comprehension> generators;
};

struct GeneratorExp : Expr {
  LS_AST_EXPR(GeneratorExp)
  Expr* elt = nullptr;
  std::vector<Comprehension> generators;
};

struct Await : Expr {
  LS_AST_EXPR(Await)
  Expr* value = nullptr;
};

struct Yield : Expr {
  LS_AST_EXPR(Yield)
  Expr* value = nullptr;            // optional
};

struct YieldFrom : Expr {
  LS_AST_EXPR(YieldFrom)
  Expr* value = nullptr;
};

struct Compare : Expr {             // left ops[0] comparators[0] ops[1] comparators[1] ...
  LS_AST_EXPR(Compare)
  Expr* left = nullptr;
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;
};

struct Keyword {                    // Python: keyword(arg?, value)
  Loc loc;
  std::string arg;                  // empty for `**value`
  Expr* value = nullptr;
};

struct Call : Expr {
  LS_AST_EXPR(Call)
  Expr* func = nullptr;
  std::vector<Expr*> args;          // positional args; `*x` appears as Starred
  std::vector<Keyword> keywords;    // name=value and **mapping (arg empty)
};

struct FormattedValue : Expr {      // one {replacement field} of an f-string
  LS_AST_EXPR(FormattedValue)
  Expr* value = nullptr;
  int conversion = -1;              // -1, 's', 'r' or 'a'
  Expr* format_spec = nullptr;      // optional; a JoinedStr
};

struct JoinedStr : Expr {           // an f-string
  LS_AST_EXPR(JoinedStr)
  std::vector<Expr*> values;        // Constant(Str) and FormattedValue nodes
};

enum class ConstantKind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };

struct Constant : Expr {
  LS_AST_EXPR(Constant)
  ConstantKind ckind = ConstantKind::None;
  std::string value;                // Int: decimal digits; Str: UTF-8 text; Bytes: raw bytes
  double fvalue = 0.0;              // Float: the value; Complex: the imaginary part
  bool fits_i64 = false;            // Int only: true if the value fits in int64_t
  int64_t ivalue = 0;               // Int only: the value when fits_i64
  bool u_prefix = false;            // Str only: literal had a `u` prefix (Python: kind='u')
};

struct Attribute : Expr {           // value.attr
  LS_AST_EXPR(Attribute)
  Expr* value = nullptr;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};

struct Subscript : Expr {           // value[slice]
  LS_AST_EXPR(Subscript)
  Expr* value = nullptr;
  Expr* slice = nullptr;            // a Slice, a Tuple (a[1:2, 3]) or any expression
  ExprContext ctx = ExprContext::Load;
};

struct Starred : Expr {             // *value
  LS_AST_EXPR(Starred)
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Name : Expr {
  LS_AST_EXPR(Name)
  std::string id;
  ExprContext ctx = ExprContext::Load;
};

struct List : Expr {
  LS_AST_EXPR(List)
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};

struct Tuple : Expr {
  LS_AST_EXPR(Tuple)
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};

struct Slice : Expr {               // lower:upper:step (only directly inside Subscript.slice / a Tuple there)
  LS_AST_EXPR(Slice)
  Expr* lower = nullptr;            // optional
  Expr* upper = nullptr;            // optional
  Expr* step = nullptr;             // optional
};

#undef LS_AST_EXPR

// ---------------------------------------------------------------------------------------------
// Statements

struct Stmt : Node {
  const StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}

  template <class T> bool is() const { return T::classof(kind); }
  template <class T> T* as() { assert(is<T>()); return static_cast<T*>(this); }
  template <class T> const T* as() const { assert(is<T>()); return static_cast<const T*>(this); }
  template <class T> T* try_as() { return is<T>() ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* try_as() const { return is<T>() ? static_cast<const T*>(this) : nullptr; }
};

#define LS_AST_STMT(NAME)                                                        \
  static constexpr StmtKind kKind = StmtKind::NAME;                              \
  static bool classof(StmtKind k) { return k == kKind; }                         \
  NAME() : Stmt(kKind) {}

// FunctionDef and AsyncFunctionDef.
struct FunctionDef : Stmt {
  static bool classof(StmtKind k) { return k == StmtKind::FunctionDef || k == StmtKind::AsyncFunctionDef; }
  explicit FunctionDef(bool async = false) : Stmt(async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef) {}
  bool is_async() const { return kind == StmtKind::AsyncFunctionDef; }
  std::string name;
  Arguments args;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;  // source order (outermost decorator first)
  Expr* returns = nullptr;            // optional `-> annotation`
};

struct ClassDef : Stmt {
  LS_AST_STMT(ClassDef)
  std::string name;
  std::vector<Expr*> bases;
  std::vector<Keyword> keywords;      // metaclass=..., **kw
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
};

struct Return : Stmt {
  LS_AST_STMT(Return)
  Expr* value = nullptr;              // optional
};

struct Delete : Stmt {
  LS_AST_STMT(Delete)
  std::vector<Expr*> targets;         // ctx Del
};

struct Assign : Stmt {                // t1 = t2 = value
  LS_AST_STMT(Assign)
  std::vector<Expr*> targets;         // ctx Store, left to right
  Expr* value = nullptr;
};

struct AugAssign : Stmt {             // target op= value
  LS_AST_STMT(AugAssign)
  Expr* target = nullptr;             // Name, Attribute or Subscript, ctx Store
  OperatorKind op = OperatorKind::Add;
  Expr* value = nullptr;
};

struct AnnAssign : Stmt {             // target: annotation [= value]
  LS_AST_STMT(AnnAssign)
  Expr* target = nullptr;             // Name, Attribute or Subscript, ctx Store
  Expr* annotation = nullptr;
  Expr* value = nullptr;              // optional
  bool simple = false;                // target is a bare Name not in parentheses
};

// For and AsyncFor.
struct For : Stmt {
  static bool classof(StmtKind k) { return k == StmtKind::For || k == StmtKind::AsyncFor; }
  explicit For(bool async = false) : Stmt(async ? StmtKind::AsyncFor : StmtKind::For) {}
  bool is_async() const { return kind == StmtKind::AsyncFor; }
  Expr* target = nullptr;             // ctx Store
  Expr* iter = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};

struct While : Stmt {
  LS_AST_STMT(While)
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};

struct If : Stmt {                    // `elif` is an If alone in orelse
  LS_AST_STMT(If)
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};

struct WithItem {                     // Python: withitem (no location)
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;      // optional; ctx Store
};

// With and AsyncWith.
struct With : Stmt {
  static bool classof(StmtKind k) { return k == StmtKind::With || k == StmtKind::AsyncWith; }
  explicit With(bool async = false) : Stmt(async ? StmtKind::AsyncWith : StmtKind::With) {}
  bool is_async() const { return kind == StmtKind::AsyncWith; }
  std::vector<WithItem> items;
  std::vector<Stmt*> body;
};

// ---- match statements (patterns; Python: pattern, match_case) ----------------------------------

struct Pattern : Node {
  const PatternKind kind;
  explicit Pattern(PatternKind k) : kind(k) {}
  template <class T> bool is() const { return T::classof(kind); }
  template <class T> T* as() { assert(is<T>()); return static_cast<T*>(this); }
  template <class T> const T* as() const { assert(is<T>()); return static_cast<const T*>(this); }
};

#define LS_AST_PATTERN(NAME)                                                     \
  static constexpr PatternKind kKind = PatternKind::NAME;                        \
  static bool classof(PatternKind k) { return k == kKind; }                      \
  NAME() : Pattern(kKind) {}

struct MatchValue : Pattern {         // a literal, a dotted name (x.y), -1, 1+2j
  LS_AST_PATTERN(MatchValue)
  Expr* value = nullptr;
};
struct MatchSingleton : Pattern {     // None, True, False
  LS_AST_PATTERN(MatchSingleton)
  ConstantKind value = ConstantKind::None;  // None, True or False
};
struct MatchSequence : Pattern {      // [a, *rest], (a, b), a, b
  LS_AST_PATTERN(MatchSequence)
  std::vector<Pattern*> patterns;
};
struct MatchMapping : Pattern {       // {"k": p, **rest}
  LS_AST_PATTERN(MatchMapping)
  std::vector<Expr*> keys;            // literals or dotted names
  std::vector<Pattern*> patterns;
  std::string rest;                   // empty if no **rest
};
struct MatchClass : Pattern {         // Point(x, y=0)
  LS_AST_PATTERN(MatchClass)
  Expr* cls = nullptr;                // Name or Attribute
  std::vector<Pattern*> patterns;
  std::vector<std::string> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
};
struct MatchStar : Pattern {          // *name inside a sequence pattern
  LS_AST_PATTERN(MatchStar)
  std::string name;                   // empty for *_
};
struct MatchAs : Pattern {            // `name`, `p as name`, `_` (both empty)
  LS_AST_PATTERN(MatchAs)
  Pattern* pattern = nullptr;         // optional
  std::string name;                   // empty for the wildcard
};
struct MatchOr : Pattern {            // p1 | p2 | ...
  LS_AST_PATTERN(MatchOr)
  std::vector<Pattern*> patterns;
};
#undef LS_AST_PATTERN

struct MatchCase {                    // Python: match_case (no location)
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;              // optional `if` guard
  std::vector<Stmt*> body;
};

struct Match : Stmt {
  LS_AST_STMT(Match)
  Expr* subject = nullptr;
  std::vector<MatchCase> cases;
};

struct Raise : Stmt {
  LS_AST_STMT(Raise)
  Expr* exc = nullptr;                // optional
  Expr* cause = nullptr;              // optional (`from cause`)
};

struct ExceptHandler {                // Python: ExceptHandler(type?, name?, body)
  Loc loc;
  Expr* type = nullptr;               // optional
  std::string name;                   // empty if no `as name`
  std::vector<Stmt*> body;
};

// Try and TryStar (except*).
struct Try : Stmt {
  static bool classof(StmtKind k) { return k == StmtKind::Try || k == StmtKind::TryStar; }
  explicit Try(bool star = false) : Stmt(star ? StmtKind::TryStar : StmtKind::Try) {}
  bool is_star() const { return kind == StmtKind::TryStar; }
  std::vector<Stmt*> body;
  std::vector<ExceptHandler> handlers;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
};

struct Assert : Stmt {
  LS_AST_STMT(Assert)
  Expr* test = nullptr;
  Expr* msg = nullptr;                // optional
};

struct Alias {                        // Python: alias(name, asname?)
  Loc loc;
  std::string name;                   // dotted name ("a.b.c") or "*"
  std::string asname;                 // empty if absent
};

struct Import : Stmt {
  LS_AST_STMT(Import)
  std::vector<Alias> names;
};

struct ImportFrom : Stmt {
  LS_AST_STMT(ImportFrom)
  std::string module;                 // empty if absent (`from . import x`)
  std::vector<Alias> names;
  int level = 0;                      // number of leading dots
};

struct Global : Stmt {
  LS_AST_STMT(Global)
  std::vector<std::string> names;
};

struct Nonlocal : Stmt {
  LS_AST_STMT(Nonlocal)
  std::vector<std::string> names;
};

struct ExprStmt : Stmt {              // Python: Expr(value)  (renamed: `Expr` is the base class)
  static constexpr StmtKind kKind = StmtKind::Expr;
  static bool classof(StmtKind k) { return k == kKind; }
  ExprStmt() : Stmt(kKind) {}
  Expr* value = nullptr;
};

struct Pass : Stmt { LS_AST_STMT(Pass) };
struct Break : Stmt { LS_AST_STMT(Break) };
struct Continue : Stmt { LS_AST_STMT(Continue) };

#undef LS_AST_STMT

// ---------------------------------------------------------------------------------------------
// Ownership

// Owns every node of one tree. Nodes are never freed individually.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&&) noexcept = default;
  Arena& operator=(Arena&&) noexcept = default;

  template <class T, class... A>
  T* make(A&&... a) {
    auto p = std::make_unique<T>(std::forward<A>(a)...);
    T* raw = p.get();
    nodes_.push_back(std::move(p));
    return raw;
  }
  size_t size() const { return nodes_.size(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

// The root: Python's Module(body, type_ignores). Owns the whole tree.
// What the source was compiled as (CPython's compile() modes): a module ('exec'), one expression
// ('eval': body is a single ExprStmt whose value the code returns) or one interactive statement
// ('single': expression statements print their value through sys.displayhook).
enum class ModuleKind : uint8_t { Exec, Eval, Single };

struct Module {
  std::vector<Stmt*> body;
  ModuleKind kind = ModuleKind::Exec;
  Arena arena;
};

}  // namespace ls::ast
