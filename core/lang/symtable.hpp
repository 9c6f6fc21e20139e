// Symbol table: decides, for every name in every scope, whether it is local, global, free
// (closure), or a cell shared with nested scopes — CPython's symtable.c rules, including class
// scopes, comprehensions as their own scopes, the implicit __class__ cell for super(), walrus
// targets in comprehensions, and the compile-time errors those rules imply.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.hpp"
#include "lang/syntax_error.hpp"

namespace ls {

enum class ScopeKind { Module, Function, Class, Lambda, Comprehension };

enum SymFlag : uint32_t {
  kDefGlobal = 1,
  kDefLocal = 2,
  kDefParam = 4,
  kDefNonlocal = 8,
  kUse = 16,
  kDefFree = 32,
  kDefFreeClass = 64,
  kDefImport = 128,
  kDefAnnot = 256,
  kDefCompIter = 512,
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

enum class NameScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

struct SymScope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;
  const void* node = nullptr;     // the AST node that opens the scope
  SymScope* parent = nullptr;
  std::vector<std::unique_ptr<SymScope>> children;
  std::vector<std::string> order;  // names in order of first appearance
  std::unordered_map<std::string, uint32_t> flags;
  std::unordered_map<std::string, NameScope> scopes;  // result of analysis
  std::vector<std::string> params;  // parameter names in order (functions)
  bool is_generator = false;
  bool is_coroutine = false;        // async def, or a comprehension that must be awaited
  bool has_free = false;            // uses free variables of enclosing scopes
  bool child_free = false;
  bool needs_class_closure = false; // class body that must create the __class__ cell
  bool is_nested = false;
  bool comp_iter_expr = false;      // currently visiting a comprehension's iterable
  std::string class_name;           // enclosing class name for private-name mangling
  std::unordered_map<std::string, ast::Loc> nonlocal_locs;  // where each nonlocal was declared
  std::unordered_map<std::string, ast::Loc> directive_locs;  // each name's first global/nonlocal

  NameScope scope_of(const std::string& n) const;
  bool has_flag(const std::string& n, uint32_t f) const {
    auto it = flags.find(n);
    return it != flags.end() && (it->second & f);
  }
  // Cell and free variable names in the order the compiler numbers them.
  std::vector<std::string> cellvars() const;
  std::vector<std::string> freevars() const;
};

struct SymTable {
  std::unique_ptr<SymScope> top;
  std::unordered_map<const void*, SymScope*> by_node;
  SymScope* lookup(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
  }
};

// Builds and analyses the symbol table. Errors come back in `err` with CPython's message and
// location (source line text is filled in by the caller).
// With future_annotations (`from __future__ import annotations`) annotations are not visited.
std::unique_ptr<SymTable> build_symtable(const ast::Module& mod, std::optional<SyntaxErrorInfo>& err,
                                         bool future_annotations = false);

// Private name mangling inside classes: __x -> _Class__x.
std::string mangle(const std::string& class_name, const std::string& name);

}  // namespace ls
