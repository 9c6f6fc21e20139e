import asyncio


async def worker(name, delay):
    try:
        while True:
            print(f"{name} working")
            await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise
    finally:
        print(f"{name} cleanup")


async def main():
    task = asyncio.create_task(worker("w1", 0.1))
    await asyncio.sleep(0.35)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: task is cancelled now")
    print(f"cancelled={task.cancelled()} done={task.done()}")


if __name__ == "__main__":
    asyncio.run(main())
