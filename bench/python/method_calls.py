# Five million method calls on an instance (LOAD_METHOD + CALL).
class Counter:
    def __init__(self):
        self.count = 0
    def add(self, n):
        self.count += n
        return self
def main():
    c = Counter()
    for i in range(5000000):
        c.add(i)
    return c.count
print(main())
