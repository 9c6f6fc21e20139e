# exact-stderr
# A running frame's line is the one executing now (f_lineno read by attribute, the location of a warning issued by a finalizer that a store or `del` runs), and inspect's generator/coroutine states with f_lasti of a fresh generator.
import inspect
import sys

f = sys._getframe()
print(f.f_lineno)
x = 1
print(f.f_lineno)

def g():
    fr = sys._getframe()
    a = 1
    return fr.f_lineno
print(g())

async def job(n):
    return n

def takes(c):
    return "ignored"

def main():
    takes(job(10))
    y = job(20)
    y = None
    z = job(30)
    print("before del")
    del z
    print("after del")
main()

def gen():
    yield 1

async def coro():
    return 1

c = coro()
it = gen()
print(inspect.getcoroutinestate(c), inspect.getgeneratorstate(it), c.cr_frame.f_lasti, it.gi_frame.f_lasti)
next(it)
print(inspect.getgeneratorstate(it))
it.close()
print(inspect.getgeneratorstate(it))
c.close()
print(inspect.getcoroutinestate(c))
