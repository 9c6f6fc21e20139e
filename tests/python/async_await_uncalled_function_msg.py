# Forgetting the call -- `await asyncio.sleep` -- names the type 'function' (a Python function in
# CPython's asyncio), or 'method' for a bound loop method; C-accelerated ones stay builtins.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for label, obj in [("sleep", asyncio.sleep), ("gather", asyncio.gather), ("wait_for", asyncio.wait_for),
                       ("loop.create_task", loop.create_task), ("Queue.get", asyncio.Queue.get),
                       ("get_running_loop", asyncio.get_running_loop), ("len", len)]:
        try:
            await obj
        except TypeError as e:
            print(label, "->", e)
    try:
        asyncio.sleep + 1
    except TypeError as e:
        print(e)


asyncio.run(main())
