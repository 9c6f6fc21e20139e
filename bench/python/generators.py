# Generator pipelines and comprehensions.
def numbers(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def main():
    total = sum(x * 3 for x in evens(numbers(4000000)))
    squares = [x * x for x in range(2000000) if x % 3]
    return total + len(squares) + sum({x % 1000 for x in squares})
print(main())
