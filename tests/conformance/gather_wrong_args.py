# gather rejects non-awaitables with TypeError; gather of a plain list is an error too.
import asyncio


async def main():
    for bad in (1, [1, 2], None):
        try:
            await asyncio.gather(bad)
        except TypeError as e:
            print("TypeError:", e)
    print(await asyncio.gather(*[asyncio.sleep(0, i) for i in range(3)]))


asyncio.run(main())
