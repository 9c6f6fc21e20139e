# Nested timeouts: the inner one expiring raises TimeoutError caught inside the outer; the outer's expiry is reported by the outer only.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner expired at", loop.time(), inner.expired(), outer.expired())
            await asyncio.sleep(10)
    except TimeoutError:
        print("outer expired at", loop.time(), outer.expired())
    try:
        async with asyncio.timeout(1) as outer:
            async with asyncio.timeout(5) as inner:
                await asyncio.sleep(10)
    except TimeoutError:
        print("outer (shorter) fired at", loop.time(), "inner expired:", inner.expired(), "outer:", outer.expired())


asyncio.run(main())
