# The loop's exception handler for a failing callback runs inside the callback's exception handling (CPython's Handle._run calls it from its `except` block): sys.exc_info() is the exception, and one raised in the handler is chained to it.
import asyncio
import sys

calls = []

def handler(loop, ctx):
    print("in handler:", repr(sys.exc_info()[1]), ctx["exception"] is sys.exc_info()[1])
    try:
        raise RuntimeError("handler broke")
    except RuntimeError as e:
        print("context:", repr(e.__context__))
    calls.append(ctx["message"].split(" at ")[0])

def failing(n):
    return n / 0

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(failing, 1)
    loop.call_later(0.5, failing, 2)
    await asyncio.sleep(1)
    print("outside:", sys.exc_info())
    print(calls)

asyncio.run(main())
