# run_until_complete returns the result, raises the exception, accepts a coroutine or future, and refuses a running or closed loop.
import asyncio


async def value(x, delay):
    await asyncio.sleep(delay)
    return x


async def boom():
    await asyncio.sleep(1)
    raise LookupError("missing")


loop = asyncio.new_event_loop()
print(loop.run_until_complete(value("a", 2)))
print("time:", loop.time())
fut = loop.create_future()
loop.call_later(3, fut.set_result, "from future")
print(loop.run_until_complete(fut))
try:
    loop.run_until_complete(boom())
except LookupError as e:
    print("LookupError:", e)


async def nested():
    coro = value("x", 0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


loop.run_until_complete(nested())
loop.close()
coro = value("b", 0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
