# Three diagnostics of the trace at once: a coroutine never awaited, a task still pending when its loop
# closed, and that task destroyed while pending (tests/web/trace_adapter.test.js).
import asyncio

async def work():
    await asyncio.sleep(5)

async def forgotten():
    pass

async def main():
    forgotten()
    asyncio.create_task(work(), name="left-behind")
    await asyncio.sleep(1)

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
