# exact-stderr
# A native standing for a Python function of CPython's asyncio that rejects a coroutine argument
# keeps it alive with the exception (CPython's frame in the traceback): 'never awaited' names
# the end of the except block. Argument-binding errors and C builtins release it at the call.
import asyncio, sys

async def inner():
    return 42

async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("run:", e)
        print("end run")
    try:
        await asyncio.gather([inner(), inner()])
    except TypeError as e:
        print("gather:", e)
        print("end gather")
    try:
        await asyncio.wait(inner())
    except TypeError as e:
        print("wait:", e)
        print("end wait")
    try:
        await asyncio.wait_for(inner(), timeout="x")
    except TypeError as e:
        print("wait_for:", e)
        print("end wait_for")
    try:
        asyncio.get_running_loop().create_task(inner(), 5)
    except TypeError:
        print("end ct")
    sys.stdout.flush()

asyncio.run(main())
try:
    asyncio.create_task(inner())
except RuntimeError as e:
    print("create_task:", e)
    print("end create_task")
sys.stdout.flush()
try:
    asyncio.ensure_future(inner())
except Exception as e:
    print("ensure_future:", type(e).__name__, e)
    print("end ensure_future")
sys.stdout.flush()
loop = asyncio.new_event_loop()
loop.close()
try:
    loop.run_until_complete(inner())
except RuntimeError as e:
    print("ruc:", e)
    print("end ruc")
sys.stdout.flush()
try:
    asyncio.gather(inner(), return_exceptions=1, loop=2)
except TypeError as e:
    print("gather kw:", e)
    print("end gather kw")
sys.stdout.flush()
try:
    len(inner(), 1)
except TypeError as e:
    print("len:", e)
    print("end len")
sys.stdout.flush()
print("done")
