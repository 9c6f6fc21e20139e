# exact-stderr
# [task] "Task exception was never retrieved" / "Future exception was never retrieved", reported through the default exception handler when the last reference goes (and when not)
import asyncio


async def forever(fut):
    await fut


async def fails():
    int("lost error")


loop = asyncio.new_event_loop()
t = loop.create_task(fails(), name="fails")
loop.run_until_complete(asyncio.sleep(0))
print("task failed:", t.done())
del t
print("after del of the failed task")
f = loop.create_future()
f.set_exception(KeyError("future error"))
del f
print("after del of the future")
g = loop.create_future()
g.set_exception(KeyError("retrieved"))
g.exception()
del g
print("retrieved: nothing reported")
h = loop.create_future()
h.set_exception(KeyError("cancel clears the flag? no: done futures ignore cancel"))
h.cancel()
del h
print("after del of h")
t2 = loop.create_task(fails(), name="fails-but-awaited")
try:
    loop.run_until_complete(t2)
except ValueError:
    pass
del t2
print("awaited failure: nothing reported")
t3 = loop.create_task(fails(), name="fails-then-cancel")
loop.run_until_complete(asyncio.sleep(0))
print("cancel on done task:", t3.cancel())
del t3
print("Task.cancel clears the log flag even when done")
loop.close()
print("end of program")
