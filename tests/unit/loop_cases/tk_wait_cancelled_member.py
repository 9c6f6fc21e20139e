# [toolkit][wait][cancel] wait() with a member cancelled: it counts as done for FIRST_COMPLETED but not as an exception for FIRST_EXCEPTION; a generator argument is rejected like a coroutine; a dict's keys are waited on
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    for when in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION):
        start = loop.time()
        a = asyncio.create_task(job(1))
        b = asyncio.create_task(job(3))
        loop.call_later(0.5, a.cancel)
        done, pending = await asyncio.wait([a, b], return_when=when)
        print(f"{when}: after {loop.time() - start} a in done {a in done} cancelled {a.cancelled()}, b pending {b in pending}")
        await asyncio.wait([b])

    ts = [asyncio.create_task(job(i)) for i in range(3)]
    try:
        await asyncio.wait(t for t in ts)
    except TypeError as e:
        print("a generator counts as a coroutine in 3.11:", e)
    done, pending = await asyncio.wait([t for t in ts])
    print("list of tasks:", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait({ts[0]: "dict keys"})
    print("dict:", len(done), len(pending))


asyncio.run(main())
