# An async generator dropped unfinished is finalized through the loop's asyncgen hooks: aclose() runs as a Task-N created at the next iteration; live ones are closed by shutdown_asyncgens.
import asyncio


async def gen(name, log):
    try:
        for i in range(10):
            yield i
    finally:
        t = asyncio.current_task()
        log.append(f"{name} finally in {t.get_name() if t else None}")
        if name == "kept":
            print(log[-1])


async def main():
    log = []
    async for x in gen("a", log):
        if x == 2:
            break
    log.append("after break")
    await asyncio.sleep(0)
    log.append("one step")
    await asyncio.sleep(0)
    kept = gen("kept", log)
    await anext(kept)
    g = gen("b", log)
    await anext(g)
    del g
    log.append("dropped b")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0))
    log.append(f"next task {t.get_name()}")
    await t
    print("\n".join(log))
    print("main returns")


asyncio.run(main())
print("after run")
