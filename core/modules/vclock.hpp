// The virtual clock shared by the event loop and the time module: loop.time() and
// time.monotonic() read it; the loop jumps it to the next timer when nothing is ready, and
// time.sleep() advances it. time.time() is 1767225600.0 (2026-01-01 00:00:00 UTC) + this.
#pragma once

#include "object/runtime.hpp"

namespace ls {

constexpr double kVirtualEpoch = 1767225600.0;

inline double virtual_now(Runtime& rt) { return rt.virtual_time; }
inline void virtual_advance(Runtime& rt, double seconds) {
  if (seconds > 0) rt.virtual_time += seconds;
}
inline void virtual_set(Runtime& rt, double t) {
  if (t > rt.virtual_time) rt.virtual_time = t;
}

}  // namespace ls
