# wait_for timing out cancels the inner task, waits for it to finish, then raises TimeoutError (the builtin in 3.11).
import asyncio


async def slow():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("slow: cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, timeout=2.5)
    except asyncio.TimeoutError as e:
        print("TimeoutError:", repr(e), type(e) is TimeoutError)
        print("cause:", type(e.__cause__).__name__, "context:", type(e.__context__).__name__)
    print("inner cancelled:", t.cancelled(), asyncio.get_running_loop().time())


asyncio.run(main())
