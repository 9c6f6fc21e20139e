# [loop] run_until_complete / run_forever / stop / close / is_running / is_closed and their errors
import asyncio

loop = asyncio.new_event_loop()
other = asyncio.new_event_loop()
print(loop)
print("running:", loop.is_running(), "closed:", loop.is_closed())


async def answer():
    print("inside: running", loop.is_running(), asyncio.get_running_loop() is loop)
    await asyncio.sleep(1)
    return 42


print("coroutine ->", loop.run_until_complete(answer()))
print("time:", loop.time())
fut = loop.create_future()
loop.call_later(2, fut.set_result, "from future")
print("future ->", loop.run_until_complete(fut))
print("done future ->", loop.run_until_complete(fut))
task = loop.create_task(answer())
print("task ->", loop.run_until_complete(task))


async def boom():
    raise ValueError("boom")


try:
    loop.run_until_complete(boom())
except ValueError as e:
    print("exception propagates:", repr(e))


async def stops_early():
    loop.stop()
    await asyncio.sleep(10)


try:
    loop.run_until_complete(stops_early())
except RuntimeError as e:
    print("RuntimeError:", e)
loop.run_until_complete(asyncio.sleep(0))
leftover = [t for t in asyncio.all_tasks(loop)]
print("leftover after early stop:", len(leftover), leftover[0].get_coro().__name__ if leftover else None)
for t in leftover:
    t.cancel()
loop.run_until_complete(asyncio.sleep(0))


async def nested():
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("nested run_until_complete:", e)
    c.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("nested run_forever:", e)
    c = asyncio.sleep(0)
    try:
        other.run_until_complete(c)
    except RuntimeError as e:
        print("other loop while running:", e)
    c.close()
    try:
        loop.close()
    except RuntimeError as e:
        print("close while running:", e)
    print("is_running inside:", loop.is_running(), other.is_running())


loop.run_until_complete(nested())
try:
    loop.run_until_complete(other.create_future())
except ValueError as e:
    print("future of another loop:", e)
print("running after:", loop.is_running())

# run_forever until stop() from a callback; stop() is idempotent.
def stop_twice():
    loop.stop()
    loop.stop()
    print("stop called twice")

loop.call_later(3, stop_twice)
loop.run_forever()
print("stopped at", loop.time(), "running:", loop.is_running())
loop.close()
loop.close()
print("closed:", loop.is_closed())
coro = answer()
for name, call in [("run_forever", lambda: loop.run_forever()),
                   ("run_until_complete", lambda: loop.run_until_complete(fut)),
                   ("call_later", lambda: loop.call_later(1, print)),
                   ("call_at", lambda: loop.call_at(1, print)),
                   ("create_task", lambda: loop.create_task(coro))]:
    try:
        call()
    except RuntimeError as e:
        print(name, "on closed loop:", e)
coro.close()
other.close()
