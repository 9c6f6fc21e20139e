// LoopScope front end: how a syntax error is reported (no C++ exceptions cross the public API).
#pragma once

#include <string>
#include <string_view>

namespace ls {

// One compile-time error, with CPython 3.11's exception type, message and location.
struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // "SyntaxError" | "IndentationError" | "TabError" | "MemoryError"
                                     // (MemoryError: CPython's parser-stack overflow on absurdly deep
                                     //  nesting; msg is empty and there is no location)
  std::string msg;                   // e.g. "expected ':'"
  int lineno = 0;                    // 1-based; 0 if unknown
  int col_offset = 0;                // 1-based offset in *characters* (code points), as SyntaxError.offset
  int end_lineno = 0;                // 1-based; 0 if unknown
  int end_offset = 0;                // 1-based, exclusive, in characters, as SyntaxError.end_offset
  std::string text;                  // the source line containing the error, with its '\n' if it had one
  bool from_compiler = false;        // found by the symtable or compiler pass (CPython reads the text
                                     // from the file then: a source string's error has text None)
};

// Renders exactly what CPython 3.11 prints on stderr for an uncaught SyntaxError raised while
// compiling a script file named `filename` (no "Traceback" header for SyntaxErrors):
//
//     File "main.py", line 3
//       x = (1,
//           ^
//   SyntaxError: '(' was never closed
//
// The result ends with '\n'. Without a line number (lineno == 0) only the last line is printed.
std::string format_syntax_error(const SyntaxErrorInfo& err, std::string_view filename);

}  // namespace ls
