# call_soon passes positional arguments and rejects keywords; outside debug mode non-callables are accepted and fail when run.
import asyncio
import functools

loop = asyncio.new_event_loop()
loop.call_soon(print, "a", "b", 3)
loop.call_soon(functools.partial(print, "partial", sep="-"), "x")
try:
    loop.call_soon(print, "a", sep="-")
except TypeError as e:
    print("TypeError:", e)
try:
    loop.call_soon(42)
except TypeError as e:
    print("TypeError:", e)
try:
    loop.call_later(1, "not callable")
except TypeError as e:
    print("TypeError:", e)
loop.call_later(2, loop.stop)
loop.run_forever()
loop.close()
