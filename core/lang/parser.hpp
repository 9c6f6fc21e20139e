// LoopScope front end: the parser (source text -> ast::Module).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "ast.hpp"
#include "syntax_error.hpp"

namespace ls {

struct ParseResult {
  std::unique_ptr<ast::Module> module;  // set on success
  std::optional<SyntaxErrorInfo> error; // set on failure (then module is null)
  bool ok() const { return module != nullptr; }
};

// Where the source comes from. It changes only the error *offsets*, as in CPython:
//  - File:   a script file (`python3 main.py`). Offsets of errors found by the parser are UTF-8
//            byte offsets, and errors located at end of file have offset 0 (no caret printed).
//  - String: `compile(src, ...)`, `exec(src)`, `ast.parse(src)`: offsets are in characters.
// Errors found by the tokenizer itself (unterminated string, invalid character, ...) use character
// offsets in both modes.
enum class SourceKind { File, String };

// Parses a whole module (Python's `compile(source, filename, "exec")` up to the AST, i.e.
// `ast.parse(source)`). `source` is UTF-8 (a leading BOM is skipped). Never throws.
// Errors that CPython reports from its *compiler* (symtable pass) — 'return' outside function,
// 'await' outside function, 'nonlocal' at module level, 'break' outside loop, ... — are NOT
// reported here: the AST keeps enough information (locations) for the compiler to raise them.
ParseResult parse_module(std::string_view source, SourceKind kind = SourceKind::File);

struct ParseOptions {
  SourceKind kind = SourceKind::File;
  // Produce ast::Match nodes for `match` statements (on by default). When off, a `match`
  // statement is a SyntaxError "match statements are not supported" (a soft keyword:
  // `match = 1`, `match(x)` are ordinary statements either way).
  bool match_statements = true;
  // Only used in the message for a file that is not valid UTF-8 (CPython names the file there).
  std::string filename = "main.py";
  // compile()'s mode: 'exec' (a module), 'eval' (`eval: expressions NEWLINE* ENDMARKER`, the source
  // taken as it is: no NEWLINE added at its end) or 'single' (`interactive: statement_newline`).
  ast::ModuleKind mode = ast::ModuleKind::Exec;
};
ParseResult parse_module(std::string_view source, const ParseOptions& opts);

}  // namespace ls
