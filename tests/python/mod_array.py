# array: typed arrays with CPython's typecodes, item sizes, range checks and messages, reprs,
# slicing, comparisons and machine-format bytes.
import copy
import pickle
from array import array, typecodes, ArrayType

print(typecodes, ArrayType is array, array.__module__, array)
a = array('i', [3, 1, 2])
print(a, repr(array('d')), len(a), a.typecode, a.itemsize, a[0], a[-1], a[1:], type(a[1:]).__name__)
a.append(7)
a.extend([8, 9])
a.extend(array('i', [10]))
a.insert(0, -1)
print(a, a.pop(), a.pop(0), a.index(7), a.count(1), 2 in a, list(a), a.tolist())
a.remove(1)
a.reverse()
a[0] = 100
a[1:3] = array('i', [5, 5, 5])
del a[-1]
print(a, sorted(a), sum(a), max(a))
print(a + array('i', [0]), array('b', [1, 2]) * 2, 3 * array('u', 'ab'), a == array('i', list(a)), a < array('i', [101]))
f = array('f', [0.1, 2.5])
d = array('d', [0.1, 2.5])
print(f, d, f.itemsize, d.itemsize, f.tobytes().hex(), d.tobytes().hex())
b = array('H', [1, 2, 258])
raw = b.tobytes()
print(raw, array('H', raw), array('b', b'\x01\xff'))
c = array('H')
c.frombytes(raw)
c.byteswap()
print(c, c.tolist())
u = array('u', 'héllo')
print(u, u.tounicode(), u.itemsize, u[1])
u.fromunicode('!')
print(u)
l = array('l', [2 ** 40])
l.fromlist([-5, 6])
print(l, array('q', range(3)), array('B', bytearray(b'ab')), array('d', array('i', [1, 2])))
print(copy.copy(a) == a, copy.deepcopy(a) is not a, pickle.loads(pickle.dumps(a)) == a)


class Sub(array):
    pass


print(Sub('i', [1]), isinstance(Sub('i'), array))
errors = [
    lambda: array('b', [128]), lambda: array('b', [-129]), lambda: array('B', [-1]), lambda: array('h', [2 ** 15]),
    lambda: array('H', [-1]), lambda: array('i', [2 ** 31]), lambda: array('I', [-1]), lambda: array('I', [2 ** 32]),
    lambda: array('l', [2 ** 63]), lambda: array('L', [-1]), lambda: array('q', [2 ** 63]), lambda: array('Q', [-1]),
    lambda: array('i', [1.5]), lambda: array('d', ['x']), lambda: array('u', [1]), lambda: array('z'),
    lambda: array('i', 'abc'), lambda: a.append(1.0), lambda: a + array('d'), lambda: a + [1], lambda: a.index(999),
    lambda: a.remove(999), lambda: a[100], lambda: array('d').pop(), lambda: a.frombytes(b'abc'),
    lambda: a.extend(array('d', [1.0])), lambda: hash(a), lambda: array('i').tounicode(),
]
for e in errors:
    try:
        e()
    except Exception as exc:
        print(type(exc).__name__, exc)
