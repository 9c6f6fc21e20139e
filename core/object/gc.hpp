// Cycle collector: reference counting frees most objects; this finds unreachable cycles among
// tracked containers (CPython's algorithm: subtract internal references, keep what is still
// referenced from outside, finalize and clear the rest).
#pragma once

#include "object/runtime.hpp"

namespace ls {

void gc_track(Runtime& rt, Object* o);
void gc_untrack(Runtime& rt, Object* o);
// Runs a collection if enough tracked objects were allocated since the last one.
inline void gc_maybe_collect(Runtime& rt);
size_t gc_collect(Runtime& rt);
// A collection in which the caller's one reference to `held` does not count: `held` (and what only
// it reaches) is garbage if nothing else keeps it. The caller's reference keeps the object itself
// allocated (cleared) afterwards.
size_t gc_collect_holding(Runtime& rt, Object* held);
void gc_traverse(Object* o, Visitor& v);
void gc_clear_object(Object* o);  // returns the number of objects freed
// Teardown: clears every tracked container so that everything is freed.
void gc_clear_all(Runtime& rt);

inline void gc_maybe_collect(Runtime& rt) {
  if (rt.heap.gc_allocs > rt.heap.gc_threshold && rt.heap.gc_enabled && !rt.heap.gc_running) gc_collect(rt);
}

}  // namespace ls
