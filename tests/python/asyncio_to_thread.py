# asyncio.to_thread (a coroutine function in asyncio.threads; the current context is copied into the call) and run_in_executor: the outcome is delivered through the loop, so tasks already ready run before the awaiting one resumes
import asyncio, contextvars, inspect
seen = []
cv = contextvars.ContextVar("cv", default="unset")
def work(a, b=0, *, c=1):
    seen.append(cv.get())
    cv.set("changed in thread")
    if a < 0: raise ValueError("negative")
    return a + b + c
async def other():
    print("other ran")
async def main():
    cv.set("main value")
    t = asyncio.create_task(other())
    print(await asyncio.to_thread(work, 1, b=2, c=3))
    print("after", cv.get())
    try:
        await asyncio.to_thread(work, -1)
    except ValueError as e:
        print("raised", e)
    print(asyncio.iscoroutinefunction(asyncio.to_thread), inspect.iscoroutinefunction(asyncio.to_thread))
    print(asyncio.to_thread.__module__, asyncio.threads.to_thread is asyncio.to_thread)
    c = asyncio.to_thread(work, 1)
    print(type(c).__name__, c.__qualname__)
    c.close()
    await t
    print(seen)
asyncio.run(main())
try:
    asyncio.run(asyncio.to_thread(work, 1))
except Exception as e: print(type(e).__name__, e)


def fast(log):
    log.append("fast ran")
    return 1


def fails():
    raise KeyError("k")


async def other2(log):
    log.append("other ran")


async def main2():
    loop = asyncio.get_running_loop()
    log = []
    t = asyncio.create_task(other2(log))
    fut = loop.run_in_executor(None, fast, log)
    log.append(f"submitted, done={fut.done()}")
    await fut
    log.append(f"awaited {fut.result()}")
    await t
    f2 = loop.run_in_executor(None, fails)
    log.append(f"f2 done={f2.done()}")
    try:
        await f2
    except KeyError as e:
        log.append(f"f2 raised {e!r}")
    f3 = loop.run_in_executor(None, int, "3")
    f3.cancel()
    await asyncio.sleep(0)
    log.append(f"f3 cancelled={f3.cancelled()}")
    print(log)


asyncio.run(main2())
