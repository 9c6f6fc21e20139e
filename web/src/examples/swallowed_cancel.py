# Swallowing CancelledError: the task ignores cancel() and runs on, so whoever cancelled it waits.
import asyncio


async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(1)
            print("stubborn: tick", i)
        except asyncio.CancelledError:
            print("stubborn: ignoring a cancel at t =", asyncio.get_running_loop().time())
    return "finished anyway"


async def main():
    task = asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(1.5)
    print("cancel() returned", task.cancel())
    result = await task
    print("result:", result, "/ cancelled:", task.cancelled())


asyncio.run(main())
