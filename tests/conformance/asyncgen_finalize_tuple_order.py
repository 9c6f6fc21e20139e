# Suspended async generators held only by a tuple are finalized when the tuple dies:
# CPython's tupledealloc releases items last to first, so the asyncgen finalizer hook
# schedules the second generator's aclose() task first (Task-2), then the first's.
import asyncio


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


async def stream(name):
    try:
        yield name
        yield name
    finally:
        print(f"stream {name} cleanup, task {asyncio.current_task().get_name()}")
        await asyncio.sleep(0)
        print("not reached: GeneratorExit arrives at the await")


async def bad_stream():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup exploded")


async def main():
    s = stream("A")
    print(await s.__anext__())
    b = bad_stream()
    print(await b.__anext__())
    keep = (s, b)
    t = (D(1), (D(2), D(3)), [D(4), D(5)], D(6))
    del t
    print("main returns, generators still suspended")


asyncio.run(main())
print("run complete")
