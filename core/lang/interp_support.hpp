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

// Match statements. MATCH_SEQUENCE / MATCH_MAPPING: whether the subject's type is a sequence /
// mapping for pattern matching (CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING: list, tuple,
// range and collections.abc.Sequence classes, not str/bytes/bytearray; dict, mappingproxy and
// collections.abc.Mapping classes); -1 on error.
int match_sequence(Runtime& rt, const Value& subject);
int match_mapping(Runtime& rt, const Value& subject);
// MATCH_KEYS: the tuple of the values of `keys` (a tuple) in the mapping, None if one is
// missing, null on error.
Value match_keys(Runtime& rt, const Value& map, const Value& keys);
// MATCH_CLASS: isinstance check, then the attributes named by __match_args__[:nargs] and by
// `kwnames` (a tuple of str); a tuple on a match, None on no match, null on error.
Value match_class(Runtime& rt, const Value& subject, const Value& type, int64_t nargs, const Value& kwnames);

}  // namespace ls
