# exact-stderr
# A task still pending when its loop is abandoned (no asyncio.run cleanup) reports "Task was destroyed but it is pending!" at exit.
import asyncio


async def forever():
    await asyncio.sleep(3600)


async def main():
    await asyncio.sleep(1)
    return "main done"


loop = asyncio.new_event_loop()
leftover = loop.create_task(forever(), name="leftover")
print(loop.run_until_complete(main()))
print(leftover)
