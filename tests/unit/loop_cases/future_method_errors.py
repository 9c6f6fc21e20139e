# [future][task] TypeError messages of Future and Task methods called with wrong arguments (C methods named Future.x / Task.x)
import asyncio


async def f():
    pass


async def main():
    t = asyncio.create_task(f())
    fu = asyncio.get_running_loop().create_future()
    for obj in (t, fu):
        for name, args in (("result", (1,)), ("exception", (1,)), ("done", (1,)), ("cancelled", (1,)),
                           ("get_loop", (1,)), ("set_result", ()), ("set_exception", ()),
                           ("remove_done_callback", ()), ("cancel", (1, 2)), ("add_done_callback", ()),
                           ("get_coro", (1,)), ("cancelling", (1,)), ("uncancel", (1,)), ("set_name", ()),
                           ("get_name", (1,))):
            if not hasattr(obj, name):
                continue
            try:
                getattr(obj, name)(*args)
            except TypeError as e:
                print(type(obj).__name__, name, "->", e)
    for name in ("set_result", "set_exception"):
        try:
            getattr(t, name)(1)
        except RuntimeError as e:
            print("RuntimeError:", e)
    await t


asyncio.run(main())
