// Iterator objects of the built-in containers and the iteration builtins (enumerate, zip, map,
// filter, reversed), plus the sequence iterator used for classes that only define __getitem__.
#pragma once

#include "object/runtime.hpp"

namespace ls {

// Generic iterator over a sequence: seq[0], seq[1], ... until IndexError.
Value make_seq_iterator(Runtime& rt, const Value& seq);
// iter(callable, sentinel)
Value make_callable_iterator(Runtime& rt, const Value& callable, const Value& sentinel);

void init_iterator_types(Runtime& rt);

}  // namespace ls
