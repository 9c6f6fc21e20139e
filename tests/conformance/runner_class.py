# asyncio.Runner runs several coroutines on one loop; get_loop(); the loop is closed on exit and a closed Runner refuses to run.
import asyncio


async def step(n):
    await asyncio.sleep(n)
    return asyncio.get_running_loop().time()


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    print("same loop:", runner.get_loop() is loop, "closed:", loop.is_closed())
print("closed after with:", loop.is_closed())
coro = step(0)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
