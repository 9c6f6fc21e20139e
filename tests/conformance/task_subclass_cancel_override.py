# A Task subclass's cancel() override is called when asyncio cancels it: gather().cancel() on its
# children, a task cancelled before it suspends cancelling the task it then awaits, and asyncio.run()
# cancelling leftover tasks at shutdown, as CPython's Python-level asyncio and its C Task call
# cancel() as a method.
import asyncio
class LoggingTask(asyncio.Task):
    def cancel(self, msg=None):
        print(f'  cancel({msg!r}) on {self.get_name()}')
        return super().cancel(msg)
    def uncancel(self):
        r = super().uncancel()
        print(f'  uncancel() on {self.get_name()} -> {r}')
        return r
    def cancelling(self):
        r = super().cancelling()
        print(f'  cancelling() on {self.get_name()} -> {r}')
        return r
    def done(self):
        return super().done()
def factory(loop, coro, **kw):
    return LoggingTask(coro, loop=loop, **kw)
async def child(n):
    await asyncio.sleep(n)
    if n == 0.02:
        raise ValueError('child')
    return n
async def main():
    asyncio.get_running_loop().set_task_factory(factory)
    print('timeout:')
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print(' timed out')
    print('wait_for:')
    try:
        await asyncio.wait_for(child(1), 0.01)
    except TimeoutError:
        print(' wait_for timed out')
    print('taskgroup:')
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1), name='long')
            tg.create_task(child(0.02), name='failing')
    except* ValueError:
        print(' eg caught')
    print('gather cancel:')
    g = asyncio.gather(child(1), child(1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print(' gather cancelled')
    print('shield:')
    t = asyncio.ensure_future(child(0.01))
    s = asyncio.shield(t)
    s.cancel()
    print(' shield result', await t)
asyncio.get_event_loop_policy()
asyncio.run(main())
async def leftover():
    asyncio.get_running_loop().set_task_factory(factory)
    asyncio.create_task(asyncio.sleep(10), name='leftover')
    async def waiter():
        inner = asyncio.create_task(asyncio.sleep(10), name='inner')
        outer = asyncio.current_task()
        outer.cancel('early')
        await inner
    try:
        await asyncio.create_task(waiter(), name='waiter')
    except asyncio.CancelledError as e:
        print(' waiter cancelled', e.args)
    await asyncio.sleep(0)
print('leftover:')
asyncio.run(leftover())
