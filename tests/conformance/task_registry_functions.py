# asyncio._enter_task/_leave_task/_register_task/_unregister_task/_set_running_loop (also in
# asyncio.tasks / asyncio.events), as CPython 3.11's C accelerator: entering while another task is
# current and leaving a task that is not current are RuntimeErrors; the current task of a loop that
# is not asyncio's own is kept per loop; unregistered tasks leave all_tasks() and registered
# non-Task objects join it while not done (held weakly); _set_running_loop(None) hides the running loop.
import asyncio
import re
import asyncio.tasks
import asyncio.events


def t(label, f):
    try:
        print(label, 'ok', f())
    except BaseException as e:
        print(label, type(e).__name__, re.sub(r' cb=\[.*?\]>', '>', str(e)))


class MyFuture(asyncio.Future):
    def __repr__(self):
        return '<MyFuture>'


async def other():
    await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print(asyncio.tasks._enter_task is asyncio._enter_task, asyncio.events._set_running_loop is asyncio._set_running_loop)
    other_task = asyncio.create_task(other(), name='other')
    t('enter while current', lambda: asyncio._enter_task(loop, other_task))
    t('leave mismatched', lambda: asyncio._leave_task(loop, other_task))
    t('leave me', lambda: asyncio._leave_task(loop, me))
    print('current after leave', asyncio.current_task())
    t('leave again', lambda: asyncio._leave_task(loop, me))
    t('enter other', lambda: asyncio._enter_task(loop, other_task))
    print('current now', asyncio.current_task().get_name())
    t('leave other', lambda: asyncio._leave_task(loop, other_task))
    t('enter me', lambda: asyncio._enter_task(loop, me))
    print('current back', asyncio.current_task() is me)
    # registry
    print(len(asyncio.all_tasks()))
    asyncio._unregister_task(other_task)
    print(len(asyncio.all_tasks()), other_task in asyncio.all_tasks())
    asyncio._unregister_task(other_task)
    asyncio._register_task(other_task)
    asyncio._register_task(other_task)
    print(len(asyncio.all_tasks()), other_task in asyncio.all_tasks())
    f = MyFuture()
    asyncio._register_task(f)
    print(len(asyncio.all_tasks()), f in asyncio.all_tasks())
    f.set_result(1)
    print(len(asyncio.all_tasks()), f in asyncio.all_tasks())
    f2 = MyFuture()
    asyncio._register_task(f2)
    print(f2 in asyncio.all_tasks())
    asyncio._unregister_task(f2)
    print(f2 in asyncio.all_tasks())
    t('register 1', lambda: asyncio._register_task(1))
    t('all_tasks after bad', lambda: len(asyncio.all_tasks()))
    t('unregister 1', lambda: asyncio._unregister_task(1))
    t('enter_task args', lambda: asyncio._enter_task(loop))
    t('register args', lambda: asyncio._register_task())
    class OtherLoop(asyncio.AbstractEventLoop):
        pass
    ol = OtherLoop()
    print('foreign current', asyncio.current_task(ol))
    t('foreign enter', lambda: asyncio._enter_task(ol, other_task))
    print('foreign current', asyncio.current_task(ol).get_name(), asyncio.current_task() is me)
    t('foreign enter again', lambda: asyncio._enter_task(ol, me))
    t('foreign leave wrong', lambda: asyncio._leave_task(ol, me))
    t('foreign leave', lambda: asyncio._leave_task(ol, other_task))
    print('foreign current', asyncio.current_task(ol))
    t('foreign leave again', lambda: asyncio._leave_task(ol, other_task))
    class ForeignTask:
        def __init__(self, loop): self._loop = loop; self._done = False
        def done(self): return self._done
    ft = ForeignTask(ol)
    asyncio._register_task(ft)
    print(len(asyncio.all_tasks(ol)), len(asyncio.all_tasks()))
    ft._done = True
    print(len(asyncio.all_tasks(ol)))
    other_task.cancel()
    await asyncio.sleep(0)
    # running loop
    print(asyncio._get_running_loop() is loop)
    asyncio._set_running_loop(None)
    print(asyncio._get_running_loop())
    t('get_running_loop', lambda: asyncio.get_running_loop())
    asyncio._set_running_loop(loop)
    print(asyncio.get_running_loop() is loop)


asyncio.run(main())
print(asyncio._get_running_loop())
l = asyncio.new_event_loop()
asyncio._set_running_loop(l)
print(asyncio.get_running_loop() is l)
t('run while set', lambda: l.run_until_complete(asyncio.sleep(0)))
asyncio._set_running_loop(None)
print(l.run_until_complete(asyncio.sleep(0, 'ran')))
l.close()
t('enter kw', lambda: asyncio._enter_task(loop=l, task=None))
t('set_running_loop()', lambda: asyncio._set_running_loop())
t('set_running_loop kw', lambda: asyncio._set_running_loop(loop=None))
t('register kw', lambda: asyncio._register_task(task=1))
