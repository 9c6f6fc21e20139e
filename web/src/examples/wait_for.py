# wait_for(): on timeout the inner task is cancelled, and its cleanup runs before TimeoutError reaches you.
import asyncio


def now():
    return asyncio.get_running_loop().time()


async def compute():
    try:
        await asyncio.sleep(5)
        return 42
    finally:
        print("compute: finally at t =", now())


async def main():
    try:
        await asyncio.wait_for(compute(), timeout=1)
    except TimeoutError:
        print("main: TimeoutError at t =", now())

    task = asyncio.create_task(compute(), name="compute")
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=1)
    except TimeoutError:
        print("main: timed out, but the shielded task goes on:", not task.done())
    print("main: result", await task, "at t =", now())


asyncio.run(main())
