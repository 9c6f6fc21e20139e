# set_exception_handler receives the context dict (message, exception, handle/future); call_exception_handler passes custom contexts.
import asyncio


def handler(loop, context):
    keys = sorted(context)
    print("handler:", context["message"], "| keys:", keys)
    exc = context.get("exception")
    if exc is not None:
        print("  exception:", type(exc).__name__, exc)


async def fails():
    raise KeyError("lost")


async def main():
    loop = asyncio.get_running_loop()
    print("initial handler:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("installed:", loop.get_exception_handler() is handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom message", "answer": 42})
    t = loop.create_task(fails())
    await asyncio.sleep(0)
    del t
    import gc
    gc.collect()
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print("reset:", loop.get_exception_handler())


asyncio.run(main())
