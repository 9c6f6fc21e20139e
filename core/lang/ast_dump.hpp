// LoopScope front end: renders an AST exactly like CPython 3.11's `ast.dump()` — the test oracle
// (tests/parser/make_expected.py writes ast.dump(ast.parse(src)) for each case).
#pragma once

#include <string>
#include <string_view>

#include "ast.hpp"

namespace ls {

// ast.dump(tree) with the default arguments (annotate_fields=True, indent=None); with
// include_attributes=true, like ast.dump(tree, include_attributes=True).
std::string ast_dump(const ast::Module& module, bool include_attributes = false);
std::string ast_dump(const ast::Expr* expr, bool include_attributes = false);
std::string ast_dump(const ast::Stmt* stmt, bool include_attributes = false);

// Python's repr() of a str given as UTF-8 ('abc', "it's", '\n', '\x00', 'é').
std::string py_repr_str(std::string_view utf8);
// Python's repr() of bytes (b'a\x00').
std::string py_repr_bytes(std::string_view bytes);
// Python's repr() of a float: shortest round-tripping digits ('0.1', '1e+16', '1.5e-05', 'inf').
std::string py_repr_float(double v);
// Python's repr() of an imaginary number 0+vj ('2j', '2.5j', 'infj').
std::string py_repr_imag(double v);

}  // namespace ls
