# Barrier str() shows its state (filling/draining/resetting/broken) and counts, and Barrier(0) is rejected.
import asyncio


async def main():
    b = asyncio.Barrier(2)
    print(str(b).split(" [")[1])
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(str(b).split(" [")[1])
    await b.wait()
    await t
    print(str(b).split(" [")[1])
    await b.abort()
    print(str(b).split(" [")[1])
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
