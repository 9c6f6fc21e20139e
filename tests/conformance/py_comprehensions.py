# List, dict, set and generator comprehensions with conditions, nesting, the walrus operator and their scoping.
words = ["apple", "Banana", "cherry", "date", "Elder", "fig"]
print([w.lower() for w in words if len(w) > 4])
print({w[0].lower(): len(w) for w in words})
print(sorted({len(w) for w in words}))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([matrix[c][r] for r in range(3) for c in range(3)])
print([x for row in matrix for x in row if x % 2])
print([y for x in range(6) if (y := x * x) > 5])
print(y)
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
gen = (n for n in range(3))
print(type(gen).__name__, list(gen), list(gen))
x = "outer"
print([x for x in "ab"], x)
print(dict(zip("abc", range(3))), {k: v for k, v in [("a", 1), ("a", 2)]})
