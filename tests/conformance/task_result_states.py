# Task.result()/exception() raise InvalidStateError while pending; set_result/set_exception are not allowed on tasks.
import asyncio


async def slow():
    await asyncio.sleep(1)
    return "r"


async def main():
    t = asyncio.create_task(slow())
    for m in (t.result, t.exception):
        try:
            m()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    for m, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
        try:
            m(arg)
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(await t)


asyncio.run(main())
