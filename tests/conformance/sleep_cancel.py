# Cancelling a task blocked in sleep cancels the sleep's timer; the task sees CancelledError at the time of cancel, not the deadline.
import asyncio


async def nap():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("woken by cancel at", loop.time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(nap())
    await asyncio.sleep(7.25)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("scheduled timers left:", len([h for h in loop._scheduled if not h.cancelled()]))
    await asyncio.sleep(1)
    print("end", loop.time())


asyncio.run(main())
