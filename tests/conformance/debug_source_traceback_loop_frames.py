# Debug mode's _source_traceback lists the frames of CPython's asyncio layers between the
# program's (asyncio.run -> Runner.run -> run_until_complete -> run_forever -> _run_once ->
# Handle._run), and extract_stack's limit of 10 frames counts the ones asyncio deletes afterwards
# (call_soon/_call_soon, TimerHandle/call_at/call_later, base_events.create_task): a call_later
# handle made two calls deep loses <module>, a call_soon one keeps it.
import asyncio
import os


def show(label, obj):
    st = obj._source_traceback
    print(label, len(st))
    for f in st:
        print(f"   {os.path.basename(f.filename)}:{f.lineno} {f.name}")


def from_callback(loop):
    show("handle made in a callback", loop.call_soon(print))


async def deeper(loop):
    show("call_later", loop.call_later(5, print))
    show("call_at", loop.call_at(5, print))
    show("call_soon", loop.call_soon(print))
    show("create_future", loop.create_future())
    show("loop.create_task", loop.create_task(asyncio.sleep(0)))
    show("asyncio.create_task", asyncio.create_task(asyncio.sleep(0)))


async def main():
    loop = asyncio.get_running_loop()
    show("main task", asyncio.current_task())
    await deeper(loop)
    loop.call_soon(from_callback, loop)
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
loop = asyncio.new_event_loop()
loop.set_debug(True)
show("run_until_complete task", loop.create_task(asyncio.sleep(0)))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
