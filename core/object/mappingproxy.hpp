// mappingproxy: a read-only view of a mapping (Class.__dict__, vars(Class)).
#pragma once

#include "object/runtime.hpp"

namespace ls {

Value make_mappingproxy(Runtime& rt, const Value& mapping);
void init_mappingproxy_type(Runtime& rt);

}  // namespace ls
