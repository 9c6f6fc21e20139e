# [task] what a task does with a coroutine that yields something else than a blocking future: "Task got bad yield", "yield was used instead of yield from", self-await, other loop
import asyncio


class Yields:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        r = yield self.value
        return r


def gen():
    yield 1


async def await_value(v):
    try:
        return await Yields(v)
    except RuntimeError as e:
        return f"RuntimeError: {e}"


async def main():
    loop = asyncio.get_running_loop()
    for v in (42, "text", [1, 2]):
        print(await asyncio.create_task(await_value(v)))
    g = gen()
    r = await asyncio.create_task(await_value(g))
    print(r.split(" with ")[0])
    nb = loop.create_future()
    r = await asyncio.create_task(await_value(nb), name="nonblocking")
    print(r)
    nb.cancel()

    async def self_await():
        try:
            await asyncio.current_task()
        except RuntimeError as e:
            return f"RuntimeError: {e}"

    print(await asyncio.create_task(self_await(), name="selfish"))
    other = asyncio.new_event_loop()
    of = other.create_future()

    async def other_loop():
        try:
            await of
        except RuntimeError as e:
            return f"RuntimeError: {e}"

    print(await asyncio.create_task(other_loop(), name="wrongloop"))
    other.close()

    async def bad_no_catch():
        await Yields(7)

    t = asyncio.create_task(bad_no_catch())
    try:
        await t
    except RuntimeError as e:
        print("task failed with:", e, "| task:", t.exception() is e)


asyncio.run(main())
