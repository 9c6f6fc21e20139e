# run_forever/stop: stop() lets the current iteration finish; run_forever can resume; tasks keep their state across runs.
import asyncio

loop = asyncio.new_event_loop()


async def ticker():
    n = 0
    while True:
        await asyncio.sleep(1)
        n += 1
        print("tick", n, loop.time())
        if n in (2, 4):
            loop.stop()
            print("stop requested, is_running:", loop.is_running())


t = loop.create_task(ticker())
loop.run_forever()
print("first run_forever returned at", loop.time(), "running:", loop.is_running())
loop.run_forever()
print("second run_forever returned at", loop.time())
t.cancel()
loop.run_until_complete(asyncio.gather(t, return_exceptions=True))
print("task cancelled:", t.cancelled())
loop.close()
