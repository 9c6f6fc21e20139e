# [future] the await protocol: __await__ yields the future itself with _asyncio_future_blocking set, StopIteration carries the result, a done future does not yield
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
it = f.__await__()
print(type(it).__name__, f._asyncio_future_blocking)
y = next(it)
print("yields itself:", y is f, "blocking:", f._asyncio_future_blocking)
try:
    next(it)
except RuntimeError as e:
    print("second next while pending:", e)
f.set_result("R")
it2 = f.__await__()
try:
    next(it2)
except StopIteration as e:
    print("done future: StopIteration", e.value)
it3 = iter(f)
try:
    it3.send(None)
except StopIteration as e:
    print("iter() works too:", e.value)

g = loop.create_future()
g.set_exception(ValueError("x"))
try:
    next(g.__await__())
except ValueError as e:
    print("exception raised from __await__:", e)

h = loop.create_future()
h.cancel("why")
try:
    next(h.__await__())
except asyncio.CancelledError as e:
    print("cancelled:", e.args)

order = []


async def waiter(fut, name):
    order.append(name + " waits")
    r = await fut
    order.append(f"{name} got {r}")
    return r


async def main():
    done = loop.create_future()
    done.set_result(1)
    t = loop.create_task(waiter(done, "done-future"))
    u = loop.create_task(waiter(loop.create_future(), "pending-future"))
    loop.call_soon(order.append, "soon")
    await asyncio.sleep(0)
    print(order)
    print("u waits on:", u._fut_waiter is not None, "t result:", t.result())
    u._fut_waiter.set_result(2)
    await asyncio.sleep(0)
    print(order, u.done())
    fut = loop.create_future()
    fut._asyncio_future_blocking = False
    print("blocking setter:", fut._asyncio_future_blocking)


loop.run_until_complete(main())
loop.close()
