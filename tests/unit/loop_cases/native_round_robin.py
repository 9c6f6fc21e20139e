# [native] twin of the C++ test "native: bare yields and sleeps" (test_loop_native.cpp): tasks yielding (sleep(0)) take turns; sleeping tasks wake in deadline order; the wake-up re-raises the future's exception object
import asyncio

loop = asyncio.new_event_loop()
log = []


async def yielder(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def sleeper(name, delay):
    r = await asyncio.sleep(delay, name)
    log.append(f"{r}@{loop.time()}")


async def failer(fut):
    try:
        await fut
    except ValueError as e:
        log.append(f"caught {e!r} same={e is err}")
        raise


ts = [loop.create_task(yielder(n, 3)) for n in "ABC"]
loop.run_until_complete(ts[2])
print("round robin:", " ".join(log), [t.result() for t in ts])
log.clear()
ts = [loop.create_task(sleeper(n, d)) for n, d in (("x", 3), ("y", 1), ("z", 2), ("w", 1))]
loop.run_until_complete(ts[0])
print("sleepers:", " ".join(log))
log.clear()
err = ValueError("E")
f = loop.create_future()
t = loop.create_task(failer(f))
loop.call_soon(f.set_exception, err)
try:
    loop.run_until_complete(t)
except ValueError as e:
    print("run_until_complete raised the same object:", e is err, log)
loop.close()
