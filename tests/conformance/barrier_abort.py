# Barrier.abort() breaks the barrier: waiting and later wait() calls raise BrokenBarrierError; reset() repairs it.
import asyncio


async def party(name, b):
    try:
        await b.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError as e:
        print(name, "BrokenBarrierError", repr(e))


async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(n, b)) for n in ("a", "b")]
    await asyncio.sleep(1)
    print("n_waiting:", b.n_waiting)
    await b.abort()
    await asyncio.gather(*ts)
    print("broken:", b.broken)
    await party("late", b)
    await b.reset()
    print("after reset broken:", b.broken)
    await asyncio.gather(*(party(n, b) for n in "xyz"))


asyncio.run(main())
