# A child raising SystemExit: 3.11's TaskGroup re-raises it as is (no group) after cancelling the siblings; the program exits with its code.
import asyncio


async def quitter():
    await asyncio.sleep(1)
    raise SystemExit(3)


async def other():
    try:
        await asyncio.sleep(10)
    finally:
        print("other: finally at", asyncio.get_running_loop().time())


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(quitter())
            tg.create_task(other())
    except SystemExit as e:
        print("SystemExit re-raised directly, code", e.code)
        raise


asyncio.run(main())
print("not reached")
