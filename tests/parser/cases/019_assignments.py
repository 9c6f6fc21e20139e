x = 1
x = y = z = 0
a, b = 1, 2
(a, b) = (b, a)
[a, b] = [1, 2]
a, *b = range(5)
*a, b = range(5)
a, *b, c = range(5)
(a, (b, c)) = 1, (2, 3)
x.attr = 1
x[0] = 1
x[1:2] = [3]
x.a.b[c].d = 5
a, = [1]
[*a] = b
a = b = c.d = e[f] = g
x = yield_ = 1
