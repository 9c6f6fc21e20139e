# math: infinities, NaN and edge inputs through every function (results and error types)
import math
vals = [0, -0.0, 1, -1, 0.5, 1e308, 1e-320, math.inf, -math.inf, math.nan, 10**400]
fns = ['sqrt', 'exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'sin', 'cos', 'tan', 'asin', 'acos',
       'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma',
       'fabs', 'degrees', 'radians', 'frexp', 'modf', 'cbrt', 'exp2', 'ulp']
for fn in fns:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(math, fn)(v)))
        except Exception as e:
            out.append(type(e).__name__)
    print(fn, ' '.join(out))
pairs = [(2, 3), (0, -1), (-8, 1 / 3), (10, 400), (math.inf, 0), (0, 0), (-2, 3), (5.5, 2), (math.nan, 0), (1, math.nan), (-1, math.inf), (0.5, -math.inf)]
for fn in ['pow', 'atan2', 'fmod', 'copysign', 'hypot', 'remainder']:
    out = []
    for a, b in pairs:
        try:
            out.append(repr(getattr(math, fn)(a, b)))
        except Exception as e:
            out.append(type(e).__name__)
    print(fn, ' '.join(out))
