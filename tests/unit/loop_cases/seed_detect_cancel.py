# [seed][cancel] seed Q1: "is it me or the task I await that was cancelled?" — awaiting the task directly cannot tell; awaiting a proxy future completed by a done-callback (detect_cancel) can
import asyncio


class ChildCancelled(asyncio.CancelledError):
    pass


async def detect_cancel(task):
    cont = asyncio.get_event_loop().create_future()

    def on_done(_):
        if task.cancelled():
            cont.set_exception(ChildCancelled())
        elif task.exception() is not None:
            cont.set_exception(task.exception())
        else:
            cont.set_result(task.result())

    task.add_done_callback(on_done)
    await cont


async def cancel_me():
    print('cancel_me')
    try:
        await asyncio.sleep(3600)
    finally:
        print('cancel_me(): after sleep')


async def parent(task):
    await asyncio.sleep(.001)
    try:
        await detect_cancel(task)
    except ChildCancelled:
        print("parent(): child is cancelled now")
        raise
    except asyncio.CancelledError:
        print("parent(): I am cancelled")
        raise


async def naive_parent(task):
    await asyncio.sleep(.001)
    try:
        await task
    except asyncio.CancelledError:
        print("naive_parent(): CancelledError — cannot tell whose")
        raise


async def main(who, parent_fn):
    loop = asyncio.get_event_loop()
    child_task = loop.create_task(cancel_me())
    parent_task = loop.create_task(parent_fn(child_task))
    await asyncio.sleep(.1)  # give a chance to child to start running
    if who == 'parent':
        parent_task.cancel()
    else:
        child_task.cancel()
    await asyncio.sleep(.5)
    print(f"  [{who}] child cancelled={child_task.cancelled()} parent cancelled={parent_task.cancelled()}")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
for parent_fn in (parent, naive_parent):
    for who in ("parent", "child"):
        print(f"--- {parent_fn.__name__}, cancel the {who}")
        loop.run_until_complete(main(who, parent_fn))
        for t in asyncio.all_tasks(loop):
            t.cancel()
        loop.run_until_complete(asyncio.sleep(0))
loop.close()
