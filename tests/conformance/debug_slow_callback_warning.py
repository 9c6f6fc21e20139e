# Debug mode (asyncio.run(debug=True), loop.set_debug()): _run_once logs 'Executing %s took %.3f
# seconds' on the asyncio logger (WARNING) for a callback that ran slow_callback_duration or longer
# on the loop's clock (time.sleep() advances the virtual clock); the task is shown for a task step,
# the handle otherwise. The records are printed through a handler (the handle and task reprs carry
# debug-mode 'created at' locations, which this test leaves out).
import asyncio
import logging
import time


class Show(logging.Handler):
    def emit(self, record):
        what, dt = record.args
        print(record.levelname, record.funcName, record.msg, what.split(" ")[0], round(dt, 3))


logging.getLogger("asyncio").addHandler(Show())
logging.getLogger("asyncio").propagate = False


def blocking(n):
    time.sleep(n)


async def worker():
    time.sleep(0.3)
    await asyncio.sleep(0)
    return "w"


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    time.sleep(0.2)
    loop.call_soon(blocking, 0.15)
    loop.call_soon(blocking, 0.05)
    await asyncio.sleep(0)
    t = asyncio.create_task(worker(), name="worker")
    print(await t)
    loop.slow_callback_duration = 0.01
    loop.call_soon(blocking, 0.02)
    await asyncio.sleep(0)
    loop.set_debug(False)
    loop.call_soon(blocking, 0.5)
    await asyncio.sleep(0)
    loop.set_debug(True)
    loop.slow_callback_duration = 0.1
    loop.call_later(0.1, blocking, 0.1)
    loop.call_later(0.2, blocking, 0.099)
    await asyncio.sleep(0.5)
    print("done", round(loop.time(), 3))


asyncio.run(main(), debug=True)
asyncio.run(main())
