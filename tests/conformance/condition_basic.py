# Condition: wait() releases the lock and re-acquires it; notify(n) wakes n waiters in FIFO order; notify_all wakes the rest.
import asyncio


async def consumer(name, cond, log):
    async with cond:
        await cond.wait()
        log.append(f"{name} woke at {asyncio.get_running_loop().time()} locked={cond.locked()}")


async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(consumer(f"c{i}", cond, log)) for i in range(4)]
    await asyncio.sleep(1)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("\n".join(log))


asyncio.run(main())
