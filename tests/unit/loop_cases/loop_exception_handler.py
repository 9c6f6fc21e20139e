# exact-stderr
# [loop] call_exception_handler: default handler messages (message, sorted context keys, exception), custom handlers, errors in handlers
import asyncio

loop = asyncio.new_event_loop()
loop.call_exception_handler({"message": "plain message"})
loop.call_exception_handler({"message": "with keys", "zeta": 1, "alpha": "a", "handle": None})
loop.call_exception_handler({})
loop.call_exception_handler({"message": "with exception", "exception": ValueError("bad value")})
loop.call_exception_handler({"exception": KeyError("k")})
loop.default_exception_handler({"message": "direct", "future": 7})
print("handler:", loop.get_exception_handler())
seen = []


def handler(lp, context):
    seen.append(context)
    print("custom:", lp is loop, context.get("message"), sorted(context))


loop.set_exception_handler(handler)
print("handler set:", loop.get_exception_handler() is handler)


def bad_callback():
    raise ZeroDivisionError("in callback")


loop.call_soon(bad_callback)
loop.call_soon(loop.stop)
loop.run_forever()
ctx = seen[-1]
print("callback context:", type(ctx["exception"]).__name__, ctx["message"], type(ctx["handle"]).__name__)


async def fails():
    raise KeyError("never retrieved")

t = loop.create_task(fails())
loop.run_until_complete(asyncio.sleep(0))
del t
print("after del")

try:
    loop.set_exception_handler(42)
except TypeError as e:
    print("TypeError:", e)
loop.set_exception_handler(None)
print("reset:", loop.get_exception_handler())
loop.close()
