import asyncio
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    delay: float = 0.01


@dataclass
class Stop:
    reason: str = "done"


async def dispatcher(queue: asyncio.Queue) -> list[str]:
    log = []
    while True:
        message = await queue.get()
        match message:
            case Job(name=name, delay=d) if d > 0:
                await asyncio.sleep(d)
                log.append(f"ran {name}")
            case Job(name):
                log.append(f"skipped {name}")
            case Stop(reason=why):
                log.append(f"stop: {why}")
                return log
            case {"cmd": "ping", **extra}:
                log.append(f"pong {sorted(extra)}")
            case ["batch", *items]:
                for item in items:
                    await queue.put(Job(item, 0))
            case str() | bytes() as raw:
                log.append(f"raw {raw!r}")
            case _:
                raise ValueError(f"unknown message {message!r}")


async def main():
    queue = asyncio.Queue()
    task = asyncio.create_task(dispatcher(queue))
    for msg in (Job("a"), {"cmd": "ping", "id": 1}, ["batch", "b", "c"], "hello", Stop()):
        await queue.put(msg)
    try:
        print(await asyncio.wait_for(task, timeout=1))
    except asyncio.TimeoutError:
        task.cancel()


asyncio.run(main())
