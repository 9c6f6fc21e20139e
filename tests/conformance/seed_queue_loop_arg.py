# Seed: asyncio.Queue(loop=loop) from old answers raises TypeError in 3.10+; so do Lock/Event/Semaphore with loop=.
import asyncio

loop = asyncio.new_event_loop()
for cls in (asyncio.Queue, asyncio.Lock, asyncio.Event, asyncio.Semaphore, asyncio.Condition):
    try:
        cls(loop=loop)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
q = asyncio.Queue()
print("plain Queue():", q.qsize(), q.maxsize, q.empty())
loop.close()
