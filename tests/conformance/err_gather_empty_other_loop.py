# gather() of nothing outside a running loop binds to get_event_loop(), so run_until_complete on a new_event_loop() raises ValueError.
import asyncio
import time


async def main():
    print(f"{time.ctime()} Hello!")
    await asyncio.sleep(1.0)
    print(f"{time.ctime()} Goodbye!")


loop = asyncio.new_event_loop()
task = loop.create_task(main())
loop.run_until_complete(task)
pending = asyncio.all_tasks(loop=loop)
print("pending:", pending)
for t in pending:
    t.cancel()
group = asyncio.gather(*pending, return_exceptions=True)
print("group type:", type(group).__name__)
print("group result:", loop.run_until_complete(group))
loop.close()
print("closed:", loop.is_closed())
