# itertools: argument errors
from itertools import count, islice, combinations, product, chain, tee, permutations, repeat
cases = [
    lambda: count('a'), lambda: islice('abc', -1), lambda: islice('abc', 'x'),
    lambda: islice('abc', 0, 2, 0), lambda: islice('abc', -1, 2), lambda: islice([1]),
    lambda: combinations('abc', -1), lambda: product('a', repeat=-1), lambda: list(chain(1)),
    lambda: tee([], -1), lambda: permutations('ab', -1), lambda: repeat(1, 'x'),
    lambda: list(chain.from_iterable([1])),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
