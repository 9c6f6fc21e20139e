import asyncio
import sys


async def long_running(label: str, steps: int = 10) -> str:
    done = 0
    try:
        for _ in range(steps):
            await asyncio.sleep(0.01)
            done += 1
        return f"{label} finished"
    except asyncio.CancelledError as e:
        print(f"{label} cancelled after {done} steps; args={e.args}", file=sys.stderr)
        raise
    finally:
        print(f"{label} finally (done={done})")


async def main() -> int:
    tasks = {name: asyncio.create_task(long_running(name, n))
             for name, n in (("fast", 2), ("slow", 50))}
    await asyncio.sleep(0.05)
    for name, t in tasks.items():
        if not t.done():
            t.cancel(f"{name} took too long")
    outcomes = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for name, outcome in zip(tasks, outcomes):
        kind = "cancelled" if isinstance(outcome, asyncio.CancelledError) else "ok"
        print(f"{name:>5}: {kind:<9} {outcome!r}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
