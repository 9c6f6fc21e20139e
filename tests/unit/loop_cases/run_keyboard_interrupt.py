# [run][cancel] a KeyboardInterrupt raised inside the main coroutine leaves asyncio.run at once: leftover tasks are cancelled during shutdown, the interrupt propagates, exit code 130
import asyncio


async def background():
    try:
        await asyncio.sleep(100)
    finally:
        print("background cleanup, cancelling =", asyncio.current_task().cancelling())


async def main():
    t = asyncio.create_task(background())
    await asyncio.sleep(1)
    try:
        raise KeyboardInterrupt
    finally:
        print("main finally; background done?", t.done())


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the caller")
print("second run:")
asyncio.run(main())
print("not reached")
