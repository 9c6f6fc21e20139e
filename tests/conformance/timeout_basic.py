# asyncio.timeout() converts the cancellation at the deadline into TimeoutError outside the block; expired() reports it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2) as cm:
            print("when:", cm.when(), "expired:", cm.expired())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("inside: CancelledError at", loop.time())
                raise
    except TimeoutError as e:
        print("outside: TimeoutError", repr(e), "expired:", cm.expired())
        print("cause:", type(e.__cause__).__name__)
    async with asyncio.timeout(5) as cm2:
        await asyncio.sleep(1)
    print("in time; expired:", cm2.expired(), "at", loop.time())


asyncio.run(main())
