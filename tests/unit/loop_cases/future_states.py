# [future] states, result/exception/set_result/set_exception/cancel(msg), InvalidStateError and TypeError messages
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
print(f, f.done(), f.cancelled(), f._state)
for name in ("result", "exception"):
    try:
        getattr(f, name)()
    except asyncio.InvalidStateError as e:
        print(name, "on pending:", type(e).__name__, e)
f.set_result([1, 2])
print(f, f.done(), f.cancelled(), f._state, f.result(), f.exception())
for name, arg in (("set_result", 3), ("set_exception", ValueError())):
    try:
        getattr(f, name)(arg)
    except asyncio.InvalidStateError as e:
        print(name, "on done:", e)
print("cancel done future:", f.cancel(), f.cancelled())

g = loop.create_future()
g.set_exception(ValueError("v"))
print(g, g.exception(), repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print("result raises:", repr(e), e is g.exception())

h = loop.create_future()
h.set_exception(KeyError)
print("class instantiated:", repr(h.exception()))
for bad in (StopIteration("s"), StopIteration, 42, "str"):
    x = loop.create_future()
    try:
        x.set_exception(bad)
    except TypeError as e:
        print("set_exception(%r):" % (bad,), e)
    print("  still pending:", not x.done())

c = loop.create_future()
print("cancel:", c.cancel(), "again:", c.cancel(), c.cancelled(), c.done(), c._state, c)
try:
    c.result()
except asyncio.CancelledError as e:
    print("result of cancelled:", repr(e), e.args)
try:
    c.exception()
except asyncio.CancelledError as e:
    print("exception of cancelled:", repr(e))
try:
    c.set_result(1)
except asyncio.InvalidStateError as e:
    print("set_result on cancelled:", e)

m = loop.create_future()
print("cancel(msg):", m.cancel("the reason"), m.cancel("other"))
for i in range(2):
    try:
        m.result()
    except asyncio.CancelledError as e:
        print("message:", e.args, str(e))
m2 = loop.create_future()
m2.cancel(msg=None)
try:
    m2.result()
except asyncio.CancelledError as e:
    print("msg=None:", e.args)
print("CancelledError is BaseException, not Exception:", issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.CancelledError, Exception))
print("InvalidStateError:", asyncio.InvalidStateError.__mro__[1].__name__)
print("isfuture:", asyncio.isfuture(f), asyncio.isfuture(42), asyncio.isfuture(asyncio.Future))
print("get_loop:", f.get_loop() is loop)
try:
    f.result(1)
except TypeError as e:
    print("TypeError:", e)
d = asyncio.Future(loop=loop)
print("Future(loop=):", d, d.get_loop() is loop)
loop.close()
