# collections.namedtuple: fields, defaults, _make/_replace/_asdict, reprs and errors
from collections import namedtuple
P = namedtuple('Point', 'x y'); p = P(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 9]); print(Q(1), Q(1, 2, 3), Q._field_defaults, isinstance(Q(1), tuple))
x, y = p; print(x + y, p == (1, 2), hash(p) == hash((1, 2)), type(p).__name__, P.__doc__, len(p))
R = namedtuple('R', 'a def _c', rename=True); print(R._fields, R(1, 2, 3))
S = namedtuple('S', 'single'); print(S(1), S.__match_args__)
for f in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, y=2, z=3), lambda: namedtuple('1x', 'a'),
          lambda: namedtuple('T', 'class'), lambda: namedtuple('T', '_a'), lambda: namedtuple('T', 'a a'),
          lambda: p._replace(z=1), lambda: P._make([1]), lambda: namedtuple('T', 'a', defaults=[1, 2])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Pt(namedtuple('Pt', 'x y')):
    def norm(self):
        return abs(self.x) + abs(self.y)
print(Pt(-1, 2).norm(), Pt(1, 2))
