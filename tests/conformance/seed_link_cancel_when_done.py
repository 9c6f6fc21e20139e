# Seed: a third task links producer and consumer - when the producer fails (1/0 at i == 7) the consumer is cancelled.
import asyncio
import itertools


async def cancel_when_done(source, target):
    assert isinstance(source, asyncio.Task)
    assert isinstance(target, asyncio.Task)
    try:
        await source
    except BaseException as e:
        print("monitor: source ended with", type(e).__name__)
    target.cancel()


async def producer(q):
    for i in itertools.count():
        await q.put(i)
        await asyncio.sleep(0.2)
        if i == 7:
            1 / 0


async def consumer(q):
    try:
        while True:
            val = await q.get()
            print("got", val)
    except asyncio.CancelledError:
        print("consumer: cancelled at", round(asyncio.get_running_loop().time(), 6))
        raise


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    p = loop.create_task(producer(queue))
    c = loop.create_task(consumer(queue))
    m = loop.create_task(cancel_when_done(p, c))
    try:
        await asyncio.gather(p, c)
    except ZeroDivisionError as e:
        print("gather raised ZeroDivisionError:", e)
    await m
    await asyncio.sleep(0)
    print("consumer cancelled:", c.cancelled())


asyncio.run(main())
