# Consumer tasks left waiting in queue.get() on a loop that was then closed, collected as a cycle:
# closing each coroutine cancels its getter, whose callback cannot be scheduled ("Event loop is
# closed"). In CPython that error's traceback holds base_events.call_soon's frame and its
# `callback` local -- the task's wakeup -- so the task outlives the coroutine's close and is
# reported afterwards, its coroutine done.
import asyncio
import gc
import sys


def unraisable(args):
    print("unraisable:", type(args.exc_value).__name__, args.exc_value, type(args.object).__name__)


def handler(loop, context):
    print("handler:", context["message"], context["task"])


async def consumer(queue):
    while True:
        await queue.get()


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
    while not queue.empty():
        await asyncio.sleep(0)


def main():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handler)
    queue = asyncio.Queue()
    consumers = [loop.create_task(consumer(queue), name=f"c{i}") for i in range(2)]
    loop.run_until_complete(producer(queue, 3))
    print("pending:", [c.done() for c in consumers])
    loop.close()


sys.unraisablehook = unraisable
main()
print("collecting")
gc.collect()
print("collected")
