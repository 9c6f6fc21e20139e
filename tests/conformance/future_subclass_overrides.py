# A Future/Task subclass overriding add_done_callback/result/done/exception/cancelled has its
# overrides called by asyncio (run_until_complete, the awaiting task's wakeup, gather, wait), as
# CPython's Python-level asyncio calls these methods; a task awaiting such a future registers its
# wakeup with context=<the task's context>, so context variables set by the task survive the await.
import asyncio
import collections
import contextvars

cvar = contextvars.ContextVar('cvar', default='nope')


class Counting:
    def __init__(self, *args, **kwargs):
        self.calls = collections.Counter()
        super().__init__(*args, **kwargs)

    def add_done_callback(self, fn, *args, **kwargs):
        self.calls['add_done_callback'] += 1
        print(f'  {type(self).__name__}.add_done_callback({getattr(fn, "__name__", "?")}, kwargs={sorted(kwargs)})')
        return super().add_done_callback(fn, *args, **kwargs)

    def result(self):
        self.calls['result'] += 1
        return super().result()

    def done(self):
        self.calls['done'] += 1
        return super().done()

    def exception(self):
        self.calls['exception'] += 1
        return super().exception()

    def cancelled(self):
        self.calls['cancelled'] += 1
        return super().cancelled()


class MyTask(Counting, asyncio.Task):
    pass


class MyFuture(Counting, asyncio.Future):
    pass


class Doubling(asyncio.Future):
    def result(self):
        return super().result() * 2


async def main():
    loop = asyncio.get_running_loop()

    def on_done(fut):
        cvar.set('set by a callback')

    print('context across awaits of a subclass future:')
    for j in range(2):
        fut = MyFuture(loop=loop)
        fut.add_done_callback(on_done)
        cvar.set(f'yes{j}')
        loop.call_soon(fut.set_result, j)
        print('  awaited', await fut, cvar.get())
        cvar.set(f'after{j}')
        await asyncio.sleep(0.01)
        print('  after sleep', cvar.get())

    print('the wakeup reads the overridden result():')
    d = Doubling()
    loop.call_later(0.01, d.set_result, 21)
    print('  await ->', await d)

    print('gather over subclass futures:')
    f1, f2 = MyFuture(), MyFuture()
    loop.call_soon(f1.set_result, 'a')
    loop.call_soon(f2.set_exception, ValueError('boom'))
    print('  ', await asyncio.gather(f1, f2, return_exceptions=True))
    print('  f1 calls', sorted(f1.calls.items()))
    print('  f2 calls', sorted(f2.calls.items()))

    print('wait over subclass futures:')
    f3 = MyFuture()
    loop.call_soon(f3.set_result, 3)
    done, pending = await asyncio.wait([f3])
    print('  ', len(done), len(pending), f3.result())
    print('  f3 calls', sorted(f3.calls.items()))


async def work():
    await asyncio.sleep(0.01)
    return 'work done'


loop = asyncio.new_event_loop()
t = MyTask(main(), loop=loop)
loop.run_until_complete(t)
print('main task calls', sorted(t.calls.items()))
t2 = MyTask(work(), loop=loop)
print(loop.run_until_complete(t2))
print('work task calls', sorted(t2.calls.items()))
f = MyFuture(loop=loop)
loop.call_soon(f.set_result, 'plain future')
print(loop.run_until_complete(f))
print('future calls', sorted(f.calls.items()))
loop.close()
print('outside:', cvar.get())
