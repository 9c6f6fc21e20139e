# [seed][cancel] seed Q6: linking two tasks so that one failing cancels the other: a watcher task (cancel_when_done) and done-callbacks (link_tasks); the consumer waits on a future standing in for the queue
import asyncio
import functools


async def cancel_when_done(source, target):
    assert isinstance(source, asyncio.Task)
    assert isinstance(target, asyncio.Task)
    try:
        await source
    except:
        # SOURCE is a task which we expect to be awaited by someone else
        pass
    target.cancel()


def link_tasks(t1, t2):
    def done_callback(other, t):
        if t.cancelled():
            other.cancel()
        elif t.exception():
            other.cancel()

    t1.add_done_callback(functools.partial(done_callback, t2))
    t2.add_done_callback(functools.partial(done_callback, t1))


async def producer(items):
    for i in range(10):
        items.append(i)
        await asyncio.sleep(.2)
        if i == 7:
            1 / 0


async def consumer(items):
    loop = asyncio.get_running_loop()
    got = 0
    try:
        while True:
            never = loop.create_future()   # the consumer would block on queue.get() forever
            loop.call_later(.1, lambda f=never: f.done() or f.set_result(None))
            await never
            while items:
                items.pop(0)
                got += 1
    except asyncio.CancelledError:
        print("consumer cancelled after", got, "items at", loop.time())
        raise


async def main(how):
    loop = asyncio.get_running_loop()
    items = []
    p = loop.create_task(producer(items))
    c = loop.create_task(consumer(items))
    if how == "watcher":
        loop.create_task(cancel_when_done(p, c))
    else:
        link_tasks(p, c)
    try:
        await asyncio.gather(p, c)
    except ZeroDivisionError as e:
        print(how, "gather raised", repr(e), "at", loop.time())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(how, "consumer cancelled:", c.cancelled(), "producer exception:", repr(p.exception()))


asyncio.run(main("watcher"))
asyncio.run(main("callbacks"))
