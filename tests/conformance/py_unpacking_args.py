# Unpacking and call signatures: starred assignment, nested unpacking, *args/**kwargs, keyword-only and positional-only params, errors.
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
x, y = y, x = 1, 2
print(a, b, c, x, y)
print(*[1, 2], *"ab", sep="-")
print({**{"a": 1}, **{"b": 2}}, [*range(3), *(9,)])


def f(pos, /, normal, *args, kw_only, opt=None, **kwargs):
    return pos, normal, args, kw_only, opt, kwargs


print(f(1, 2, 3, 4, kw_only=5, extra=6))
print(f(1, normal=2, kw_only=3))
for call in (lambda: f(pos=1, normal=2, kw_only=3), lambda: f(1, 2), lambda: f(1, 2, kw_only=3, normal=4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket


print(mutable_default(1), mutable_default(2))
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
