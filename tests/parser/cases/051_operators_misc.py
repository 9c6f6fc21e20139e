a = b // c
a = b % c
a = -b
a = +b
a = ~b
a = b ** -c
a = (b)
a = b[c](d)
a = b.c(d).e[f]
a = not not b
a = -(-b)
a = 1 if b else 2 if c else 3
a = b or (c and d)
a = (b or c) and d
a = b < c < d
a = b == c is d in e not in f is not g
