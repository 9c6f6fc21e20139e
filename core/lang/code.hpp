// Code objects: the compiled form of a module, class body, function or comprehension.
#pragma once

#include <string>
#include <vector>

#include "object/runtime.hpp"

namespace ls {

enum CodeFlags : uint32_t {
  kCoOptimized = 1,
  kCoNewLocals = 2,
  kCoVarargs = 4,
  kCoVarkeywords = 8,
  kCoNested = 16,
  kCoGenerator = 32,
  kCoNoFree = 64,
  kCoCoroutine = 128,
  kCoIterableCoroutine = 256,
  kCoAsyncGenerator = 512,
  kCoFutureAnnotations = 0x1000000,  // CO_FUTURE_ANNOTATIONS
  // LoopScope's own: Python code of a frozen module standing for a function CPython writes in C.
  // Its frames are invisible like a C call's: no traceback entry, skipped by f_back/_getframe.
  kCoNative = 1u << 30,
};

// One row of the exception table: instructions [start, end) are handled by `handler`, which runs
// with the value stack cut to `depth` (plus the instruction index when `lasti`) and the exception
// pushed on top.
struct ExceptionEntry {
  uint32_t start;
  uint32_t end;
  uint32_t handler;
  uint32_t depth;
  bool lasti;
};

// Source span of an instruction (1-based lines, 0-based UTF-8 byte columns; -1 = unknown).
struct SourcePos {
  int32_t line = -1;
  int32_t end_line = -1;
  int32_t col = -1;
  int32_t end_col = -1;
};

// Inline cache of LOAD_GLOBAL / LOAD_ATTR / LOAD_METHOD (one per instruction that uses one).
struct InlineCache {
  uint64_t key1 = 0;   // dict version or type version
  uint64_t key2 = 0;
  Object* value = nullptr;  // borrowed: valid while the keys match
};

struct CodeObject : Object {
  std::vector<uint32_t> code;
  std::vector<SourcePos> positions;       // one per instruction
  std::vector<ExceptionEntry> exc_table;  // innermost entries first
  std::vector<InlineCache> caches;        // one per instruction (lazily sized)
  Value consts;            // tuple
  Value names;             // tuple of interned str
  Value varnames;          // tuple: local variable names (arguments first)
  Value cellvars;          // tuple
  Value freevars;          // tuple
  std::vector<int32_t> cell2arg;  // per cell variable: the argument it starts from, or -1
  int32_t nlocals = 0;
  int32_t ncells = 0;
  int32_t nfrees = 0;
  int32_t argcount = 0;
  int32_t posonlyargcount = 0;
  int32_t kwonlyargcount = 0;
  int32_t stacksize = 0;
  uint32_t flags = 0;
  int32_t firstlineno = 0;
  Value name;              // str
  Value qualname;          // str
  Value filename;          // str

  int32_t nlocalsplus() const { return nlocals + ncells + nfrees; }
  int line_at(int32_t index) const {
    if (index < 0 || index >= static_cast<int32_t>(positions.size())) return firstlineno;
    int l = positions[static_cast<size_t>(index)].line;
    return l < 0 ? firstlineno : l;
  }
};

inline CodeObject* as_code(const Value& v) { return static_cast<CodeObject*>(v.obj()); }
Ref<CodeObject> new_code(Runtime& rt);
// Finds the innermost handler for instruction `index`, or null.
const ExceptionEntry* find_handler(const CodeObject* code, uint32_t index);
// Human-readable disassembly (for tests and debugging).
std::string disassemble(Runtime& rt, const CodeObject* code);

void init_code_type(Runtime& rt);

}  // namespace ls
