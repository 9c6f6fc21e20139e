a = x < y
b = x < y <= z > w >= v == u != t
c = x in y
d = x not in y
e = x is None
f = x is not None
g = not x in y
h = a < b and b < c
i = (a < b) == (c < d)
