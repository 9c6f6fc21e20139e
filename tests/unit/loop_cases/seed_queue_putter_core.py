# [seed][cancel] seed Q7 without Queue: a putter future already given its result (set_result) when its task is cancelled: cancel() returns True, _must_cancel is set, the CancelledError arrives at the next step, so the task must pass the wake-up on
import asyncio


class TinyQueue:
    """The wake-up logic of asyncio.Queue.put/get_nowait (queues.py), for a queue of size 1."""

    def __init__(self):
        self.items = []
        self.putters = []

    def full(self):
        return len(self.items) >= 1

    def wakeup_next(self, waiters):
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
                break

    async def put(self, item, careful):
        loop = asyncio.get_running_loop()
        while self.full():
            putter = loop.create_future()
            self.putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()  # Just in case putter is not done yet.
                print(f"  put({item!r}) interrupted; putter done={putter.done()} cancelled={putter.cancelled()}")
                if careful and not self.full() and not putter.cancelled():
                    self.wakeup_next(self.putters)
                raise
        self.items.append(item)

    def get_nowait(self):
        item = self.items.pop(0)
        self.wakeup_next(self.putters)
        return item


async def main(careful):
    queue = TinyQueue()
    await queue.put('A', careful)
    task1 = asyncio.ensure_future(queue.put('B', careful))
    task2 = asyncio.ensure_future(queue.put('C', careful))
    await asyncio.sleep(0)
    print(" ", queue.get_nowait())
    print("  task1 waiter done:", task1._fut_waiter.done(), "cancel ->", task1.cancel(), "must_cancel:", task1._must_cancel)
    try:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    finally:
        print("  task1 cancelled:", task1.cancelled(), "task2 done:", task2.done(), "items:", queue.items)
    if not task2.done():
        task2.cancel()
        try:
            await task2
        except asyncio.CancelledError:
            print("  task2 was stuck: nobody woke it up")


print("with the wake-up in except:")
asyncio.run(main(True))
print("without it:")
asyncio.run(main(False))
