# Closures, keyword arguments and *args calls.
def make_adder(k):
    def add(x, y=0, *rest):
        return x + y + k + len(rest)
    return add
def main():
    add = make_adder(3)
    total = 0
    for i in range(2000000):
        total += add(i, y=1)
        total += add(i, 2, 3, 4)
    return total
print(main())
