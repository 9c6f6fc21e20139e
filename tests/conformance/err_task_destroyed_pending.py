# exact-stderr
# A task still pending when its abandoned loop (no asyncio.run cleanup) becomes garbage reports "Task was destroyed but it is pending!" when the cycle is collected. (At interpreter exit CPython's collection order decides whether the coroutine is closed before the report; here the program collects explicitly, so the order is CPython's and LoopScope's alike.)
import asyncio
import gc


async def forever():
    await asyncio.sleep(3600)


async def main():
    await asyncio.sleep(1)
    return "main done"


loop = asyncio.new_event_loop()
leftover = loop.create_task(forever(), name="leftover")
print(loop.run_until_complete(main()))
print(leftover)
del leftover, loop
gc.collect()
print("collected")
