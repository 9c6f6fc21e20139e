# wait() returns sets: membership tests find the original task objects; sets are unordered so sort for printing.
import asyncio


async def job(n):
    await asyncio.sleep(n % 3)
    return n


async def main():
    tasks = [asyncio.create_task(job(n), name=f"t{n:02d}") for n in range(10)]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(type(done).__name__, type(pending).__name__)
    print("t00 done:", tasks[0] in done, "t02 pending:", tasks[2] in pending)
    print(sorted(t.get_name() for t in done))
    print(sorted(t.get_name() for t in pending))
    await asyncio.wait(pending)


asyncio.run(main())
