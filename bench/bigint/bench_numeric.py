"""The work of bench_numeric.cpp in CPython, for comparison (same checksums)."""
import sys
import time

sys.set_int_max_str_digits(0)


def bench(name, work):
    best, check = 1e9, None
    for _ in range(3):
        t0 = time.perf_counter()
        check = work()
        best = min(best, time.perf_counter() - t0)
    print('%-34s %9.4f s  check=%s' % (name, best, check))


def nth(i):
    return i * 1.1 / 7 + i


def mul1000():
    a, b = 10 ** 999 + 12345, 10 ** 999 - 777
    return sum(((a * b) >> (32 * 5)) & 0xFFFFFFFF for _ in range(1000))


def mul20000():
    a, b = 3 ** 41918, 7 ** 23665
    return sum(((a * b) >> (32 * 7)) & 0xFFFFFFFF for _ in range(10))


def div1000():
    a, b = 10 ** 1999 + 999, 10 ** 999 + 3
    return sum((a // b) & 0xFFFFFFFF for _ in range(1000))


bench('str(10**5000)', lambda: len(str(10 ** 5000)))
bench('str(7**60000) (50k digits)', lambda: len(str(7 ** 60000)))
bench('int(5000-digit str)', lambda: int('7' * 5000).bit_length())
bench('1000-digit * 1000-digit x1000', mul1000)
bench('20000-digit * 20000-digit x10', mul20000)
bench('2000-digit // 1000-digit x1000', div1000)
bench('pow(3, 10**6) ', lambda: (3 ** 1000000).bit_length())
bench('1M repr(float)', lambda: sum(len(repr(nth(i))) for i in range(1000000)))
bench("1M format(float, '.2f')", lambda: sum(len(format(nth(i), '.2f')) for i in range(1000000)))
bench("1M format(int, ',')", lambda: sum(len(format(i * 7919, ',')) for i in range(1000000)))
bench("1M float('...') parse", lambda: sum(int(float('%d.%d' % (i, i % 1000))) for i in range(1000000)))
