# Seed: a failing producer puts an object carrying its exception into the Queue, and the consumer re-raises and stops.
import asyncio


class Work:
    def __init__(self, n):
        self.n = n

    async def do_work(self, handler):
        await handler(self)


class Failure:
    def __init__(self, exception):
        self._exception = exception

    async def do_work(self, handler):
        raise self._exception


async def worker(name, queue):
    async def handler(work):
        print(f"{name} handled {work.n}")

    while True:
        item = await queue.get()
        try:
            await item.do_work(handler)
        except Exception as e:
            print(f"{name} caught exception: {type(e)}: {e}")
            break
        finally:
            queue.task_done()


async def producer(name, queue):
    i = 0
    while True:
        try:
            i += 1
            if i % 3 == 0:
                raise ValueError(i)
            await queue.put(Work(i))
            print(f"{name} produced {i}")
            await asyncio.sleep(0)
        except Exception as e:
            print("Exception occurred")
            await queue.put(Failure(e))
            break


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer("Producer", queue), worker("Consumer", queue))
    print("unfinished tasks:", queue._unfinished_tasks, "empty:", queue.empty())


asyncio.run(main())
