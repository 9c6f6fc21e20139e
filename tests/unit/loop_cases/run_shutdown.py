# exact-stderr
# [run][cancel] asyncio.run's shutdown: leftover tasks are cancelled and gathered with return_exceptions; errors other than CancelledError are reported through the exception handler
import asyncio


finals = []  # the shutdown cancels in all_tasks() (set) order: collect, print sorted


async def obedient(name):
    try:
        await asyncio.sleep(100)
    finally:
        finals.append(f"{name} finally, cancelling = {asyncio.current_task().cancelling()}")


async def fails_on_cancel():
    never = asyncio.get_running_loop().create_future()
    try:
        await never
    except asyncio.CancelledError:
        int("raised while being cancelled")


async def ignores_cancel():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("ignores_cancel swallowed it; sleeps 5 more at", asyncio.get_running_loop().time())
    await asyncio.sleep(5)
    print("ignores_cancel finished at", asyncio.get_running_loop().time())
    return "ignored"


async def already_failed():
    int("nobody retrieved this")


background = set()  # strong references: the loop only keeps weak ones (a collection could destroy them)


async def main():
    background.add(asyncio.create_task(obedient("A"), name="A"))
    background.add(asyncio.create_task(fails_on_cancel(), name="fails"))
    background.add(asyncio.create_task(ignores_cancel(), name="ignores"))
    background.add(asyncio.create_task(obedient("B"), name="B"))
    t = asyncio.create_task(already_failed(), name="failed-early")
    await asyncio.sleep(1)
    print("main returns at", asyncio.get_running_loop().time())
    return "main result"


print(asyncio.run(main()))
print("after run:", sorted(finals))
background.clear()
