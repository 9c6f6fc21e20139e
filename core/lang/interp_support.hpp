// Pieces of the interpreter the dispatch loop calls for the less common instructions: imports,
// except* matching, async generator value wrapping.
#pragma once

#include "lang/frame.hpp"
#include "object/runtime.hpp"

namespace ls {

// Imports are served by the module registry (modules/) through VM::import_module.
Value import_name(Runtime& rt, const Value& name, const Value& fromlist, const Value& level, FrameObject* f);
Value import_from(Runtime& rt, const Value& module, StrObject* name);
bool import_star(Runtime& rt, const Value& module, FrameObject* f);

// except* matching (CPython's exception_group_match): match/rest are null when not applicable.
bool exception_group_match(Runtime& rt, const Value& exc, const Value& type, Value* match, Value* rest);
// Combines what the except* handlers raised or re-raised with the original group
// (CPython's _PyExc_PrepReraiseStar). Returns the exception to raise, or None.
Value prep_reraise_star(Runtime& rt, const Value& orig, const Value& excs);

// ASYNC_GEN_WRAP: marks a value yielded by `yield` in an async generator (as opposed to a
// future passed through by an `await` inside it).
Value wrap_async_gen_value(Runtime& rt, const Value& v);

}  // namespace ls
