# KeyboardInterrupt raised inside a coroutine propagates out of asyncio.run after leftovers are cancelled; CPython then dies by SIGINT (exit 130).
import asyncio


async def helper():
    try:
        await asyncio.sleep(100)
    finally:
        print("helper finally")


async def main():
    asyncio.create_task(helper())
    await asyncio.sleep(1.5)
    print("raising KeyboardInterrupt at", asyncio.get_running_loop().time())
    raise KeyboardInterrupt


asyncio.run(main())
