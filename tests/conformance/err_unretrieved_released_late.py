# exact-stderr
# A failed future kept alive by a reference until the end of the program is reported when it is finally destroyed.
import asyncio

keep = []


async def boom():
    raise ArithmeticError("late report")


async def main():
    t = asyncio.create_task(boom(), name="boom")
    keep.append(t)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("task done:", t.done())


asyncio.run(main())
print("releasing the task")
keep.clear()
print("end of program")
