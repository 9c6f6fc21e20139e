# The running loop and the policy's current loop are per thread: in an executor job
# get_running_loop() and get_event_loop() raise (naming the worker thread), asyncio.run() works
# there with a loop of its own, and the thread's names follow the executor's prefix.
import asyncio, threading
from concurrent.futures import ThreadPoolExecutor


def job():
    try:
        loop = asyncio.get_event_loop()
        print("got loop", loop.is_running())
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(asyncio.run(asyncio.sleep(0, "nested run in " + threading.current_thread().name)))
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("after the run:", e)
    return threading.current_thread().name


async def main():
    print(await asyncio.to_thread(job))
    print(asyncio.get_running_loop() is asyncio.get_event_loop())
    with ThreadPoolExecutor(thread_name_prefix="worker") as ex:
        print(await asyncio.get_running_loop().run_in_executor(ex, job))


asyncio.run(main())
with ThreadPoolExecutor() as ex:
    print(ex.submit(job).result())
print(threading.current_thread().name)
