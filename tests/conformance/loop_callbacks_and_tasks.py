# Interleaving of call_soon callbacks with task steps: a task's first step is itself a call_soon callback.
import asyncio

order = []


async def task_body(name):
    order.append(name + ":start")
    await asyncio.sleep(0)
    order.append(name + ":resumed")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(order.append, "cb1")
    asyncio.create_task(task_body("T1"))
    loop.call_soon(order.append, "cb2")
    asyncio.create_task(task_body("T2"))
    order.append("main:before-yield")
    await asyncio.sleep(0)
    order.append("main:after-yield")
    await asyncio.sleep(0)
    order.append("main:after-second-yield")
    for item in order:
        print(item)


asyncio.run(main())
