// Printing exceptions the way CPython 3.11 does: "Traceback (most recent call last):", one entry
// per frame with the source line and 3.11's position carets (~~^~~ for operators and subscripts),
// "[Previous line repeated N more times]", chained exceptions, exception groups drawn with their
// +-| margins, __notes__, and "Did you mean" suggestions for NameError/AttributeError.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "object/runtime.hpp"

namespace ls {

// How many traceback entries a report shows (traceback.py's `limit`): the first N when N >= 0,
// the last -N when negative, all when unset. It counts frames, before repeats are collapsed.
using TracebackLimit = std::optional<int64_t>;

// The full report (what CPython writes to stderr for an uncaught exception), ending in "\n".
// With a limit that leaves no entry, the "Traceback (most recent call last):" header goes too.
// `c_style`: a SyntaxError's block as the interpreter prints an uncaught one (pythonrun.c), rather
// than as traceback.py formats it (the traceback module, logging).
std::string format_exception(Runtime& rt, const Value& exc, bool chain = true, TracebackLimit limit = {},
                             bool c_style = false);
// Just the final "Type: message" line(s), with suggestions and notes.
std::string format_exception_only(Runtime& rt, const Value& exc, bool c_style = false);
// The "  File ..., line N, in f\n    source\n    ^^^^\n" entries of a traceback object.
// `c_style`: the source lines as the interpreter's C printer shows them (indentation stripped,
// trailing whitespace kept); else as traceback.py does (stripped at both ends).
std::string format_traceback(Runtime& rt, const Value& tb, TracebackLimit limit = {}, bool c_style = false);
// Writes format_exception() to stderr, as the interpreter prints an uncaught exception.
void print_exception(Runtime& rt, const Value& exc);
// Writes an exception as sys.unraisablehook's default does (write_unraisable_exc_file): the
// traceback, then the type and ': ' + str(exc) -- no chained exceptions, notes or group tree.
void print_unraisable(Runtime& rt, const Value& exc);

// For traceback.py's StackSummary (modules/traceback_module.cpp): the ~~^^ anchors of a source
// segment as character offsets within it (false when it has none: not a binary operation or a
// subscript); the terminal columns of a line's first `nchars` characters (wide ones take 2); a
// traceback entry's instruction position (lines 1-based, columns UTF-8 byte offsets, -1 unknown;
// false when the entry has none).
bool traceback_caret_anchors(const std::string& segment, int* left, int* right);
int traceback_display_width(const std::string& line, int nchars);
bool traceback_positions(const Value& tb, int* lineno, int* end_lineno, int* col, int* end_col);

// Source text of the files the program was compiled from, for the source lines shown.
void register_source(Runtime& rt, std::string_view filename, std::string_view source);
std::string source_line(Runtime& rt, std::string_view filename, int lineno);

}  // namespace ls
