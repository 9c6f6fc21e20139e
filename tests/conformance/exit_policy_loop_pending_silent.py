# A loop left set as the policy's current loop (asyncio.get_event_loop / set_event_loop) and never
# closed is kept by CPython's thread-local state until the thread state is cleared, after sys and
# the modules are gone: its pending tasks are finalized with no output at all at exit -- no
# "Task was destroyed but it is pending!", no print from their finally blocks, no "coroutine ...
# was never awaited" for a task that never started. (A loop kept only by a global is different.)
import asyncio


async def ticker():
    try:
        while True:
            await asyncio.sleep(1)
    finally:
        print("ticker finally (never printed)")


async def never_started():
    print("never printed either")


async def main():
    await asyncio.sleep(2.5)
    print("main done at", asyncio.get_event_loop().time())


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.create_task(ticker())
loop.run_until_complete(main())
loop.call_soon(print, "a callback left in the ready queue")
loop.create_task(never_started())
del loop
print("end of module; still current:", asyncio.get_event_loop().is_closed())
