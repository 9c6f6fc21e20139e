# Cancelling a task waiting at a Barrier does not break it in 3.11: the waiter count just drops and new parties fill the slot.
import asyncio


async def party(name, b, log):
    try:
        idx = await b.wait()
        log.append(f"{name} passed")
    except asyncio.BrokenBarrierError:
        log.append(f"{name} broken")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    b = asyncio.Barrier(3)
    log = []
    ts = [asyncio.create_task(party(n, b, log)) for n in ("a", "b")]
    await asyncio.sleep(1)
    ts[0].cancel()
    await asyncio.sleep(0)
    print(log, "broken:", b.broken, "n_waiting:", b.n_waiting)
    ts += [asyncio.create_task(party(n, b, log)) for n in ("c", "d")]
    await asyncio.gather(*ts, return_exceptions=True)
    print(sorted(log), "broken:", b.broken, "n_waiting:", b.n_waiting)


asyncio.run(main())
