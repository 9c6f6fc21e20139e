// The compiler: AST -> code objects (bytecode, constants, names, exception table, positions).
#pragma once

#include <optional>
#include <string_view>

#include "lang/ast.hpp"
#include "lang/parser.hpp"
#include "lang/syntax_error.hpp"
#include "object/runtime.hpp"

namespace ls {

struct CompileResult {
  Value code;                             // CodeObject of the module, on success
  std::optional<SyntaxErrorInfo> error;   // compile-time SyntaxError otherwise
};

// Compiles a parsed module. `source` is used to fill SyntaxErrorInfo::text.
// `future_annotations`: compiled as if it began with `from __future__ import annotations` (the
// future features exec() and eval() inherit from the code that calls them).
CompileResult compile_module(Runtime& rt, const ast::Module& mod, std::string_view source,
                             std::string_view filename, bool future_annotations = false);

// Parses and compiles in one go (the usual entry point). `kind`: a file, or a string given to
// exec() (error offsets are then counted as CPython's string tokenizer does).
// `mode`: compile()'s 'exec', 'eval' or 'single'.
CompileResult compile_source(Runtime& rt, std::string_view source, std::string_view filename,
                             bool future_annotations = false, SourceKind kind = SourceKind::File,
                             ast::ModuleKind mode = ast::ModuleKind::Exec);

}  // namespace ls
