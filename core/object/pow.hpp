// Float pow with glibc's bits on every target (see pow.cpp).
#pragma once

namespace ls {

// x**y as C's pow() computes it in glibc 2.28+ on an x86-64 CPU with FMA: CPython's float
// pow, math.pow and math.gamma call pow(), so LoopScope calls this instead of std::pow.
// Correctly handles the C99 special cases (0, inf, nan, negative x); no errno.
double py_pow(double x, double y);

}  // namespace ls
