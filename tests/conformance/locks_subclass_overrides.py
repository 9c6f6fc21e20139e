# Subclasses of asyncio's synchronization primitives and Queue see their public overrides called
# where CPython's asyncio calls them on self: Semaphore.acquire() asks self.locked(), Condition
# drives its lock's acquire/release/locked, Queue.put/get use full()/empty()/put_nowait()/get_nowait().
import asyncio
class MyLock(asyncio.Lock):
    async def acquire(self):
        print('  MyLock.acquire')
        return await super().acquire()
    def release(self):
        print('  MyLock.release')
        super().release()
    def locked(self):
        r = super().locked()
        print('  MyLock.locked ->', r)
        return r
class MySem(asyncio.Semaphore):
    def locked(self):
        r = super().locked()
        print('  MySem.locked ->', r)
        return r
class MyEvent(asyncio.Event):
    def set(self):
        print('  MyEvent.set')
        super().set()
    def is_set(self):
        print('  MyEvent.is_set')
        return super().is_set()
class MyQueue(asyncio.Queue):
    def full(self):
        print('  MyQueue.full')
        return super().full()
    def empty(self):
        print('  MyQueue.empty')
        return super().empty()
    def put_nowait(self, item):
        print('  MyQueue.put_nowait', item)
        super().put_nowait(item)
    def get_nowait(self):
        r = super().get_nowait()
        print('  MyQueue.get_nowait ->', r)
        return r
async def main():
    print('lock:')
    l = MyLock()
    async with l:
        print(' in lock')
    print('condition:')
    c = asyncio.Condition(MyLock())
    async with c:
        c.notify()
        print(' locked?', c.locked())
    print('condition wait:')
    async def waiter():
        async with c:
            await c.wait()
            print(' woke')
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with c:
        c.notify_all()
    await t
    print('semaphore:')
    s = MySem(1)
    async with s:
        print(' in sem')
    print('event:')
    e = MyEvent()
    w = asyncio.create_task(e.wait())
    await asyncio.sleep(0)
    e.set()
    await w
    print('queue:')
    q = MyQueue(1)
    await q.put(1)
    print(' got', await q.get())
    print('barrier:')
    b = asyncio.Barrier(1)
    print(' idx', await b.wait())
asyncio.run(main())
