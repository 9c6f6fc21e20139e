# [seed][cancel][.needs-queue] seed Q7 as asked, with asyncio.Queue: task1's putter got its result from get_nowait() but task1 is cancelled before it runs; put()'s bare except wakes the next putter so task2 still gets in
import asyncio


async def main():
    # Create a full queue
    queue = asyncio.Queue(1)
    await queue.put('A')
    # Schedule two putters as tasks
    task1 = asyncio.ensure_future(queue.put('B'))
    task2 = asyncio.ensure_future(queue.put('C'))
    await asyncio.sleep(0)
    # Make room in the queue, print 'A'
    print(queue.get_nowait())
    # Cancel task 1 before giving the control back to the event loop
    print("task1 waiter done:", task1._fut_waiter.done(), "cancel:", task1.cancel(), "must_cancel:", task1._must_cancel)
    # Thankfully, the putter in task 2 has been notified
    await task2
    # Print 'C'
    print(await queue.get())
    print("task1 cancelled:", task1.cancelled())


asyncio.run(main())
