# itertools: count, cycle, islice, chain, zip_longest, product, permutations, combinations, groupby, accumulate, takewhile, pairwise.
import itertools
import operator

print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.chain([1, 2], "ab", (3,))), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.product(range(3), range(4)))))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
for key, grp in itertools.groupby("aaabccdd"):
    print(key, len(list(grp)), end="; ")
print()
print([(k, list(g)) for k, g in itertools.groupby(sorted([5, 1, 12, 15, 3]), key=lambda n: n // 10)])
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.pairwise("abcd")), list(itertools.repeat("x", 3)), list(itertools.filterfalse(None, [0, 1, "", "a"])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
