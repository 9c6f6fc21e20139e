# exact-stderr
# A Future whose exception is never retrieved logs "Future exception was never retrieved" when it is destroyed.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(RuntimeError("nobody looked"))
    del f
    g = loop.create_future()
    g.set_exception(RuntimeError("retrieved"))
    g.exception()
    del g
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
