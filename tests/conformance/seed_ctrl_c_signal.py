# Seed: a real Ctrl+C (SIGINT) under asyncio.run cancels the main task, finally-blocks run, then asyncio.run raises KeyboardInterrupt (exit 130).
import asyncio
import signal


async def worker():
    try:
        await asyncio.sleep(3600)
    finally:
        print("worker: cleanup at", asyncio.get_running_loop().time())


async def main():
    w = asyncio.create_task(worker())
    await asyncio.sleep(2)
    signal.raise_signal(signal.SIGINT)
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("main: cancelled by Ctrl+C, cancelling() =", asyncio.current_task().cancelling())
        raise
    finally:
        print("main: finally")


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("asyncio.run raised KeyboardInterrupt")
    raise
