def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
