# wait_for's TimeoutError is raised "from" the CancelledError that fut.result() raised in
# wait_for's own frame (asyncio/tasks.py): that CancelledError's traceback is never empty in
# CPython, so its part of the report keeps its "Traceback (most recent call last):" header
# even when the awaited thing is asyncio's own (sleep, Event.wait, Queue.get) and no frame of
# the program is listed. The last case is uncaught.
import asyncio
import traceback


def outline(exc):
    # The report without frame lines (stdlib paths differ between installations).
    return [line.rstrip("\n") for line in traceback.format_exception(exc) if not line.startswith("  ")]


async def main():
    ev = asyncio.Event()
    q = asyncio.Queue()
    for label, make, timeout in [("sleep, timeout=0", lambda: asyncio.sleep(1), 0),
                                 ("sleep, timeout=0.1", lambda: asyncio.sleep(1), 0.1),
                                 ("Event.wait", ev.wait, 0.1),
                                 ("Queue.get", q.get, 0.1)]:
        try:
            await asyncio.wait_for(make(), timeout=timeout)
        except TimeoutError as e:
            print(label, outline(e))
    await asyncio.wait_for(asyncio.sleep(1), timeout=0)


asyncio.run(main())
