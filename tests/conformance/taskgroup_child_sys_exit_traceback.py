# sys.exit() in a TaskGroup child: the main task re-raises it, asyncio.run ends with it, and
# "Task exception was never retrieved" (logged at shutdown, after the exit message) shows the
# __traceback__ as it was last caught: no <module> frame (handle_system_exit never stamps it).
# The log goes to stdout through a formatter listing this file's frames only.
import asyncio
import logging
import os
import sys
import traceback

HERE = os.path.basename(__file__)


class Frames(logging.Formatter):
    def formatException(self, ei):
        frames = traceback.extract_tb(ei[2])
        return "\n".join(f"  frame {f.name}:{f.lineno}" for f in frames if os.path.basename(f.filename) == HERE)


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Frames("%(levelname)s %(message)s"))
logging.getLogger("asyncio").addHandler(handler)
logging.getLogger("asyncio").propagate = False


async def worker(n):
    try:
        await asyncio.sleep(n)
        print("worker", n, "finished")
    except asyncio.CancelledError:
        print("worker", n, "cancelled")
        raise


async def quitter():
    await asyncio.sleep(0.2)
    sys.exit("quitting from a child task")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(0.1))
            tg.create_task(worker(1))
            tg.create_task(quitter())
    except SystemExit as e:
        print("caught SystemExit", e.code)
        raise
    finally:
        print("main finally")


asyncio.run(main())
