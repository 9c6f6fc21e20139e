# Generator pipelines: chained lazy stages, an infinite source cut with islice, a send()-driven accumulator, and iter() with sentinel.
import itertools


def numbers():
    n = 0
    while True:
        yield n
        n += 1


def evens(src):
    return (x for x in src if x % 2 == 0)


def squared(src):
    for x in src:
        yield x * x


print(list(itertools.islice(squared(evens(numbers())), 6)))


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


acc = averager()
next(acc)
print([acc.send(v) for v in (10, 20, 60)])
chunks = iter([b"ab", b"cd", b"", b"ef"])
print(list(iter(lambda: next(chunks), b"")))
it = iter([1, 2])
print(next(it), next(it), next(it, "exhausted"))
print(list(zip(*[iter(range(6))] * 2)))
