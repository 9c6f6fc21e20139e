// Iterator objects of the built-in containers and the iteration builtins (enumerate, zip, map,
// filter, reversed), plus the sequence iterator used for classes that only define __getitem__.
#pragma once

#include "object/runtime.hpp"

namespace ls {

// Generic iterator over a sequence: seq[0], seq[1], ... until IndexError.
Value make_seq_iterator(Runtime& rt, const Value& seq);
// iter(callable, sentinel)
Value make_callable_iterator(Runtime& rt, const Value& callable, const Value& sentinel);

// Iterators of the built-in sequences (rt.t.list_iterator etc.).
Value make_list_iterator(Runtime& rt, const Value& list);
Value make_list_reverse_iterator(Runtime& rt, const Value& list);
Value make_tuple_iterator(Runtime& rt, const Value& tuple);
Value make_range_iterator(Runtime& rt, int64_t start, int64_t step, int64_t len);

void init_iterator_types(Runtime& rt);

}  // namespace ls
