# a Matrix class with operator overloading, __getitem__ with tuples, __iter__, __eq__, errors
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __iter__(self):
        return iter(self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self, o)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self])
        if self.m != o.n:
            raise ValueError(f'shape mismatch: {self.n}x{self.m} * {o.n}x{o.m}')
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self])
    __rmul__ = __mul__
    def __pow__(self, k):
        r = Matrix.identity(self.n)
        for _ in range(k):
            r = r * self
        return r
    def __repr__(self):
        w = max(len(str(v)) for r in self for v in r)
        return '\n'.join(' '.join(str(v).rjust(w) for v in r) for r in self)
a = Matrix([[1, 2], [3, 4]])
print(a + a)
print(a * a)
print(2 * a == a + a, a * Matrix.identity(2) == a)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1])
a[0, 0] = 100
print(a)
try:
    a * Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
print(Matrix([[0.5, 1.5]]) * 2)
