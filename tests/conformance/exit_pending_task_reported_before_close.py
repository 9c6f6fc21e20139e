# exact-stderr
# At exit, an unclosed loop kept by module globals: the collection that finalizes __main__'s
# globals runs the tasks' finalizers ("Task was destroyed but it is pending!", "exception was
# never retrieved") before their coroutines are closed, as CPython's collector orders its list
# (an object only its referrers keep comes after them): the reports show the coroutines still
# suspended ("running at"), the finally blocks print afterwards, and an unstarted task's
# coroutine warns "never awaited" after the task's report.
import asyncio


async def inner():
    try:
        await asyncio.sleep(5)
    finally:
        print("inner finally")


async def outer():
    try:
        await inner()
    finally:
        print("outer finally")


async def unstarted():
    print("never runs")


loop = asyncio.new_event_loop()
lost = loop.create_future()
lost.set_exception(ValueError("lost"))
running = loop.create_task(outer(), name="running")
loop.run_until_complete(asyncio.sleep(0.1))
waiting = loop.create_task(unstarted(), name="waiting")
print("end", running.done(), waiting.done())
