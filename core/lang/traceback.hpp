// Printing exceptions the way CPython 3.11 does: "Traceback (most recent call last):", one entry
// per frame with the source line and 3.11's position carets (~~^~~ for operators and subscripts),
// "[Previous line repeated N more times]", chained exceptions, exception groups drawn with their
// +-| margins, __notes__, and "Did you mean" suggestions for NameError/AttributeError.
#pragma once

#include <string>
#include <string_view>

#include "object/runtime.hpp"

namespace ls {

// The full report (what CPython writes to stderr for an uncaught exception), ending in "\n".
std::string format_exception(Runtime& rt, const Value& exc, bool chain = true);
// Just the final "Type: message" line(s), with suggestions and notes.
std::string format_exception_only(Runtime& rt, const Value& exc);
// The "  File ..., line N, in f\n    source\n    ^^^^\n" entries of a traceback object.
std::string format_traceback(Runtime& rt, const Value& tb);
// Writes format_exception() to stderr.
void print_exception(Runtime& rt, const Value& exc);

// Source text of the files the program was compiled from, for the source lines shown.
void register_source(Runtime& rt, std::string_view filename, std::string_view source);
std::string source_line(Runtime& rt, std::string_view filename, int lineno);

}  // namespace ls
