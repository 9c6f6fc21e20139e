# Setting a done future again raises InvalidStateError with the future's repr; StopIteration cannot be set as an exception.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("first")
    for action in (lambda: f.set_result("second"), lambda: f.set_exception(KeyError("k"))):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    c = loop.create_future()
    c.cancel()
    try:
        c.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    s = loop.create_future()
    try:
        s.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    t = loop.create_future()
    t.set_exception(ValueError)
    print("exception class instantiated:", repr(t.exception()))


asyncio.run(main())
