# concurrent.futures.ThreadPoolExecutor's jobs run concurrently (CPython: worker threads; LoopScope:
# green threads on its virtual clock): max_workers at once and the others queue, as_completed
# yields in completion order, wait(FIRST_COMPLETED), result(timeout=) timing out while the job
# goes on, map, shutdown(wait=True), and loop.run_in_executor(executor, ...). Expected output from
# real CPython with real sleeps: events at distinct times, printed rounded to 0.1 s.
import asyncio, time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED

T0 = time.monotonic()


def now():
    return f"{time.monotonic() - T0:.1f}"


def job(i, d):
    time.sleep(d)
    print(now(), "job", i, "end")
    return i * 10


with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(job, i, d) for i, d in enumerate([0.7, 0.2, 0.3, 0.1])]
    # 0 and 1 start at once; 2 when 1 ends (0.2 -> 0.5), 3 when 2 ends (0.5 -> 0.6), 0 ends at 0.7
    print(now(), "submitted", [f.done() for f in fs])
    for f in as_completed(fs):
        print(now(), "completed", f.result())
print(now(), "with block left")

T0 = time.monotonic()
ex = ThreadPoolExecutor(max_workers=3)
fs = [ex.submit(job, i, d) for i, d in enumerate([0.4, 0.1])]
done, not_done = wait(fs, return_when=FIRST_COMPLETED)
print(now(), "first", [f.result() for f in done], len(not_done))
slow = ex.submit(job, 9, 0.5)
try:
    slow.result(timeout=0.2)
except TimeoutError:
    print(now(), "timeout, done:", slow.done())
r = slow.result()
print(now(), "slow", r)
r = list(ex.map(job, [7, 8], [0.2, 0.1]))
print(now(), r)
ex.submit(job, 5, 0.3)
ex.shutdown(wait=True)
print(now(), "shut down")


async def main():
    global T0
    T0 = time.monotonic()
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as ex2:
        rs = await asyncio.gather(*(loop.run_in_executor(ex2, job, i, d) for i, d in [(1, 0.2), (2, 0.3), (3, 0.2)]))
        print(now(), rs)


asyncio.run(main())
T0 = time.monotonic()
ex = ThreadPoolExecutor()
ex.submit(job, 4, 0.2)
print(now(), "main ends; the interpreter waits for the job")
