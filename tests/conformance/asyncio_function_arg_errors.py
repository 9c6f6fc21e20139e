# asyncio's module functions that are Python functions in CPython 3.11 (run, new_event_loop,
# set_event_loop, the policy functions, iscoroutine/iscoroutinefunction/isfuture, current_task,
# all_tasks, create_task, ensure_future, shield, sleep, Runner) report a bad call with a Python
# def's messages; get_event_loop/get_running_loop/_get_running_loop are _asyncio's C functions.
import asyncio


def attempt(label, fn):
    try:
        print(f'{label}: ok {fn()!r}')
    except TypeError as e:
        print(f'{label}: TypeError: {e}')


async def coro():
    return 1


attempt('run()', lambda: asyncio.run())
attempt('run(1, 2, 3)', lambda: asyncio.run(1, 2, 3))
attempt('run(x=1)', lambda: asyncio.run(x=1))
attempt('new_event_loop(1)', lambda: asyncio.new_event_loop(1))
attempt('set_event_loop()', lambda: asyncio.set_event_loop())
attempt('set_event_loop(1, 2)', lambda: asyncio.set_event_loop(1, 2))
attempt('get_event_loop_policy(1)', lambda: asyncio.get_event_loop_policy(1))
attempt('set_event_loop_policy()', lambda: asyncio.set_event_loop_policy())
attempt('get_event_loop(1)', lambda: asyncio.get_event_loop(1))
attempt('get_running_loop(1)', lambda: asyncio.get_running_loop(1))
attempt('_get_running_loop(1)', lambda: asyncio._get_running_loop(1))
attempt('iscoroutine()', lambda: asyncio.iscoroutine())
attempt('iscoroutine(1, 2)', lambda: asyncio.iscoroutine(1, 2))
attempt('iscoroutinefunction()', lambda: asyncio.iscoroutinefunction())
attempt('isfuture()', lambda: asyncio.isfuture())
attempt('isfuture(obj=1)', lambda: asyncio.isfuture(obj=1))
attempt('current_task(1, 2)', lambda: asyncio.current_task(1, 2))
attempt('all_tasks(1, 2)', lambda: asyncio.all_tasks(1, 2))
attempt('all_tasks(x=1)', lambda: asyncio.all_tasks(x=1))
attempt('create_task()', lambda: asyncio.create_task())
attempt('create_task(1, 2)', lambda: asyncio.create_task(1, 2))
attempt('create_task(1, x=1)', lambda: asyncio.create_task(1, x=1))
attempt('ensure_future()', lambda: asyncio.ensure_future())
attempt('ensure_future(1, 2)', lambda: asyncio.ensure_future(1, 2))
attempt('shield()', lambda: asyncio.shield())
attempt('shield(1, 2)', lambda: asyncio.shield(1, 2))
attempt('shield(x=1)', lambda: asyncio.shield(x=1))
attempt('sleep()', lambda: asyncio.sleep())
attempt('sleep(1, 2, 3)', lambda: asyncio.sleep(1, 2, 3))
attempt('Runner(1)', lambda: asyncio.Runner(1))
attempt('Runner(x=1)', lambda: asyncio.Runner(x=1))
with asyncio.Runner() as r:
    attempt('Runner.run()', lambda: r.run())
    c = coro()
    attempt('Runner.run(c, 1)', lambda: r.run(c, 1))
    attempt('Runner.run(c, ctx=1)', lambda: r.run(c, ctx=1))
    attempt('Runner.run(c)', lambda: r.run(c))
