# [run][cancel] the shutdown's gather and exception reports seen through a custom exception handler; what the leftover tasks look like afterwards
import asyncio

tasks = []
seen = []  # the shutdown goes through all_tasks() (a set): collect, print sorted


def handler(loop, context):
    t = context.get("task") or context.get("future")
    seen.append(f"handler: {context['message']} | {t.get_name()} | {context['exception']!r}")


async def leftover(name, mode):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        seen.append(f"{name} cancelled with args {e.args} at {asyncio.get_running_loop().time()}")
        if mode == "raise":
            raise RuntimeError(name + " failed in cleanup")
        if mode == "return":
            return name + " returned"
        raise


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    for name, mode in (("t1", "reraise"), ("t2", "raise"), ("t3", "return"), ("t4", "raise")):
        tasks.append(asyncio.create_task(leftover(name, mode), name=name))
    await asyncio.sleep(0)


asyncio.run(main())
print("\n".join(sorted(seen)))
for t in tasks:
    state = "cancelled" if t.cancelled() else repr(t.exception()) if t.exception() else t.result()
    print(t.get_name(), state)
