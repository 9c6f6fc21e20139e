# [loop] errors inside exception handlers: a custom handler that raises is reported by the default handler ("Unhandled error in exception handler" with the context); a callback's error goes to the handler
import asyncio

loop = asyncio.new_event_loop()
calls = []


def raising_handler(lp, context):
    calls.append(context["message"])
    int("handler broke")


loop.set_exception_handler(raising_handler)
loop.call_exception_handler({"message": "original"})
print("handler was called:", calls)


def callback_error():
    int("callback error")


loop.call_soon(callback_error)
loop.call_soon(loop.stop)
loop.run_forever()
print("calls:", calls)
loop.close()
