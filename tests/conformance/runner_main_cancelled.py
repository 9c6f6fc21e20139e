# When the main task itself is cancelled, asyncio.run raises CancelledError: traceback on stderr and exit code 1.
import asyncio


async def main():
    asyncio.current_task().cancel()
    await asyncio.sleep(1)


asyncio.run(main())
