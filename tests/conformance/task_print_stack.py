# exact-stderr
# Task.get_stack(limit=) and Task.print_stack(limit=, file=): suspended coroutines, a task that failed (its traceback's frames), one that finished (no stack), and stderr by default.
import asyncio
import io
import sys


async def inner():
    await asyncio.sleep(1)


async def middle():
    await inner()


async def fails():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def outer_fail():
    await fails()


async def quick():
    return 1


async def main():
    t = asyncio.create_task(middle(), name="mid")
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t.get_stack()])
    print([f.f_code.co_name for f in t.get_stack(limit=1)])
    print([f.f_code.co_name for f in t.get_stack(limit=0)])
    t.print_stack(file=sys.stdout)
    buf = io.StringIO()
    t.print_stack(limit=1, file=buf)
    print(buf.getvalue().replace("\n", "|"))
    f = asyncio.create_task(outer_fail(), name="bad")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(f.done(), [fr.f_code.co_name for fr in f.get_stack()])
    f.print_stack(file=sys.stdout)
    f.print_stack(limit=2, file=sys.stdout)
    q = asyncio.create_task(quick(), name="quick")
    await q
    print(q.get_stack())
    q.print_stack(file=sys.stdout)
    t.print_stack(limit=1)
    try:
        t.get_stack(1)
    except TypeError as e:
        print("TypeError", e)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.get_stack())
    try:
        await f
    except ValueError as e:
        print("retrieved", e)


asyncio.run(main())
