# Tasks still pending when run_until_complete() returns must be cancelled and awaited to clean up.
import asyncio


async def heartbeat(loop):
    try:
        while True:
            await asyncio.sleep(1)
            print("heartbeat at t =", loop.time())
    finally:
        print("heartbeat: stopped cleanly")


async def main(loop):
    asyncio.create_task(heartbeat(loop), name="heartbeat")
    await asyncio.sleep(2.5)
    print("main: done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main(loop))
pending = asyncio.all_tasks(loop)  # after the run: whatever main() left behind
print("still pending:", sorted(t.get_name() for t in pending))
for task in pending:
    task.cancel()
results = loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
print("gathered:", results)
loop.close()
# asyncio.run() does all of this for you when main() returns.
