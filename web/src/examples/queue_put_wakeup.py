# Queue.put(): a putter cancelled right after it was woken hands its free slot to the next putter.
import asyncio


async def main():
    queue = asyncio.Queue(maxsize=1)
    await queue.put("A")  # the queue is now full
    put_b = asyncio.create_task(queue.put("B"), name="put-B")
    put_c = asyncio.create_task(queue.put("C"), name="put-C")
    await asyncio.sleep(0)  # both putters now wait for a free slot
    print("got", queue.get_nowait())  # frees the slot and wakes put-B...
    put_b.cancel()  # ...which is cancelled before it can run
    await put_c  # put-B's cleanup woke put-C, so this does not hang
    print("got", await queue.get())
    print("put-B cancelled:", put_b.cancelled(), "/ queue empty:", queue.empty())


asyncio.run(main())
