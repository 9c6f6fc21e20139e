# exact-stderr
# A task cancelled before its first step runs none of its body: no try/except/finally of the coroutine (nor of an unstarted generator or TaskGroup child) sees the exception; an uncaught throw() into an unstarted generator reports the `def` line.
import asyncio

async def child(name):
    try:
        print(name, "started")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "except ran")
        raise
    finally:
        print(name, "finally ran")

async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    t = asyncio.create_task(child("early"), name="early")
    t.cancel("before start")
    late = asyncio.create_task(child("late"), name="late")
    await asyncio.sleep(0)
    late.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), late.cancelled(), repr(t))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited:", repr(e), e.__context__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(child("never"))
            await asyncio.sleep(0)
            tg.create_task(child("unstarted"))
    except* ValueError as eg:
        print("group:", eg.exceptions)

asyncio.run(main())

def gen():
    try:
        yield 1
    finally:
        print("gen finally ran")

g = gen()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("caught", repr(e), g.gi_frame)
gen().throw(ValueError("uncaught"))
