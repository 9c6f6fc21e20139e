# [toolkit][taskgroup] TaskGroup.create_task with a non-coroutine, a child that finishes before the body ends, results read after the group, a group with no tasks, a child raising after its group's body failed
import asyncio


async def main():
    async with asyncio.TaskGroup() as tg:
        try:
            tg.create_task(42)
        except TypeError as e:
            print("non-coroutine:", e)
        print("repr after the failed create_task:", repr(tg))

    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group:", repr(tg))

    async def quick(v):
        return v

    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(quick(1))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print("done before the body ends:", t.done(), repr(tg))

    async def never_started():
        print("not printed")

    try:
        async with asyncio.TaskGroup() as tg:
            t2 = tg.create_task(never_started())
            raise RuntimeError("body fails at once")
    except ExceptionGroup as eg:
        print("child cancelled before it started:", t2.cancelled(), [repr(e) for e in eg.exceptions])


asyncio.run(main())
