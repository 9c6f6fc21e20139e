"""A TaskGroup of 10k tasks where one fails: the failure cancels the other 9,999, which the group awaits."""
import asyncio

N = 10_000


async def worker(i, cancelled):
    try:
        await asyncio.sleep(1 if i != N // 2 else 0.5)
    except asyncio.CancelledError:
        cancelled[0] += 1
        raise
    if i == N // 2:
        raise ValueError(f"task {i} failed")


async def main():
    cancelled = [0]
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(N):
                tg.create_task(worker(i, cancelled))
    except* ValueError as eg:
        print("failed:", [str(e) for e in eg.exceptions])
    print("cancelled:", cancelled[0])


asyncio.run(main())
