# [toolkit][timeout] Timeout.reschedule(): later, earlier, into the past (expires at the next await), None (never); errors before entering and after leaving
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() + 3)
            print("rescheduled later, when", cm.when())
            await asyncio.sleep(10)
    except TimeoutError:
        print("expired after", loop.time() - start)

    start = loop.time()
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(1)
            cm.reschedule(loop.time() + 1)
            await asyncio.sleep(10)
    except TimeoutError:
        print("rescheduled earlier: expired after", loop.time() - start)

    start = loop.time()
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 5)
            print("rescheduled into the past, not yet raised")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline: expired after", loop.time() - start)

    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        print("reschedule(None): when", cm.when())
        await asyncio.sleep(5)
    print("reschedule(None) survived to", loop.time() - start)

    cm = asyncio.timeout(1)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("before entering:", e)
    async with cm:
        pass
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("after leaving:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("entering again:", e)


asyncio.run(main())
