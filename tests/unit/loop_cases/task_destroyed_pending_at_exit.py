# exact-stderr
# [task] "Task was destroyed but it is pending!": a task suspended on a future that nothing else references is reported when the program ends (its cycle with the future is collected)
import asyncio


async def forever(fut):
    await fut


loop = asyncio.new_event_loop()
fut = loop.create_future()
t = loop.create_task(forever(fut), name="pending-one")
loop.run_until_complete(asyncio.sleep(0))
print("pending:", t)
del t, fut
print("deleted; reported when the cycle is collected")
loop.close()
