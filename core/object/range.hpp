// range and slice.
#pragma once

#include "object/runtime.hpp"

namespace ls {

struct RangeObject : Object {
  // The common case: every bound and the length fit in int64.
  int64_t start, stop, step, length;
  // Otherwise (range(10 ** 20)): a tuple (start, stop, step, length) of ints, and the int64 fields
  // above are unused (length is -1). Code with int64 fast paths must check `big` first.
  Value big;
};

struct SliceObject : Object {
  Value start, stop, step;  // None when omitted
};

Value make_range(Runtime& rt, int64_t start, int64_t stop, int64_t step);
Value make_slice(Runtime& rt, Value start, Value stop, Value step);
// Resolves a slice against a sequence length like PySlice_GetIndicesEx: false on error.
bool slice_indices(Runtime& rt, SliceObject* s, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* slicelength);

void init_range_slice_types(Runtime& rt);

}  // namespace ls
