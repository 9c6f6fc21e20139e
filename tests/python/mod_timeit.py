# timeit on LoopScope's virtual clock: only what CPython's output shares (call counts, types,
# timings >= 0, sleeps measured), Timer's argument errors, print_exc's last line.
import timeit, time
calls = []
def f():
    calls.append(1)
t = timeit.timeit(f, number=100)
print(type(t).__name__, t >= 0, len(calls))
t = timeit.timeit('x = sum(range(10))', number=50)
print(type(t).__name__, t >= 0)
r = timeit.repeat('y = 1', setup='import math', repeat=3, number=10)
print(type(r).__name__, len(r), all(type(v) is float and v >= 0 for v in r))
tm = timeit.Timer('z = a * 2', setup='a = 21', globals={'b': 1})
n, tt = tm.autorange()
print(n >= 1, type(n).__name__, type(tt).__name__)
print(timeit.default_timer is time.perf_counter)
print(type(tm.timeit(5)).__name__)
cb = []
tm.autorange(lambda number, time_taken: cb.append(number))
print(cb[0], len(cb) >= 1)
def g(): pass
calls.clear()
t2 = timeit.Timer(f, setup=g)
print(len(t2.repeat(repeat=4, number=3)), len(calls))
try:
    timeit.Timer('return 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    timeit.Timer(42)
except ValueError as e:
    print('ValueError', e)
try:
    timeit.Timer('x', setup=3)
except ValueError as e:
    print('ValueError', e)
import io, sys
err = io.StringIO()
tm = timeit.Timer('1/0')
try:
    tm.timeit(1)
except ZeroDivisionError:
    tm.print_exc(err)
print(err.getvalue().splitlines()[-1])
print(timeit.default_number, timeit.default_repeat)
t = timeit.timeit('time.sleep(0.01)', setup='import time', number=5)
print(t >= 0.05)
n, tt = timeit.Timer('time.sleep(0.01)', setup='import time').autorange()
print(n >= 1, tt >= 0.01)
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print('NameError', e)
