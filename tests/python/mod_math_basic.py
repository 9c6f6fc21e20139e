# math: constants and the common functions on ordinary values
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.log(10), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(1, -1), math.asin(0.5), math.acos(0.5), math.atan(1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.floor(2.7), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.0)))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.copysign(3, -0.0), math.pow(2, 10), math.pow(2, 0.5))
print(math.degrees(math.pi), math.radians(180), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-0.5), math.remainder(7, 2), math.cbrt(27), math.exp2(10))
print(math.erf(0.5), math.erfc(0.5), math.gamma(0.5), math.gamma(5.5), math.lgamma(100.5), math.gamma(-1.5))
print(math.expm1(1e-10), math.log1p(1e-10), math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0))
class F:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
print(math.floor(F()), math.ceil(F()), math.floor(True), math.ceil(10**30))
