import asyncio


async def fetch(i):
    await asyncio.sleep(0.01 * i)
    if i == 3:
        raise ValueError(f"bad item {i}")
    return i * i


async def main():
    results = {}
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(5):
                results[i] = tg.create_task(fetch(i))
    except* ValueError as eg:
        for exc in eg.exceptions:
            print("caught:", exc)
    print({k: (t.result() if t.done() and not t.cancelled() and t.exception() is None else None)
           for k, t in results.items()})


asyncio.run(main())
