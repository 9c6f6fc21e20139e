// The asyncio module (bindings onto loop/ and toolkit/).
#pragma once

#include "object/runtime.hpp"

namespace ls {

Value make_asyncio_module(Runtime& rt);
// events.set_event_loop(loop) as the Runner calls it: through the installed policy's
// set_event_loop when it is not the default policy (*handled true); the caller does the default's.
bool asyncio_policy_set_event_loop(Runtime& rt, const Value& loop, bool* handled);

}  // namespace ls
