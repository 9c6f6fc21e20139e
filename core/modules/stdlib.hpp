// Constructors of the standard-library modules written in C++ (listed in registry.cpp's
// kNativeModules table). The others are Python files in core/modules/py/.
#pragma once

#include "object/runtime.hpp"

namespace ls {

Value make_time_module(Runtime& rt);
Value make_math_module(Runtime& rt);
Value make_random_core_module(Runtime& rt);
Value make_warnings_core_module(Runtime& rt);
Value make_traceback_core_module(Runtime& rt);
Value make_hashlib_core_module(Runtime& rt);
Value make_gc_module(Runtime& rt);
Value make_loopscope_module(Runtime& rt);
Value make_weakref_core_module(Runtime& rt);

}  // namespace ls
