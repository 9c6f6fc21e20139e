// Overflow-checked 64-bit integer multiply that stays cheap on wasm32.
#pragma once

#include <cstdint>

namespace ls {

// Returns true (as __builtin_mul_overflow) when a*b does not fit in int64_t; *r gets the product.
// wasm32 has no 64x64->128-bit multiply, so __builtin_mul_overflow there calls compiler-rt's
// __multi3 through the shadow stack on every int multiply; operands that fit in 32 bits cannot
// overflow, and nearly every multiply in a Python program has such operands.
inline bool mul_overflow_i64(int64_t a, int64_t b, int64_t* r) {
  if (a == static_cast<int32_t>(a) && b == static_cast<int32_t>(b)) {
    *r = a * b;
    return false;
  }
  return __builtin_mul_overflow(a, b, r);
}

}  // namespace ls
