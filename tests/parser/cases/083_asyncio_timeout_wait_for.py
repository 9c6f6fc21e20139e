import asyncio
import time


async def slow_operation(seconds):
    await asyncio.sleep(seconds)
    return seconds * 2


async def main():
    start = time.monotonic()
    try:
        result = await asyncio.wait_for(slow_operation(10), timeout=0.1)
    except asyncio.TimeoutError:
        print(f"timed out after {time.monotonic() - start:.1f}s")
    else:
        print("result", result)

    done, pending = await asyncio.wait(
        [asyncio.create_task(slow_operation(i / 10)) for i in range(5)],
        timeout=0.25,
        return_when=asyncio.ALL_COMPLETED,
    )
    print(len(done), "done,", len(pending), "pending")
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


asyncio.run(main())
