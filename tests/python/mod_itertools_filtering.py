# itertools: chain, islice, compress, takewhile/dropwhile, filterfalse, starmap, zip_longest
from itertools import chain, islice, compress, takewhile, dropwhile, filterfalse, starmap, zip_longest
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)))
print(list(islice('abcdefg', 0, None, 2)), list(islice('abcdefg', 1, 6, 2)), list(islice('abc', 5, 10)))
it = iter(range(10)); print(list(islice(it, 3)), next(it))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: sum(a), [[1, 2, 3]])))
print(list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest()), list(zip_longest([1, 2], 'a')))
