print(2j, 1+2j, -1j, 0j, -0j, complex(), complex(1), complex(1,2), complex('1+2j'), complex(' (3-4.5J) '))
print(repr(complex(-0.0, 0)), complex(0, -0.0), complex(1e20, 1e-7), complex(float('inf'), float('nan')))
for s in ['', '.3', '10', '<20', '^20.2f', '+', '.2e', 'g', 'n', ',', '_.2f', '#', ' ', '-.1f', 'z.1f','#g','#.0f', '*^30', '>12.1e']:
    print(repr(s), repr(format(1234.5-2j, s)), repr(format(3j, s)), repr(format(-0.0+1j,s)), f"{1e6+1e-3j:{s}}")
for s in ['010', '=10', '%', 'd', 'x','s', ',n']:
    try: format(1+2j, s)
    except Exception as e: print(s, type(e).__name__, e)
print(repr(complex(1e300,1e300)*10), 1j**2, (1+2j)**0.5, (1+2j)**-3, 2**1j, 0j**0, (1+1j)/(0.5-2j))
print((-8)**(1/3), (-2.0)**0.5, pow(1j, 2), 1j*1j, 3/(1+1j), 2-1j, 1.5+1j, 1j-True)
for f in [lambda: 0j**-1, lambda: 1j/0, lambda: 1j<2j, lambda: 1j//2, lambda: 1j%2, lambda: divmod(1j,2), lambda: pow(1j,2,3), lambda: int(1j), lambda: float(1j),
          lambda: complex('abc'), lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex(None), lambda: complex(1, None), lambda: complex([]),
          lambda: abs(complex(1e308, 1e308)), lambda: (1e200+1e200j)**10, lambda: round(1j), lambda: complex(1, 2, 3), lambda: complex(foo=1), lambda: 1j > 1, lambda: sorted([1j, 2j]),
          lambda: complex('1_0j'), lambda: complex('1__0j'), lambda: complex('j'), lambda: complex('-j'), lambda: complex('1+j'), lambda: complex('inf-infj'), lambda: complex('nan'), lambda: complex('1e5'), lambda: complex('1e'), lambda: complex('')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(hash(1j), hash(1+0j), hash(complex(1.5,-2.5)), hash(2+0j) == hash(2), 1+0j == 1, 1j == 1j, 1.0 == 1+0j, 1j != 0, {1: 'a'}[1+0j])
print(abs(3+4j), (3+4j).real, (3+4j).imag, (3+4j).conjugate(), bool(0j), bool(1j), -(1+1j), +(1-1j))
class C:
    def __complex__(self): return 5j
print(complex(C()), complex(1j, 1j), complex(real=2, imag=3), complex(2.5), complex(True))
class D(complex): pass
d = D(1, 2)
print(type(d).__name__, d, d + 1, type(d + 1).__name__, isinstance(1j, complex), type(1j))
import math
try: math.sqrt(1j)
except TypeError as e: print(e)
print(sum([1j, 2, 3.5]), 2 * (1+1j), "%s %r" % (1j, 2+1j), str(1j), [1j, complex(0, 1)], 1j.__getnewargs__())
match 1+2j:
    case 1+2j: print("matched")
from fractions import Fraction
import numbers
print(Fraction(1, 2) + 1j, 1j * Fraction(1, 4), Fraction(2) == 2 + 0j, isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real))
print(f"{2+3j!r:>12}|{1j=}|{(1+2j).real:.2f}")
print(eval("3+4j"), [x * 1j for x in range(3)])
