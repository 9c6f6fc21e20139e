# list operations and methods
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(len(l), l[0], l[-1], l[2:5], l[::-1], l[::3], l[10:], l[-100:2])
l.append(7); l.extend([8, 9]); l.insert(0, 0); l.insert(100, 'end'); l.insert(-1, 'pre')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(1), l.count(9), 4 in l, 100 not in l)
l2 = sorted(x for x in l if isinstance(x, int))
print(l2, sorted(l2, reverse=True), l2.copy() == l2, l2.copy() is l2)
l2.reverse(); print(l2)
l2.sort(key=lambda v: (v % 3, v)); print(l2)
l2.clear(); print(l2, [] == [], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
a = [1, 2, 3]
a[1:2] = [20, 21, 22]
print(a)
a[::2] = 'xyz'[:len(a[::2])]
print(a)
del a[1:3]
print(a, a * 2, a + [None], 2 * [0])
print(list('abc'), list(range(3)), list({'k': 1}), list((1, 2)))
for bad in [lambda: [].pop(), lambda: [1].index(2), lambda: [1].remove(2), lambda: [1][5],
            lambda: [1, 2].__setitem__(slice(None, None, 2), [1, 2]), lambda: [] + (), lambda: [1] * 'a',
            lambda: [3, 'a'].sort(), lambda: [].insert()]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = [1, 2]
x.append(x)
print(x, repr([[]]), str(['a', "b'"]))
print([1, [2, [3]]] == [1, [2, [3]]], [1, 2].__len__(), list.__name__)
nums = list(range(20))
print(nums[2:18:3], nums[-1:-10:-2], nums[::-5], nums[5:2], nums[5:2:-1])
words = ['pear', 'Apple', 'fig', 'banana']
words.sort(key=len)
print(words, sorted(words, key=str.lower), max(words, key=len), min(words))
e = [5, 3]
e += (1,)
print(e, e.__iadd__([0]) is e)
print(sum([[1], [2, 3]], []))
