# Attribute reads and writes on instances (LOAD_ATTR / STORE_ATTR), 5M iterations.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def main():
    p = Point(1, 2)
    q = Point(3, 4)
    acc = 0
    for i in range(5000000):
        p.x = q.y + i
        acc += p.x - p.y + q.x
    return acc
print(main())
