# A task fails and nobody awaits it: asyncio can only log "Task exception was never retrieved".
import asyncio


async def flush_cache():
    await asyncio.sleep(1)
    raise RuntimeError("disk full")


async def main():
    asyncio.create_task(flush_cache(), name="flush")  # fire and forget: the error has nowhere to go
    await asyncio.sleep(2)
    print("main: finished, unaware that flush failed")


asyncio.run(main())
