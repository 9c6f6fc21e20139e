# A semaphore waiter cancelled after being woken by release() passes the permit on to the next waiter.
import asyncio


async def user(name, sem, log):
    try:
        async with sem:
            log.append(f"{name} acquired")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()
    ts = [asyncio.create_task(user(n, sem, log)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    sem.release()
    ts[0].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, "value:", sem._value, asyncio.get_running_loop().time())


asyncio.run(main())
