# range and slice objects
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r)
print(range(5), range(0, 5), range(0), list(range(5, 0, -2)), list(range(0, -5, -1)), len(range(10, 0)))
print(r.start, r.stop, r.step, r.index(8), r.count(8), range(3) == range(0, 3), range(0) == range(5, 2))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), range(10 ** 20)[-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print('abcdefghijk'[s], list(range(20))[s], s.indices(5), slice(-3, None).indices(10))
class Seq:
    def __getitem__(self, k):
        return k
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...], q[:, None])
print(hash(range(3)) == hash(range(3)), range(3) == range(3), range(1, 7, 2).index(5))
print([i for i in range(3, -3, -2)], list(range(-3)))
print(bool(range(0)), bool(range(1)), range(0, 100, 7)[3:6])
