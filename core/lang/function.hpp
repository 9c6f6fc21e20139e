// Python functions (def / lambda): code + globals + defaults + closure.
#pragma once

#include "lang/code.hpp"
#include "object/runtime.hpp"

namespace ls {

struct FunctionObject : Object {
  Value code;         // CodeObject
  Value globals;      // dict
  Value builtins;     // dict
  Value name;         // str
  Value qualname;     // str
  Value module;       // __module__
  Value doc;          // __doc__ or null
  Value defaults;     // tuple or null
  Value kwdefaults;   // dict or null
  Value closure;      // tuple of cells or null
  Value annotations;  // dict or null
};

inline FunctionObject* as_function(const Value& v) { return static_cast<FunctionObject*>(v.obj()); }
Value make_function(Runtime& rt, const Value& code, const Value& globals, const Value& qualname);
// The builtins a frame running with `globals` uses: globals['__builtins__'] (a module's dict, or a
// dict), else the interpreter's.
Value builtins_from_globals(Runtime& rt, const Value& globals);

void init_function_type(Runtime& rt);

}  // namespace ls
