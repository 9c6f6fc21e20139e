# [toolkit][taskgroup] TaskGroup state errors: create_task before entering, after finishing, while shutting down; entering twice; repr in each state
import asyncio


async def nothing():
    pass


async def main():
    tg = asyncio.TaskGroup()
    print("new:", repr(tg))
    c = nothing()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("before entering:", e)
    c.close()
    async with tg:
        print("entered:", repr(tg))
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("entering twice:", e)
        tg.create_task(asyncio.sleep(1))
        print("with a task:", repr(tg))
    print("finished:", repr(tg))
    c = nothing()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("after finishing:", e)
    c.close()

    async def fail():
        raise ValueError("x")

    async def try_spawn(tg, log):
        await asyncio.sleep(1)
        c = nothing()
        try:
            tg.create_task(c)
        except RuntimeError as e:
            log.append(f"while shutting down: {e}")
            c.close()

    log = []
    try:
        async with asyncio.TaskGroup() as tg2:
            tg2.create_task(fail())
            spawner = asyncio.create_task(try_spawn(tg2, log))
            await asyncio.sleep(0)
            print("after failure:", repr(tg2))
    except ExceptionGroup:
        pass
    await spawner
    print(log)

    async with asyncio.TaskGroup() as tg3:
        t = tg3.create_task(nothing(), name="named-child")
        print("create_task name:", t.get_name())


asyncio.run(main())
