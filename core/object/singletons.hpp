// None, NotImplemented, Ellipsis and bool's True/False.
#pragma once

#include "object/runtime.hpp"

namespace ls {

void init_singleton_types(Runtime& rt);

}  // namespace ls
