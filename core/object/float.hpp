// float: a boxed double.
#pragma once

#include <string_view>

#include "object/runtime.hpp"

namespace ls {

struct FloatObject : Object {
  double v;
};

inline double float_value(const Value& v) { return static_cast<FloatObject*>(v.obj())->v; }
Value make_float(Runtime& rt, double d);
bool is_float(const Runtime& rt, const Value& v);  // float or subclass
// Converts int/float (and __float__/__index__ objects) to double; false with TypeError/OverflowError.
bool to_double(Runtime& rt, const Value& v, double* out);
Value float_repr_value(Runtime& rt, double d);
// format(float, spec) (number_format.cpp)
Value format_float_value(Runtime& rt, const Value& v, std::string_view spec);

void init_float_type(Runtime& rt);

}  // namespace ls
