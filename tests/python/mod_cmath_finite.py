import cmath
vals = [0j, 1+0j, -1+0j, 1j, -1j, 2+3j, -2.5+0.5j, 0.3-0.7j, 1e-320+1e-320j, 1e300+1e300j, -1e-5+2j, 0.9+0.1j, 5, -4.0, 1e200j, 0.5, -0.5j]
for name in ["sqrt", "exp", "log", "log10", "phase", "polar", "cos", "sin", "tan", "cosh", "sinh", "tanh", "asinh", "acos", "acosh", "asin", "atanh", "atan", "isfinite", "isinf", "isnan"]:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try: out.append(repr(f(v)))
        except Exception as e: out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
print(cmath.rect(2, cmath.pi / 4), cmath.rect(1, 0), cmath.log(8, 2), cmath.log(1j, 1j), cmath.isclose(1+1j, 1+1.0000000001j), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
for f in [lambda: cmath.sqrt("x"), lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.log(1, 1), lambda: cmath.rect("a", 1), lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.cosh(1000)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
