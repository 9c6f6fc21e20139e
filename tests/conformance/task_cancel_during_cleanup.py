# A second cancel while the task is awaiting in its cleanup (except/finally) interrupts the cleanup too.
import asyncio


async def worker():
    try:
        await asyncio.sleep(100)
    finally:
        print("cleanup starts at", asyncio.get_running_loop().time())
        try:
            await asyncio.sleep(10)
            print("cleanup finished")
        except asyncio.CancelledError:
            print("cleanup interrupted at", asyncio.get_running_loop().time())
            raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.sleep(2)
    print("second cancel:", t.cancel())
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())


asyncio.run(main())
