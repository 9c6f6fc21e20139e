// module objects: a namespace dict with a name.
#pragma once

#include "object/runtime.hpp"

namespace ls {

struct ModuleObject : Object {
  Value dict;  // DictObject
  Value name;  // str
};

inline ModuleObject* as_module(const Value& v) { return static_cast<ModuleObject*>(v.obj()); }
Value make_module(Runtime& rt, std::string_view name);
// Adds `fn` as `name` to a module's namespace.
void module_add(Runtime& rt, const Value& module, const char* name, Value v);
void module_add_function(Runtime& rt, const Value& module, const char* name,
                         Value (*fn)(Runtime&, const Value&, CallArgs));

void init_module_type(Runtime& rt);

}  // namespace ls
