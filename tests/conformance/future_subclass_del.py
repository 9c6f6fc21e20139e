# Future and Task have __del__ (CPython exposes their finalizer so): a subclass's __del__ that calls
# super().__del__() gets the 'exception was never retrieved' / 'Task was destroyed but it is
# pending!' reports instead of "'super' object has no attribute '__del__'".
import asyncio, gc
class MyFuture(asyncio.Future):
    def __del__(self):
        print('MyFuture.__del__', self._state)
        super().__del__()
class MyTask(asyncio.Task):
    def __del__(self):
        print('MyTask.__del__', self._state)
        super().__del__()
async def boom():
    raise ValueError('x')
async def main():
    loop = asyncio.get_running_loop()
    f = MyFuture()
    f.set_exception(KeyError('k'))
    del f
    gc.collect()
    t = MyTask(boom())
    await asyncio.sleep(0)
    del t
    gc.collect()
    f2 = MyFuture()
    f2.set_result(1)
    f2.result()
    del f2
    gc.collect()
    async def forever():
        await asyncio.Event().wait()
    p = MyTask(forever(), name='pending')
    await asyncio.sleep(0)
    print(callable(asyncio.Future.__del__), callable(asyncio.Task.__del__))
    p.__del__()
    p.cancel()
asyncio.run(main())
