// The asyncio module (bindings onto loop/ and toolkit/).
#pragma once

#include "object/runtime.hpp"

namespace ls {

Value make_asyncio_module(Runtime& rt);

}  // namespace ls
