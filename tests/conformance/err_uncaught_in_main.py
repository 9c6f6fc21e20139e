# An exception escaping main() under asyncio.run prints a traceback (through asyncio's runner frames) and exits with code 1.
import asyncio


async def fetch(n):
    await asyncio.sleep(n)
    return {"a": 1}[n]


async def main():
    print("fetching")
    await fetch(2)
    print("not reached")


asyncio.run(main())
