// Weak references (CPython's Objects/weakrefobject.c): weakref.ref objects point at a referent
// without owning it. Each referent with weak references has the kHasWeakrefs flag and an entry in
// the runtime's table; when it is destroyed, its references are cleared and their callbacks run.
#pragma once

#include "object/runtime.hpp"

namespace ls {

// Called by the heap when an object with kHasWeakrefs is destroyed: clears its weak references
// (they return None from then on) and calls their callbacks.
void clear_weakrefs(Runtime& rt, Object* o);
// The collector's handle_weakrefs (CPython's gcmodule.c), for the objects it found unreachable
// (the list `garbage`), before any finalizer runs: their weak references are cleared (and so are
// the weak references among them), then the callbacks of the references that are not garbage
// themselves (`in_garbage`) are called. Returns whether any callback was called.
bool gc_handle_weakrefs(Runtime& rt, GCHead* garbage, bool (*in_garbage)(Object*));

// Gives a class defined by the program its __weakref__ attribute (the first weak reference to
// the instance, or None) when its instances take weak references that no base already provides.
void add_weakref_descriptor(Runtime& rt, TypeObject* t);

}  // namespace ls
