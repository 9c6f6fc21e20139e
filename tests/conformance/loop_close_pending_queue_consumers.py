# The classic run_until_complete + close with consumer tasks still waiting in queue.get():
# at exit each is collected, its getter.cancel() fails on the closed loop and the task reports
# "Task was destroyed but it is pending!".
import asyncio

async def consumer(name, queue):
    while True:
        item = await queue.get()
        print(f"{name} got {item}")
        await asyncio.sleep(0.1)
        queue.task_done()

async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
    await queue.join()
    print("producer: all work done")

def main():
    loop = asyncio.get_event_loop()
    queue = asyncio.Queue()
    consumers = [loop.create_task(consumer(f"c{i}", queue)) for i in range(2)]
    loop.run_until_complete(producer(queue, 5))
    print("consumers still pending:", [c.done() for c in consumers])
    loop.close()

main()
