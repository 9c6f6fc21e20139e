# Executor jobs run beside the event loop: asyncio.to_thread / run_in_executor start the function at
# once and it goes on while the loop runs other tasks (CPython: worker threads; LoopScope: green
# threads on its virtual clock). Expected output from real CPython with real sleeps, so every
# event is at a distinct time (tenths of a second) and times print rounded to 0.1 s.
import asyncio, time

T0 = time.monotonic()


def now():
    return f"{time.monotonic() - T0:.1f}"


def blocking(n):
    time.sleep(n)
    return n * 2


def work(name, steps, d):
    print(now(), name, "start")
    for i in range(steps):
        time.sleep(d)
        print(now(), name, "step", i)
    print(now(), name, "end")
    return name.upper()


async def heartbeat(n):
    for i in range(n):
        await asyncio.sleep(0.3)
        print(now(), "tick", i)


async def main():
    t0 = time.monotonic()
    r = await asyncio.to_thread(blocking, 0.2)
    loop = asyncio.get_running_loop()
    r2 = await loop.run_in_executor(None, blocking, 0.1)
    print(r, r2, round(time.monotonic() - t0, 1))
    rs = await asyncio.gather(*(asyncio.to_thread(blocking, 0.2) for _ in range(3)))
    print(rs, round(time.monotonic() - t0, 1))
    global T0
    T0 = time.monotonic()
    # a heartbeat keeps ticking while a thread works
    hb = asyncio.create_task(heartbeat(3))
    r = await asyncio.to_thread(work, "a", 2, 0.4)
    print(now(), "got", r)
    await hb
    # wait_for's timeout fires while the thread keeps running; its result is dropped
    T0 = time.monotonic()
    try:
        await asyncio.wait_for(asyncio.to_thread(work, "slow", 1, 0.5), timeout=0.2)
    except asyncio.TimeoutError:
        print(now(), "timed out")
    await asyncio.sleep(0.1)
    print(now(), "main end")


asyncio.run(main())
# asyncio.run() waited for the default executor's jobs (shutdown_default_executor)
print(now(), "after run")
