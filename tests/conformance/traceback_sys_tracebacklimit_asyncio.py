# sys.tracebacklimit = 1 set inside a coroutine: the uncaught exception escaping asyncio.run()
# is printed with only its innermost traceback entry (the interpreter's printer keeps the last N).
import asyncio
import sys


def helper(x):
    return x["missing"]


async def main():
    sys.tracebacklimit = 1
    await asyncio.sleep(0.1)
    helper({})


asyncio.run(main())
