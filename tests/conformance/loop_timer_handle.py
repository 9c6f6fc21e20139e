# TimerHandle.when(), cancel() and cancelled(); call_at in the past runs on the next iteration; the clock jumps to deadlines.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    seen = []
    h1 = loop.call_later(10, seen.append, "ten")
    h2 = loop.call_at(loop.time() + 5, seen.append, "five")
    h3 = loop.call_at(-100, seen.append, "past")
    print("when:", h1.when(), h2.when(), h3.when())
    print("cancelled before:", h1.cancelled())
    await asyncio.sleep(0)
    print("after one iteration:", seen, loop.time())
    h1.cancel()
    h1.cancel()
    print("cancelled after:", h1.cancelled())
    await asyncio.sleep(20)
    print(seen, loop.time())


asyncio.run(main())
