# Method calls on instances: 500k calls (plain Python).
class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k


c = Counter()
for i in range(500_000):
    c.add(i & 7)
print(c.n)
