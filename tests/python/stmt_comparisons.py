# comparison chains, identity, membership, mixed numeric comparisons
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 'a' < 'b' <= 'b' != 'c')
print(2 in [1, 2], 2 not in (1, 3), 'b' in {'a': 1, 'b': 2}, 3 in range(5), 'ell' in 'hello')
x = None
print([] is [], None is None, () == (), x is not None)
print(1 == 1.0, 1.0 == True, 10 ** 20 == 1e20, 10 ** 30 == 1e30, 2 ** 53 + 1 == 2.0 ** 53)
print(0.1 + 0.2 > 0.3, -0.0 == 0.0, float('inf') == float('inf'), 10 ** 400 > float('inf'))
print((1, 2) == [1, 2], [1, 2] == [1, 2], {1: 2} == {1: 2.0}, {1, 2} == frozenset({1, 2}))
print('abc' == 'abc', b'a' == 'a', 1 != '1')
x = 5
print(0 < x < 10, x < 0 or x > 3, not (1 < x), 1 < x > 4)
class Weird:
    def __eq__(self, o): return 'truthy-string'
    def __contains__(self, item): return 1
print(Weird() == 1, 5 in Weird(), [Weird()] == [1])
print(max(1, 2) < min(3, 4), sorted([2, 1]) == [1, 2])
print(1 < 2.5 < 3, -1 < 0 <= 0 < 1, 'a' < 'aa' < 'b')
print(float('nan') < 1, float('nan') > 1, float('nan') == float('nan'))
print(True > False, [True] < [2], (1, 'a') < (1, 'b'))
