f = lambda x: x if x else None
g = (lambda: 1) if a else (lambda: 2)
h = [lambda: i for i in range(3)]
k = lambda: (yield)
