# Round-robin order of tasks that yield with sleep(0) and with a bare yield inside a custom awaitable.
import asyncio


class BareYield:
    def __await__(self):
        yield


async def runner(name, n, bare):
    for i in range(n):
        print(name, i)
        if bare:
            await BareYield()
        else:
            await asyncio.sleep(0)


async def main():
    await asyncio.gather(runner("A", 3, False), runner("B", 2, True), runner("C", 3, False))


asyncio.run(main())
