# [task] create_task schedules the first step with call_soon: it runs after callbacks already queued, before ones queued later, and not at all until the loop runs
import asyncio

loop = asyncio.new_event_loop()
log = []


async def body(name):
    log.append(f"{name} step1")
    await asyncio.sleep(0)
    log.append(f"{name} step2")
    return name


loop.call_soon(log.append, "soon-1")
t1 = loop.create_task(body("T1"))
loop.call_soon(log.append, "soon-2")
t2 = loop.create_task(body("T2"))
print("not started:", log, t1.done(), t1._fut_waiter, "ready:", len(loop._ready))
print(t1)
loop.call_soon(loop.stop)
loop.run_forever()
print("iteration 1:", log)
log.clear()
loop.call_soon(loop.stop)
loop.run_forever()
print("iteration 2:", log, t1.done(), t2.result())


async def parent():
    log.clear()
    child = asyncio.create_task(body("child"))
    log.append("parent after create_task")
    await asyncio.sleep(0)
    log.append("parent after sleep(0)")
    await child
    log.append("parent after await child")
    print(log)

loop.run_until_complete(parent())


async def immediate():
    return "no await"

t = loop.create_task(immediate())
print("before run:", t.done(), t)
loop.run_until_complete(t)
print("after run:", t.done(), t.result(), t)
loop.close()
