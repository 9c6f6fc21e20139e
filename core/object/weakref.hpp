// Weak references (CPython's Objects/weakrefobject.c): weakref.ref objects point at a referent
// without owning it. Each referent with weak references has the kHasWeakrefs flag and an entry in
// the runtime's table; when it is destroyed, its references are cleared and their callbacks run.
#pragma once

#include "object/runtime.hpp"

namespace ls {

// Called by the heap when an object with kHasWeakrefs is destroyed: clears its weak references
// (they return None from then on) and calls their callbacks.
void clear_weakrefs(Runtime& rt, Object* o);

}  // namespace ls
