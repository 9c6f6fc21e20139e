# A callback that is a builtin or a native method (fut.set_result on a cancelled future,
# Queue.put_nowait on a full queue, int("x")) adds no frame of the program to the traceback,
# but CPython's traceback starts at Handle._run's frame (asyncio/events.py), so the logged
# "Exception in callback" always has its "Traceback (most recent call last):" header.
# A fresh exception passed to call_exception_handler by hand has no traceback and no header.
import asyncio
import traceback


def handler(loop, context):
    exc = context["exception"]
    print("handler:", context["message"])
    lines = traceback.format_exception(exc)
    print(lines[0] + lines[-1], end="")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "late")
    try:
        await asyncio.wait_for(fut, 0.1)
    except TimeoutError:
        print("timed out; cancelled:", fut.cancelled())
    await asyncio.sleep(0.3)

    q = asyncio.Queue(1)
    q.put_nowait(1)
    loop.call_soon(q.put_nowait, 2)
    loop.call_soon(int, "x1")
    done = loop.create_future()
    done.set_result(None)
    other = loop.create_future()
    other.cancel()
    done.add_done_callback(other.set_result)
    await asyncio.sleep(0)

    loop.call_exception_handler({"message": "by hand", "exception": ValueError("fresh")})

    loop.set_exception_handler(handler)
    loop.call_soon(int, "y2")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
