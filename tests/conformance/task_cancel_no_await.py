# A task cancelled before it ever starts never runs its body; one that finishes without awaiting cannot be cancelled afterwards.
import asyncio

ran = []


async def body(name):
    ran.append(name)
    return name


async def main():
    a = asyncio.create_task(body("a"))
    b = asyncio.create_task(body("b"))
    print("cancel a:", a.cancel())
    await asyncio.sleep(0)
    print("ran:", ran)
    print("a cancelled:", a.cancelled(), "b result:", b.result())
    print("cancel b now:", b.cancel())
    print(a)
    print(b)


asyncio.run(main())
