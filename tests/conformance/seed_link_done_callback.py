# Seed: linking two tasks with add_done_callback + functools.partial so the failure or cancellation of either cancels the other.
import asyncio
import functools


def link_tasks(t1, t2):
    def done_callback(other, t):
        if t.cancelled():
            print(f"{t.get_name()} was cancelled -> cancel {other.get_name()}")
            other.cancel()
        elif t.exception() is not None:
            print(f"{t.get_name()} failed ({t.exception()!r}) -> cancel {other.get_name()}")
            other.cancel()
        else:
            print(f"{t.get_name()} finished with {t.result()!r}")

    t1.add_done_callback(functools.partial(done_callback, t2))
    t2.add_done_callback(functools.partial(done_callback, t1))


async def fail_after(delay):
    await asyncio.sleep(delay)
    raise RuntimeError(f"failed after {delay}")


async def run_forever():
    while True:
        await asyncio.sleep(1)


async def main():
    a = asyncio.create_task(fail_after(2.5), name="producer")
    b = asyncio.create_task(run_forever(), name="consumer")
    link_tasks(a, b)
    res = await asyncio.gather(a, b, return_exceptions=True)
    print("results:", res)
    c = asyncio.create_task(run_forever(), name="left")
    d = asyncio.create_task(run_forever(), name="right")
    link_tasks(c, d)
    await asyncio.sleep(3)
    d.cancel()
    res = await asyncio.gather(c, d, return_exceptions=True)
    print("results:", [type(r).__name__ for r in res], asyncio.get_running_loop().time())


asyncio.run(main())
