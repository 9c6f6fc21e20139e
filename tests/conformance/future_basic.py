# Future states and reprs: pending, finished with result, finished with exception, cancelled; result()/exception() in each state.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_result([1, 2])
    print(f, f.result(), f.exception())
    g = loop.create_future()
    g.set_exception(ValueError("bad value"))
    print(g)
    print("exception():", repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("result() raised", repr(e))
    h = loop.create_future()
    print("cancel:", h.cancel(), "again:", h.cancel())
    print(h, h.cancelled(), h.done())
    for meth in (h.result, h.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print("CancelledError:", repr(e))


asyncio.run(main())
