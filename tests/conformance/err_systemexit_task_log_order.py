# A SystemExit raised in a task ends asyncio.run(): the exit message comes first, and the task -- kept alive by the exception, as CPython's Handle._run frame in its traceback keeps it -- reports 'Task exception was never retrieved' only at shutdown.
import asyncio

async def worker():
    raise SystemExit("fatal")

async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(1)

asyncio.run(main())
