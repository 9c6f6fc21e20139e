# asyncio.run() requires a coroutine object: a coroutine function, a future or a plain value raise ValueError.
import asyncio


async def main():
    return 1


for bad in (None, 42, "main"):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).startswith("a coroutine was expected, got <function main at 0x"))
print(asyncio.run(main()))
