// cell: a variable shared between a function and the closures nested in it.
#pragma once

#include "object/runtime.hpp"

namespace ls {

struct CellObject : Object {
  Value ref;  // null: empty (unbound)
};

inline CellObject* as_cell(const Value& v) { return static_cast<CellObject*>(v.obj()); }
Value make_cell(Runtime& rt, Value content);

}  // namespace ls
