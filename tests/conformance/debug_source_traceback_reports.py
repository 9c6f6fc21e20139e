# Debug mode's exception handler reports carry the creation site: "source_traceback: Object
# created at (most recent call last):" with the program's frames (the log is written to stdout,
# asyncio's own frames and paths taken out), and the slow-callback warning shows the task's repr
# with its "created at".
import asyncio
import gc
import logging
import re
import sys
import time


class Clean(logging.Formatter):
    def format(self, record):
        text = super().format(record)
        out, skip = [], False
        for line in text.splitlines():
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


async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("lost error")


def bad_callback(n):
    raise RuntimeError(f"callback {n} failed")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(fails(), name="fails")
    await asyncio.sleep(0.05)
    del t
    gc.collect()
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0.05)
    f = loop.create_future()
    f.set_exception(KeyError("k"))
    del f
    gc.collect()
    time.sleep(0.2)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main(), debug=True)
