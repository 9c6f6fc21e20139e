# [loop] Handle and TimerHandle: repr, cancel, cancelled, when, comparisons of timer handles
import asyncio

loop = asyncio.new_event_loop()


def f(*args):
    pass


class C:
    def method(self):
        pass


h = loop.call_soon(f, 1, "two", [3])
print(repr(h).replace(__file__, "FILE"))
h.cancel()
print(h)
t = loop.call_later(10, f)
print(repr(t).replace(__file__, "FILE"))
print("when:", t.when())
t.cancel()
print(t)
print("cancelled:", t.cancelled())
print(loop.call_soon(print, "x"))
print(loop.call_soon(C().method))
long = loop.call_soon(f, "x" * 100)
print(long.__repr__().split(" at ")[0])
a = loop.call_later(1, f)
b = loop.call_later(2, f)
print("a<b", a < b, "a>b", a > b, "a<=b", a <= b, "a==a", a == a, "a==b", a == b)
print(sorted([b, a])[0] is a)
print(type(h).__name__, type(t).__name__, isinstance(t, asyncio.Handle), isinstance(t, asyncio.TimerHandle))
loop.close()
