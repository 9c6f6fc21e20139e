// int (and bool): values that fit in 62 bits are tagged immediates (Value::small); larger ones,
// bools and instances of int subclasses are IntObjects holding a BigInt.
#pragma once

#include "object/bigint.hpp"
#include "object/runtime.hpp"

namespace ls {

struct IntObject : Object {
  BigInt v;
};

inline IntObject* as_int_obj(const Value& v) { return static_cast<IntObject*>(v.obj()); }
bool is_int(const Runtime& rt, const Value& v);  // int, bool or int subclass

Value make_int(Runtime& rt, int64_t i);
// A heap IntObject even for a value that fits a small int (see type_lookup). New reference.
Object* new_boxed_int(Runtime& rt, int64_t i);
Value make_int(Runtime& rt, BigInt&& b);   // small when it fits
Value make_int(Runtime& rt, const BigInt& b);
// The value of an int-like value (small, IntObject, bool) as a BigInt.
BigInt int_to_big(const Value& v);
// False when the value does not fit in int64.
bool int_to_int64(const Value& v, int64_t* out);
bool int_hash_small(int64_t i, int64_t* out);
// Plain int with the same value (for int subclasses / bool).
Value int_exact(Runtime& rt, const Value& v);
// Raises the Python exception for a numeric error code (ZeroDivisionError...). Returns null.
Value raise_num_error(Runtime& rt, NumError e);
// int(x) / int(x, base) conversion used by the int() constructor and others.
Value int_from_value(Runtime& rt, const Value& x);
Value int_from_string(Runtime& rt, std::string_view text, int base, const Value& original);
// format(int, spec) (number_format.cpp)
Value format_int_value(Runtime& rt, const Value& v, std::string_view spec);
// str(int)
Value int_to_str(Runtime& rt, const Value& v);

void init_int_type(Runtime& rt);

}  // namespace ls
