# get_coro() returns the coroutine; get_stack() shows the suspended frame's function and line; print_stack format.
import asyncio


async def deep():
    await asyncio.sleep(10)


async def top():
    await deep()


async def main():
    t = asyncio.create_task(top())
    await asyncio.sleep(1)
    print(t.get_coro().__qualname__)
    print([(f.f_code.co_name, f.f_lineno) for f in t.get_stack()])
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("stack after cancel:", t.get_stack())


asyncio.run(main())
