// Constructors of the standard-library modules written in C++ (listed in registry.cpp's
// kNativeModules table). The others are Python files in core/modules/py/.
#pragma once

#include "object/runtime.hpp"

namespace ls {

Value make_time_module(Runtime& rt);
Value make_math_module(Runtime& rt);
Value make_random_core_module(Runtime& rt);
Value make_warnings_core_module(Runtime& rt);
// A warning from a place in CPython's Python asyncio source (asyncio/FILE:LINE in `module`), which
// LoopScope runs as C++: warnings.warn_explicit with that module's registry and, for its line,
// the text of CPython's source there.
bool warn_asyncio_site(Runtime& rt, TypeObject* category, std::string_view msg, const char* file, int line,
                       const char* module, const Value& source);
Value make_traceback_core_module(Runtime& rt);
Value make_hashlib_core_module(Runtime& rt);
Value make_gc_module(Runtime& rt);
Value make_loopscope_module(Runtime& rt);
Value make_weakref_core_module(Runtime& rt);

}  // namespace ls
