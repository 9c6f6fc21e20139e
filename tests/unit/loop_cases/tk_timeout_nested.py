# [toolkit][timeout][cancel] nested timeouts: only the one that expired raises TimeoutError; the outer sees it as a plain exception; both expiring at once; timeout inside wait_for
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner expired after", loop.time() - start, "inner", inner.expired(), "outer", outer.expired())
            await asyncio.sleep(10)
    except TimeoutError:
        print("then outer expired after", loop.time() - start, "outer", outer.expired())

    start = loop.time()
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("not the inner")
            except asyncio.CancelledError:
                print("inner block sees CancelledError, inner expired:", inner.expired())
                raise
    except TimeoutError:
        print("outer expired after", loop.time() - start, "outer", outer.expired(), "inner", inner.expired())

    start = loop.time()
    try:
        async with asyncio.timeout(2) as outer:
            async with asyncio.timeout(2) as inner:
                await asyncio.sleep(10)
    except TimeoutError:
        print("same deadline: inner expired", inner.expired(), "outer expired", outer.expired())
    print("cancelling() back to", asyncio.current_task().cancelling())

    async def body():
        async with asyncio.timeout(1):
            await asyncio.sleep(10)

    try:
        await asyncio.wait_for(body(), 5)
    except TimeoutError as e:
        print("timeout inside wait_for: TimeoutError from the inner timeout, cause",
              type(e.__cause__).__name__)


asyncio.run(main())
