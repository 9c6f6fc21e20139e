# set() immediately followed by clear(): waiters already blocked still wake up (their futures were resolved).
import asyncio


async def waiter(ev, log):
    await ev.wait()
    log.append(("woke", ev.is_set()))


async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(ev, log)) for _ in range(2)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.sleep(0)
    print(log, [t.done() for t in ts])
    late = asyncio.create_task(waiter(ev, log))
    await asyncio.sleep(1)
    print("late waiter blocked:", not late.done())
    late.cancel()
    await asyncio.sleep(0)
    print("repr:", str(ev).split(" [")[1])


asyncio.run(main())
