# Debug mode: call_soon/call_later/call_at check their callback as BaseEventLoop._check_callback
# (a coroutine or coroutine function: "coroutines cannot be used with call_soon()"; call_later
# reports call_at, which it calls; then "a callable object was expected by ..."), after the
# closed-loop check; without debug nothing is checked (the Handle fails when it runs). Closing a
# debug loop logs "Close <_UnixSelectorEventLoop ...>" at DEBUG level.
import asyncio
import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(funcName)s:%(message)s", stream=sys.stdout)
# (the selector's name is the harness's under CPython)
logging.getLogger().handlers[0].addFilter(lambda r: not r.getMessage().startswith("Using selector"))


async def coro_fn():
    pass


async def main():
    loop = asyncio.get_running_loop()
    for method, args in (("call_soon", ()), ("call_soon_threadsafe", ()), ("call_later", (1,)), ("call_at", (5,))):
        for bad in (coro_fn, coro_fn(), 42):
            try:
                getattr(loop, method)(*args, bad)
            except TypeError as e:
                print(method, "TypeError:", e)
            if asyncio.iscoroutine(bad):
                bad.close()
    try:
        loop.call_later(None, 42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_debug(False)
    h = loop.call_soon(42)
    print(h)
    h.cancel()


asyncio.run(main(), debug=True)
loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.close()
try:
    loop.call_soon(coro_fn)
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
print("end")
