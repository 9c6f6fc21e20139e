# asyncio.run(debug=True) turns on the loop's debug mode; get_debug() reports it; default is off.
import asyncio


async def main():
    return asyncio.get_running_loop().get_debug()


print("default:", asyncio.run(main()))
print("debug=True:", asyncio.run(main(), debug=True))
with asyncio.Runner(debug=False) as r:
    print("Runner(debug=False):", r.run(main()))
