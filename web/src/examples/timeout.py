# asyncio.timeout(): when time is up the block is cancelled, and the cancellation becomes TimeoutError.
import asyncio


async def slow_query():
    try:
        await asyncio.sleep(10)
        return "rows"
    except asyncio.CancelledError:
        print("slow_query: cancelled at t =", asyncio.get_running_loop().time())
        raise


async def main():
    try:
        async with asyncio.timeout(2) as deadline:
            rows = await slow_query()
            print("never printed", rows)
    except TimeoutError:
        print("main: TimeoutError; expired:", deadline.expired())
        print("main: am I still being cancelled?", asyncio.current_task().cancelling() > 0)

    async with asyncio.timeout(5) as deadline:
        await asyncio.sleep(1)
    print("fast block expired:", deadline.expired())


asyncio.run(main())
