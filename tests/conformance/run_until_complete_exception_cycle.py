# An exception escaping asyncio.run / run_until_complete: CPython's run_until_complete frame
# (its `future` local, the task) is in the exception's traceback and the task holds the
# exception -- a reference cycle. What the failed coroutine's frames hold (an object with
# __del__, a coroutine never awaited) is freed by the garbage collector (here at exit), not
# where the `except` block ends; a failure caught inside the program's own coroutine is not
# part of such a cycle and goes at once.
import asyncio


class Conn:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"closing {self.name}")


async def work():
    return 1


async def main():
    c = Conn("main-conn")
    await asyncio.sleep(0.1)
    raise ValueError("failed")


async def rejected():
    pending = [work()]
    await asyncio.wait(pending)


try:
    asyncio.run(main())
except ValueError as e:
    print("caught", e)
print("after the first run")

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(rejected())
except TypeError as e:
    print("TypeError:", e)
loop.close()
print("after the second run")


async def worker():
    c = Conn("worker-conn")
    await asyncio.sleep(0.1)
    raise KeyError("w")


async def main2():
    t = asyncio.create_task(worker())
    try:
        await t
    except KeyError:
        print("main2 caught")
    del t
    print("main2 end")


asyncio.run(main2())
print("end")
