# itertools: product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', range(2))))
print(list(product([1, 2], repeat=2)), list(product()), list(product('a', [])))
print(list(permutations('abc', 2)))
print(list(permutations(range(3))), list(permutations([], 0)), list(permutations('ab', 3)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)))
print(list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)))
print(len(list(permutations(range(6)))), sum(1 for _ in combinations(range(20), 3)))
