# A child raising a BaseException subclass (not Exception, not SystemExit/KeyboardInterrupt) ends up in a BaseExceptionGroup.
import asyncio


class Fatal(BaseException):
    pass


async def fatal():
    await asyncio.sleep(1)
    raise Fatal("stop everything")


async def other():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("other cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fatal())
            tg.create_task(other())
    except Fatal as e:
        print("Fatal re-raised directly:", repr(e))
    except BaseExceptionGroup as eg:
        print("group:", repr(eg))


asyncio.run(main())
