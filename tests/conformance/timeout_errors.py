# Misusing Timeout: reschedule before entering, entering twice, using it outside a task.
import asyncio


async def main():
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(type(cm).__name__, "expired:", cm.expired())


asyncio.run(main())


async def no_task():
    async with asyncio.timeout(1):
        pass


loop = asyncio.new_event_loop()
coro = no_task()
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
loop.close()
