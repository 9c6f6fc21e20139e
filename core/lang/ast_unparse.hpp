// LoopScope front end: an expression back to source text, exactly as CPython 3.11's C unparser
// (Python/ast_unparse.c, _PyAST_ExprAsUnicode) writes it. The compiler uses it for the string
// annotations of `from __future__ import annotations` (`Optional["Node"]` -> "Optional['Node']").
// Its precedence rules and spacing are those of the C unparser, which differ in details from the
// `ast.unparse` of Lib/ast.py (e.g. "lambda*a: 0", no parentheses elision for tuples in
// subscripts beyond PR_TUPLE).
#pragma once

#include <string>

#include "ast.hpp"

namespace ls {

// The text of `e` at the level of a full annotation (PR_TEST): `a if b else c`, `x | None`.
std::string unparse_expr(const ast::Expr* e);

}  // namespace ls
