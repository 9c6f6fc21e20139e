# A generator driven by a `for` loop in an executor job sleeps (time.sleep inside the generator):
# the job's thread sleeps while the event loop's task goes on (CPython: a worker thread;
# LoopScope: the generator runs in the job's frame chain, which suspends). Expected output from
# real CPython with real sleeps: events at distinct times, printed rounded to 0.1 s.
import asyncio, time

T0 = time.monotonic()


def now():
    return f"{time.monotonic() - T0:.1f}"


def readings(n):
    for i in range(n):
        time.sleep(0.4)
        yield i * i


def job(tag):
    out = []
    for v in readings(3):
        print(now(), tag, "reading", v)
        out.append(v)
    return out


async def ticker():
    for i in range(4):
        await asyncio.sleep(0.5)
        print(now(), "tick", i)


async def main():
    t = asyncio.create_task(ticker())
    r = await asyncio.to_thread(job, "g")
    print(now(), "got", r)
    await t


asyncio.run(main())
