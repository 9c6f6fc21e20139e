"""The workloads of bench_loop.cpp on CPython's real asyncio loop (run by bench/loop/run.py).

Prints one line per workload: NAME CHECK T1 T2 ... (seconds per run, RUNS runs): the process's CPU
time (time.process_time()) around the work only, not interpreter start-up or module import. CPU
time, not wall time, so that other processes on the machine do not skew the ratio.
"""
import asyncio
import sys
import time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0


def call_soon_1m(loop):
    n = int(1_000_000 * SCALE)
    count = 0

    def cb():
        nonlocal count
        count += 1

    t0 = time.process_time()
    for _ in range(n):
        loop.call_soon(cb)
    loop.call_soon(loop.stop)
    loop.run_forever()
    return time.process_time() - t0, count


async def sleeper(n):
    for _ in range(n):
        await asyncio.sleep(0)


def tasks_sleep0(loop):
    n = int(100_000 * SCALE)
    t0 = time.process_time()
    tasks = [loop.create_task(sleeper(10)) for _ in range(n)]
    loop.run_until_complete(asyncio.gather(*tasks))
    dt = time.process_time() - t0
    return dt, sum(1 for t in tasks if t.done() and not t.cancelled())


async def long_sleep():
    await asyncio.sleep(3600)


def cancel_gather(loop):
    n = int(20_000 * SCALE)
    t0 = time.process_time()
    tasks = [loop.create_task(long_sleep()) for _ in range(n)]
    loop.call_soon(loop.stop)
    loop.run_forever()  # every task is now waiting in sleep()
    for t in tasks:
        t.cancel()
    results = loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
    dt = time.process_time() - t0
    return dt, sum(1 for r in results if isinstance(r, asyncio.CancelledError))


for name, work in (("call_soon_1m", call_soon_1m), ("tasks_100k_x10_sleep0", tasks_sleep0),
                   ("cancel_gather_20k", cancel_gather)):
    times, check = [], None
    for _ in range(RUNS):
        loop = asyncio.new_event_loop()
        dt, check = work(loop)
        loop.close()
        times.append(dt)
    print(name, check, " ".join(f"{t:.6f}" for t in times), flush=True)
