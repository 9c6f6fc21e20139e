// complex: a boxed pair of doubles with CPython 3.11's arithmetic (complexobject.c), repr, hash,
// format() and constructor.
#pragma once

#include "object/runtime.hpp"

namespace ls {

struct ComplexObject : Object {
  double re;
  double im;
};

inline double complex_real(const Value& v) { return static_cast<ComplexObject*>(v.obj())->re; }
inline double complex_imag(const Value& v) { return static_cast<ComplexObject*>(v.obj())->im; }
Value make_complex(Runtime& rt, double re, double im);
bool is_complex(const Runtime& rt, const Value& v);  // complex or subclass
// x ** y for complex operands (complex_pow): used by float ** float with a negative base and a
// non-integer exponent, which CPython 3.11 answers with a complex number.
Value complex_power(Runtime& rt, double ar, double ai, double br, double bi);

void init_complex_type(Runtime& rt);

}  // namespace ls
