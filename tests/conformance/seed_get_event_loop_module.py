# Seed: get_event_loop() at module level in 3.11.7 creates and remembers a loop silently; new_event_loop() returns a fresh one.
import asyncio
import warnings

warnings.simplefilter("default")

loop1 = asyncio.get_event_loop()
loop2 = asyncio.get_event_loop()
print("same loop twice:", loop1 is loop2)
print("running:", loop1.is_running(), "closed:", loop1.is_closed())
fresh = asyncio.new_event_loop()
print("new_event_loop is different:", fresh is not loop1)
asyncio.set_event_loop(fresh)
print("after set_event_loop:", asyncio.get_event_loop() is fresh)


async def where():
    return asyncio.get_event_loop() is asyncio.get_running_loop()


print("inside coroutine get_event_loop is the running loop:", fresh.run_until_complete(where()))
fresh.close()
loop1.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("get_running_loop outside:", e)
