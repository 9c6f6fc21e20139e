# Future.cancel(msg) stores the message: the CancelledError raised by result() and by await carries it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.cancel("stop it")
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result():", repr(e), e.args)
    g = loop.create_future()
    loop.call_later(1, g.cancel, "timer says no")
    try:
        await g
    except asyncio.CancelledError as e:
        print("await:", repr(e), loop.time())
    print("cancelled:", g.cancelled())


asyncio.run(main())
