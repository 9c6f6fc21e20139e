# sys.exit(3) inside a coroutine run by asyncio.run: SystemExit propagates, leftovers are cancelled, exit code 3, no traceback.
import asyncio
import sys


async def other():
    try:
        await asyncio.sleep(100)
    finally:
        print("other cancelled at exit")


async def main():
    asyncio.create_task(other())
    await asyncio.sleep(1)
    print("exiting with 3")
    sys.exit(3)


asyncio.run(main())
print("not reached")
