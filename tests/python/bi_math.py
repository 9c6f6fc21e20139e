# abs, round, divmod, pow, min, max, sum, any, all
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7, -1), round(1.25, 1), round(0.125, 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 65, 7))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(3, 3, 5), pow(-2, 3), pow(4, 0.5), pow(0, 0))
print(min(3, 1, 2), max('abc'), min([4, 5], default=0), max([], default='none'), min('b', 'a', key=str.upper))
print(max([1, 3, 2], key=lambda x: -x), min((1, 'b'), (1, 'a')), max(range(10), key=lambda x: x % 4))
print(sum([1, 2, 3]), sum([0.1] * 3), sum([], 10), sum(range(5), start=100), sum([[1], [2]], []))
print(any([]), any([0, '', 1]), all([]), all([1, 'x', [0]]), all(x > 0 for x in [1, -1]), any(iter([None])))
print(max(1, 2.5), min(-1, -1.0), max([1, True]), type(max(1, 1.0)).__name__)
print(sum(x * x for x in range(10)), sum(i for i in range(1, 4)) / 3)
for bad in [lambda: max(), lambda: min(1), lambda: sum(['a']), lambda: max([]), lambda: pow(2, 3, 1.5),
            lambda: round(1, 2, 3), lambda: divmod(1, 'a'), lambda: abs(None), lambda: min([1], [2], key=5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(round(12345.6789, -2), round(-0.5), round(0.5), round(1.5), round(1e300, 2), round(2.675, 2))
print(max({'a': 3, 'b': 5}.items(), key=lambda kv: kv[1]), sum(1 for _ in 'hello'))
print(min(range(5), default=7), max([], key=len, default='d'))
