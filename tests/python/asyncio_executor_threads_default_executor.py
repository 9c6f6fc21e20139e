# loop.set_default_executor(ThreadPoolExecutor(max_workers=2)): to_thread and run_in_executor(None)
# use it (two jobs at once, the others queue), a non-ThreadPoolExecutor is refused, and
# asyncio.run() waits at its end for the jobs still running (shutdown_default_executor).
# Expected output from real CPython with real sleeps: events at distinct times, rounded to 0.1 s.
import asyncio, time, threading
from concurrent.futures import ThreadPoolExecutor

T0 = time.monotonic()


def now():
    return f"{time.monotonic() - T0:.1f}"


def blocking(n):
    time.sleep(n)
    return n


def late():
    time.sleep(0.5)
    print(now(), "late job ends")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=2, thread_name_prefix="mine"))
    r = await asyncio.gather(*(asyncio.to_thread(blocking, 0.2) for _ in range(4)))
    print(now(), r)
    try:
        loop.set_default_executor(1)
    except TypeError as e:
        print("TypeError:", e)
    loop.run_in_executor(None, late)
    print(now(), "main returns")


asyncio.run(main())
print(now(), "after asyncio.run")
