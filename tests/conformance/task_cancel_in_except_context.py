# exact-stderr
# An exception thrown into a generator or a task suspended inside an `except` block gets the exception being handled as its __context__ (CPython's gen_send_ex chaining); an uncaught one shows both tracebacks.
import asyncio

def g():
    try:
        raise ValueError("handled")
    except ValueError:
        yield 1
gen = g()
next(gen)
try:
    gen.throw(KeyError("thrown"))
except KeyError as e:
    print("gen throw:", repr(e.__context__))

async def in_except():
    try:
        raise ValueError("handled in task")
    except ValueError:
        await asyncio.sleep(10)

async def outer():
    try:
        raise OSError("outer")
    except OSError:
        await in_except()

async def main():
    t = asyncio.create_task(in_except())
    u = asyncio.create_task(outer())
    await asyncio.sleep(0)
    t.cancel()
    u.cancel()
    for task in (t, u):
        try:
            await task
        except asyncio.CancelledError as e:
            print("task cancel:", repr(e.__context__), repr(e.__context__.__context__))
    try:
        raise KeyError("main")
    except KeyError:
        inner = asyncio.create_task(in_except())
        await asyncio.sleep(0)
    inner.cancel()
    try:
        await inner
    except asyncio.CancelledError as e:
        print("created in except:", repr(e.__context__))

asyncio.run(main())

def g2():
    try:
        raise ValueError("first")
    except ValueError:
        yield 1
it = g2()
next(it)
it.throw(RuntimeError("second"))
