# Seed: after asyncio.run() the policy has no current loop and get_event_loop() raises RuntimeError; new_event_loop() is the way.
import asyncio


async def main():
    await asyncio.sleep(1)
    return "first run"


print(asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(main()).replace("first", "second"))
print("time now:", loop.time())
loop.close()
