# exact-stderr
# raise SystemExit(0) from main() under asyncio.run ends the program with exit code 0 and no output on stderr.
import asyncio


async def main():
    await asyncio.sleep(1)
    print("bye")
    raise SystemExit(0)


asyncio.run(main())
