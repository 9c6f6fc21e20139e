# Debug mode: the exception handler called while a handle runs (a callback, a task's step) and
# given no 'source_traceback' gets 'handle_traceback' -- where the running handle was created
# (default_exception_handler adds it to the context dict, which the caller then sees). The log
# goes to stdout, asyncio's own frames taken out.
import asyncio
import logging
import re
import sys


class Clean(logging.Formatter):
    def format(self, record):
        out, skip = [], False
        for line in super().format(record).splitlines():
            if skip:
                skip = False
                continue
            if re.match(r'\s*File ".*/asyncio/', line):
                skip = True
                continue
            out.append(re.sub(r"\S*/asyncio/", "ASYNCIO/", line))
        return "\n".join(out)


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Clean("%(levelname)s %(message)s"))
logging.getLogger("asyncio").addHandler(handler)
logging.getLogger("asyncio").propagate = False


def cb(loop):
    ctx = {"message": "reported from a callback"}
    loop.call_exception_handler(ctx)
    print("keys after:", sorted(ctx))


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, loop)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "reported from main"})
    fut = loop.create_future()
    loop.call_exception_handler({"message": "with its own source_traceback", "future": fut,
                                 "source_traceback": fut._source_traceback})
    loop.set_debug(False)
    loop.call_soon(cb, loop)
    await asyncio.sleep(0)
    fut.cancel()


asyncio.run(main(), debug=True)
