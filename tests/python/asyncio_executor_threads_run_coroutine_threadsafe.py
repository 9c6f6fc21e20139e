# An executor job asks the running loop for a coroutine with run_coroutine_threadsafe and waits on
# the concurrent future (result(timeout=), also timing out) while the loop runs it and a task ticks.
# Expected output from real CPython with real sleeps: events at distinct times, rounded to 0.1 s.
import asyncio, time, threading
T0 = time.monotonic()
def now():
    return f"{time.monotonic() - T0:.1f}"
async def compute(x):
    print(now(), "loop computes", x, threading.current_thread().name)
    await asyncio.sleep(0.3)
    return x * 2
def job(loop):
    print(now(), "job asks the loop")
    fut = asyncio.run_coroutine_threadsafe(compute(21), loop)
    r = fut.result(timeout=2)
    print(now(), "job got", r)
    time.sleep(0.2)
    fut2 = asyncio.run_coroutine_threadsafe(compute(1), loop)
    try:
        fut2.result(timeout=0.1)
    except TimeoutError:
        print(now(), "job timed out")
    return r + fut2.result()
async def beat():
    for i in range(2):
        await asyncio.sleep(0.7)
        print(now(), "beat", i)
async def main():
    loop = asyncio.get_running_loop()
    b = asyncio.create_task(beat())
    r = await asyncio.to_thread(job, loop)
    print(now(), "main got", r)
    await b
asyncio.run(main())
