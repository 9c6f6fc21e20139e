# If the producer dies, the consumer must not wait on queue.get() forever: a watcher cancels it.
import asyncio


async def producer(queue):
    for i in range(1, 10):
        await asyncio.sleep(0.5)
        if i == 4:
            raise ValueError(f"bad record {i}")
        await queue.put(i)


async def consumer(queue):
    try:
        while True:
            item = await queue.get()
            print("consumer: got", item)
    except asyncio.CancelledError:
        print("consumer: cancelled while waiting on the queue")
        raise


async def watch(source, target):
    await asyncio.wait([source])  # wait for the producer to end, without raising its error
    print(f"watch: {source.get_name()} ended with {source.exception()!r}; cancelling {target.get_name()}")
    target.cancel()


async def main():
    queue = asyncio.Queue()
    prod = asyncio.create_task(producer(queue), name="producer")
    cons = asyncio.create_task(consumer(queue), name="consumer")
    watcher = asyncio.create_task(watch(prod, cons), name="watch")
    results = await asyncio.gather(prod, cons, return_exceptions=True)
    await watcher
    print("results:", results)


asyncio.run(main())
