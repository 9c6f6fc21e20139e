(a) = 1
(a.b) = 2
(a[0]) = 3
((a, b)) = 4, 5
[(a, b), c] = x
for (i) in x:
    pass
(x): int = 1
