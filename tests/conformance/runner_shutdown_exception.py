# A leftover task that raises while being cancelled at asyncio.run() shutdown is reported via the exception handler on stderr.
import asyncio


async def bad_cleanup():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")


async def main():
    asyncio.create_task(bad_cleanup(), name="bad-cleanup")
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
print("program continues, exit code 0")
